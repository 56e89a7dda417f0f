// real-headers: yes
#include "service_api.h"
#include <cstddef>
#include <mutex>
#include <openssl/ssl.h>
#include <string>

namespace orders {

// The definition repeats the signature declared in service_api.h: reported there only.
// ok: design-too-many-parameters
bool placeOrder(const std::string &CustomerId, const std::string &Sku, int Quantity, Money UnitPrice,
                const std::string &Street, const std::string &City, const std::string &PostalCode) {
  OrderRequest Request{CustomerId, Sku, Quantity, UnitPrice, {Street, City, PostalCode, "DE"}};
  return placeOrder(Request);
}

// ok: design-too-many-parameters
void ShipmentScheduler::schedule(const std::string &OrderId, const std::string &Carrier,
                                 int Priority, std::int64_t NotBeforeMs, std::int64_t NotAfterMs,
                                 const ShippingAddress &To, bool SignatureRequired) {}

class PostgresOrderRepository : public OrderRepository {
public:
  // The base declaration is the one to fix; an override cannot change its arity.
  // ok: design-too-many-parameters
  bool insert(const std::string &OrderId, const std::string &CustomerId, const std::string &Sku,
              int Quantity, std::int64_t TotalCents, const std::string &Currency,
              std::int64_t CreatedAtMs) override {
    return !OrderId.empty() && Quantity > 0 && TotalCents >= 0 && CreatedAtMs > 0;
  }
  // ok: design-too-many-parameters
  bool updateStatus(const std::string &OrderId, int FromStatus, int ToStatus,
                    const std::string &Reason, const std::string &Actor,
                    std::int64_t ChangedAtMs) override {
    return FromStatus != ToStatus;
  }
};

class Clock;
class PaymentGateway;
class InventoryClient;
class FraudScorer;
class Mailer;
class Metrics;
class AuditLog;

class CheckoutService {
public:
  // Seven collaborators: the class does too much, or some of them belong together.
  // expect: design-too-many-parameters
  CheckoutService(OrderRepository &Orders, PaymentGateway &Payments, InventoryClient &Inventory,
                  FraudScorer &Fraud, Mailer &Mail, Metrics &Stats, AuditLog &Audit);

  // Copying a service is never wanted; deleted functions are not an interface anyone calls.
  // ok: design-too-many-parameters
  CheckoutService(OrderRepository &Orders, PaymentGateway &Payments, InventoryClient &Inventory,
                  FraudScorer &Fraud, Mailer &Mail, Metrics &Stats, const char *Audit) = delete;
};

// expect: design-too-many-parameters
static std::string formatAuditLine(const std::string &User, const std::string &Action,
                                   const std::string &Resource, int Status, long LatencyMs,
                                   const std::string &RequestId, const std::string &ClientIp) {
  return User + " " + Action + " " + Resource + " " + RequestId + " " + ClientIp;
}

// "..." is not a parameter: six named ones are within the limit.
// ok: design-too-many-parameters
int auditf(int Level, const char *Component, const char *RequestId, const char *File, int Line,
           const char *Format, ...);

// A template is reported once, at its pattern, however often it is instantiated.
template <typename Key>
// expect: design-too-many-parameters
bool cachePut(const Key &K, const std::string &Value, long TtlMs, bool Overwrite, int Shard,
              int Replicas, const std::string &Namespace) {
  return Overwrite && Shard >= 0 && Replicas > 0 && TtlMs > 0 && !Value.empty();
}

// The primary template owns the signature; a specialization cannot change it.
template <>
// ok: design-too-many-parameters
bool cachePut<int>(const int &K, const std::string &Value, long TtlMs, bool Overwrite, int Shard,
                   int Replicas, const std::string &Namespace) {
  return K > 0;
}

bool warmCache() {
  return cachePut(std::string("sku:1"), "{}", 1000, true, 0, 2, "catalog") &&
         cachePut(42L, "{}", 1000, true, 0, 2, "catalog") && cachePut(7, "{}", 1, false, 0, 1, "x");
}

// OpenSSL calls these with the signature it declares: the project cannot group their
// parameters, so handing them to SSL_CTX_add_custom_ext keeps them silent.
// ok: design-too-many-parameters
static int addTraceExtension(SSL *Ssl, unsigned int ExtType, unsigned int Context,
                             const unsigned char **Out, size_t *OutLen, X509 *Cert,
                             size_t ChainIdx, int *Alert, void *Arg) {
  return 0;
}
// ok: design-too-many-parameters
static int parseTraceExtension(SSL *Ssl, unsigned int ExtType, unsigned int Context,
                               const unsigned char *In, size_t InLen, X509 *Cert, size_t ChainIdx,
                               int *Alert, void *Arg) {
  return 1;
}

bool enableTraceExtension(SSL_CTX *Ctx) {
  return SSL_CTX_add_custom_ext(Ctx, 0xff01, SSL_EXT_CLIENT_HELLO, addTraceExtension, nullptr,
                                nullptr, &parseTraceExtension, nullptr) == 1;
}

bool enableTraceExtensionInline(SSL_CTX *Ctx) {
  return SSL_CTX_add_custom_ext(
             Ctx, 0xff02, SSL_EXT_CLIENT_HELLO, addTraceExtension, nullptr, nullptr,
             // ok: design-too-many-parameters
             [](SSL *, unsigned int, unsigned int, const unsigned char *, size_t, X509 *, size_t,
                int *, void *) { return 1; },
             nullptr) == 1;
}

// std::call_once accepts any callable: the signature is still the project's own choice.
// expect: design-too-many-parameters
static void connectPool(const std::string &Host, int Port, const std::string &User,
                        const std::string &Database, int PoolSize, long TimeoutMs, bool Tls) {}

std::once_flag PoolOnce;

void ensurePool() {
  std::call_once(PoolOnce, connectPool, "db.internal", 5432, "orders", "orders", 16, 2000L, true);
}

int reportLatency(int Status, long LatencyMs) {
  // A lambda is an interface too, if only a local one.
  // expect: design-too-many-parameters
  auto Line = [](const std::string &User, const std::string &Action, const std::string &Resource,
                 int Status, long LatencyMs, const std::string &RequestId,
                 const std::string &ClientIp) { return User.size() + RequestId.size(); };
  return static_cast<int>(Line("u", "GET", "/orders", Status, LatencyMs, "r-1", "10.0.0.1"));
}

} // namespace orders
