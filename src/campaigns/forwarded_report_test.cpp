#include "campaigns/forwarded_report.hpp"

#include <gtest/gtest.h>

namespace vigie::campaigns {
namespace {

TEST(ForwardedReport, FindsTokensFoldedByQuotedPrintable) {
  const std::string raw =
      "Subject: Fwd: Votre colis\r\n\r\n---------- Message transf=C3=A9r=C3=A9 ---------\r\n"
      "Reprogrammer : https://vigie.example/p/abcdefghijklmnopqrst=\r\nuvwx\r\n"
      "<a href=3D\"https://vigie.example/p/abcdefghijklmnopqrstuvwx\">ici</a>\r\n"
      "Signaler : https://vigie.example/p/ABCDEFGHIJKLMNOPQRSTUV_-/signaler\r\n";
  EXPECT_EQ(FindCampaignTokens(raw),
            (std::vector<std::string>{"abcdefghijklmnopqrstuvwx", "ABCDEFGHIJKLMNOPQRSTUV_-"}));
}

TEST(ForwardedReport, IgnoresWhatIsNotAToken) {
  EXPECT_TRUE(FindCampaignTokens("").empty());
  EXPECT_TRUE(FindCampaignTokens("https://exemple.fr/p/court et /p/").empty());
  EXPECT_TRUE(FindCampaignTokens("/p/abcdefghijklmnopqrstuvwxy (25 caractères)").empty());
  EXPECT_TRUE(FindCampaignTokens(std::string(1000, '=')).empty());
}

}  // namespace
}  // namespace vigie::campaigns
