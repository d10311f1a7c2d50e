#include "storage/job_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;
using detail::Nullable;

namespace {

constexpr const char* kJobColumns =
    "id, kind, payload, idempotency_key, status, run_at, attempts, max_attempts, locked_until, "
    "locked_by, last_error, created_at, finished_at";

JobRecord JobFromRow(const soci::row& r) {
  JobRecord j;
  j.id = GetString(r, "id");
  j.kind = GetString(r, "kind");
  j.payload = GetString(r, "payload");
  j.idempotency_key = GetString(r, "idempotency_key");
  j.status = GetString(r, "status");
  j.run_at = GetInt64(r, "run_at");
  j.attempts = GetInt64(r, "attempts");
  j.max_attempts = GetInt64(r, "max_attempts");
  j.locked_until = GetInt64(r, "locked_until");
  j.locked_by = GetString(r, "locked_by");
  j.last_error = GetString(r, "last_error");
  j.created_at = GetInt64(r, "created_at");
  j.finished_at = GetInt64(r, "finished_at");
  return j;
}

std::map<std::string, long long> CountByStatus(Session& s, const std::string& table) {
  std::map<std::string, long long> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT status, COUNT(*) AS n FROM " + table + " GROUP BY status");
  for (const auto& r : rows) out[GetString(r, "status")] = GetInt64(r, "n");
  return out;
}

}  // namespace

bool InsertJob(Session& s, const JobRecord& j) {
  auto key = Nullable(j.idempotency_key);
  soci::statement st =
      (s.prepare << "INSERT INTO jobs (id, kind, payload, idempotency_key, status, run_at, attempts, "
                    "max_attempts, last_error, created_at) VALUES (:id, :k, :p, :key, 'pending', "
                    ":run, 0, :max, '', :ca) ON CONFLICT (idempotency_key) DO NOTHING",
       soci::use(j.id), soci::use(j.kind), soci::use(j.payload), soci::use(key.value, key.indicator),
       soci::use(j.run_at), soci::use(j.max_attempts), soci::use(j.created_at));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<JobRecord> ClaimNextJob(Session& s, Backend backend, const std::string& worker,
                                      long long now, long long locked_until) {
  std::string id;
  soci::indicator ind = soci::i_null;
  const std::string lock_clause = backend == Backend::kPostgres ? " FOR UPDATE SKIP LOCKED" : "";
  s << "SELECT id FROM jobs WHERE (status = 'pending' AND run_at <= :now)"
       " OR (status = 'running' AND locked_until < :now2) ORDER BY run_at, created_at LIMIT 1" +
           lock_clause,
      soci::use(now), soci::use(now), soci::into(id, ind);
  if (ind != soci::i_ok || !s.got_data()) return std::nullopt;
  s << "UPDATE jobs SET status = 'running', locked_by = :w, locked_until = :lu, "
       "attempts = attempts + 1 WHERE id = :id",
      soci::use(worker), soci::use(locked_until), soci::use(id);
  return FindJob(s, id);
}

bool CompleteJob(Session& s, const std::string& id, const std::string& worker, long long now) {
  soci::statement st = (s.prepare << "UPDATE jobs SET status = 'done', finished_at = :t, "
                                     "locked_until = NULL WHERE id = :id AND locked_by = :w",
                        soci::use(now), soci::use(id), soci::use(worker));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

bool RescheduleJob(Session& s, const std::string& id, const std::string& worker,
                   const std::string& error, long long run_at, bool give_up, long long now) {
  const std::string status = give_up ? "failed" : "pending";
  long long finished = give_up ? now : 0;
  soci::indicator finished_ind = give_up ? soci::i_ok : soci::i_null;
  soci::statement st =
      (s.prepare << "UPDATE jobs SET status = :st, last_error = :e, run_at = :run, "
                    "locked_until = NULL, locked_by = NULL, finished_at = :f "
                    "WHERE id = :id AND locked_by = :w",
       soci::use(status), soci::use(error), soci::use(run_at), soci::use(finished, finished_ind),
       soci::use(id), soci::use(worker));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<JobRecord> FindJob(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kJobColumns + " FROM jobs WHERE id = :id", soci::use(id));
  for (const auto& r : rows) return JobFromRow(r);
  return std::nullopt;
}

std::map<std::string, long long> CountJobsByStatus(Session& s) { return CountByStatus(s, "jobs"); }

void InsertOutbox(Session& s, const OutboxRecord& r) {
  s << "INSERT INTO mail_outbox (id, to_address, to_name, subject, text_body, html_body, status, "
       "attempts, last_error, created_at) VALUES (:id, :to, :tn, :s, :tb, :hb, 'queued', 0, '', :ca)",
      soci::use(r.id), soci::use(r.to_address), soci::use(r.to_name), soci::use(r.subject),
      soci::use(r.text_body), soci::use(r.html_body), soci::use(r.created_at);
}

std::optional<OutboxRecord> FindOutbox(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT id, to_address, to_name, subject, text_body, html_body, status, "
                    "attempts, last_error, created_at, sent_at FROM mail_outbox WHERE id = :id",
       soci::use(id));
  for (const auto& r : rows) {
    return OutboxRecord{GetString(r, "id"),        GetString(r, "to_address"),
                        GetString(r, "to_name"),   GetString(r, "subject"),
                        GetString(r, "text_body"), GetString(r, "html_body"),
                        GetString(r, "status"),    GetInt64(r, "attempts"),
                        GetString(r, "last_error"), GetInt64(r, "created_at"),
                        GetInt64(r, "sent_at")};
  }
  return std::nullopt;
}

void MarkOutboxSent(Session& s, const std::string& id, long long now) {
  s << "UPDATE mail_outbox SET status = 'sent', sent_at = :t, attempts = attempts + 1 WHERE id = :id",
      soci::use(now), soci::use(id);
}

void MarkOutboxAttempt(Session& s, const std::string& id, const std::string& error, bool failed) {
  const std::string status = failed ? "failed" : "queued";
  s << "UPDATE mail_outbox SET status = :st, last_error = :e, attempts = attempts + 1 WHERE id = :id",
      soci::use(status), soci::use(error), soci::use(id);
}

std::map<std::string, long long> CountOutboxByStatus(Session& s) {
  return CountByStatus(s, "mail_outbox");
}

}  // namespace vigie::storage
