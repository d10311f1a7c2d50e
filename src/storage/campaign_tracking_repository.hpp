#pragma once
// Tracking hits and campaign results (awareness, issue 5).
//
// A hit costs the same whatever the campaign's size: one lookup by the token's hash
// (unique index), one event row appended, one target row updated. Results are read
// from the target rows (per-person first/last/count), which the retention purge keeps
// without the link to the person, so aggregates outlive individual events.

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"
#include "storage/list_query.hpp"

namespace vigie::storage {

struct TrackedTarget {
  std::string id;
  std::string campaign_id;
  std::string campaign_status;
  std::string structure_id;
  std::string region_id;
  std::string template_id;
  std::string recipient_id;
  std::string send_state;
  long long sent_at = 0;
};

// kind: "open" | "click" | "submit" | "report". A hit whose scanner_sign is not "none"
// only counts in scanner_count; it is kept as an event all the same.
struct Hit {
  std::string event_id;
  std::string target_id;
  std::string campaign_id;
  std::string kind;
  long long at = 0;
  std::string scanner_sign = "none";
};

// Counts of people (not of hits). opened includes anyone who clicked or submitted
// (images are often blocked); clicked includes anyone who submitted.
struct FunnelRow {
  std::string key;  // the segment's value (site, department, group id), "" for the whole
  long long targeted = 0;
  long long sent = 0;
  long long opened = 0;
  long long clicked = 0;
  long long submitted = 0;
  long long reported = 0;
  long long scanner_hits = 0;
};

struct TimelinePoint {
  long long bucket_start = 0;  // UTC seconds, a multiple of the bucket size
  std::string kind;
  long long count = 0;
};

// One person's results in a campaign, by pseudonym (names joined only when asked).
struct TargetResult {
  std::string target_id;
  std::string pseudonym;
  std::string email, first_name, last_name;  // filled only with with_names
  std::string site, department;
  std::string send_state;
  long long opened_first = 0, clicked_first = 0, submitted_first = 0, reported_first = 0;
  long long click_count = 0, scanner_count = 0;
};

struct RepeatClicker {
  std::string pseudonym;
  long long campaigns_clicked = 0;
  long long campaigns_targeted = 0;
};

std::optional<TrackedTarget> FindTargetByTokenHash(Session& s, const std::string& token_hash);
void RecordHit(Session& s, const Hit& hit);

// segment: "" (one row for the campaign), "site", "department" or "group_id".
std::vector<FunnelRow> CampaignFunnel(Session& s, const std::string& campaign_id, const std::string& segment);
// The funnel of every (group, site, department) combination present, in one scan: the
// results page rolls it up into the whole, by group, by site and by department.
struct FunnelCell {
  std::string group_id, site, department;
  FunnelRow counts;
};
std::vector<FunnelCell> CampaignFunnelCells(Session& s, const std::string& campaign_id);
// Human hits (scanners excluded) per bucket_seconds.
std::vector<TimelinePoint> CampaignTimeline(Session& s, const std::string& campaign_id, long long bucket_seconds);
Page<TargetResult> ListTargetResults(Session& s, const std::string& campaign_id, bool with_names,
                                     const PageRequest& page);
// People of the structure who clicked in at least two of its campaigns started since
// `since`, most campaigns first.
std::vector<RepeatClicker> ListRepeatClickers(Session& s, const std::string& structure_id, long long since,
                                              long long limit);

// The retention purge: for the structure's campaigns completed or cancelled before
// `before`, deletes the individual events and unlinks the targets from the people
// (recipient_id, pseudonym and token_hash erased); the counts stay. Returns the number
// of targets unlinked.
long long PurgeIndividualResults(Session& s, const std::string& structure_id, long long before, long long now);

}  // namespace vigie::storage
