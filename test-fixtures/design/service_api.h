// The public interface of an order service, shared by the handlers and the repositories.
#pragma once

#include <cstdint>
#include <string>

namespace orders {

struct Money {
  std::int64_t Cents;
  std::string Currency;
};

struct ShippingAddress {
  std::string Street;
  std::string City;
  std::string PostalCode;
  std::string Country;
};

// Declared here, defined in design-too-many-parameters.cpp: one finding, here.
// expect: design-too-many-parameters
bool placeOrder(const std::string &CustomerId, const std::string &Sku, int Quantity, Money UnitPrice,
                const std::string &Street, const std::string &City, const std::string &PostalCode);

struct OrderRequest {
  std::string CustomerId;
  std::string Sku;
  int Quantity;
  Money UnitPrice;
  ShippingAddress ShipTo;
};

// ok: design-too-many-parameters
bool placeOrder(const OrderRequest &Request);

class OrderRepository {
public:
  virtual ~OrderRepository() = default;
  // The interface is where the signature is decided: overrides in the .cpp stay silent.
  // expect: design-too-many-parameters
  virtual bool insert(const std::string &OrderId, const std::string &CustomerId,
                      const std::string &Sku, int Quantity, std::int64_t TotalCents,
                      const std::string &Currency, std::int64_t CreatedAtMs) = 0;
  // Exactly the limit.
  // ok: design-too-many-parameters
  virtual bool updateStatus(const std::string &OrderId, int FromStatus, int ToStatus,
                            const std::string &Reason, const std::string &Actor,
                            std::int64_t ChangedAtMs) = 0;
};

// Declared here, defined out of line in the .cpp.
class ShipmentScheduler {
public:
  // expect: design-too-many-parameters
  void schedule(const std::string &OrderId, const std::string &Carrier, int Priority,
                std::int64_t NotBeforeMs, std::int64_t NotAfterMs, const ShippingAddress &To,
                bool SignatureRequired);
};

} // namespace orders
