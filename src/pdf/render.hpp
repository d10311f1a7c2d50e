#pragma once
// The two native PDF deliverables of a diagnostic, rendered from the format-neutral
// report model (issue 4), and the quarterly awareness report (issue 5). Each returns
// the bytes of a complete PDF with Noto Sans subsets embedded and the title, author
// and subject filled in; the documents are in French. Any model renders, including
// one without scores, measures or plan rows. Thread-safe: each call owns its cairo
// surface and pango context. Throws core::AppError (kInternal) only if cairo itself
// fails (out of memory).

#include <string>

#include "awareness/quarterly_report.hpp"
#include "report/report_model.hpp"

namespace vigie::pdf {

// The full report, A4 portrait: cover, contents with page numbers, summary, method
// and scale, global score and radar, maturity per domain, one section per domain,
// the prioritized action plan, the referential mapping and the glossary.
std::string RenderFullReport(const report::ReportModel& model);

// The managerial synthesis, four 16:9 slides in large type to project during the
// restitution: score and radar with the strengths, the six priority measures, the
// roadmap by quarter, effort and cost with the next steps.
std::string RenderSynthesis(const report::ReportModel& model);

// The quarterly phishing-simulation report (issue 5), A4 portrait, for a structure or
// a centre's portfolio: cover, the quarter's four key rates, the funnel from messages
// sent to messages reported, the trend over the last quarters, the campaigns, results
// by site, by service and by structure under the small-segment rule
// (awareness::MaskSegments), recommendations and the method note. Pseudonymous: it
// prints only counts, rates and the labels it is given. A quarter without campaign
// (or concerning fewer than awareness::kMinimumSegmentSize people) says so in words
// instead of drawing empty charts. Throws like the others, and std::runtime_error if
// the embedded report texts do not validate (a build mistake).
std::string RenderQuarterlyAwarenessReport(const awareness::QuarterlyReportInput& input);

}  // namespace vigie::pdf
