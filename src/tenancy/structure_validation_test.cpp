#include "tenancy/structure_validation.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigie::tenancy {
namespace {

FieldValues Complete() {
  return {{"name", "EHPAD Les Tilleuls"}, {"finess", "750712184"}, {"category", "ehpad"},
          {"capacity", "80"},      {"staff_count", "55"},        {"workstation_count", "20"},
          {"it_organisation", "provider"}, {"it_provider_name", "InfoServices"},
          {"department", "75"},    {"access_mode", "operated"}};
}

std::vector<std::string> ErrorFields(const FieldValues& fields) {
  auto result = ValidateStructure(fields);
  std::vector<std::string> names;
  if (!result.ok()) {
    for (const auto& e : result.errors()) names.push_back(e.field);
  }
  return names;
}

// fuzz/corpus/structure_input/form_name_invalid_utf8: "name=EHPAD+%FF%C3" was accepted,
// and the structure then made every API list of its region fail (json::dump throws).
TEST(StructureValidation, RefusesFreeTextThatIsNotUtf8) {
  auto fields = Complete();
  fields["name"] = "EHPAD \xFF\xC3";
  EXPECT_EQ(ErrorFields(fields), std::vector<std::string>{"name"});

  fields = Complete();
  fields["it_provider_name"] = "Info\xC0\xAFServices";  // overlong '/'
  EXPECT_EQ(ErrorFields(fields), std::vector<std::string>{"it_provider_name"});

  fields = Complete();
  fields["name"] = "Foyer \xED\xA0\x80";  // UTF-16 surrogate
  EXPECT_EQ(ErrorFields(fields), std::vector<std::string>{"name"});
}

TEST(StructureValidation, AcceptsAccentsAndEmojiInFreeText) {
  auto fields = Complete();
  fields["name"] = "Résidence « Les Œillets » \xF0\x9F\x8C\xBB";
  fields["it_provider_name"] = "Société Générale d'Informatique";
  EXPECT_TRUE(ErrorFields(fields).empty());
}

}  // namespace
}  // namespace vigie::tenancy
