// Project header: a content-addressed cache whose keys are digests of request bodies.
#pragma once

#include <cstddef>
#include <openssl/evp.h>
#include <openssl/sha.h>

namespace cache {

inline void keyFor(const unsigned char *Body, std::size_t Size, unsigned char *Key) {
  // expect: security-weak-crypto
  SHA1(Body, Size, Key);
}

inline const EVP_MD *keyDigest() {
  // ok: security-weak-crypto
  return EVP_sha256();
}

} // namespace cache
