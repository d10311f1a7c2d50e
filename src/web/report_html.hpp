#pragma once
// The full report rendered as HTML from the same model as the PDF: a page of the
// application (an accessible alternative to the PDF, readable on screen) and a
// standalone printable document (inline style, no script), which `vigie report html`
// writes and the benchmark prints with headless Chromium to compare with the native
// PDF.

#include <string>

#include "report/report_model.hpp"

namespace vigie::web {

class Templates;

// The body of the report page, to be placed inside the layout.
std::string ReportHtmlBody(Templates& templates, const report::ReportModel& model);

// A complete HTML document, from the embedded templates and stylesheet.
std::string ReportHtmlDocument(const report::ReportModel& model);

}  // namespace vigie::web
