#pragma once
// Parameterized fixture: each storage test runs once per backend.

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "core/error.hpp"

#include "storage/tenancy_repository.hpp"
#include "support/test_database.hpp"

namespace vigie::testing {

class StorageTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    database_ = TestDatabase::Create(GetParam());
    if (!database_) GTEST_SKIP() << "no PostgreSQL server configured (VIGIE_TEST_POSTGRES_URL)";
  }
  storage::Database& db() { return database_->db(); }

  // Region "r1" (bfc) holding the EHPAD "s1": the tenant most storage tests work in.
  static void InsertTestTenant(storage::Session& s) {
    storage::InsertRegion(s, {"r1", "bfc", "BFC", "Centre", 1});
    InsertTestStructure(s, "s1", "r1", "210001234");
  }

  // A minimal EHPAD `id` in region `region_id`, for tests about what hangs off a
  // structure (diagnostics, plans, documents).
  static void InsertTestStructure(storage::Session& s, const std::string& id, const std::string& region_id,
                                  const std::string& finess) {
    tenancy::Structure st;
    st.id = id;
    st.region_id = region_id;
    st.name = id;
    st.finess = finess;
    st.category_code = "ehpad";
    st.department = "21";
    storage::InsertStructure(s, st);
  }

 private:
  std::unique_ptr<TestDatabase> database_;
};

#define VIGIE_STORAGE_SUITE(Suite)                                                   \
  INSTANTIATE_TEST_SUITE_P(Backends, Suite, ::testing::Values("sqlite", "postgresql"), \
                           [](const auto& param_info) { return param_info.param; })

}  // namespace vigie::testing
