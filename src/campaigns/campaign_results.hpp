#pragma once
// A campaign's results as people may see them (privacy by design, issue 5 section 8):
//   - everyone allowed to see results gets the funnel, the funnel by group, site and
//     department, the timeline and the structure's repeat clickers by pseudonym;
//   - a segment of fewer than kMinimumSegment people shows its size but no rates, so
//     that a small team cannot be read as individuals;
//   - names appear only for people the structure's director granted explicitly
//     (awareness_result_viewers), and for the centre only when the structure allows it.

#include <string>
#include <vector>

#include "storage/campaign_repository.hpp"
#include "storage/campaign_send_repository.hpp"
#include "storage/campaign_tracking_repository.hpp"
#include "storage/database.hpp"
#include "tenancy/policy.hpp"

namespace vigie::campaigns {

inline constexpr long long kMinimumSegment = 5;

struct Segment {
  std::string label;
  storage::FunnelRow counts;
  bool masked = false;  // fewer than kMinimumSegment people: rates withheld
};

struct CampaignResults {
  storage::CampaignRecord campaign;
  storage::SendProgress progress;
  storage::FunnelRow total;
  std::vector<Segment> by_group, by_site, by_department;
  std::vector<storage::TimelinePoint> timeline;  // hourly, scanners excluded
  std::vector<storage::RepeatClicker> repeat_clickers;  // over the last 12 months
};

// Whether `viewer` may see names in the structure's results (see above).
bool MaySeeIndividuals(storage::Session& s, const tenancy::Principal& viewer, const std::string& structure_id);

// Throws core::AppError::NotFound for an unknown campaign.
CampaignResults LoadResults(storage::Database& db, const std::string& campaign_id, long long now);

}  // namespace vigie::campaigns
