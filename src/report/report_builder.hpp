#pragma once
// Builds the deliverables' model from a locked (or in-progress) diagnostic: scores,
// findings per domain, ranked measures with their reasons, the structure's action
// plan and the texts. Pure: the caller reads the database and passes plain data.

#include <map>
#include <string>
#include <vector>

#include "diagnostic/answers.hpp"
#include "referential/model.hpp"
#include "report/report_model.hpp"
#include "report/report_texts.hpp"

namespace vigie::report {

struct AnswerNote {
  std::string answer;    // "0".."3", "?", "na"
  std::string comment;
  std::string evidence;
};

struct ReportInputs {
  std::string diagnostic_id;
  std::string structure_id;
  std::string structure_name;
  std::string finess;
  std::string category;
  std::string centre_name;
  std::string consultant;
  long long interview_at = 0;   // unix seconds
  long long locked_at = 0;      // 0 while not locked
  long long generated_at = 0;
  std::string referential;      // "vigie 2026.1"
  std::map<std::string, std::string> context;   // context id -> value
  std::map<std::string, AnswerNote> answers;    // question id -> answer
  // The plan as stored (item id, measure, priority, follow-up); measure texts are
  // filled in from the referential.
  std::vector<PlanRow> plan;
};

ReportModel BuildReportModel(const referential::Referential& r, const ReportTexts& texts, const ReportInputs& in);

}  // namespace vigie::report
