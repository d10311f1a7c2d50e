#include "storage/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <libpq-fe.h>

#include <chrono>

#include "core/error.hpp"

namespace vigie::storage {
namespace {

std::string SqlitePath(const std::string& url) {
  constexpr std::string_view kPrefix = "sqlite:";
  if (url.starts_with(kPrefix)) return url.substr(kPrefix.size());
  return url;
}

// Passwords must not leak into messages: keep only the part after '@'.
std::string RedactUrl(const std::string& url) {
  const auto at = url.rfind('@');
  if (at == std::string::npos) return url;
  return "postgresql://…@" + url.substr(at + 1);
}

}  // namespace

std::string PostgresConninfo(const std::string& url) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (!options) {
    std::string message = error ? error : "invalid URL";
    PQfreemem(error);
    throw core::AppError(core::ErrorKind::kInvalid,
                         "Adresse PostgreSQL invalide (" + RedactUrl(url) + ") : " + message);
  }
  std::string conninfo;
  for (PQconninfoOption* o = options; o->keyword; ++o) {
    if (!o->val || !*o->val) continue;
    // SOCI 4.0 re-parses the string and does not understand quotes, so values
    // that would need quoting (spaces, quotes, backslashes) are refused.
    const std::string value = o->val;
    if (value.find_first_of(" '\\") != std::string::npos) {
      PQconninfoFree(options);
      throw core::AppError(core::ErrorKind::kInvalid,
                           std::string("Adresse PostgreSQL : la valeur de « ") + o->keyword +
                               " » ne doit contenir ni espace, ni apostrophe, ni barre oblique inverse.");
    }
    conninfo += std::string(conninfo.empty() ? "" : " ") + o->keyword + "=" + value;
  }
  PQconninfoFree(options);
  return conninfo;
}

bool IsPostgresUrl(const std::string& url) {
  return url.starts_with("postgresql://") || url.starts_with("postgres://");
}

const char* Database::backend_name() const {
  return backend_ == Backend::kSqlite ? "sqlite" : "postgresql";
}

Database::Database(DatabaseSettings settings)
    : settings_(std::move(settings)),
      backend_(IsPostgresUrl(settings_.url) ? Backend::kPostgres : Backend::kSqlite) {
  if (settings_.pool_size < 1) settings_.pool_size = 1;
  idle_.push_back(Open());
  open_count_ = 1;
}

Database::~Database() = default;

std::unique_ptr<Session> Database::Open() {
  auto session = std::make_unique<Session>();
  try {
    if (backend_ == Backend::kPostgres) {
      // SOCI 4.0 mangles URIs: give it libpq's keyword=value form.
      session->open(*soci::factory_postgresql(), PostgresConninfo(settings_.url));
    } else {
      const std::string path = SqlitePath(settings_.url);
      // The path is quoted for SOCI's connection-string parser (spaces in paths).
      session->open(*soci::factory_sqlite3(), "db=\"" + path + "\"");
      *session << "PRAGMA busy_timeout = " + std::to_string(settings_.busy_timeout_ms);
      *session << "PRAGMA journal_mode = WAL";
      *session << "PRAGMA foreign_keys = ON";
      *session << "PRAGMA synchronous = NORMAL";
    }
  } catch (const std::exception& e) {
    const std::string where =
        backend_ == Backend::kPostgres ? RedactUrl(settings_.url) : SqlitePath(settings_.url);
    throw core::AppError(core::ErrorKind::kUnavailable,
                         "Impossible d'ouvrir la base de données " + where + " : " + e.what());
  }
  return session;
}

std::unique_ptr<Session> Database::Borrow() {
  std::unique_lock lock(mutex_);
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(settings_.acquire_timeout_ms);
  while (idle_.empty() && open_count_ >= settings_.pool_size) {
    if (available_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() &&
        open_count_ >= settings_.pool_size) {
      throw core::AppError(core::ErrorKind::kUnavailable,
                           "La base de données est saturée ; réessayez dans un instant.");
    }
  }
  if (!idle_.empty()) {
    auto session = std::move(idle_.back());
    idle_.pop_back();
    return session;
  }
  ++open_count_;
  lock.unlock();
  try {
    return Open();
  } catch (...) {
    std::lock_guard relock(mutex_);
    --open_count_;
    available_.notify_one();
    throw;
  }
}

void Database::Return(std::unique_ptr<Session> session, bool healthy) {
  std::lock_guard lock(mutex_);
  if (healthy) {
    idle_.push_back(std::move(session));
  } else {
    --open_count_;
  }
  available_.notify_one();
}

// Returns the session to the pool at scope exit; a session whose connection broke
// (PostgreSQL restarted) is dropped instead so the next borrower opens a fresh one.
class Database::Lease {
 public:
  explicit Lease(Database& db) : db_(db), session_(db.Borrow()) {}
  ~Lease() {
    bool healthy = true;
    if (db_.backend_ == Backend::kPostgres) {
      try {
        healthy = session_->is_connected();
      } catch (...) {
        healthy = false;
      }
    }
    db_.Return(std::move(session_), healthy);
  }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  Session& session() { return *session_; }

 private:
  Database& db_;
  std::unique_ptr<Session> session_;
};

void Database::Run(const std::function<void(Session&)>& work) {
  Lease lease(*this);
  work(lease.session());
}

void Database::Transact(const std::function<void(Session&)>& work) {
  Lease lease(*this);
  Session& session = lease.session();
  session << (backend_ == Backend::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
  try {
    work(session);
    session << "COMMIT";
  } catch (...) {
    try {
      session << "ROLLBACK";
    } catch (...) {
      // The connection is gone; the server rolls the transaction back itself.
    }
    throw;
  }
}

bool Database::Ping() {
  try {
    int one = 0;
    Run([&](Session& s) { s << "SELECT 1", soci::into(one); });
    return one == 1;
  } catch (...) {
    return false;
  }
}

}  // namespace vigie::storage
