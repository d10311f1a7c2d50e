#include "crypto/totp.hpp"

#include <sodium.h>

#include <set>
#include <stdexcept>

#include "crypto/encoding.hpp"
#include "crypto/hash.hpp"
#include "crypto/random.hpp"

namespace vigie::crypto {
namespace {

constexpr std::size_t kTotpSecretBytes = 20;
constexpr std::size_t kRecoveryCodeSymbols = 10;  // shown as 4-4-2

void CheckSecret(std::string_view secret_raw) {
  if (secret_raw.size() < kMinTotpSecretBytes) {
    throw std::invalid_argument("TOTP secret shorter than 16 bytes");
  }
}

// RFC 4226 §5.3: HMAC-SHA1 over the big-endian counter, dynamic truncation to 31
// bits, then the low `digits` decimal digits.
std::string HotpCode(std::string_view secret_raw, std::uint64_t counter, int digits) {
  char message[8];
  for (int i = 7; i >= 0; --i) {
    message[i] = static_cast<char>(counter & 0xffu);
    counter >>= 8;
  }
  const std::string mac = HmacSha1(secret_raw, std::string_view(message, sizeof message));
  const auto byte = [&mac](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(mac[i]));
  };
  const std::size_t offset = byte(kSha1Bytes - 1) & 0x0fu;
  const std::uint32_t truncated = (byte(offset) & 0x7fu) << 24 | byte(offset + 1) << 16 |
                                  byte(offset + 2) << 8 | byte(offset + 3);
  std::uint32_t modulus = 1;
  for (int i = 0; i < digits; ++i) modulus *= 10;
  const std::string number = std::to_string(truncated % modulus);
  return std::string(static_cast<std::size_t>(digits) - number.size(), '0') + number;
}

// The code without blanks if it is exactly kTotpDigits decimal digits.
std::optional<std::string> NormalizeCode(std::string_view code) {
  std::string digits;
  for (const char c : code) {
    if (c == ' ' || c == '\t') continue;
    if (c < '0' || c > '9') return std::nullopt;
    digits += c;
  }
  if (digits.size() != static_cast<std::size_t>(kTotpDigits)) return std::nullopt;
  return digits;
}

// Crockford decoding of one typed symbol, lowercased, or '\0' if impossible.
char CanonicalSymbol(char c) {
  if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (c == 'o') return '0';
  if (c == 'i' || c == 'l') return '1';
  return kCrockfordAlphabet.find(c) != std::string_view::npos ? c : '\0';
}

std::string FormatRecoveryCode(std::string_view symbols) {
  return std::string(symbols.substr(0, 4)) + "-" + std::string(symbols.substr(4, 4)) + "-" +
         std::string(symbols.substr(8, 2));
}

}  // namespace

std::int64_t TotpStep(std::int64_t unix_time) {
  std::int64_t step = unix_time / kTotpStepSeconds;
  if (unix_time % kTotpStepSeconds < 0) --step;  // floor, not truncation
  return step;
}

std::string TotpCode(std::string_view secret_raw, std::int64_t unix_time, int digits) {
  CheckSecret(secret_raw);
  if (unix_time < 0) throw std::invalid_argument("TOTP time before the Unix epoch");
  if (digits < 6 || digits > 8) throw std::invalid_argument("TOTP digits must be 6 to 8");
  return HotpCode(secret_raw, static_cast<std::uint64_t>(TotpStep(unix_time)), digits);
}

std::optional<std::int64_t> VerifyTotp(std::string_view secret_raw, std::string_view code,
                                       std::int64_t unix_time, int window_steps) {
  CheckSecret(secret_raw);
  if (window_steps < 0 || window_steps > kMaxTotpWindowSteps) {
    throw std::invalid_argument("TOTP window out of range");
  }
  const std::optional<std::string> typed = NormalizeCode(code);
  if (!typed) return std::nullopt;
  const std::int64_t current = TotpStep(unix_time);
  // Current step first, then outwards, so a (1 in 10^6) collision prefers "now".
  for (int distance = 0; distance <= window_steps; ++distance) {
    for (const std::int64_t step : {current - distance, current + distance}) {
      if (step < 0) continue;
      const std::string expected =
          HotpCode(secret_raw, static_cast<std::uint64_t>(step), kTotpDigits);
      if (ConstantTimeEquals(expected, *typed)) return step;
      if (distance == 0) break;
    }
  }
  return std::nullopt;
}

std::string TotpUri(std::string_view issuer, std::string_view account,
                    std::string_view secret_raw) {
  const std::string encoded_issuer = PercentEncode(issuer);
  return "otpauth://totp/" + encoded_issuer + ":" + PercentEncode(account) +
         "?secret=" + Base32Encode(secret_raw) + "&issuer=" + encoded_issuer +
         "&algorithm=SHA1&digits=" + std::to_string(kTotpDigits) +
         "&period=" + std::to_string(kTotpStepSeconds);
}

std::string NewTotpSecret() { return RandomBytes(kTotpSecretBytes); }

std::vector<std::string> NewRecoveryCodes(int count) {
  if (count < 0) throw std::invalid_argument("negative recovery code count");
  EnsureInitialized();
  std::set<std::string> seen;
  std::vector<std::string> codes;
  codes.reserve(static_cast<std::size_t>(count));
  while (codes.size() < static_cast<std::size_t>(count)) {
    std::string symbols;
    for (std::size_t i = 0; i < kRecoveryCodeSymbols; ++i) {
      symbols += kCrockfordAlphabet[randombytes_uniform(
          static_cast<std::uint32_t>(kCrockfordAlphabet.size()))];
    }
    if (seen.insert(symbols).second) codes.push_back(FormatRecoveryCode(symbols));
  }
  return codes;
}

std::optional<std::string> NormalizeRecoveryCode(std::string_view typed) {
  std::string symbols;
  for (const char c : typed) {
    if (c == ' ' || c == '\t' || c == '-') continue;
    const char symbol = CanonicalSymbol(c);
    if (symbol == '\0' || symbols.size() == kRecoveryCodeSymbols) return std::nullopt;
    symbols += symbol;
  }
  if (symbols.size() != kRecoveryCodeSymbols) return std::nullopt;
  return FormatRecoveryCode(symbols);
}

}  // namespace vigie::crypto
