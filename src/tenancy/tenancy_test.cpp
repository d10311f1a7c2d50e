#include <gtest/gtest.h>

#include "tenancy/finess.hpp"
#include "tenancy/policy.hpp"
#include "tenancy/reference_data.hpp"
#include "tenancy/structure_validation.hpp"

namespace vigie::tenancy {
namespace {

TEST(Finess, AcceptsValidLuhnKeyAndCorsica) {
  EXPECT_FALSE(FinessProblem("750712184"));
  EXPECT_FALSE(FinessProblem("2A0001234"));
}

TEST(Finess, RefusesWrongLengthLettersAndKey) {
  EXPECT_TRUE(FinessProblem("75071218"));
  EXPECT_TRUE(FinessProblem("75071218X"));
  EXPECT_TRUE(FinessProblem("750712185"));
}

TEST(Finess, ComputedCheckDigitValidates) {
  for (const char* prefix : {"21000123", "97400001", "13099999", "75071218"}) {
    const std::string finess = WithFinessCheckDigit(prefix);
    EXPECT_FALSE(FinessProblem(finess)) << finess;
  }
  EXPECT_EQ(WithFinessCheckDigit("75071218"), "750712184");
}

TEST(ReferenceData, EmbeddedListsLoad) {
  EXPECT_GE(Categories().size(), 20u);
  ASSERT_NE(FindCategory("ehpad"), nullptr);
  ASSERT_NE(FindDepartment("2A"), nullptr);
  EXPECT_EQ(FindDepartment("21")->name, "Côte-d'Or");
}

TEST(ReferenceData, ErrorsNameFileAndLine) {
  try {
    ParseCategories("# c\nehpad\tEHPAD\tpa\nbad line\n", "data/x.tsv");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), "data/x.tsv:3: 3 colonnes attendues, 1 trouvées");
  }
  EXPECT_THROW(ParseDepartments("21\tA\n21\tB\n", "d.tsv"), std::runtime_error);
}

FieldValues ValidStructure() {
  return {{"name", " EHPAD Les Tilleuls "}, {"finess", "750712184"}, {"category", "ehpad"},
          {"capacity", "80"},       {"staff_count", "65"},        {"workstation_count", "30"},
          {"it_organisation", "provider"}, {"it_provider_name", "InfoServices"},
          {"department", "75"},     {"ehealth_group_member", "on"}, {"access_mode", "operated"}};
}

TEST(StructureValidation, AcceptsCompleteInputAndTrims) {
  auto result = ValidateStructure(ValidStructure());
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->name, "EHPAD Les Tilleuls");
  EXPECT_TRUE(result->ehealth_group_member);
  EXPECT_EQ(result->it_organisation, ItOrganisation::kProvider);
}

TEST(StructureValidation, ReportsEveryWrongField) {
  auto fields = ValidStructure();
  fields["finess"] = "123";
  fields["capacity"] = "-3";
  fields["it_provider_name"] = "";
  fields["department"] = "99";
  auto result = ValidateStructure(fields);
  ASSERT_FALSE(result.ok());
  std::vector<std::string> names;
  for (const auto& e : result.errors()) names.push_back(e.field);
  EXPECT_EQ(names, (std::vector<std::string>{"finess", "department", "capacity", "it_provider_name"}))
      << "errors come in the order of the form";
}

Principal Make(Role role, std::string region, std::string structure = "") {
  return Principal{"u1", role, std::move(region), std::move(structure)};
}

TEST(Policy, PlatformAdminMayDoEverything) {
  auto admin = Make(Role::kPlatformAdmin, "");
  EXPECT_TRUE(Allows(admin, Action::kManageRegions, {}));
  EXPECT_TRUE(Allows(admin, Action::kDeleteStructure, {"r2", "s9"}));
}

TEST(Policy, CrrcStaffStayInTheirRegion) {
  auto consultant = Make(Role::kCrrcConsultant, "r1");
  EXPECT_TRUE(Allows(consultant, Action::kEditStructure, {"r1", "s1"}));
  EXPECT_FALSE(Allows(consultant, Action::kEditStructure, {"r2", "s2"}));
  EXPECT_FALSE(Allows(consultant, Action::kDeleteStructure, {"r1", "s1"}));
  EXPECT_FALSE(Allows(consultant, Action::kViewAudit, {"r1", ""}));
  EXPECT_TRUE(Allows(Make(Role::kCrrcAdmin, "r1"), Action::kViewAudit, {"r1", ""}));
  EXPECT_FALSE(Allows(Make(Role::kCrrcAdmin, "r1"), Action::kManageRegions, {"r1", ""}));
}

TEST(Policy, StructureRolesSeeOnlyTheirStructure) {
  auto director = Make(Role::kStructureDirector, "r1", "s1");
  EXPECT_TRUE(Allows(director, Action::kViewStructure, {"r1", "s1"}));
  EXPECT_TRUE(Allows(director, Action::kEditStructure, {"r1", "s1"}));
  EXPECT_FALSE(Allows(director, Action::kViewStructure, {"r1", "s2"}));
  EXPECT_FALSE(Allows(director, Action::kCreateStructure, {"r1", ""}));
  auto reader = Make(Role::kStructureReader, "r1", "s1");
  EXPECT_FALSE(Allows(reader, Action::kEditStructure, {"r1", "s1"}));
  EXPECT_FALSE(Allows(reader, Action::kViewUsers, {"r1", "s1"}));
}

