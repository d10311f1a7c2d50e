#include "storage/diagnostic_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;
using detail::Nullable;

namespace {

constexpr const char* kColumns =
    "id, structure_id, region_id, referential_id, referential_version, status, consultant_id, "
    "previous_diagnostic_id, created_at, updated_at, locked_at, locked_by";

DiagnosticRecord FromRow(const soci::row& r) {
  return {GetString(r, "id"),           GetString(r, "structure_id"),
          GetString(r, "region_id"),    GetString(r, "referential_id"),
          GetString(r, "referential_version"), GetString(r, "status"),
          GetString(r, "consultant_id"), GetString(r, "previous_diagnostic_id"),
          GetInt64(r, "created_at"),    GetInt64(r, "updated_at"),
          GetInt64(r, "locked_at"),     GetString(r, "locked_by")};
}

AnswerRecord AnswerFromRow(const soci::row& r) {
  return {GetString(r, "question_id"), GetString(r, "answer"),     GetString(r, "comment"),
          GetString(r, "evidence"),    GetInt64(r, "revision"),    GetInt64(r, "updated_at"),
          GetString(r, "updated_by")};
}

// Status of the diagnostic, locking its row on PostgreSQL for the rest of the
// transaction so that a lock and a save cannot cross.
std::optional<std::string> StatusForUpdate(Session& s, Backend backend, const std::string& id) {
  std::string status;
  soci::indicator ind = soci::i_null;
  s << std::string("SELECT status FROM diagnostics WHERE id = :id") +
           (backend == Backend::kPostgres ? " FOR UPDATE" : ""),
      soci::use(id), soci::into(status, ind);
  if (!s.got_data() || ind != soci::i_ok) return std::nullopt;
  return status;
}

}  // namespace

void InsertDiagnostic(Session& s, const DiagnosticRecord& d) {
  auto consultant = Nullable(d.consultant_id);
  auto previous = Nullable(d.previous_diagnostic_id);
  s << "INSERT INTO diagnostics (id, structure_id, region_id, referential_id, referential_version, status, "
       "consultant_id, previous_diagnostic_id, created_at, updated_at) "
       "VALUES (:id, :s, :r, :ref, :v, :st, :c, :p, :ca, :ua)",
      soci::use(d.id), soci::use(d.structure_id), soci::use(d.region_id), soci::use(d.referential_id),
      soci::use(d.referential_version), soci::use(d.status), soci::use(consultant.value, consultant.indicator),
      soci::use(previous.value, previous.indicator), soci::use(d.created_at), soci::use(d.updated_at);
}

std::optional<DiagnosticRecord> FindDiagnostic(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns + " FROM diagnostics WHERE id = :id", soci::use(id));
  for (const auto& r : rows) return FromRow(r);
  return std::nullopt;
}

std::vector<DiagnosticRecord> ListDiagnostics(Session& s, const TenantFilter& tenant, const std::string& structure_id) {
  std::vector<DiagnosticRecord> out;
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns +
                        " FROM diagnostics WHERE (region_id = :r OR CAST(:r0 AS TEXT) = '')"
                        " AND (structure_id = :s OR CAST(:s0 AS TEXT) = '')"
                        " AND (structure_id = :s2 OR CAST(:s3 AS TEXT) = '') ORDER BY created_at DESC, id",
       soci::use(tenant.region_id), soci::use(tenant.region_id), soci::use(tenant.structure_id),
       soci::use(tenant.structure_id), soci::use(structure_id), soci::use(structure_id));
  for (const auto& r : rows) out.push_back(FromRow(r));
  return out;
}

