// How cells are understood: dates, statuses, progress, header matching, formats.

#include <gtest/gtest.h>

#include "tracker/cell_values.hpp"
#include "tracker/tracker_layout.hpp"

namespace vigie::tracker {
namespace {

CellValue Text(std::string text) { return {CellKind::kText, std::move(text), 0, NumberStyle::kPlain}; }
CellValue Number(double n, NumberStyle style = NumberStyle::kPlain) { return {CellKind::kNumber, "", n, style}; }

TEST(CellValues, SerialDates) {
  EXPECT_EQ(SerialToIsoDate(46477), "2027-03-31");
  EXPECT_EQ(SerialToIsoDate(46477.75), "2027-03-31");
  EXPECT_EQ(SerialToIsoDate(61), "1900-03-01");
  EXPECT_EQ(SerialToIsoDate(60), std::nullopt);  // the phantom 29/02/1900
  EXPECT_EQ(SerialToIsoDate(-1), std::nullopt);
  EXPECT_EQ(SerialToIsoDate(1e300), std::nullopt);
  EXPECT_EQ(SerialToIsoDate(45015, true), "2027-03-31");
  EXPECT_EQ(IsoDateToSerial("2027-03-31"), 46477);
  EXPECT_EQ(IsoDateToSerial("2027-02-30"), std::nullopt);
  for (long long serial = 36526; serial < 73415; serial += 37) {
    const auto iso = SerialToIsoDate(static_cast<double>(serial));
    ASSERT_TRUE(iso);
    EXPECT_EQ(IsoDateToSerial(*iso), serial);
  }
}

TEST(CellValues, TextDates) {
  EXPECT_EQ(ParseTextDate("31/03/2027"), "2027-03-31");
  EXPECT_EQ(ParseTextDate(" 1/4/2027 "), "2027-04-01");
  EXPECT_EQ(ParseTextDate("31-03-2027"), "2027-03-31");
  EXPECT_EQ(ParseTextDate("31.03.2027"), "2027-03-31");
  EXPECT_EQ(ParseTextDate("31/03/27"), "2027-03-31");
  EXPECT_EQ(ParseTextDate("2027-03-31"), "2027-03-31");
  EXPECT_EQ(ParseTextDate("2027-03-31T00:00:00"), "2027-03-31");
  EXPECT_EQ(ParseTextDate("31/03/2027 00:00:00"), "2027-03-31");
  EXPECT_EQ(ParseTextDate("29/02/2027"), std::nullopt);
  EXPECT_EQ(ParseTextDate("03/31/2027"), std::nullopt);
  EXPECT_EQ(ParseTextDate("31/03/1999"), std::nullopt);
  EXPECT_EQ(ParseTextDate("fin mars"), std::nullopt);
  EXPECT_EQ(ParseTextDate("31/03-2027"), std::nullopt);
  EXPECT_EQ(ParseTextDate("2027/03/31"), std::nullopt);
  EXPECT_EQ(DueDateOf({}), "");
  EXPECT_EQ(DueDateOf(Text("  ")), "");
  EXPECT_EQ(DueDateOf(Number(46477, NumberStyle::kDate)), "2027-03-31");
  EXPECT_EQ(DisplayDate("2027-03-31"), "31/03/2027");
}

TEST(CellValues, Statuses) {
  EXPECT_EQ(StatusOf(Text("À faire")), actionplan::Status::kTodo);
  EXPECT_EQ(StatusOf(Text("a faire")), actionplan::Status::kTodo);
  EXPECT_EQ(StatusOf(Text("A FAIRE ")), actionplan::Status::kTodo);
  EXPECT_EQ(StatusOf(Text("en  cours")), actionplan::Status::kDoing);
  EXPECT_EQ(StatusOf(Text("fait")), actionplan::Status::kDone);
  EXPECT_EQ(StatusOf(Text("ABANDONNÉ")), actionplan::Status::kAbandoned);
  EXPECT_EQ(StatusOf(Text("abandonne")), actionplan::Status::kAbandoned);
  EXPECT_EQ(StatusOf(Text("done")), actionplan::Status::kDone);
  EXPECT_EQ(StatusOf(Text("Peut-être")), std::nullopt);
  EXPECT_EQ(StatusOf(Text("")), std::nullopt);
  EXPECT_EQ(StatusOf(Number(1)), std::nullopt);
}

TEST(CellValues, Progress) {
  EXPECT_EQ(ProgressOf({}), 0);
  EXPECT_EQ(ProgressOf(Number(40)), 40);
  EXPECT_EQ(ProgressOf(Number(40.0000000001)), 40);
  EXPECT_EQ(ProgressOf(Number(40.5)), std::nullopt);
  EXPECT_EQ(ProgressOf(Number(0.4)), std::nullopt);
  EXPECT_EQ(ProgressOf(Number(0.4, NumberStyle::kPercent)), 40);
  EXPECT_EQ(ProgressOf(Number(1, NumberStyle::kPercent)), 100);
  EXPECT_EQ(ProgressOf(Number(150)), 150);  // the range is ValidateFollowUp's
  EXPECT_EQ(ProgressOf(Text("40")), 40);
  EXPECT_EQ(ProgressOf(Text("40 %")), 40);
  EXPECT_EQ(ProgressOf(Text("40\u00A0%")), 40);
  EXPECT_EQ(ProgressOf(Text("40,0")), 40);
  EXPECT_EQ(ProgressOf(Text("40,5")), std::nullopt);
  EXPECT_EQ(ProgressOf(Text("-5")), -5);
  EXPECT_EQ(ProgressOf(Text("beaucoup")), std::nullopt);
  EXPECT_EQ(ProgressOf(Text("99999999999999999999")), std::nullopt);
  EXPECT_EQ(ProgressOf({CellKind::kBoolean, "1", 0, NumberStyle::kPlain}), std::nullopt);
}

TEST(CellValues, TextAndNumbers) {
  EXPECT_EQ(TextOf(Text("a\r\nb\rc")), "a\nb\nc");
  EXPECT_EQ(CellText(Number(12)), "12");
  EXPECT_EQ(CellText(Number(12.5)), "12.5");
  EXPECT_EQ(CellText({CellKind::kBoolean, "1", 0, NumberStyle::kPlain}), "VRAI");
}

TEST(TrackerLayout, HeadersMatchLoosely) {
  EXPECT_EQ(FoldForMatch("  Échéance "), "echeance");
  EXPECT_EQ(FoldForMatch("Avancement (%)"), "avancement");
  EXPECT_EQ(FoldForMatch("Motif d’abandon"), "motif d abandon");
  EXPECT_EQ(FoldForMatch("ŒUVRE\u00A0à  faire"), "oeuvre a faire");
  EXPECT_EQ(ColumnOfHeader("PRIORITE"), Column::kPriority);
  EXPECT_EQ(ColumnOfHeader("Motif d'abandon"), Column::kAbandonReason);
  EXPECT_EQ(ColumnOfHeader("Statuts"), std::nullopt);
  EXPECT_EQ(ColumnOfHeader(""), std::nullopt);
  EXPECT_EQ(ColumnLetters(0), "A");
  EXPECT_EQ(ColumnLetters(25), "Z");
  EXPECT_EQ(ColumnLetters(26), "AA");
  EXPECT_EQ(ColumnLetters(16383), "XFD");
}

}  // namespace
}  // namespace vigie::tracker
