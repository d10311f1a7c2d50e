#include "support/test_database.hpp"

#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "storage/migrations.hpp"

namespace vigie::testing {
namespace {

std::string UniqueSuffix() {
  static std::atomic<int> counter{0};
  std::random_device rd;
  return std::to_string(getpid()) + "_" + std::to_string(counter++) + "_" + std::to_string(rd() % 100000);
}

const char* Env(const char* name) {
  const char* v = std::getenv(name);
  return (v && *v) ? v : nullptr;
}

}  // namespace

std::string WithDatabaseName(const std::string& url, const std::string& name) {
  const auto query = url.find('?');
  const std::string base = url.substr(0, query);
  const std::string rest = query == std::string::npos ? "" : url.substr(query);
  const auto slash = base.find('/', base.find("//") + 2);
  return (slash == std::string::npos ? base : base.substr(0, slash)) + "/" + name + rest;
}

std::unique_ptr<TestDatabase> TestDatabase::Create(const std::string& backend) {
  std::unique_ptr<TestDatabase> t(new TestDatabase());
  if (backend == "postgresql") {
    const char* server = Env("VIGIE_TEST_POSTGRES_URL");
    if (!server) {
      if (Env("VIGIE_REQUIRE_POSTGRES")) {
        ADD_FAILURE() << "VIGIE_REQUIRE_POSTGRES is set but VIGIE_TEST_POSTGRES_URL is not";
      }
      return nullptr;
    }
    t->admin_url_ = server;
    t->pg_name_ = "vigie_test_" + UniqueSuffix();
    soci::session admin(*soci::factory_postgresql(), storage::PostgresConninfo(t->admin_url_));
    admin << "CREATE DATABASE " + t->pg_name_;
    t->url_ = WithDatabaseName(t->admin_url_, t->pg_name_);
  } else {
    t->sqlite_dir_ = (std::filesystem::temp_directory_path() / ("vigie-test-" + UniqueSuffix())).string();
    std::filesystem::create_directories(t->sqlite_dir_);
    t->url_ = t->sqlite_dir_ + "/vigie.db";
  }
  t->db_ = std::make_unique<storage::Database>(storage::DatabaseSettings{t->url_, 4});
  storage::Migrate(*t->db_);
  return t;
}

TestDatabase::~TestDatabase() {
  db_.reset();
  if (!pg_name_.empty()) {
    try {
      soci::session admin(*soci::factory_postgresql(), storage::PostgresConninfo(admin_url_));
      admin << "DROP DATABASE IF EXISTS " + pg_name_ + " WITH (FORCE)";
    } catch (...) {
      // The server is going away with the test run anyway.
    }
  }
  if (!sqlite_dir_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(sqlite_dir_, ignored);
  }
}

}  // namespace vigie::testing
