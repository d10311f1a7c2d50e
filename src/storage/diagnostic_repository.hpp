#pragma once
// Diagnostics, their context sheet and their answers. Answers are saved one at a time
// (autosave during the interview) with optimistic concurrency: the caller says which
// revision it last saw; a different current revision is a conflict, returned with
// the current value instead of being overwritten. A locked diagnostic never changes.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"
#include "storage/list_query.hpp"

namespace vigie::storage {

struct DiagnosticRecord {
  std::string id;
  std::string structure_id;
  std::string region_id;
  std::string referential_id;
  std::string referential_version;
  std::string status;  // context | interview | restitution | locked
  std::string consultant_id;
  std::string previous_diagnostic_id;
  long long created_at = 0;
  long long updated_at = 0;
  long long locked_at = 0;
  std::string locked_by;
};

struct AnswerRecord {
  std::string question_id;
  std::string answer;  // "0".."3", "?", "na"
  std::string comment;
  std::string evidence;
  long long revision = 0;  // 0 = never saved
  long long updated_at = 0;
  std::string updated_by;
};

void InsertDiagnostic(Session& s, const DiagnosticRecord& d);
std::optional<DiagnosticRecord> FindDiagnostic(Session& s, const std::string& id);
// Newest first; the tenant filter limits to a region or a structure.
std::vector<DiagnosticRecord> ListDiagnostics(Session& s, const TenantFilter& tenant,
                                              const std::string& structure_id = "");
// Changes the status unless the diagnostic is locked; false when it is.
bool SetDiagnosticStatus(Session& s, const std::string& id, const std::string& status, long long now,
                         const std::string& by);

// Context values; refused (false) on a locked diagnostic.
bool SaveContextValue(Session& s, const std::string& diagnostic_id, const std::string& context_id,
                      const std::string& value, long long now, const std::string& by);
std::map<std::string, std::string> LoadContext(Session& s, const std::string& diagnostic_id);

struct SaveAnswerOutcome {
  enum class Kind { kSaved, kConflict, kLocked, kNotFound };
  Kind kind = Kind::kSaved;
  AnswerRecord current;  // the saved record, or the one that won the conflict
};

// Must run inside Database::Transact (it reads then writes).
SaveAnswerOutcome SaveAnswer(Session& s, Backend backend, const std::string& diagnostic_id,
                             const AnswerRecord& answer, long long expected_revision, long long now,
                             const std::string& by);
std::map<std::string, AnswerRecord> LoadAnswers(Session& s, const std::string& diagnostic_id);

// Re-assessment: copies the context and the answers of `from` into the new `to`.
void CopyDiagnosticContent(Session& s, const std::string& from, const std::string& to, long long now,
                           const std::string& by);

}  // namespace vigie::storage
