#pragma once
// Reads for the quarterly awareness report (issue 5): which campaigns a period holds,
// how many distinct people they reached, and how many people clicked more than once;
// for one structure or a whole region (TenantFilter).
//
// A campaign belongs to the period in which it started (started_at in [from, to)).
// It counts only when it actually sent: started (started_at > 0), and, when
// cancelled, with at least one message sent. Every function below applies that same
// selection, so their figures always describe the same campaigns.

#include <string>
#include <vector>

#include "storage/database.hpp"
#include "storage/list_query.hpp"

namespace vigie::storage {

struct ReportedCampaign {
  std::string id;
  std::string structure_id;
  std::string wave_id;  // "" when launched alone
  std::string name;
  std::string template_id;
  std::string status;
  long long started_at = 0;
  long long completed_at = 0;  // 0 while it runs
};

// The period's campaigns, in the order they started.
std::vector<ReportedCampaign> ListReportedCampaigns(Session& s, const TenantFilter& filter,
                                                    long long from, long long to);

// Distinct people targeted by the period's campaigns, per segment value.
struct PeopleCount {
  std::string structure_id;  // filled when grouped per structure
  std::string key;           // the segment's value; "" for the whole period
  long long people = 0;
};

// segment: "" (one row), "site", "department" or "structure" (key = structure id).
// per_structure adds the structure to the grouping of "site" and "department" (sites
// of different structures may share a name).
//
// People are told apart by their recipient id. Once the retention purge has unlinked
// a campaign's targets from the people, they can no longer be: each such campaign
// then counts for its own number of targets, and a segment's count is the larger of
// the linked people and the largest purged campaign — a lower bound, so that the
// small-group rule of the report errs on the side of masking.
std::vector<PeopleCount> CountPeopleReached(Session& s, const TenantFilter& filter, long long from,
                                            long long to, const std::string& segment,
                                            bool per_structure);

// People (still linked to their targets) who clicked, or typed in the fake sign-in
// page, in at least two of the period's campaigns.
long long CountRepeatClickers(Session& s, const TenantFilter& filter, long long from, long long to);

}  // namespace vigie::storage
