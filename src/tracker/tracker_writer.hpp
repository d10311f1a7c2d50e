#pragma once
// Writes the action-plan tracker of a structure as an XLSX workbook:
// - "Plan d'action": one row per item, a drop-down list of statuses, whole-number and
//   date validations, autofilter, frozen header, overdue rows in red (a rule on
//   TODAY(), so it stays right on later days) and done rows in green; the columns the
//   structure may edit are filled in yellow, the others in grey; the item id and its
//   revision sit in hidden columns A and B;
// - "Synthèse": counts by status and by priority, overdue items and the share done as
//   formulas with their values stored (readers that do not recalculate show them),
//   and a column chart by status;
// - "Mode d'emploi": the paragraphs given;
// - "Vigie" (hidden, protected): the plan key, also stored as the workbook's defined
//   name and custom property "VigiePlanKey", so an upload can be tied to its plan.
//
// Thread safety: calls may run concurrently (each uses its own temporary file, made
// with mkstemp in $TMPDIR or /tmp and removed before returning).
// Failure: core::AppError (kInternal) when the temporary file cannot be written or
// libxlsxwriter refuses something; never a partial file.

#include <string>
#include <vector>

#include "report/report_model.hpp"

namespace vigie::tracker {

struct TrackerInput {
  std::string structure_id;
  std::string structure_name;
  std::string plan_key;      // embedded as is; the reader returns it (ReadTracker)
  std::string generated_on;  // YYYY-MM-DD, shown on "Synthèse"
  std::string today;         // YYYY-MM-DD, for the stored values of the overdue count
  std::vector<report::PlanRow> rows;
  std::vector<std::string> guide;  // "Mode d'emploi" paragraphs, in order
};

// The workbook's bytes.
std::string WriteTracker(const TrackerInput& input);

}  // namespace vigie::tracker
