#pragma once
// The token in a campaign e-mail's links. It is derived, not stored: HMAC-SHA256 of the
// target's id under the instance's secret key, cut to 144 bits and written base64url
// (24 characters). The database keeps only its SHA-256, so a copy of the database
// gives no working link, and a hit is found with one lookup on a unique index.

#include <string>
#include <string_view>

namespace vigie::campaigns {

inline constexpr std::size_t kTokenBytes = 18;  // 144 bits, above the 128 the issue asks
inline constexpr std::size_t kTokenLength = 24;  // base64url characters

std::string TargetToken(std::string_view secret_key, std::string_view target_id);
// What awareness_targets.token_hash holds for `token`.
std::string TokenHash(std::string_view token);
// Shape check before any lookup: 24 characters of the base64url alphabet.
bool LooksLikeToken(std::string_view text);

}  // namespace vigie::campaigns
