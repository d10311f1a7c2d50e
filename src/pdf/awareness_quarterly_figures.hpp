#pragma once
// Internal to the quarterly awareness report (awareness_quarterly.cpp): its words and
// numbers, its cover and key-rate boxes, and the chart data it hands to the charts
// module (the funnel as a bar chart, the trend as a line chart). Draw functions copy
// what they need, so they outlive the input.

#include <string>
#include <vector>

#include "awareness/quarterly_report.hpp"
#include "charts/charts.hpp"
#include "charts/line_chart.hpp"
#include "pdf/document.hpp"

namespace vigie::pdf {

std::string PercentText(double rate);    // "23 %"
std::string CountText(long long count);  // "1 204"
// "1 campagne", "12 campagnes": French takes the singular for 0 and 1.
std::string Counted(long long count, const std::string& singular, const std::string& plural);
// "02/10/2026 – 16/10/2026"; "depuis le 02/10/2026" while running; "" when unknown.
std::string PeriodText(long long started_at, long long ended_at);

// The top of a 0–100 % scale for rates up to `highest`: the next ten above it plus
// some room, at least 20 %.
double RateScaleTop(double highest);

// True when no advanced campaign ran this quarter: the submission rate is not measured.
bool SubmissionNotMeasured(const awareness::QuarterlyReportInput& input);

// The whole first page (it also paints a band above the body, to the page edges).
DrawFunction QuarterlyCoverFigure(const awareness::QuarterlyReportInput& input,
                                  const PageSpec& page);

// The four key rates in large type, two by two, each with what it means.
inline constexpr double kKeyRatesHeight = 300;
DrawFunction KeyRatesFigure(const awareness::QuarterlyReportInput& input);

// Sent, opened, clicked, submitted, reported: bars scaled on the messages sent.
std::vector<charts::Bar> FunnelBars(const awareness::FunnelCounts& counts);

// Click and report rates per quarter (oldest first, at most eight); a quarter without
// figures has no point. Also gives the scale's top and guides.
charts::LineChart TrendChart(const std::vector<awareness::QuarterPoint>& trend);

// The click rate of each shown segment, on a 0–100 % scale (for 2+ shown rows).
std::vector<charts::Bar> SegmentClickBars(const std::vector<awareness::SegmentFunnel>& segments,
                                          const std::vector<awareness::SegmentMask>& masks);

}  // namespace vigie::pdf
