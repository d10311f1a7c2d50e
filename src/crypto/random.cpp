#include "crypto/random.hpp"

#include <sodium.h>

#include <stdexcept>

#include "crypto/encoding.hpp"

namespace vigie::crypto {
namespace {

constexpr std::size_t kIdBytes = 16;
constexpr std::size_t kTokenBytes = 32;

}  // namespace

void EnsureInitialized() {
  // A function-local static is initialised exactly once even under concurrent calls;
  // if the initialiser throws, the next call runs it again.
  static const bool initialized = [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    return true;
  }();
  static_cast<void>(initialized);
}

std::string RandomBytes(std::size_t n) {
  EnsureInitialized();
  std::string out(n, '\0');
  if (n > 0) randombytes_buf(out.data(), n);
  return out;
}

std::string NewId() { return CrockfordBase32Encode(RandomBytes(kIdBytes)); }

std::string NewToken() { return Base64UrlEncode(RandomBytes(kTokenBytes)); }

}  // namespace vigie::crypto