TEST(Policy, GrantingNeverRaisesPower) {
  auto director = Make(Role::kStructureDirector, "r1", "s1");
  EXPECT_TRUE(MayGrant(director, Role::kStructureItReferent, {"r1", "s1"}));
  EXPECT_FALSE(MayGrant(director, Role::kCrrcConsultant, {"r1", "s1"}));
  EXPECT_FALSE(MayGrant(director, Role::kStructureReader, {"r1", "s2"}));
  auto admin = Make(Role::kCrrcAdmin, "r1");
  EXPECT_TRUE(MayGrant(admin, Role::kCrrcConsultant, {"r1", ""}));
  EXPECT_FALSE(MayGrant(admin, Role::kPlatformAdmin, {"r1", ""}));
  EXPECT_FALSE(MayGrant(admin, Role::kCrrcConsultant, {"r1", "s1"}));
}

TEST(Policy, DiagnosticsAreRunByTheCentreAndReadByTheStructure) {
  EXPECT_TRUE(Allows(Make(Role::kCrrcConsultant, "r1"), Action::kRunDiagnostic, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kCrrcConsultant, "r1"), Action::kRunDiagnostic, {"r2", "s2"}));
  EXPECT_TRUE(Allows(Make(Role::kStructureDirector, "r1", "s1"), Action::kViewDiagnostic, {"r1", "s1"}));
  EXPECT_TRUE(Allows(Make(Role::kStructureItReferent, "r1", "s1"), Action::kViewDiagnostic, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kStructureReader, "r1", "s1"), Action::kViewDiagnostic, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kStructureDirector, "r1", "s1"), Action::kViewDiagnostic, {"r1", "s2"}));
  EXPECT_FALSE(Allows(Make(Role::kStructureDirector, "r1", "s1"), Action::kRunDiagnostic, {"r1", "s1"}));
}

TEST(Policy, TheActionPlanIsCarriedByTheStructureAndFollowedByTheCentre) {
  EXPECT_TRUE(Allows(Make(Role::kStructureDirector, "r1", "s1"), Action::kEditActionPlan, {"r1", "s1"}));
  EXPECT_TRUE(Allows(Make(Role::kStructureItReferent, "r1", "s1"), Action::kEditActionPlan, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kStructureReader, "r1", "s1"), Action::kEditActionPlan, {"r1", "s1"}));
  EXPECT_TRUE(Allows(Make(Role::kStructureReader, "r1", "s1"), Action::kViewActionPlan, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kStructureDirector, "r1", "s1"), Action::kViewActionPlan, {"r1", "s2"}));
  EXPECT_FALSE(Allows(Make(Role::kStructureDirector, "r1", "s1"), Action::kEditActionPlan, {"r1", ""}));
  EXPECT_TRUE(Allows(Make(Role::kCrrcConsultant, "r1"), Action::kEditActionPlan, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kCrrcConsultant, "r1"), Action::kViewActionPlan, {"r2", "s9"}));
}

TEST(Policy, RecipientListsStayWithTheStructureAndItsCentre) {
  EXPECT_TRUE(Allows(Make(Role::kStructureItReferent, "r1", "s1"), Action::kManageRecipients, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kStructureReader, "r1", "s1"), Action::kManageRecipients, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kStructureDirector, "r1", "s1"), Action::kManageRecipients, {"r1", "s2"}));
  EXPECT_TRUE(Allows(Make(Role::kCrrcConsultant, "r1"), Action::kManageRecipients, {"r1", "s2"}));
  EXPECT_FALSE(Allows(Make(Role::kCrrcConsultant, "r1"), Action::kManageRecipients, {"r2", "s9"}));
}

TEST(Policy, ReadersMayBeRecipientsSoTheyDoNotSeeTheTemplates) {
  EXPECT_FALSE(Allows(Make(Role::kStructureReader, "r1", "s1"), Action::kViewPhishingTemplates, {}));
  EXPECT_TRUE(Allows(Make(Role::kStructureDirector, "r1", "s1"), Action::kViewPhishingTemplates, {}));
  EXPECT_TRUE(Allows(Make(Role::kCrrcConsultant, "r1"), Action::kViewPhishingTemplates, {}));
}

TEST(Policy, TheStructureApprovesAndKeepsItsPrivacyDecisions) {
  EXPECT_TRUE(Allows(Make(Role::kStructureDirector, "r1", "s1"), Action::kApproveCampaigns, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kStructureItReferent, "r1", "s1"), Action::kApproveCampaigns, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kCrrcConsultant, "r1"), Action::kApproveCampaigns, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kCrrcAdmin, "r1"), Action::kManageAwarenessPrivacy, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kPlatformAdmin, ""), Action::kManageAwarenessPrivacy, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kPlatformAdmin, ""), Action::kApproveCampaigns, {"r1", "s1"}));
  EXPECT_TRUE(Allows(Make(Role::kStructureDirector, "r1", "s1"), Action::kManageAwarenessPrivacy, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kStructureDirector, "r1", "s1"), Action::kManageAwarenessPrivacy, {"r1", "s2"}));
  EXPECT_TRUE(Allows(Make(Role::kCrrcConsultant, "r1"), Action::kManageCampaigns, {"r1", "s1"}));
  EXPECT_TRUE(Allows(Make(Role::kStructureItReferent, "r1", "s1"), Action::kManageCampaigns, {"r1", "s1"}));
  EXPECT_FALSE(Allows(Make(Role::kStructureReader, "r1", "s1"), Action::kViewCampaignResults, {"r1", "s1"}));
}

TEST(Policy, AnonymousIsRefused) {
  EXPECT_FALSE(Allows(Principal{}, Action::kViewDashboard, {}));
}

}  // namespace
}  // namespace vigie::tenancy
