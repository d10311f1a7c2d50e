// The conditions of the quarterly recommendations, evaluated on the figures, and the
// texts they select with their placeholders filled in.

#include "awareness/quarterly_recommendations.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/french_format.hpp"

namespace vigie::awareness {
namespace {

// What the conditions look at, computed once.
struct Figures {
  bool measurable = false;  // something sent, to enough people to show rates
  FunnelRates now;
  const QuarterPoint* previous = nullptr;  // the quarter before, when it qualifies
  FunnelRates before;
  const SegmentFunnel* segment = nullptr;  // the shown segment furthest above the whole
  double segment_click = 0;
  FunnelCounts advanced;  // the advanced campaigns together
};

void FindSegmentAboveAverage(const std::vector<SegmentFunnel>& segments, Figures& f) {
  const auto masks = MaskSegments(segments);
  std::vector<const SegmentFunnel*> shown;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (masks[i] == SegmentMask::kShown && segments[i].counts.sent > 0) {
      shown.push_back(&segments[i]);
    }
  }
  if (shown.size() < 2) return;
  for (const SegmentFunnel* segment : shown) {
    const double click = RatesOf(segment->counts).clicked;
    if (click >= f.now.clicked + kSegmentGap && (f.segment == nullptr || click > f.segment_click)) {
      f.segment = segment;
      f.segment_click = click;
    }
  }
}

Figures Compute(const QuarterlyReportInput& in) {
  Figures f;
  f.measurable = HasFiguresToShow(in.total);
  f.now = RatesOf(in.total);
  f.previous = PreviousQuarter(in);
  if (f.previous != nullptr) f.before = RatesOf(f.previous->counts);
  if (f.measurable) {
    for (const auto* list : {&in.by_site, &in.by_department, &in.by_structure}) {
      FindSegmentAboveAverage(*list, f);
    }
  }
  for (const CampaignSummary& campaign : in.campaigns) {
    if (campaign.kind != "advanced") continue;
    f.advanced.targeted += campaign.counts.targeted;
    f.advanced.sent += campaign.counts.sent;
    f.advanced.submitted += campaign.counts.submitted;
  }
  return f;
}

// A rate as the whole percentage the report shows.
long Percent(double rate) { return std::lround(rate * 100.0); }

// Rise from `before` to `now` in points, between the percentages shown (so the text
// never says "5 points" between "35 %" and "39 %").
long Rise(double before, double now) { return Percent(now) - Percent(before); }

bool Holds(std::string_view condition, const QuarterlyReportInput& in, const Figures& f) {
  const bool trend = f.measurable && f.previous != nullptr;
  if (condition == "no_campaign") return in.total.sent <= 0;
  if (condition == "submitted_on_advanced") {
    return f.measurable && HasFiguresToShow(f.advanced) && f.advanced.submitted > 0;
  }
  if (condition == "click_rate_high") return f.measurable && f.now.clicked > kHighClickRate;
  if (condition == "click_rate_low") return f.measurable && f.now.clicked <= kLowClickRate;
  if (condition == "report_rate_low") return f.measurable && f.now.reported < kLowReportRate;
  if (condition == "report_rate_high") return f.measurable && f.now.reported >= kHighReportRate;
  if (condition == "click_rate_up") {
    return trend && Rise(f.before.clicked, f.now.clicked) >= kTrendPoints;
  }
  if (condition == "click_rate_down") {
    return trend && Rise(f.now.clicked, f.before.clicked) >= kTrendPoints;
  }
  if (condition == "report_rate_up") {
    return trend && Rise(f.before.reported, f.now.reported) >= kTrendPoints;
  }
  if (condition == "segment_above_average") return f.segment != nullptr;
  if (condition == "repeat_clickers") return in.repeat_clickers > 0;
  return condition == "always";
}

std::string Points(double a, double b) { return std::to_string(std::labs(Rise(a, b))); }

std::map<std::string_view, std::string> Values(const QuarterlyReportInput& in, const Figures& f) {
  using core::FormatInteger;
  using core::FormatPercent;
  std::map<std::string_view, std::string> v = {
      {"quarter", in.quarter_label},
      {"scope", in.scope_name},
      {"sent", FormatInteger(in.total.sent)},
      {"click_rate", FormatPercent(f.now.clicked)},
      {"report_rate", FormatPercent(f.now.reported)},
      {"repeat_clickers", FormatInteger(in.repeat_clickers)},
      {"advanced_submitted", FormatInteger(f.advanced.submitted)},
      {"advanced_submit_rate", FormatPercent(RatesOf(f.advanced).submitted)},
  };
  if (f.previous != nullptr) {
    v["previous_quarter"] = f.previous->label;
    v["previous_click_rate"] = FormatPercent(f.before.clicked);
    v["previous_report_rate"] = FormatPercent(f.before.reported);
    v["click_delta"] = Points(f.now.clicked, f.before.clicked);
    v["report_delta"] = Points(f.now.reported, f.before.reported);
  }
  if (f.segment != nullptr) {
    v["segment"] = f.segment->label;
    v["segment_click_rate"] = FormatPercent(f.segment_click);
  }
  return v;
}

std::string Fill(const std::string& text, const std::map<std::string_view, std::string>& values) {
  std::string out;
  std::size_t copied = 0;
  for (const BraceUse& use : FindBraces(text)) {
    const auto found = values.find(use.name);
    if (!use.closed || use.stray || found == values.end()) continue;  // refused at load
    out.append(text, copied, use.offset - copied);
    out += found->second;
    copied = use.offset + use.name.size() + 2;
  }
  out.append(text, copied, std::string::npos);
  return out;
}

}  // namespace

