#include "storage/tenancy_repository.hpp"

#include "storage/migrations.hpp"
#include "storage/user_repository.hpp"
#include "storage_fixture.hpp"

namespace vigie::testing {
namespace {

using storage::Session;

class TenancyRepositoryTest : public StorageTest {};
VIGIE_STORAGE_SUITE(TenancyRepositoryTest);

tenancy::Structure MakeStructure(const std::string& id, const std::string& region,
                                 const std::string& name, const std::string& finess) {
  tenancy::Structure s;
  s.id = id;
  s.region_id = region;
  s.name = name;
  s.finess = finess;
  s.category_code = "ehpad";
  s.capacity = 80;
  s.staff_count = 60;
  s.workstation_count = 25;
  s.it_organisation = tenancy::ItOrganisation::kProvider;
  s.it_provider_name = "Prestataire Été";
  s.department = "21";
  s.ehealth_group_member = true;
  s.access_mode = tenancy::AccessMode::kAutonomous;
  s.created_at = 1700000000;
  s.updated_at = 1700000000;
  return s;
}

void SeedTwoRegions(storage::Database& db) {
  db.Transact([](Session& s) {
    storage::InsertRegion(s, {"r1", "bfc", "Bourgogne-Franche-Comté", "Centre BFC", 1});
    storage::InsertRegion(s, {"r2", "ara", "Auvergne-Rhône-Alpes", "Centre ARA", 1});
    storage::InsertStructure(s, MakeStructure("s1", "r1", "EHPAD Les Tilleuls", "210001234"));
    storage::InsertStructure(s, MakeStructure("s2", "r1", "IME Le Chêne", "210005678"));
    storage::InsertStructure(s, MakeStructure("s3", "r2", "MAS Lumière", "690001111"));
  });
}

TEST_P(TenancyRepositoryTest, MigrationsAreRecordedAndIdempotent) {
  EXPECT_EQ(storage::CurrentSchemaVersion(db()), storage::LatestKnownVersion());
  EXPECT_EQ(storage::Migrate(db()), 0);
  EXPECT_NO_THROW(storage::RequireCurrentSchema(db()));
}

TEST_P(TenancyRepositoryTest, RefusesSchemaNewerThanBinary) {
  db().Run([](Session& s) {
    s << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 0)";
  });
  try {
    storage::Migrate(db());
    FAIL() << "expected refusal";
  } catch (const core::AppError& e) {
    EXPECT_NE(std::string(e.what()).find("9999"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("plus récent"), std::string::npos);
  }
  EXPECT_THROW(storage::RequireCurrentSchema(db()), core::AppError);
}

TEST_P(TenancyRepositoryTest, StructureRoundTripKeepsEveryField) {
  SeedTwoRegions(db());
  db().Run([](Session& s) {
    auto found = storage::FindStructure(s, "s1");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->name, "EHPAD Les Tilleuls");
    EXPECT_EQ(found->it_provider_name, "Prestataire Été");
    EXPECT_EQ(found->capacity, 80);
    EXPECT_TRUE(found->ehealth_group_member);
    EXPECT_EQ(found->access_mode, tenancy::AccessMode::kAutonomous);
    EXPECT_TRUE(found->organization_id.empty());
    EXPECT_FALSE(storage::FindStructure(s, "nope"));
  });
}

TEST_P(TenancyRepositoryTest, ListsAreScopedToTheTenant) {
  SeedTwoRegions(db());
  db().Run([](Session& s) {
    storage::StructureQuery q;
    q.tenant.region_id = "r1";
    auto page = storage::ListStructures(s, q);
    EXPECT_EQ(page.total, 2);
    ASSERT_EQ(page.items.size(), 2u);
    EXPECT_EQ(page.items[0].name, "EHPAD Les Tilleuls");

    q.tenant.structure_id = "s2";
    page = storage::ListStructures(s, q);
    ASSERT_EQ(page.items.size(), 1u);
    EXPECT_EQ(page.items[0].id, "s2");

    storage::StructureQuery all;
    EXPECT_EQ(storage::ListStructures(s, all).total, 3);
    EXPECT_EQ(storage::CountStructures(s, {"r2", ""}), 1);
  });
}

TEST_P(TenancyRepositoryTest, SearchSortAndPaginate) {
  SeedTwoRegions(db());
  db().Run([](Session& s) {
    storage::StructureQuery q;
    q.search = "chêne";
    EXPECT_EQ(storage::ListStructures(s, q).total, 1);
    q.search = "ime";
    auto page = storage::ListStructures(s, q);
    ASSERT_EQ(page.total, 1);
    q.search = "69000";
    EXPECT_EQ(storage::ListStructures(s, q).items.at(0).id, "s3");

    storage::StructureQuery paged;
    paged.sort = "finess";
    paged.descending = true;
    paged.page = {2, 2};
    page = storage::ListStructures(s, paged);
    EXPECT_EQ(page.total, 3);
    EXPECT_EQ(page.PageCount(), 2);
    ASSERT_EQ(page.items.size(), 1u);
    EXPECT_EQ(page.items[0].id, "s1");
  });
}

TEST_P(TenancyRepositoryTest, DuplicateFinessIsRefusedByTheDatabase) {
  SeedTwoRegions(db());
  EXPECT_TRUE([&] {
    bool exists = false;
    db().Run([&](Session& s) { exists = storage::FinessExists(s, "210001234", "other"); });
    return exists;
  }());
  EXPECT_ANY_THROW(db().Transact([](Session& s) {
    storage::InsertStructure(s, MakeStructure("s9", "r1", "Doublon", "210001234"));
  }));
}

TEST_P(TenancyRepositoryTest, FailedTransactionLeavesNothingBehind) {
  SeedTwoRegions(db());
  EXPECT_THROW(db().Transact([](Session& s) {
    storage::InsertStructure(s, MakeStructure("s10", "r1", "Moitié", "210009999"));
    throw std::runtime_error("stop halfway");
  }), std::runtime_error);
  db().Run([](Session& s) { EXPECT_FALSE(storage::FindStructure(s, "s10")); });
}

TEST_P(TenancyRepositoryTest, ForeignKeysAreEnforced) {
  EXPECT_ANY_THROW(db().Transact([](Session& s) {
    storage::InsertStructure(s, MakeStructure("s1", "missing-region", "Orpheline", "210001234"));
  }));
}

TEST_P(TenancyRepositoryTest, UpdateAndDeleteStructure) {
  SeedTwoRegions(db());
  db().Transact([](Session& s) {
    auto st = *storage::FindStructure(s, "s2");
    st.name = "IME Le Grand Chêne";
    st.organization_id = "";
    st.capacity = 45;
    storage::UpdateStructure(s, st);
  });
  db().Run([](Session& s) {
    EXPECT_EQ(storage::FindStructure(s, "s2")->name, "IME Le Grand Chêne");
    EXPECT_EQ(storage::FindStructure(s, "s2")->capacity, 45);
    storage::DeleteStructure(s, "s2");
    EXPECT_FALSE(storage::FindStructure(s, "s2"));
  });
}

TEST_P(TenancyRepositoryTest, OrganizationsAndSites) {
  SeedTwoRegions(db());
  db().Transact([](Session& s) {
    storage::InsertOrganization(s, {"o1", "r1", "Association Bel Âge", 1});
    storage::InsertOrganization(s, {"o2", "r2", "Fondation Sud", 1});
    storage::InsertSite(s, {"site1", "s1", "Bâtiment A", "1 rue des Lilas, Dijon", 1});
  });
  db().Run([](Session& s) {
    auto orgs = storage::ListOrganizations(s, {"r1", ""});
    ASSERT_EQ(orgs.size(), 1u);
    EXPECT_EQ(orgs[0].name, "Association Bel Âge");
    EXPECT_EQ(storage::ListOrganizations(s, {}).size(), 2u);
    auto sites = storage::ListSites(s, "s1");
    ASSERT_EQ(sites.size(), 1u);
    EXPECT_EQ(sites[0].address, "1 rue des Lilas, Dijon");
    EXPECT_FALSE(storage::DeleteSite(s, "s2", "site1")) << "a site is deleted only through its structure";
    EXPECT_TRUE(storage::DeleteSite(s, "s1", "site1"));
    EXPECT_TRUE(storage::ListSites(s, "s1").empty());
    EXPECT_EQ(storage::ListRegions(s, {"r2", ""}).size(), 1u);
    EXPECT_EQ(storage::FindRegionByCode(s, "bfc")->id, "r1");
  });
}

}  // namespace
}  // namespace vigie::testing
