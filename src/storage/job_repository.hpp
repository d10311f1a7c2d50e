#pragma once
// Rows of the database-backed job queue and of the mail outbox. The queue semantics
// (claiming, visibility timeout, retries) live in the jobs module; this file is SQL.

#include <map>
#include <optional>
#include <string>

#include "storage/database.hpp"

namespace vigie::storage {

struct JobRecord {
  std::string id;
  std::string kind;
  std::string payload;
  std::string idempotency_key;  // empty = none; a second enqueue with the same key is ignored
  std::string status;           // pending | running | done | failed
  long long run_at = 0;
  long long attempts = 0;
  long long max_attempts = 5;
  long long locked_until = 0;
  std::string locked_by;
  std::string last_error;
  long long created_at = 0;
  long long finished_at = 0;
};

// Returns false when a job with the same idempotency key already exists.
bool InsertJob(Session& s, const JobRecord& job);

// Claims the next due job — pending and due, or running with an expired lock (its
// worker died) — for `worker` until `locked_until`, and counts an attempt. Must run
// inside Database::Transact. On PostgreSQL concurrent claimers skip each other's rows
// (FOR UPDATE SKIP LOCKED); on SQLite the write transaction serializes them.
std::optional<JobRecord> ClaimNextJob(Session& s, Backend backend, const std::string& worker,
                                      long long now, long long locked_until);

// Both only apply when `worker` still holds the lock (a job whose lock expired and was
// claimed by another worker is left to that worker).
bool CompleteJob(Session& s, const std::string& id, const std::string& worker, long long now);
bool RescheduleJob(Session& s, const std::string& id, const std::string& worker,
                   const std::string& error, long long run_at, bool give_up, long long now);

std::optional<JobRecord> FindJob(Session& s, const std::string& id);
std::map<std::string, long long> CountJobsByStatus(Session& s);

struct OutboxRecord {
  std::string id;
  std::string to_address;
  std::string to_name;
  std::string subject;
  std::string text_body;
  std::string html_body;
  std::string status;  // queued | sent | failed
  long long attempts = 0;
  std::string last_error;
  long long created_at = 0;
  long long sent_at = 0;
};

void InsertOutbox(Session& s, const OutboxRecord& r);
std::optional<OutboxRecord> FindOutbox(Session& s, const std::string& id);
void MarkOutboxSent(Session& s, const std::string& id, long long now);
void MarkOutboxAttempt(Session& s, const std::string& id, const std::string& error, bool failed);
std::map<std::string, long long> CountOutboxByStatus(Session& s);

}  // namespace vigie::storage
