#pragma once
// The deliverables of a validated diagnostic as the pages, the API and the CLI get
// them: the report model read from the database, and the three documents rendered
// from it, stored with the diagnostic with their SHA-256 and the fingerprint of what
// they were made from; a stored document is served again until the diagnostic, the
// structure's plan, the texts or the renderers change.

#include <optional>
#include <string>
#include <string_view>

#include "report/report_model.hpp"
#include "storage/action_plan_repository.hpp"
#include "storage/database.hpp"

namespace vigie::documents {

enum class Kind { kFull, kSynthesis, kTracker };

std::optional<Kind> ParseKind(std::string_view code);  // "full", "synthesis", "tracker"
std::string_view KindCode(Kind kind);

struct Document {
  std::string bytes;
  std::string sha256;        // hex
  std::string file_name;     // "rapport-diagnostic-ehpad-les-tilleuls-2026-11-29.pdf"
  std::string content_type;
  bool regenerated = false;  // false when the stored document was still current
};

// The model of diagnostic `diagnostic_id` (AppError kNotFound when absent, kConflict
// while it is not locked).
report::ReportModel LoadReportModel(storage::Database& db, const std::string& diagnostic_id, long long now);

Document DiagnosticDocument(storage::Database& db, const std::string& diagnostic_id, Kind kind, long long now);

// A stored action item as a plan row (follow-up and revision; measure texts are the
// report builder's to fill).
report::PlanRow PlanRowOf(const storage::ActionItemRecord& item);

// The hidden id that ties a tracker file to its structure's plan.
std::string PlanKey(const std::string& structure_id);

}  // namespace vigie::documents
