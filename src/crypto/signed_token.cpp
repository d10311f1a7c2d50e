#include "crypto/signed_token.hpp"

#include <charconv>
#include <stdexcept>

#include "crypto/encoding.hpp"
#include "crypto/hash.hpp"

namespace vigie::crypto {
namespace {

void CheckArguments(std::string_view key, std::string_view purpose) {
  if (key.size() < kMinSigningKeyBytes) {
    throw std::invalid_argument("signing key shorter than 16 bytes");
  }
  if (purpose.find('\n') != std::string_view::npos) {
    throw std::invalid_argument("token purpose contains a newline");
  }
}

// With no '\n' in the purpose and only [-0-9] in expires, the message splits back
// into its three fields one way only.
std::string Mac(std::string_view key, std::string_view purpose, std::string_view payload,
                std::string_view expires) {
  std::string message;
  message.reserve(purpose.size() + payload.size() + expires.size() + 2);
  message.append(purpose).append("\n").append(payload).append("\n").append(expires);
  return HmacSha256(key, message);
}

// expires_at exactly as SignToken writes it (std::to_string), so that no other
// spelling ("+5", "05") of the same number is accepted.
std::optional<std::int64_t> ParseExpiry(std::string_view text) {
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || ptr != end || std::to_string(value) != text) {
    return std::nullopt;
  }
  return value;
}

}  // namespace

std::string SignToken(std::string_view key, std::string_view purpose,
                      std::string_view payload, std::int64_t expires_at) {
  CheckArguments(key, purpose);
  const std::string expires = std::to_string(expires_at);
  return Base64UrlEncode(payload) + "." + expires + "." +
         Base64UrlEncode(Mac(key, purpose, payload, expires));
}

std::optional<std::string> VerifySignedToken(std::string_view key, std::string_view purpose,
                                             std::string_view token, std::int64_t now) {
  CheckArguments(key, purpose);
  const std::size_t first_dot = token.find('.');
  if (first_dot == std::string_view::npos) return std::nullopt;
  const std::size_t second_dot = token.find('.', first_dot + 1);
  if (second_dot == std::string_view::npos) return std::nullopt;
  if (token.find('.', second_dot + 1) != std::string_view::npos) return std::nullopt;

  const std::string_view expires = token.substr(first_dot + 1, second_dot - first_dot - 1);
  std::optional<std::string> payload = Base64UrlDecode(token.substr(0, first_dot));
  const std::optional<std::int64_t> expires_at = ParseExpiry(expires);
  const std::optional<std::string> mac = Base64UrlDecode(token.substr(second_dot + 1));
  if (!payload || !expires_at || !mac) return std::nullopt;

  if (!ConstantTimeEquals(Mac(key, purpose, *payload, expires), *mac)) return std::nullopt;
  if (now >= *expires_at) return std::nullopt;
  return payload;
}

}  // namespace vigie::crypto