const std::vector<RecommendationCondition>& RecommendationConditions() {
  static const std::vector<RecommendationCondition> kConditions = [] {
    const std::vector<std::string_view> common = {"quarter", "scope"};
    auto with = [&](std::vector<std::string_view> more) {
      more.insert(more.begin(), common.begin(), common.end());
      return more;
    };
    return std::vector<RecommendationCondition>{
        {"no_campaign", common},
        {"submitted_on_advanced", with({"advanced_submitted", "advanced_submit_rate"})},
        {"click_rate_high", with({"click_rate", "sent"})},
        {"click_rate_low", with({"click_rate", "sent"})},
        {"report_rate_low", with({"report_rate", "sent"})},
        {"report_rate_high", with({"report_rate", "sent"})},
        {"click_rate_up",
         with({"click_rate", "previous_click_rate", "previous_quarter", "click_delta"})},
        {"click_rate_down",
         with({"click_rate", "previous_click_rate", "previous_quarter", "click_delta"})},
        {"report_rate_up",
         with({"report_rate", "previous_report_rate", "previous_quarter", "report_delta"})},
        {"segment_above_average", with({"segment", "segment_click_rate", "click_rate"})},
        {"repeat_clickers", with({"repeat_clickers"})},
        {"always", common},
    };
  }();
  return kConditions;
}

std::vector<std::string> MatchedConditions(const QuarterlyReportInput& in) {
  const Figures f = Compute(in);
  std::vector<std::string> out;
  for (const auto& condition : RecommendationConditions()) {
    if (Holds(condition.name, in, f)) out.emplace_back(condition.name);
  }
  return out;
}

std::vector<std::string> QuarterlyRecommendations(const QuarterlyReportInput& in,
                                                  const QuarterlyTexts& texts) {
  constexpr std::size_t kMin = 3;
  constexpr std::size_t kMax = 6;
  const Figures f = Compute(in);
  const auto values = Values(in, f);
  std::vector<std::string> out;
  for (const auto& rec : texts.recommendations) {
    if (out.size() < kMax && rec.condition != "always" && Holds(rec.condition, in, f)) {
      out.push_back(Fill(rec.text, values));
    }
  }
  for (const auto& rec : texts.recommendations) {
    if (out.size() < kMin && rec.condition == "always") out.push_back(Fill(rec.text, values));
  }
  return out;
}

std::vector<std::string> QuarterlyRecommendations(const QuarterlyReportInput& in) {
  return QuarterlyRecommendations(in, EmbeddedQuarterlyTexts());
}

const std::vector<std::string>& QuarterlyMethodNote() { return EmbeddedQuarterlyTexts().method; }

std::vector<BraceUse> FindBraces(std::string_view text) {
  std::vector<BraceUse> uses;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '}') {
      uses.push_back({.name = {}, .offset = i, .closed = true, .stray = true});
      continue;
    }
    if (text[i] != '{') continue;
    const std::size_t end = text.find_first_of("}\n{", i + 1);
    if (end == std::string_view::npos || text[end] != '}') {
      uses.push_back({.name = text.substr(i + 1, end == std::string_view::npos ? end : end - i - 1),
                      .offset = i,
                      .closed = false});
      continue;
    }
    uses.push_back({.name = text.substr(i + 1, end - i - 1), .offset = i});
    i = end;
  }
  return uses;
}

}  // namespace vigie::awareness
