#pragma once
// Internal to the quarterly awareness report: its tables, which apply the
// small-segment rule — a quarter, a campaign or a group concerning fewer than
// awareness::kMinimumSegmentSize people is shown without its figures, and a group
// masked to protect another is marked "non détaillé" (awareness::MaskSegments).

#include <string>
#include <vector>

#include "awareness/quarterly_report.hpp"
#include "pdf/document.hpp"

namespace vigie::pdf {

// Quarter, messages sent, click rate, report rate (the trend's figures in words).
Table TrendTable(const std::vector<awareness::QuarterPoint>& trend);

// One row per campaign of the quarter, then the quarter as a whole.
Table CampaignTable(const awareness::QuarterlyReportInput& input);

// A numbered section with the table of `segments` (and the chart of their click rates
// when two or more are shown), or a sentence saying there is nothing for this kind of
// group. `kind` names one group in the sentence ("site", "service", "structure").
void AddSegmentSection(const std::string& number, const std::string& title, const std::string& kind,
                       const std::vector<awareness::SegmentFunnel>& segments,
                       std::vector<Block>& out);

}  // namespace vigie::pdf
