#pragma once
// A fresh, migrated database per test on the backend named by the test parameter.
// PostgreSQL tests create a database of their own on the server named by
// VIGIE_TEST_POSTGRES_URL and drop it afterwards; without that variable they are
// skipped with a reason, unless VIGIE_REQUIRE_POSTGRES=1 (set by the test command,
// so CI cannot pass by skipping them).

#include <memory>
#include <string>

#include "storage/database.hpp"

namespace vigie::testing {

class TestDatabase {
 public:
  // backend: "sqlite" or "postgresql". Returns nullptr (after GTEST_SKIP) when the
  // backend is not available and not required.
  static std::unique_ptr<TestDatabase> Create(const std::string& backend);
  ~TestDatabase();

  storage::Database& db() { return *db_; }
  const std::string& url() const { return url_; }

 private:
  TestDatabase() = default;
  std::string url_;
  std::string admin_url_;  // PostgreSQL: the server's maintenance database
  std::string pg_name_;
  std::string sqlite_dir_;
  std::unique_ptr<storage::Database> db_;
};

// Name of a PostgreSQL server URL's database replaced (for per-test databases).
std::string WithDatabaseName(const std::string& url, const std::string& name);

}  // namespace vigie::testing
