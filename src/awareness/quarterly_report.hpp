#pragma once
// The quarterly phishing-simulation report (issue 5) as a pure model: the figures of
// one quarter for a structure or for a centre's portfolio, already aggregated and
// pseudonymous (counts only, never a name or an address), and the rules that turn
// them into what the report says — rates, the small-segment privacy rule, quarter
// labels and bounds in Paris time, and plain-French recommendations whose texts are
// data (data/awareness/quarterly_report.toml, checked by quarterly_texts.cpp).
// Every function is pure and thread-safe; any input is accepted (negative or
// inconsistent counts give rates clamped to 0..1, never a failure).

#include <string>
#include <utility>
#include <vector>

namespace vigie::awareness {

// What happened to the messages of a campaign, a segment or a quarter. `targeted`
// counts distinct people (it decides the small-segment rule); the others count
// messages, one per person and campaign (a person in two campaigns counts twice), and
// never repeated events. Traffic recognised as coming from mail scanners is already
// excluded and only reported in `scanner_hits`.
struct FunnelCounts {
  long long targeted = 0, sent = 0, opened = 0, clicked = 0, submitted = 0, reported = 0,
            scanner_hits = 0;
};

// Rates over `sent`, from 0 to 1 (0 when nothing was sent).
struct FunnelRates {
  double opened = 0, clicked = 0, submitted = 0, reported = 0;
};
FunnelRates RatesOf(const FunnelCounts& counts);

struct SegmentFunnel {
  std::string label;  // a site, a department (service) or a structure
  FunnelCounts counts;
};

struct CampaignSummary {
  std::string name;
  std::string template_title;
  std::string kind;          // "simple" | "advanced" (with a fake sign-in page)
  int difficulty = 1;        // 1..3
  long long started_at = 0;  // UnixSeconds; 0: unknown
  long long ended_at = 0;
  FunnelCounts counts;
};

struct QuarterPoint {
  std::string label;  // "T3 2026"
  FunnelCounts counts;
};

struct QuarterlyReportInput {
  std::string scope_name;  // the structure's name, or the centre's for the portfolio
  bool portfolio = false;
  std::string quarter_label;  // "T4 2026"
  long long generated_at = 0;
  std::vector<CampaignSummary> campaigns;  // the quarter's campaigns
  FunnelCounts total;                      // the quarter, all campaigns
  std::vector<QuarterPoint> trend;         // oldest first; the current quarter last; up to 8
  std::vector<SegmentFunnel> by_site, by_department;
  std::vector<SegmentFunnel> by_structure;  // portfolio only
  long long repeat_clickers = 0;  // people who clicked in 2+ campaigns of the last 4 quarters
};

// Privacy: a group with fewer targeted people is shown without its figures ("moins de
// 5 personnes"), so that nobody's result can be guessed from a table.
inline constexpr long long kMinimumSegmentSize = 5;

// True when `counts` concern fewer than kMinimumSegmentSize people: their figures are
// not shown (a quarter, a campaign or a trend point too, not only a segment).
bool IsTooSmallToShow(const FunnelCounts& counts);

// True when `counts` have rates to show: something was sent, to enough people.
bool HasFiguresToShow(const FunnelCounts& counts);

// The latest trend point other than the current quarter (`quarter_label`) when it has
// figures to show; nullptr otherwise (also when that quarter had no campaign).
const QuarterPoint* PreviousQuarter(const QuarterlyReportInput& in);

// Why a row of a segment table is shown without its figures.
enum class SegmentMask { kShown, kTooSmall, kComplementary };

// The small-segment rule over one table (segments that split the same total): each
// segment under kMinimumSegmentSize is masked; then, while the masked rows together
// hold fewer than kMinimumSegmentSize people, the smallest shown row is masked too
// ("complementary") — else a masked row's figures would follow from the total minus
// the rows shown. One entry per segment, in order.
std::vector<SegmentMask> MaskSegments(const std::vector<SegmentFunnel>& segments);

// 3 to 6 recommendations in plain French for these figures, most important first,
// from the embedded texts (throws std::runtime_error if they do not validate: a
// build mistake). Conditions and thresholds: quarterly_recommendations.hpp.
std::vector<std::string> QuarterlyRecommendations(const QuarterlyReportInput& in);

// The method note of the report (what is measured, scanners, pseudonymity,
// retention), one paragraph per entry, from the same embedded file.
const std::vector<std::string>& QuarterlyMethodNote();

// "T4 2026": the quarter holding the Paris-local day of instant t (UnixSeconds).
std::string QuarterLabel(long long t);
// [start, end) of that quarter: Paris-local midnight of its first day and of the next
// quarter's first day, as UnixSeconds.
std::pair<long long, long long> QuarterBounds(long long t);

}  // namespace vigie::awareness
