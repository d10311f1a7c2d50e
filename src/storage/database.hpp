#pragma once
// One database API over two engines: embedded SQLite (default) and PostgreSQL.
// Repositories speak SOCI with portable SQL (`:name` placeholders, TEXT ids made by
// the application, BIGINT UTC seconds, INTEGER 0/1 booleans). Only repository .cpp
// files include SOCI; callers see Session as an opaque type.
//
// Thread safety: Database is safe to share; a Session belongs to one thread while it
// is borrowed.

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace vigie::storage {

using Session = soci::session;

enum class Backend { kSqlite, kPostgres };

struct DatabaseSettings {
  // "postgresql://user:pass@host:port/db" selects PostgreSQL; anything else is a
  // SQLite file path (an optional "sqlite:" prefix is accepted).
  std::string url;
  int pool_size = 8;
  int busy_timeout_ms = 5000;
  int acquire_timeout_ms = 10000;
};

class Database {
 public:
  explicit Database(DatabaseSettings settings);  // opens one connection to fail fast
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Backend backend() const { return backend_; }
  const char* backend_name() const;

  // Runs `work` on a pooled connection in autocommit mode.
  void Run(const std::function<void(Session&)>& work);

  // Runs `work` in a transaction: committed when it returns, rolled back when it
  // throws (the exception propagates). On SQLite the transaction takes the write lock
  // up front (BEGIN IMMEDIATE) so two writers wait for each other instead of failing.
  void Transact(const std::function<void(Session&)>& work);

  // True when the database answers a trivial query.
  bool Ping();

 private:
  class Lease;
  std::unique_ptr<Session> Open();
  std::unique_ptr<Session> Borrow();
  void Return(std::unique_ptr<Session> session, bool healthy);

  DatabaseSettings settings_;
  Backend backend_;

  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Session>> idle_;  // guarded by mutex_
  int open_count_ = 0;                          // guarded by mutex_
};

// True when `url` designates PostgreSQL.
bool IsPostgresUrl(const std::string& url);

// libpq keyword=value connection string for a postgresql:// URL (parsed by libpq).
std::string PostgresConninfo(const std::string& url);

}  // namespace vigie::storage
