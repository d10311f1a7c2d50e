#pragma once
// Hashes and message authentication codes (OpenSSL). Results are raw bytes unless the
// name says Hex. Pure functions, thread-safe; they throw std::runtime_error only if
// OpenSSL itself fails, which does not happen with valid inputs.

#include <cstddef>
#include <string>
#include <string_view>

namespace vigie::crypto {

inline constexpr std::size_t kSha256Bytes = 32;
inline constexpr std::size_t kSha1Bytes = 20;

std::string Sha256(std::string_view data);     // 32 raw bytes
std::string Sha256Hex(std::string_view data);  // 64 lowercase hex characters

// HMAC (RFC 2104). Any key length is accepted (RFC 2104 hashes long keys); callers
// choose keys of at least the hash's output size. HMAC-SHA1 is kept for TOTP only
// (RFC 6238 default, what authenticator apps implement): use HMAC-SHA256 elsewhere.
std::string HmacSha256(std::string_view key, std::string_view data);  // 32 raw bytes
std::string HmacSha1(std::string_view key, std::string_view data);    // 20 raw bytes

// Compares secrets (MACs, token hashes) in time that depends only on their length.
// Returns false at once when the lengths differ: lengths must not be secret.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace vigie::crypto
