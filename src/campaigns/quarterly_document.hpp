#pragma once
// The quarterly awareness report as a file: which quarter a person asked for
// ("2026-T4" in a URL or on the command line), the PDF and its French file name.
// Shared by the web routes and `vigie report awareness`. Thread-safe.

#include <optional>
#include <string>
#include <string_view>

#include "awareness/quarterly_report.hpp"

namespace vigie::campaigns {

// "2026-T4" (also "2026-t4") -> an instant inside that quarter in Paris time (noon UTC
// on the 15th of its middle month); std::nullopt for anything else. Years 2000-2999.
std::optional<long long> ParseQuarterCode(std::string_view code);

// "2026-T4": the code of the quarter holding t (the inverse of ParseQuarterCode).
std::string QuarterCode(long long t);

// The quarter a request names in `value`, as an instant inside it: the current one
// (`now`) when empty. Throws core::AppError kInvalid naming `field` when the value is
// malformed or the quarter has not begun yet.
long long RequestedQuarter(const std::string& value, const std::string& field, long long now);

// "sensibilisation-T4-2026-EHPAD-Les-Tilleuls.pdf": ASCII letters (accents dropped,
// case kept), digits and hyphens only, so that it needs no quoting in a header.
std::string QuarterlyReportFileName(const awareness::QuarterlyReportInput& in);

// The report as a PDF (pdf::RenderQuarterlyAwarenessReport).
std::string RenderQuarterlyReportPdf(const awareness::QuarterlyReportInput& in);

}  // namespace vigie::campaigns
