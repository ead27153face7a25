// SHA-256 of bytes, as lower-case hex (OpenSSL's libcrypto does the hashing).
#ifndef FINDINGS_UTIL_SHA256_H_
#define FINDINGS_UTIL_SHA256_H_

#include <string>
#include <string_view>

namespace findings {

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void Update(std::string_view bytes);
  std::string HexDigest();  // finishes the hash; call once

 private:
  void* ctx_;
};

std::string Sha256Hex(std::string_view bytes);

}  // namespace findings

#endif  // FINDINGS_UTIL_SHA256_H_
