// The checks shared by the recipient form and the list import.

#include "awareness/recipient_fields.hpp"

#include <gtest/gtest.h>

namespace vigie::awareness {
namespace {

TEST(RecipientFields, SendableAddresses) {
  for (const char* good : {"anne.martin@ehpad-tilleuls.fr", "a+b@x.example", "j_o'neil@sub.domaine.example"}) {
    EXPECT_TRUE(IsSendableEmail(good)) << good;
  }
  for (const char* bad : {"", "anne", "anne@", "@ehpad.fr", "anne@ehpad", "an ne@ehpad.fr", "anne..m@ehpad.fr",
                          ".anne@ehpad.fr", "anne@-ehpad.fr", "anne@ehpad..fr", "a@b@c.fr", "anne@ehpad.fr."}) {
    EXPECT_FALSE(IsSendableEmail(bad)) << bad;
  }
}

TEST(RecipientFields, NormalizesAndMatchesSitesWithoutAccentsOrCase) {
  RecipientInput in{"  Anne.MARTIN@Ehpad.fr ", " Anne ", "Martin", "batiment principal", "Soins", "Aide-soignante"};
  EXPECT_TRUE(NormalizeRecipientInput(in, {"Bâtiment principal", "Annexe"}).empty());
  EXPECT_EQ(in.email, "anne.martin@ehpad.fr");
  EXPECT_EQ(in.first_name, "Anne");
  EXPECT_EQ(in.site, "Bâtiment principal");
}

TEST(RecipientFields, NamesEachWrongField) {
  RecipientInput in{"pas-une-adresse", std::string(121, 'x'), "", "Ailleurs", "", ""};
  const auto errors = NormalizeRecipientInput(in, {"Bâtiment principal"});
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "email");
  EXPECT_EQ(errors[1].field, "first_name");
  EXPECT_EQ(errors[2].field, "site");
  RecipientInput free_site{"a@b.fr", "", "", "Où que ce soit", "", ""};
  EXPECT_TRUE(NormalizeRecipientInput(free_site, {}).empty()) << "a structure without sites takes any site";
}

}  // namespace
}  // namespace vigie::awareness
