#pragma once
// The words of the deliverables that are content, not code: method, summary
// introduction, next steps with the centre, the tracker's instructions, the
// confidentiality mention and the glossary (data/reports/documents.toml). Validated
// at load; every error names the file and the line.

#include <optional>
#include <string>
#include <vector>

#include "report/report_model.hpp"

namespace vigie::report {

struct ReportTexts {
  std::string version;
  std::vector<std::string> method;
  std::vector<std::string> summary_intro;
  std::vector<std::string> next_steps;
  std::vector<std::string> tracker_instructions;
  std::string confidentiality;
  std::vector<GlossaryEntry> glossary;
};

struct TextsLoad {
  std::optional<ReportTexts> texts;
  std::vector<std::string> errors;  // "file:line: message"
};

TextsLoad ParseReportTexts(const std::string& toml_text, const std::string& file_name);

// The shipped texts, compiled in; throws std::runtime_error listing the errors if
// they do not validate (checked when the server starts).
const ReportTexts& EmbeddedReportTexts();

}  // namespace vigie::report
