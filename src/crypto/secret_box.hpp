#pragma once
// Authenticated encryption of secrets at rest (TOTP secrets, uploaded exports):
// libsodium crypto_secretbox (XSalsa20-Poly1305) with a random 24-byte nonce per
// message, so one key can seal any number of messages.
//
// Sealed format: "v1:" + base64url(nonce || ciphertext-with-MAC), no padding. The
// version prefix leaves room for another algorithm or key later: Open refuses any
// other prefix. A sealed value is 43 + 4/3 x plaintext characters long, roughly.
//
// The key comes from configuration (never from the database it protects). A
// SecretBox is immutable after construction and safe to share between threads; it
// wipes its copy of the key when destroyed.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vigie::crypto {

inline constexpr std::size_t kSecretBoxKeyBytes = 32;

class SecretBox {
 public:
  // `key` is kSecretBoxKeyBytes raw bytes; throws std::invalid_argument otherwise.
  explicit SecretBox(std::string key);
  ~SecretBox();
  SecretBox(const SecretBox&) = default;
  SecretBox& operator=(const SecretBox&) = default;

  // Encrypts and authenticates `plaintext` (any bytes, may be empty).
  std::string Seal(std::string_view plaintext) const;

  // The plaintext, or std::nullopt if `sealed` is malformed, was altered, or was
  // sealed with another key. Never throws on bad input.
  std::optional<std::string> Open(std::string_view sealed) const;

  // A new random key (kSecretBoxKeyBytes raw bytes): encode it (Base64UrlEncode)
  // to put it in a configuration file.
  static std::string NewKey();

 private:
  std::string key_;  // kSecretBoxKeyBytes raw bytes; constant after construction
};

}  // namespace vigie::crypto
