// Quarter codes from URLs and the command line, and the report's file name.

#include "campaigns/quarterly_document.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace vigie::campaigns {
namespace {

constexpr long long kJanuary2027 = 1799139600;  // 2027-01-05 09:00 UTC

TEST(QuarterCodeTest, ReadsYearAndQuarterBothWays) {
  const auto t = ParseQuarterCode("2026-T4");
  ASSERT_TRUE(t);
  EXPECT_EQ(awareness::QuarterLabel(*t), "T4 2026");
  EXPECT_EQ(QuarterCode(*t), "2026-T4");
  EXPECT_EQ(awareness::QuarterLabel(*ParseQuarterCode("2027-t1")), "T1 2027");
  EXPECT_EQ(QuarterCode(kJanuary2027), "2027-T1");
  for (const char* wrong :
       {"", "2026-T5", "2026-T0", "26-T4", "2026T4", "2026-T4x", "T4-2026", "1999-T4", "2026-Q4"}) {
    EXPECT_FALSE(ParseQuarterCode(wrong)) << wrong;
  }
}

TEST(QuarterCodeTest, ARequestNamesAStartedQuarterOrGetsTheCurrentOne) {
  EXPECT_EQ(RequestedQuarter("", "quarter", kJanuary2027), kJanuary2027);
  EXPECT_EQ(awareness::QuarterLabel(RequestedQuarter(" 2026-T3 ", "quarter", kJanuary2027)),
            "T3 2026");
  for (const char* wrong : {"2026-T9", "2027-T2"}) {
    try {
      RequestedQuarter(wrong, "trimestre", kJanuary2027);
      ADD_FAILURE() << wrong << " accepted";
    } catch (const core::AppError& e) {
      EXPECT_EQ(e.kind(), core::ErrorKind::kInvalid);
      ASSERT_EQ(e.fields().size(), 1u);
      EXPECT_EQ(e.fields()[0].field, "trimestre");
    }
  }
}

TEST(QuarterlyReportFileNameTest, KeepsCaseDropsAccentsAndPunctuation) {
  awareness::QuarterlyReportInput in;
  in.quarter_label = "T4 2026";
  in.scope_name = "EHPAD Les Tilleuls";
  EXPECT_EQ(QuarterlyReportFileName(in), "sensibilisation-T4-2026-EHPAD-Les-Tilleuls.pdf");
  in.scope_name = "Résidence « Les Œillets » — Île-d’Yeu";
  EXPECT_EQ(QuarterlyReportFileName(in),
            "sensibilisation-T4-2026-Residence-Les-OEillets-Ile-d-Yeu.pdf");
  in.scope_name = "« »";
  EXPECT_EQ(QuarterlyReportFileName(in), "sensibilisation-T4-2026-structure.pdf");
  in.portfolio = true;
  in.scope_name = "Centre régional de ressources cyber BFC";
  EXPECT_EQ(QuarterlyReportFileName(in),
            "sensibilisation-T4-2026-portefeuille-Centre-regional-de-ressources-cyber-BFC.pdf");
}

}  // namespace
}  // namespace vigie::campaigns
