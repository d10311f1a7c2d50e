#include "crypto/secret_box.hpp"

#include <sodium.h>

#include <stdexcept>
#include <utility>

#include "crypto/encoding.hpp"
#include "crypto/random.hpp"

namespace vigie::crypto {
namespace {

constexpr std::string_view kVersionPrefix = "v1:";
static_assert(kSecretBoxKeyBytes == crypto_secretbox_KEYBYTES);

const unsigned char* Bytes(std::string_view s) {
  static const unsigned char kEmpty = 0;
  return s.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(s.data());
}

unsigned char* MutableBytes(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }

}  // namespace

SecretBox::SecretBox(std::string key) : key_(std::move(key)) {
  if (key_.size() != kSecretBoxKeyBytes) {
    sodium_memzero(key_.data(), key_.size());
    throw std::invalid_argument("SecretBox key must be 32 bytes");
  }
  EnsureInitialized();
}

SecretBox::~SecretBox() { sodium_memzero(key_.data(), key_.size()); }

std::string SecretBox::Seal(std::string_view plaintext) const {
  std::string box = RandomBytes(crypto_secretbox_NONCEBYTES);  // nonce, then ciphertext
  box.resize(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plaintext.size());
  unsigned char* nonce = MutableBytes(box);
  unsigned char* ciphertext = nonce + crypto_secretbox_NONCEBYTES;
  crypto_secretbox_easy(ciphertext, Bytes(plaintext), plaintext.size(), nonce, Bytes(key_));
  return std::string(kVersionPrefix) + Base64UrlEncode(box);
}

std::optional<std::string> SecretBox::Open(std::string_view sealed) const {
  if (sealed.substr(0, kVersionPrefix.size()) != kVersionPrefix) return std::nullopt;
  const std::optional<std::string> box = Base64UrlDecode(sealed.substr(kVersionPrefix.size()));
  constexpr std::size_t kOverhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
  if (!box || box->size() < kOverhead) return std::nullopt;

  const unsigned char* nonce = Bytes(*box);
  const unsigned char* ciphertext = nonce + crypto_secretbox_NONCEBYTES;
  const std::size_t ciphertext_size = box->size() - crypto_secretbox_NONCEBYTES;
  std::string plaintext(ciphertext_size - crypto_secretbox_MACBYTES, '\0');
  unsigned char sink = 0;  // libsodium writes nothing for an empty plaintext
  unsigned char* out = plaintext.empty() ? &sink : MutableBytes(plaintext);
  if (crypto_secretbox_open_easy(out, ciphertext, ciphertext_size, nonce, Bytes(key_)) != 0) {
    return std::nullopt;
  }
  return plaintext;
}

std::string SecretBox::NewKey() { return RandomBytes(kSecretBoxKeyBytes); }

}  // namespace vigie::crypto
