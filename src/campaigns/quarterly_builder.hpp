#pragma once
// The figures of the quarterly phishing-simulation report (awareness/quarterly_report.hpp
// is the model, pdf::RenderQuarterlyAwarenessReport lays it out), read from the
// database for one structure or for a centre's portfolio (every structure of its
// region). Counting rules, which follow the model's FunnelCounts contract:
//   - a campaign belongs to the quarter (Paris time) in which it started, and counts
//     only when it actually sent (storage/campaign_report_repository.hpp: started,
//     and, when cancelled, with at least one message sent);
//   - sent, opened, clicked, submitted, reported and scanner hits are the sums of the
//     campaigns' funnels: one message per person and campaign, so a person targeted
//     by two campaigns counts twice there;
//   - `targeted` is the number of distinct people, per quarter, campaign and segment:
//     a person targeted by two campaigns of the quarter counts once (after the
//     retention purge, a lower bound: see CountPeopleReached);
//   - the trend holds the quarter and up to the 7 before it, oldest first, starting
//     at the first one with a campaign (the quarter itself is always there);
//   - repeat clickers: people who clicked in 2+ campaigns of the quarter and of the
//     three before it (the last four quarters, not campaigns that came later);
//   - segments: sites and departments (services) as copied at launch, "Non
//     renseigné" when empty. In the portfolio a site is named after its structure
//     (two structures may both have a "Bâtiment A"), departments of the same name
//     are added up across structures, campaigns are named after their structure, and
//     the campaigns of one operated wave make one row.
// Nothing personal is read: counts only. Throws core::AppError::NotFound for an
// unknown structure or region. Thread-safe (each call borrows its own session).

#include <string>

#include "awareness/quarterly_report.hpp"
#include "storage/database.hpp"

namespace vigie::campaigns {

// `quarter_instant`: any instant inside the quarter; `now`: the generation time.
awareness::QuarterlyReportInput BuildStructureQuarterlyReport(storage::Database& db,
                                                              const std::string& structure_id,
                                                              long long quarter_instant,
                                                              long long now);
awareness::QuarterlyReportInput BuildPortfolioQuarterlyReport(storage::Database& db,
                                                              const std::string& region_id,
                                                              long long quarter_instant,
                                                              long long now);

}  // namespace vigie::campaigns
