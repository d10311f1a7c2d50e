#include "report/typography.hpp"

#include <gtest/gtest.h>

#include <string>

namespace vigie::report {
namespace {

const std::string kNb(kNoBreakSpace);
const std::string kNnb(kNarrowNoBreakSpace);

TEST(FrenchTypography, ReplacesOrdinarySpacesBeforeHighPunctuation) {
  EXPECT_EQ(
      FrenchTypography("Attention : sauvegarde ; vite ! Pourquoi ?"),
      "Attention" + kNb + ": sauvegarde" + kNnb + "; vite" + kNnb + "! Pourquoi" + kNnb + "?");
}

TEST(FrenchTypography, InsertsASpaceBeforeAMarkGluedToAWord) {
  EXPECT_EQ(FrenchTypography("Note: rien; fini!"),
            "Note" + kNb + ": rien" + kNnb + "; fini" + kNnb + "!");
  EXPECT_EQ(FrenchTypography("Vraiment?!"), "Vraiment" + kNnb + "?!");
}

TEST(FrenchTypography, LeavesUrlsTimesAndQueryStringsAlone) {
  for (const std::string text :
       {"https://cyber.gouv.fr/a?b=1", "à 14:30", "ratio 1:2", "(?)", ": au début"}) {
    EXPECT_EQ(FrenchTypography(text), text);
  }
}

TEST(FrenchTypography, PutsNoBreakSpacesInsideGuillemets) {
  EXPECT_EQ(FrenchTypography("« un doute »"), "«" + kNb + "un doute" + kNb + "»");
  EXPECT_EQ(FrenchTypography("«collé»"), "«" + kNb + "collé" + kNb + "»");
  EXPECT_EQ(FrenchTypography("« Qui ? »"), "«" + kNb + "Qui" + kNnb + "?" + kNb + "»");
}

TEST(FrenchTypography, IsIdempotent) {
  for (const std::string text :
       {"Attention : « mot de passe » ; oui ! non ?", "a: b; c! d? «e»", "  :  ", "»«", "x  ;"}) {
    const auto once = FrenchTypography(text);
    EXPECT_EQ(FrenchTypography(once), once) << text;
  }
}

TEST(FrenchTypography, KeepsEverythingElse) {
  EXPECT_EQ(FrenchTypography(""), "");
  EXPECT_EQ(FrenchTypography("Données & accès <admin>"), "Données & accès <admin>");
}

TEST(FormatDecimal, UsesACommaAndRounds) {
  EXPECT_EQ(FormatDecimal(2.456, 1), "2,5");
  EXPECT_EQ(FormatDecimal(3.0, 0), "3");
  EXPECT_EQ(FormatDecimal(-0.01, 1), "0,0");
  EXPECT_EQ(FormatDecimal(46.25, 2), "46,25");
}

}  // namespace
}  // namespace vigie::report
