#include "awareness/scanner_detection.hpp"

#include <array>

namespace vigie::awareness {
namespace {

// A user-agent fragment that names an automated fetcher, in lower case.
struct AgentMarker {
  std::string_view needle;
  // A match right after these letters does not count ("bot" in the Cubot phone brand).
  std::string_view not_after = {};
  // Fetches images for a person opening the message: not a scanner for kOpen.
  bool opens_for_a_person = false;
};

// Short and deliberate: generic words robots put in their names, HTTP libraries
// scripts use, headless browsers, link-preview fetchers, and the mail-security
// products that scan links on delivery. A browser-like agent slips through; the
// other signs (timing above all) are there for that.
constexpr std::array kAutomatedAgents = {
    AgentMarker{"bot", "cu"},  // Googlebot, bingbot, Slackbot, Twitterbot, Applebot...
    AgentMarker{"crawler"},
    AgentMarker{"spider"},
    AgentMarker{"slurp"},  // Yahoo
    AgentMarker{"curl/"},
    AgentMarker{"wget/"},
    AgentMarker{"python-requests"},
    AgentMarker{"python-urllib"},
    AgentMarker{"aiohttp"},
    AgentMarker{"go-http-client"},
    AgentMarker{"java/"},
    AgentMarker{"okhttp"},
    AgentMarker{"apache-httpclient"},
    AgentMarker{"libwww-perl"},
    AgentMarker{"headlesschrome"},
    AgentMarker{"phantomjs"},
    AgentMarker{"bingpreview"},
    AgentMarker{"facebookexternalhit"},
    AgentMarker{"whatsapp"},  // link preview when the address is pasted in a chat
    AgentMarker{"skypeuripreview"},
    AgentMarker{"microsoft office existence discovery"},  // Office checks a link exists
    AgentMarker{"barracuda"},
    AgentMarker{"proofpoint"},
    AgentMarker{"mimecast"},
    AgentMarker{"trendmicro"},
    AgentMarker{"symantec"},
    AgentMarker{"forcepoint"},
    // Gmail's image proxy: "... (via ggpht.com GoogleImageProxy)". Gmail loads a
    // message's images through it when the person opens the message, so for an open
    // it stands for that person; it never follows links or posts forms by itself.
    AgentMarker{"googleimageproxy", {}, true},
    AgentMarker{"ggpht.com", {}, true},
};

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsNoCase(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (Lower(text[i]) != lower[i]) return false;
  }
  return true;
}

// Whether `text` holds `lower` in any case, not right after `not_after` (both lower
// case). Plain scan: the needles are short and `text` is bounded by the caller.
bool ContainsNoCase(std::string_view text, std::string_view lower,
                    std::string_view not_after = {}) {
  if (lower.size() > text.size()) return false;
  for (std::size_t at = 0; at + lower.size() <= text.size(); ++at) {
    if (!EqualsNoCase(text.substr(at, lower.size()), lower)) continue;
    const bool excluded =
        !not_after.empty() && at >= not_after.size() &&
        EqualsNoCase(text.substr(at - not_after.size(), not_after.size()), not_after);
    if (!excluded) return true;
  }
  return false;
}

bool IsBlank(std::string_view text) {
  for (const char c : text) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  }
  return true;
}

bool IsKnownAgent(std::string_view agent, HitKind kind) {
  for (const AgentMarker& m : kAutomatedAgents) {
    if (kind == HitKind::kOpen && m.opens_for_a_person) continue;
    if (ContainsNoCase(agent, m.needle, m.not_after)) return true;
  }
  return false;
}

}  // namespace

ScannerSign ClassifyHit(const HitFacts& hit) {
  if (EqualsNoCase(hit.method, "head")) return ScannerSign::kHeadRequest;
  const std::string_view purpose = hit.purpose_header.substr(0, kAgentScanLimit);
  if (ContainsNoCase(purpose, "prefetch") || ContainsNoCase(purpose, "preview")) {
    return ScannerSign::kPrefetch;
  }
  const std::string_view agent = hit.user_agent.substr(0, kAgentScanLimit);
  if (IsBlank(agent)) return ScannerSign::kNoAgent;
  if (IsKnownAgent(agent, hit.kind)) return ScannerSign::kKnownAgent;
  const bool timed = hit.kind != HitKind::kReport;
  if (timed && hit.seconds_since_delivery >= 0 &&
      hit.seconds_since_delivery < kHumanReactionSeconds) {
    return ScannerSign::kTooSoonAfterDelivery;
  }
  return ScannerSign::kNone;
}

std::string_view ScannerSignCode(ScannerSign sign) {
  switch (sign) {
    case ScannerSign::kNone:
      return "none";
    case ScannerSign::kHeadRequest:
      return "head";
    case ScannerSign::kKnownAgent:
      return "agent";
    case ScannerSign::kNoAgent:
      return "no_agent";
    case ScannerSign::kTooSoonAfterDelivery:
      return "too_soon";
    case ScannerSign::kPrefetch:
      return "prefetch";
  }
  return "none";
}

static_assert(kHumanReactionSeconds == 10, "the kTooSoonAfterDelivery label says 10 s");

std::string_view ScannerSignLabel(ScannerSign sign) {
  switch (sign) {
    case ScannerSign::kNone:
      return "aucun signe";
    case ScannerSign::kHeadRequest:
      return "requête HEAD";
    case ScannerSign::kKnownAgent:
      return "robot connu";
    case ScannerSign::kNoAgent:
      return "sans navigateur";
    case ScannerSign::kTooSoonAfterDelivery:
      return "moins de 10\u00A0s après la remise";
    case ScannerSign::kPrefetch:
      return "préchargement";
  }
  return "aucun signe";
}

}  // namespace vigie::awareness
