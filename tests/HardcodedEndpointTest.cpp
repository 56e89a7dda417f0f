// cloud-hardcoded-endpoint: which address texts belong to one deployment.
#include "../checks/cloud/HardcodedEndpointCheck.h"
#include <gtest/gtest.h>

namespace seniorlint {
namespace {

std::string why(llvm::StringRef Address) {
  return HardcodedEndpointCheck::deploymentSpecific(Address).value_or("-");
}

TEST(HardcodedEndpoint, AddressesOfOneDeployment) {
  EXPECT_EQ(why("10.0.3.17"), "an IP address");
  EXPECT_EQ(why("https://deploy:s3cret@10.0.3.17:8443/api"), "an IP address");
  EXPECT_EQ(why("[fd00:10:96::a]:443"), "an IPv6 address");
  EXPECT_EQ(why("fd00:10:96::a"), "an IPv6 address");
  EXPECT_EQ(why("dns:///orders.svc.cluster.local:50051"), "an internal host name");
  EXPECT_EQ(why("billing.prod.internal"), "an internal host name");
  EXPECT_EQ(why("db-primary:5432"), "a host name only one network resolves");
  EXPECT_EQ(why("redis"), "a host name only one network resolves");
}

TEST(HardcodedEndpoint, AddressesTheSameEverywhere) {
  for (const char *Same : {"localhost", "127.0.0.1", "127.0.1.1:80", "::1", "[::1]:8080", "0.0.0.0",
                           "::", "*", "http://localhost:9090/metrics", "api.github.com",
                           "https://api.stripe.com/v1/charges", "http://%s:8080/", "{host}:443",
                           "${DB_HOST}", "", "http://169.254.169.254/latest/meta-data/",
                           "http://metadata.google.internal/computeMetadata/v1/",
                           "[fd00:ec2::254]", "168.63.129.16", "fe80::1"})
    EXPECT_EQ(why(Same), "-") << Same;
}

} // namespace
} // namespace seniorlint
