#include "campaigns/campaign_tokens.hpp"

#include "crypto/encoding.hpp"
#include "crypto/hash.hpp"

namespace vigie::campaigns {

std::string TargetToken(std::string_view secret_key, std::string_view target_id) {
  const std::string mac = crypto::HmacSha256(secret_key, std::string("vigie/campaign-token/v1:") + std::string(target_id));
  return crypto::Base64UrlEncode(std::string_view(mac).substr(0, kTokenBytes));
}

std::string TokenHash(std::string_view token) { return crypto::Sha256Hex(token); }

bool LooksLikeToken(std::string_view text) {
  if (text.size() != kTokenLength) return false;
  for (const char c : text) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace vigie::campaigns
