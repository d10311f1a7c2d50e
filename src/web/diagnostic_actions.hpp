#pragma once
// Maturity diagnostics as the pages and the API use them: create (optionally from the
// previous diagnostic of the structure), fill in the context sheet, save answers with
// conflict detection, lock. Every write is validated against the shipped referential,
// audited, and refused on a locked diagnostic.

#include <map>
#include <string>

#include "diagnostic/answers.hpp"
#include "referential/model.hpp"
#include "storage/diagnostic_repository.hpp"
#include "web/web_context.hpp"

namespace vigie::web {

struct DiagnosticData {
  storage::DiagnosticRecord record;
  std::map<std::string, std::string> context;
  std::map<std::string, storage::AnswerRecord> answers;
};

const referential::Referential& CurrentReferential();

// The diagnostic named by the route's {id} (404 when absent) and its policy scope.
storage::DiagnosticRecord DiagnosticOfPath(Context& ctx);
tenancy::Scope DiagnosticScopeOfPath(Context& ctx);

DiagnosticData LoadDiagnosticData(Context& ctx, const std::string& id);
diagnostic::AnswerSet AnswerSetOf(const DiagnosticData& data);

storage::DiagnosticRecord CreateDiagnostic(Context& ctx, const tenancy::Structure& structure, bool from_previous);
// Validates each value against the context sheet; throws AppError kInvalid naming
// the items; kConflict when the diagnostic is locked.
void SaveDiagnosticContext(Context& ctx, const std::string& id, const std::map<std::string, std::string>& values);
// Throws kInvalid for an unknown question or answer, kConflict when locked. A
// concurrent change comes back as outcome kConflict with the winning answer.
storage::SaveAnswerOutcome SaveDiagnosticAnswer(Context& ctx, const std::string& id, const std::string& question_id,
                                                const std::string& answer, const std::string& comment,
                                                const std::string& evidence, long long expected_revision);
void LockDiagnostic(Context& ctx, const std::string& id);

// The structure's other diagnostics, newest first.
std::vector<storage::DiagnosticRecord> OtherDiagnostics(Context& ctx, const storage::DiagnosticRecord& current);
// The diagnostic to compare the path's one with: `with` or `avec` (query), else its
// previous one, else the latest locked one made before it. Both must belong to the
// same structure; kInvalid otherwise, kNotFound when there is none.
DiagnosticData ComparedDiagnostic(Context& ctx, const DiagnosticData& current);

}  // namespace vigie::web
