#pragma once
// The two native PDF deliverables of a diagnostic, rendered from the format-neutral
// report model (issue 4). Both return the bytes of a complete PDF with Noto Sans
// subsets embedded and the title, author and subject filled in; the documents are in
// French. Any model renders, including one without scores, measures or plan rows.
// Thread-safe: each call owns its cairo surface and pango context. Throws
// core::AppError (kInternal) only if cairo itself fails (out of memory).

#include <string>

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

}  // namespace vigie::pdf
