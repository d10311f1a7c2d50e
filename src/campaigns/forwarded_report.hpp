#pragma once
// Reports sent by e-mail: a person forwards the suspicious message to the structure's
// report address, and the mail server hands the forwarded message to
// `vigie awareness report-mail` (docs/configuration.md shows an exim router for it).
// The simulation's own link inside the forwarded text identifies the person's target.

#include <optional>
#include <string>
#include <string_view>

#include "campaigns/campaign_tracking.hpp"
#include "core/clock.hpp"
#include "storage/database.hpp"

namespace vigie::campaigns {

inline constexpr std::size_t kMaxForwardedMessageBytes = std::size_t{10} * 1024 * 1024;

// The tokens of simulation links ("/p/" + 24 base64url characters) in a raw message,
// in order of appearance, duplicates removed. Quoted-printable soft line breaks and
// "=3D" are undone first, so links folded by the forwarding client are found.
std::vector<std::string> FindCampaignTokens(std::string_view raw_message);

// Records a report for the first token that belongs to a sent target; nullopt when the
// message holds none (a real phishing message, or a simulation already purged).
std::optional<TrackedVisit> RecordForwardedReport(storage::Database& db, const core::Clock& clock,
                                                  std::string_view raw_message);

}  // namespace vigie::campaigns
