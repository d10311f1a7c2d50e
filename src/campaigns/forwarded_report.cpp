#include "campaigns/forwarded_report.hpp"

#include <algorithm>
#include <vector>

#include "campaigns/campaign_tokens.hpp"

namespace vigie::campaigns {
namespace {

bool IsTokenChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Quoted-printable soft line breaks removed and "=3D" turned back into "=": enough for
// links, which hold no other escaped character.
std::string Unfold(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '=' && raw.substr(i + 1, 2) == "\r\n") {
      i += 2;
    } else if (raw[i] == '=' && i + 1 < raw.size() && raw[i + 1] == '\n') {
      i += 1;
    } else if (raw[i] == '=' && (raw.substr(i + 1, 2) == "3D" || raw.substr(i + 1, 2) == "3d")) {
      out += '=';
      i += 2;
    } else {
      out += raw[i];
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> FindCampaignTokens(std::string_view raw_message) {
  const std::string text = Unfold(raw_message.substr(0, kMaxForwardedMessageBytes));
  std::vector<std::string> tokens;
  for (std::size_t at = text.find("/p/"); at != std::string::npos; at = text.find("/p/", at + 3)) {
    const std::size_t start = at + 3;
    std::size_t end = start;
    while (end < text.size() && IsTokenChar(text[end])) ++end;
    const std::string candidate = text.substr(start, end - start);
    if (LooksLikeToken(candidate) && std::find(tokens.begin(), tokens.end(), candidate) == tokens.end()) {
      tokens.push_back(candidate);
    }
  }
  return tokens;
}

std::optional<TrackedVisit> RecordForwardedReport(storage::Database& db, const core::Clock& clock,
                                                  std::string_view raw_message) {
  for (const std::string& token : FindCampaignTokens(raw_message)) {
    // A forwarded message is a person's deliberate act: reported by mail, not a robot.
    auto visit = RecordTrackingHit(db, clock, token, {awareness::HitKind::kReport, "MAIL", "forwarded-message", "", -1});
    if (visit) return visit;
  }
  return std::nullopt;
}

}  // namespace vigie::campaigns
