#pragma once
// Whether a tracking hit (an opened image, a clicked link, a submitted form, a
// report) was made by a program rather than by the person the e-mail went to. Mail
// filters and link scanners fetch every link of a message to check it; counting
// those as clicks would blame people who did nothing. A hit classified as a scanner
// is kept, with its sign, and left out of the rates.

#include <cstddef>
#include <string_view>

namespace vigie::awareness {

enum class HitKind { kOpen, kClick, kSubmit, kReport };

// Why a hit is taken for a program; kNone: nothing says so.
enum class ScannerSign {
  kNone,
  kHeadRequest,
  kKnownAgent,
  kNoAgent,
  kTooSoonAfterDelivery,
  kPrefetch
};

// What the tracker knows about a hit. The views only need to live during the call.
struct HitFacts {
  HitKind kind = HitKind::kClick;
  std::string_view method;      // "GET", "HEAD", "POST"
  std::string_view user_agent;  // may be empty
  // Value of Purpose / Sec-Purpose / X-Purpose / X-Moz ("prefetch"...); empty if none.
  std::string_view purpose_header;
  long long seconds_since_delivery = -1;  // -1: unknown
};

// A hit sooner than this after delivery is a scanner: Microsoft Defender Safe Links,
// Trend Micro, Proofpoint and their kind open ("detonate") every link within seconds
// of delivery, often with a browser-like user agent, before anyone can have read the
// message; Apple Mail Privacy Protection likewise loads images on delivery. A person
// needs longer to get a notification, open the message and act on it.
inline constexpr long long kHumanReactionSeconds = 10;

// At most this many bytes of a user agent are examined (real ones are 100-300), so
// the work per hit is bounded whatever a client sends.
inline constexpr std::size_t kAgentScanLimit = 1024;

// The first sign found. Checks, most certain first, so the sign shown is the
// strongest evidence:
//  1. kHeadRequest: method HEAD (any case). Following a link, a browser sends GET;
//     HEAD only checks that the address exists.
//  2. kPrefetch: the purpose header contains "prefetch" or "preview" (any case). The
//     browser or mail client fetched ahead; nobody clicked.
//  3. kNoAgent: the user agent is empty or blank. Every browser and mail client
//     sends one. Also for kReport: the report link is followed by a person, so a hit
//     without one is a program there too.
//  4. kKnownAgent: the user agent contains a known automated fetcher (any case; list
//     in the .cpp). Exception for kOpen: Gmail's image proxy ("GoogleImageProxy",
//     "via ggpht.com") is not one, as Gmail fetches the images through it when the
//     person opens the message; it still counts for a click or a form.
//  5. kTooSoonAfterDelivery: kOpen, kClick or kSubmit with
//     0 <= seconds_since_delivery < kHumanReactionSeconds. Not kReport: a quick
//     report is the very behaviour sought and is never discounted for its speed; a
//     link scanner that also follows the report link is caught by signs 1-4 only.
// Pure and cheap: no allocation, no regex, bounded work.
ScannerSign ClassifyHit(const HitFacts& hit);

// Stable code for storage and the API: "none", "head", "agent", "no_agent",
// "too_soon", "prefetch".
std::string_view ScannerSignCode(ScannerSign sign);
// Short French text for the results page ("requête HEAD", "robot connu"...).
std::string_view ScannerSignLabel(ScannerSign sign);

}  // namespace vigie::awareness
