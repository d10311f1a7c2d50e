// Sending profiles: every field parsed and checked, named on error.

#include "awareness/sending_profile.hpp"

#include <gtest/gtest.h>

namespace vigie::awareness {
namespace {

SendingProfileInput Valid() {
  return {"Relais du prestataire", "smtp.relais.example", "587", "starttls", "envoi@relais.example",
          "Retours@Relais.example", "X-Vigie-Simulation", "trimestre-1", "30", "8h30", "17:45", "1,2,3,4,5", "3"};
}

TEST(SendingProfile, ParsesAValidProfileAndWritesItBack) {
  SendingProfile p;
  EXPECT_TRUE(ParseSendingProfile(Valid(), p).empty());
  EXPECT_EQ(p.port, 587);
  EXPECT_EQ(p.envelope_from, "retours@relais.example");
  EXPECT_EQ(p.window_start, 8 * 60 + 30);
  EXPECT_EQ(p.window_end, 17 * 60 + 45);
  EXPECT_TRUE(p.days[4]);
  EXPECT_FALSE(p.days[5]);
  EXPECT_EQ(SmtpUrl(p), "smtp://smtp.relais.example:587");
  const auto back = ToInput(p);
  EXPECT_EQ(back.window_start, "08:30");
  EXPECT_EQ(back.days, "1,2,3,4,5");
  SendingProfile again;
  EXPECT_TRUE(ParseSendingProfile(back, again).empty());
}

TEST(SendingProfile, NamesEveryWrongField) {
  SendingProfileInput in{"", "smtp relais", "70000", "ssl", "", "pas-une-adresse", "Vigie Simulation", "a\r\nBcc: x",
                         "0", "25:00", "07:00", "8", "31"};
  SendingProfile p;
  const auto errors = ParseSendingProfile(in, p);
  std::vector<std::string> fields;
  for (const auto& e : errors) fields.push_back(e.field);
  const std::vector<std::string> expected = {"name", "host", "port", "security", "envelope_from", "header_name",
                                             "header_value", "rate_per_minute", "window_start", "days", "spread_days"};
  EXPECT_EQ(fields, expected);
}

TEST(SendingProfile, TheWindowEndsAfterItStarts) {
  auto in = Valid();
  in.window_end = "08:00";
  SendingProfile p;
  const auto errors = ParseSendingProfile(in, p);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "window_end");
}

}  // namespace
}  // namespace vigie::awareness
