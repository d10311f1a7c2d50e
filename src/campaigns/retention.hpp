#pragma once
// The retention purge of individual awareness results (issue 5, section 8): once a
// campaign has been finished for longer than its structure's retention (12 months by
// default), its events are deleted and its targets unlinked from the people; the
// aggregates by group, site and department stay.

#include "core/clock.hpp"
#include "storage/database.hpp"

namespace vigie::campaigns {

// A month counts 30 days here: the purge may run up to a few days after the calendar
// date, never before.
inline constexpr long long kRetentionMonthSeconds = 30LL * 86400;

struct PurgeReport {
  long long structures = 0;
  long long targets_unlinked = 0;
};

PurgeReport PurgeExpiredResults(storage::Database& db, const core::Clock& clock);

}  // namespace vigie::campaigns