bool SetDiagnosticStatus(Session& s, const std::string& id, const std::string& status, long long now,
                         const std::string& by) {
  const bool locking = status == "locked";
  long long locked_at = locking ? now : 0;
  soci::indicator locked_ind = locking ? soci::i_ok : soci::i_null;
  std::string locked_by = by;
  soci::indicator by_ind = locking ? soci::i_ok : soci::i_null;
  soci::statement st = (s.prepare << "UPDATE diagnostics SET status = :st, updated_at = :t, locked_at = :la, "
                                     "locked_by = :lb WHERE id = :id AND status <> 'locked'",
                        soci::use(status), soci::use(now), soci::use(locked_at, locked_ind),
                        soci::use(locked_by, by_ind), soci::use(id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

bool SaveContextValue(Session& s, const std::string& diagnostic_id, const std::string& context_id,
                      const std::string& value, long long now, const std::string& by) {
  std::string status;
  soci::indicator ind = soci::i_null;
  s << "SELECT status FROM diagnostics WHERE id = :id", soci::use(diagnostic_id), soci::into(status, ind);
  if (!s.got_data() || status == "locked") return false;
  s << "INSERT INTO diagnostic_context (diagnostic_id, context_id, value, updated_at, updated_by) "
       "VALUES (:d, :c, :v, :t, :b) ON CONFLICT (diagnostic_id, context_id) "
       "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
      soci::use(diagnostic_id), soci::use(context_id), soci::use(value), soci::use(now), soci::use(by);
  s << "UPDATE diagnostics SET updated_at = :t WHERE id = :id", soci::use(now), soci::use(diagnostic_id);
  return true;
}

std::map<std::string, std::string> LoadContext(Session& s, const std::string& diagnostic_id) {
  std::map<std::string, std::string> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT context_id, value FROM diagnostic_context WHERE diagnostic_id = :d",
       soci::use(diagnostic_id));
  for (const auto& r : rows) out[GetString(r, "context_id")] = GetString(r, "value");
  return out;
}

SaveAnswerOutcome SaveAnswer(Session& s, Backend backend, const std::string& diagnostic_id,
                             const AnswerRecord& answer, long long expected_revision, long long now,
                             const std::string& by) {
  SaveAnswerOutcome outcome;
  const auto status = StatusForUpdate(s, backend, diagnostic_id);
  if (!status) {
    outcome.kind = SaveAnswerOutcome::Kind::kNotFound;
    return outcome;
  }
  // Only this question's row is read: a save must not cost the whole diagnostic.
  std::optional<AnswerRecord> existing;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT question_id, answer, comment, evidence, revision, updated_at, updated_by "
                    "FROM diagnostic_answers WHERE diagnostic_id = :d AND question_id = :q",
       soci::use(diagnostic_id), soci::use(answer.question_id));
  for (const auto& r : rows) existing = AnswerFromRow(r);
  const long long revision = existing ? existing->revision : 0;
  if (*status == "locked") {
    outcome.kind = SaveAnswerOutcome::Kind::kLocked;
    if (existing) outcome.current = *existing;
    return outcome;
  }
  if (revision != expected_revision) {
    outcome.kind = SaveAnswerOutcome::Kind::kConflict;
    if (existing) {
      outcome.current = *existing;
    } else {
      outcome.current.question_id = answer.question_id;  // never saved: revision 0
    }
    return outcome;
  }
  AnswerRecord saved = answer;
  saved.revision = revision + 1;
  saved.updated_at = now;
  saved.updated_by = by;
  s << "INSERT INTO diagnostic_answers (diagnostic_id, question_id, answer, comment, evidence, revision, "
       "updated_at, updated_by) VALUES (:d, :q, :a, :c, :e, :rev, :t, :b) "
       "ON CONFLICT (diagnostic_id, question_id) DO UPDATE SET answer = excluded.answer, "
       "comment = excluded.comment, evidence = excluded.evidence, revision = excluded.revision, "
       "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
      soci::use(diagnostic_id), soci::use(saved.question_id), soci::use(saved.answer), soci::use(saved.comment),
      soci::use(saved.evidence), soci::use(saved.revision), soci::use(now), soci::use(by);
  s << "UPDATE diagnostics SET updated_at = :t WHERE id = :id", soci::use(now), soci::use(diagnostic_id);
  outcome.current = saved;
  return outcome;
}

std::map<std::string, AnswerRecord> LoadAnswers(Session& s, const std::string& diagnostic_id) {
  std::map<std::string, AnswerRecord> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT question_id, answer, comment, evidence, revision, updated_at, updated_by "
                    "FROM diagnostic_answers WHERE diagnostic_id = :d",
       soci::use(diagnostic_id));
  for (const auto& r : rows) {
    auto a = AnswerFromRow(r);
    out[a.question_id] = a;
  }
  return out;
}

void CopyDiagnosticContent(Session& s, const std::string& from, const std::string& to, long long now,
                           const std::string& by) {
  s << "INSERT INTO diagnostic_context (diagnostic_id, context_id, value, updated_at, updated_by) "
       "SELECT :to, context_id, value, :t, :b FROM diagnostic_context WHERE diagnostic_id = :from",
      soci::use(to), soci::use(now), soci::use(by), soci::use(from);
  s << "INSERT INTO diagnostic_answers (diagnostic_id, question_id, answer, comment, evidence, revision, "
       "updated_at, updated_by) SELECT :to, question_id, answer, comment, evidence, 1, :t, :b "
       "FROM diagnostic_answers WHERE diagnostic_id = :from",
      soci::use(to), soci::use(now), soci::use(by), soci::use(from);
}

}  // namespace vigie::storage
