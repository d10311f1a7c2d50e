#include "crypto/password_hash.hpp"

#include <sodium.h>

#include <optional>
#include <stdexcept>

#include "crypto/random.hpp"

namespace vigie::crypto {
namespace {

constexpr std::string_view kArgon2idPrefix = "$argon2id$";
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

// libsodium reads the hash as a NUL-terminated string shorter than
// crypto_pwhash_STRBYTES; an embedded NUL would silently truncate it.
std::optional<std::string> AsHashCString(std::string_view hash) {
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return std::nullopt;
  if (hash.find('\0') != std::string_view::npos) return std::nullopt;
  return std::string(hash);
}

// argon2 accepts a null password pointer only with length 0; be explicit anyway.
const char* Chars(std::string_view s) { return s.empty() ? "" : s.data(); }

}  // namespace

std::string HashPassword(std::string_view password) {
  EnsureInitialized();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, Chars(password), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("password hashing failed (out of memory)");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  try {
    EnsureInitialized();
    const std::optional<std::string> c_hash = AsHashCString(hash);
    if (!c_hash) return false;
    return crypto_pwhash_str_verify(c_hash->c_str(), Chars(password), password.size()) == 0;
  } catch (...) {  // allocation of the copy, or libsodium failing to start
    return false;
  }
}

bool PasswordHashNeedsRehash(std::string_view hash) {
  EnsureInitialized();
  if (hash.substr(0, kArgon2idPrefix.size()) != kArgon2idPrefix) return true;
  const std::optional<std::string> c_hash = AsHashCString(hash);
  if (!c_hash) return true;
  return crypto_pwhash_argon2id_str_needs_rehash(c_hash->c_str(), kOpsLimit, kMemLimit) != 0;
}

}  // namespace vigie::crypto
