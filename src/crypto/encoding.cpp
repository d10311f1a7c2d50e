#include "crypto/encoding.hpp"

#include <sodium.h>

#include <cstdint>

namespace vigie::crypto {
namespace {

constexpr std::string_view kRfc4648Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::string_view kBase64UrlAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr int kBase64Variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

const unsigned char* Bytes(std::string_view s) {
  static const unsigned char kEmpty = 0;  // some C APIs refuse a null pointer
  return s.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(s.data());
}

std::string Base32EncodeWith(std::string_view alphabet, std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() * 8 + 4) / 5);
  std::uint32_t buffer = 0;  // only the low `bits` bits matter
  int bits = 0;
  for (const char c : bytes) {
    buffer = (buffer << 8) | static_cast<unsigned char>(c);
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(buffer >> (bits - 5)) & 31u];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(buffer << (5 - bits)) & 31u];
  return out;
}

// Value of one RFC 4648 base32 character, either case; -1 if not in the alphabet.
int Base32Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= '2' && c <= '7') return c - '2' + 26;
  return -1;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsUnreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '.' || c == '_' || c == '~';
}

}  // namespace

std::string Base64UrlEncode(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), kBase64Variant), '\0');
  sodium_bin2base64(out.data(), out.size(), Bytes(bytes), bytes.size(), kBase64Variant);
  out.resize(out.size() - 1);  // the C string's terminating NUL
  return out;
}

std::optional<std::string> Base64UrlDecode(std::string_view text) {
  // libsodium 1.0.18 (Debian 12) reads every byte from 0x80 to 0xFF as '_' where char
  // is signed, so "\xC0" decoded like "_" (found by fuzzing): check the alphabet first.
  if (text.find_first_not_of(kBase64UrlAlphabet) != std::string_view::npos) return std::nullopt;
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t length = 0;
  // With b64_end == nullptr libsodium fails unless the whole input is consumed.
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                        text.data(), text.size(), nullptr, &length, nullptr,
                        kBase64Variant) != 0) {
    return std::nullopt;
  }
  out.resize(length);
  return out;
}

std::string Base32Encode(std::string_view bytes) {
  return Base32EncodeWith(kRfc4648Base32Alphabet, bytes);
}

std::optional<std::string> Base32Decode(std::string_view text) {
  std::string symbols;
  symbols.reserve(text.size());
  for (const char c : text) {
    if (!IsBlank(c)) symbols += c;
  }
  while (!symbols.empty() && symbols.back() == '=') symbols.pop_back();
  const std::size_t tail = symbols.size() % 8;
  if (tail == 1 || tail == 3 || tail == 6) return std::nullopt;

  std::string out;
  out.reserve(symbols.size() * 5 / 8);
  std::uint32_t buffer = 0;
  int bits = 0;
  for (const char c : symbols) {
    const int value = Base32Value(c);
    if (value < 0) return std::nullopt;
    buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
    bits += 5;
    if (bits >= 8) {
      out += static_cast<char>((buffer >> (bits - 8)) & 0xffu);
      bits -= 8;
    }
  }
  // Leftover bits (< 8) are the encoder's zero padding; being tolerant, we ignore them.
  return out;
}

std::string CrockfordBase32Encode(std::string_view bytes) {
  return Base32EncodeWith(kCrockfordAlphabet, bytes);
}

std::string HexEncode(std::string_view bytes) {
  std::string out(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), Bytes(bytes), bytes.size());
  out.resize(bytes.size() * 2);
  return out;
}

std::string PercentEncode(std::string_view text) {
  static constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (IsUnreserved(c)) {
      out += c;
      continue;
    }
    const auto byte = static_cast<unsigned char>(c);
    out += '%';
    out += kHex[byte >> 4];
    out += kHex[byte & 0x0fu];
  }
  return out;
}

}  // namespace vigie::crypto
