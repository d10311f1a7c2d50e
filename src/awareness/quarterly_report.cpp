// The quarterly report's figures: rates, the small-segment rule and quarters in Paris
// time. The recommendations are in quarterly_recommendations.cpp.

#include "awareness/quarterly_report.hpp"

#include <algorithm>
#include <chrono>

#include "core/french_format.hpp"

namespace vigie::awareness {
namespace {

constexpr long long kSecondsPerDay = 86400;

double Rate(long long part, long long sent) {
  if (sent <= 0) return 0;
  return std::clamp(static_cast<double>(part) / static_cast<double>(sent), 0.0, 1.0);
}

struct QuarterStart {
  int year = 1970;
  unsigned month = 1;  // 1, 4, 7 or 10
};

QuarterStart QuarterOf(long long t) {
  const long long local = t + core::ParisUtcOffset(t);
  const std::chrono::sys_days day{
      std::chrono::floor<std::chrono::days>(std::chrono::seconds{local})};
  const std::chrono::year_month_day ymd{day};
  const auto month = static_cast<unsigned>(ymd.month());
  return {static_cast<int>(ymd.year()), (month - 1) / 3 * 3 + 1};
}

// The UTC instant of Paris-local midnight on the first day of `month`. Midnight is
// never inside a clock change (they happen at 02:00 and 03:00 local time), so one of
// the two offsets matches.
long long ParisMidnight(int year, unsigned month) {
  const std::chrono::sys_days day{std::chrono::year{year} / std::chrono::month{month} /
                                  std::chrono::day{1}};
  const long long local = static_cast<long long>(day.time_since_epoch().count()) * kSecondsPerDay;
  const long long winter = local - 3600;
  return core::ParisUtcOffset(winter) == 3600 ? winter : local - 7200;
}

}  // namespace

FunnelRates RatesOf(const FunnelCounts& counts) {
  return {.opened = Rate(counts.opened, counts.sent),
          .clicked = Rate(counts.clicked, counts.sent),
          .submitted = Rate(counts.submitted, counts.sent),
          .reported = Rate(counts.reported, counts.sent)};
}

bool IsTooSmallToShow(const FunnelCounts& counts) { return counts.targeted < kMinimumSegmentSize; }

bool HasFiguresToShow(const FunnelCounts& counts) {
  return counts.sent > 0 && !IsTooSmallToShow(counts);
}

const QuarterPoint* PreviousQuarter(const QuarterlyReportInput& in) {
  for (auto it = in.trend.rbegin(); it != in.trend.rend(); ++it) {
    if (it->label != in.quarter_label) return HasFiguresToShow(it->counts) ? &*it : nullptr;
  }
  return nullptr;
}

std::vector<SegmentMask> MaskSegments(const std::vector<SegmentFunnel>& segments) {
  std::vector<SegmentMask> masks(segments.size(), SegmentMask::kShown);
  long long masked_people = 0;
  std::size_t masked_rows = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (IsTooSmallToShow(segments[i].counts)) {
      masks[i] = SegmentMask::kTooSmall;
      masked_people += std::max(0LL, segments[i].counts.targeted);
      ++masked_rows;
    }
  }
  // Masked rows together must hold enough people that none of them can be worked out
  // from the total: add the smallest shown rows until they do.
  while (masked_rows > 0 && masked_people < kMinimumSegmentSize) {
    std::size_t smallest = segments.size();
    for (std::size_t i = 0; i < segments.size(); ++i) {
      if (masks[i] == SegmentMask::kShown &&
          (smallest == segments.size() ||
           segments[i].counts.targeted < segments[smallest].counts.targeted)) {
        smallest = i;
      }
    }
    if (smallest == segments.size()) break;  // every row is masked already
    masks[smallest] = SegmentMask::kComplementary;
    masked_people += segments[smallest].counts.targeted;
    ++masked_rows;
  }
  return masks;
}

std::string QuarterLabel(long long t) {
  const QuarterStart q = QuarterOf(t);
  return "T" + std::to_string((q.month - 1) / 3 + 1) + " " + std::to_string(q.year);
}

std::pair<long long, long long> QuarterBounds(long long t) {
  const QuarterStart q = QuarterOf(t);
  const long long start = ParisMidnight(q.year, q.month);
  const long long end =
      q.month == 10 ? ParisMidnight(q.year + 1, 1) : ParisMidnight(q.year, q.month + 3);
  return {start, end};
}

}  // namespace vigie::awareness
