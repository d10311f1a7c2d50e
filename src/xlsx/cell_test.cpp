// Cells as text, UTF-8 made safe, cell references, serial dates, format codes and
// OOXML escapes.

#include <gtest/gtest.h>

#include "xlsx/cell.hpp"
#include "xlsx/serial_date.hpp"
#include "xlsx/workbook_parts.hpp"

namespace vigie::xlsx {
namespace {

TEST(XlsxCell, Text) {
  EXPECT_EQ(CellText({}), "");
  EXPECT_EQ(CellText({CellKind::kNumber, "", 12, NumberStyle::kPlain}), "12");
  EXPECT_EQ(CellText({CellKind::kNumber, "", 12.5, NumberStyle::kPlain}), "12.5");
  EXPECT_EQ(CellText({CellKind::kNumber, "", -3, NumberStyle::kPlain}), "-3");
  EXPECT_EQ(CellText({CellKind::kBoolean, "1", 0, NumberStyle::kPlain}), "VRAI");
  EXPECT_EQ(CellText({CellKind::kBoolean, "0", 0, NumberStyle::kPlain}), "FAUX");
  EXPECT_EQ(CellText({CellKind::kError, "#N/A", 0, NumberStyle::kPlain}), "#N/A");
  EXPECT_EQ(CellText({CellKind::kText, "é", 0, NumberStyle::kPlain}), "é");
}

TEST(XlsxCell, Utf8Safe) {
  EXPECT_EQ(Utf8Safe("Épinal"), "Épinal");
  EXPECT_EQ(Utf8Safe("a\xE9z"), "a\xEF\xBF\xBDz");
  EXPECT_EQ(Utf8Safe("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");        // overlong
  EXPECT_EQ(Utf8Safe("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(Utf8Safe("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");        // truncated
}

TEST(XlsxCell, References) {
  EXPECT_EQ(ColumnLetters(0), "A");
  EXPECT_EQ(ColumnLetters(25), "Z");
  EXPECT_EQ(ColumnLetters(26), "AA");
  EXPECT_EQ(ColumnLetters(16383), "XFD");
  std::size_t column = 0;
  int row = 0;
  EXPECT_TRUE(ParseCellRef("K12", column, row));
  EXPECT_EQ(column, 10u);
  EXPECT_EQ(row, 12);
  EXPECT_TRUE(ParseCellRef("XFD1048576", column, row));
  EXPECT_EQ(column, 16383u);
  EXPECT_FALSE(ParseCellRef("XFE1", column, row));
  EXPECT_FALSE(ParseCellRef("A1048577", column, row));
  EXPECT_FALSE(ParseCellRef("A0", column, row));
  EXPECT_FALSE(ParseCellRef("12", column, row));
  EXPECT_FALSE(ParseCellRef("AAAA1", column, row));
  EXPECT_FALSE(ParseCellRef("a1", column, row));
  EXPECT_FALSE(ParseCellRef("A1B", column, row));
}

TEST(XlsxSerialDate, BothSystems) {
  EXPECT_EQ(SerialToIsoDate(46477), "2027-03-31");
  EXPECT_EQ(SerialToIsoDate(46477.75), "2027-03-31");
  EXPECT_EQ(SerialToIsoDate(61), "1900-03-01");
  EXPECT_EQ(SerialToIsoDate(60), std::nullopt);  // the phantom 29/02/1900
  EXPECT_EQ(SerialToIsoDate(-1), std::nullopt);
  EXPECT_EQ(SerialToIsoDate(1e300), std::nullopt);
  EXPECT_EQ(SerialToIsoDate(2958465), "9999-12-31");
  EXPECT_EQ(SerialToIsoDate(45015, true), "2027-03-31");
  EXPECT_EQ(SerialToIsoDate(0, true), "1904-01-01");
  EXPECT_EQ(IsoDateToSerial("2027-03-31"), 46477);
  EXPECT_EQ(IsoDateToSerial("1900-03-01"), 61);
  EXPECT_EQ(IsoDateToSerial("1950-06-15"), 18429);
  EXPECT_EQ(IsoDateToSerial("2028-02-29"), 46812);
  EXPECT_EQ(IsoDateToSerial("2027-02-29"), std::nullopt);
  EXPECT_EQ(IsoDateToSerial("1900-02-28"), std::nullopt);
  EXPECT_EQ(IsoDateToSerial("2027-3-31"), std::nullopt);
  EXPECT_EQ(IsoDateToSerial("31/03/2027"), std::nullopt);
  for (long long serial = 61; serial < 2958466; serial += 997) {
    const auto iso = SerialToIsoDate(static_cast<double>(serial));
    ASSERT_TRUE(iso);
    EXPECT_EQ(IsoDateToSerial(*iso), serial);
  }
}

TEST(XlsxParts, FormatsAndEscapes) {
  using detail::StyleOfFormatCode;
  EXPECT_EQ(StyleOfFormatCode("dd/mm/yyyy"), NumberStyle::kDate);
  EXPECT_EQ(StyleOfFormatCode("[$-40C]d mmmm yyyy;@"), NumberStyle::kDate);
  EXPECT_EQ(StyleOfFormatCode("0 %"), NumberStyle::kPercent);
  EXPECT_EQ(StyleOfFormatCode("0\" %\""), NumberStyle::kPlain);
  EXPECT_EQ(StyleOfFormatCode("General"), NumberStyle::kPlain);
  EXPECT_EQ(StyleOfFormatCode("#,##0.00 [$€-40C]"), NumberStyle::kPlain);
  EXPECT_EQ(detail::StyleOfBuiltinFormat(14), NumberStyle::kDate);
  EXPECT_EQ(detail::StyleOfBuiltinFormat(9), NumberStyle::kPercent);
  EXPECT_EQ(detail::StyleOfBuiltinFormat(1), NumberStyle::kPlain);
  EXPECT_EQ(detail::DecodeEscapes("a_x000D_b_x005F_x000D_ _xE9_"), "a\rb_x000D_ _xE9_");
  EXPECT_EQ(detail::DecodeEscapes("_x00E9_t_x00e9_"), "été");
  EXPECT_EQ(detail::DecodeEscapes("_xD800_"), "\xEF\xBF\xBD");
}

}  // namespace
}  // namespace vigie::xlsx
