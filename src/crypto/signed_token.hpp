#pragma once
// Stateless, expiring tokens for links sent by e-mail (address confirmation, password
// reset, invitation): the link carries its payload, its expiry and a MAC, so the
// server stores nothing to check it.
//
// Format: base64url(payload) "." expires_at "." base64url(mac), where expires_at is
// decimal Unix seconds and mac = HMAC-SHA256(key, purpose "\n" payload "\n" expires_at).
// - `purpose` ("password-reset", "invitation"...) keeps a token minted for one use from
//   being accepted for another; it must not contain '\n'.
// - The payload is signed, not encrypted: whoever holds the link can read it. Put ids
//   in it, never secrets.
// - A token is valid until it expires, however many times it is used. For one-time
//   links, put a value that the use changes (e.g. a prefix of the password hash, a
//   row version) in the payload and check it against the database.
// `key` is a secret of at least kMinSigningKeyBytes raw bytes from configuration.
// A short key or a purpose with '\n' is a programmer error: std::invalid_argument.
// Thread-safe.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vigie::crypto {

inline constexpr std::size_t kMinSigningKeyBytes = 16;

std::string SignToken(std::string_view key, std::string_view purpose,
                      std::string_view payload, std::int64_t expires_at);

// The payload when `token` was signed with `key` for `purpose` and now < expires_at;
// std::nullopt otherwise (malformed, altered, other key or purpose, expired). The MAC
// is compared in constant time.
std::optional<std::string> VerifySignedToken(std::string_view key, std::string_view purpose,
                                             std::string_view token, std::int64_t now);

}  // namespace vigie::crypto
