#pragma once
// The texts of the quarterly report (data/awareness/quarterly_report.toml): the
// method note and the recommendations, each tied to a named condition on the
// quarter's figures and holding {placeholders} for the numbers. The conditions and
// their thresholds are code (below); the words are data, checked at load with
// "FILE:LINE: message" errors in French, all collected (the style of
// template_loader.hpp). Pure; the embedded texts are loaded once, thread-safely.

#include <string>
#include <string_view>
#include <vector>

#include "awareness/quarterly_report.hpp"

namespace vigie::awareness {

// Thresholds of the conditions (rates over messages sent, from 0 to 1).
inline constexpr double kHighClickRate = 0.20;   // click_rate_high: above one in five
inline constexpr double kLowClickRate = 0.05;    // click_rate_low: at most one in twenty
inline constexpr double kLowReportRate = 0.10;   // report_rate_low: under one in ten
inline constexpr double kHighReportRate = 0.30;  // report_rate_high: at least 30 %
inline constexpr long kTrendPoints = 5;          // *_up, *_down: 5 points or more, between
                                                 // the rounded percentages shown
inline constexpr double kSegmentGap = 0.10;      // segment_above_average: 10 points above

// A condition a recommendation can be tied to, and the placeholders its text may use
// (each one always has a value when the condition holds).
struct RecommendationCondition {
  std::string_view name;
  std::vector<std::string_view> placeholders;
};
// Every condition, "always" last. Rate conditions hold only when something was sent
// and the quarter concerns at least kMinimumSegmentSize people; trends need a
// previous quarter in `trend` that qualifies too. Conditions:
//   no_campaign            nothing was sent this quarter
//   submitted_on_advanced  someone typed credentials on an advanced campaign's page
//   click_rate_high / click_rate_low, report_rate_low / report_rate_high
//   click_rate_up / click_rate_down, report_rate_up   vs the previous quarter
//   segment_above_average  a site, service or structure (shown, not masked) clicks
//                          kSegmentGap above the whole, in a table of 2+ shown rows
//   repeat_clickers        repeat_clickers > 0
//   always                 fills the list up to three recommendations
const std::vector<RecommendationCondition>& RecommendationConditions();

struct RecommendationText {
  std::string id;
  std::string condition;
  std::string text;  // one line, French, with {placeholders}
};

struct QuarterlyTexts {
  std::vector<std::string> method;                  // paragraphs of the method note
  std::vector<RecommendationText> recommendations;  // in file order = priority order
};

struct QuarterlyTextsLoad {
  QuarterlyTexts texts;  // empty whenever `errors` is not
  std::vector<std::string> errors;
  bool ok() const { return errors.empty(); }
};

// One file's text. Checks: UTF-8, size, TOML syntax, unknown keys, version, method
// paragraphs, ids (format, unique), conditions (known; each one has a text; at least
// three "always" ones), texts (one line, size), placeholders (closed, known, allowed
// for the condition) and no stray brace.
QuarterlyTextsLoad ParseQuarterlyTexts(const std::string& toml_text, const std::string& file_name);

// data/awareness/quarterly_report.toml as compiled in; throws std::runtime_error
// listing the errors if it does not validate (a build mistake), on first use.
const QuarterlyTexts& EmbeddedQuarterlyTexts();

// The conditions that hold for these figures, in the order of
// RecommendationConditions() ("always" included).
std::vector<std::string> MatchedConditions(const QuarterlyReportInput& in);

// The texts whose condition holds, in file order, at most six; "always" texts (in
// file order) only to reach three. Placeholders are replaced with French numbers
// ("23 %", "1 204") and names as given.
std::vector<std::string> QuarterlyRecommendations(const QuarterlyReportInput& in,
                                                  const QuarterlyTexts& texts);

// A "{name}" in a text; `closed` is false for a "{" without "}" on its line, and a
// "}" outside any placeholder is reported with an empty name and `stray` set.
struct BraceUse {
  std::string_view name;
  std::size_t offset = 0;
  bool closed = true;
  bool stray = false;
};
std::vector<BraceUse> FindBraces(std::string_view text);

}  // namespace vigie::awareness
