// OpenWorkbook and ReadSheet: typed cells from hand-made workbooks, and every kind of
// bad file (not a zip, other formats, damage, zip bombs, limits).

#include <gtest/gtest.h>

#include "xlsx/test_files.hpp"
#include "xlsx/workbook.hpp"

namespace vigie::xlsx {
namespace {

using testing::MakeZip;
using testing::MinimalXlsx;
using testing::Unzip;

std::optional<ErrorKind> OpenFailure(const std::string& bytes, const Limits& limits = {}) {
  Error error;
  if (OpenWorkbook(bytes, limits, error)) return std::nullopt;
  EXPECT_FALSE(error.message.empty());
  return error.kind;
}

// The error of reading the first sheet of `bytes`, which must open.
std::optional<Error> SheetFailure(const std::string& bytes, const Limits& limits = {}) {
  Error error;
  auto workbook = OpenWorkbook(bytes, limits, error);
  if (!workbook) {
    ADD_FAILURE() << error.message;
    return error;
  }
  if (workbook->ReadSheet(std::size_t{0}, error)) return std::nullopt;
  return error;
}

TEST(XlsxWorkbook, SheetsAndTypedCells) {
  const std::string bytes = MinimalXlsx(
      {{"Feuil1", {{"Nom", "s:Prénom", "r:a|b"}, {"n:12", "d:46477", "p:0.4", "c:46477", "b:1", "e:#N/A"}, {}, {"x"}}},
       {"Cachée", {{"k"}}, true}},
      {{"Nom", "\"v\""}});
  Error error;
  auto workbook = OpenWorkbook(bytes, {}, error);
  ASSERT_TRUE(workbook) << error.message;
  ASSERT_EQ(workbook->Sheets().size(), 2u);
  EXPECT_EQ(workbook->Sheets()[0].name, "Feuil1");
  EXPECT_FALSE(workbook->Sheets()[0].hidden);
  EXPECT_TRUE(workbook->Sheets()[1].hidden);
  EXPECT_EQ(workbook->FindSheet("Cachée"), 1u);
  EXPECT_EQ(workbook->FindSheet("cachée"), std::nullopt);
  EXPECT_FALSE(workbook->date1904());
  EXPECT_EQ(workbook->DefinedNames().at("Nom"), "\"v\"");

  const auto grid = workbook->ReadSheet(std::size_t{0}, error);
  ASSERT_TRUE(grid) << error.message;
  ASSERT_EQ(grid->size(), 3u);  // the empty row 3 is absent
  const Row& header = grid->at(1);
  EXPECT_EQ(header.at(0).text, "Nom");
  EXPECT_EQ(header.at(1).text, "Prénom");
  EXPECT_EQ(header.at(2).text, "ab");  // rich text runs, phonetic run left out
  const Row& values = grid->at(2);
  EXPECT_EQ(values.at(0).kind, CellKind::kNumber);
  EXPECT_EQ(values.at(0).number, 12);
  EXPECT_EQ(values.at(0).style, NumberStyle::kPlain);
  EXPECT_EQ(values.at(1).style, NumberStyle::kDate);
  EXPECT_EQ(values.at(2).style, NumberStyle::kPercent);
  EXPECT_EQ(values.at(3).style, NumberStyle::kDate);
  EXPECT_EQ(values.at(4).kind, CellKind::kBoolean);
  EXPECT_EQ(values.at(5).kind, CellKind::kError);
  EXPECT_EQ(CellText(values.at(5)), "#N/A");
  EXPECT_EQ(grid->at(4).at(0).text, "x");

  const auto hidden = workbook->ReadSheet("Cachée", error);
  ASSERT_TRUE(hidden);
  EXPECT_EQ(hidden->at(1).at(0).text, "k");
  EXPECT_FALSE(workbook->ReadSheet("Absente", error));
  EXPECT_EQ(error.kind, ErrorKind::kNoSuchSheet);
  EXPECT_FALSE(workbook->ReadSheet(std::size_t{7}, error));
  EXPECT_EQ(error.kind, ErrorKind::kNoSuchSheet);
}

TEST(XlsxWorkbook, Date1904AndPrefixedElements) {
  auto entries = Unzip(MinimalXlsx({{"S", {{"c:45015"}}}}, {}, /*date1904=*/true));
  for (auto& [name, content] : entries) {
    if (name != "xl/worksheets/sheet1.xml") continue;
    // The same sheet with a namespace prefix, as some producers write it.
    std::string prefixed;
    for (std::size_t i = 0; i < content.size(); ++i) {
      prefixed += content[i];
      if (content[i] == '<' && i + 1 < content.size() && content[i + 1] != '?') {
        if (content[i + 1] == '/') {
          prefixed += '/';
          ++i;
        }
        prefixed += "x:";
      }
    }
    const auto ns = prefixed.find("xmlns=");
    prefixed.replace(ns, 6, "xmlns:x=");
    content = prefixed;
  }
  Error error;
  auto workbook = OpenWorkbook(MakeZip(entries), {}, error);
  ASSERT_TRUE(workbook) << error.message;
  EXPECT_TRUE(workbook->date1904());
  const auto grid = workbook->ReadSheet(std::size_t{0}, error);
  ASSERT_TRUE(grid) << error.message;
  EXPECT_EQ(grid->at(1).at(0).number, 45015);
  EXPECT_EQ(grid->at(1).at(0).style, NumberStyle::kDate);
}

TEST(XlsxWorkbook, EscapedCarriageReturns) {
  auto entries = Unzip(MinimalXlsx({{"S", {{"s:placeholder"}}}}));
  for (auto& [name, content] : entries) {
    if (name == "xl/sharedStrings.xml") content.replace(content.find("placeholder"), 11, "a_x000D_\nb");
  }
  Error error;
  auto workbook = OpenWorkbook(MakeZip(entries), {}, error);
  ASSERT_TRUE(workbook);
  const auto grid = workbook->ReadSheet(std::size_t{0}, error);
  ASSERT_TRUE(grid);
  EXPECT_EQ(grid->at(1).at(0).text, "a\r\nb");
}

TEST(XlsxWorkbook, NotAWorkbook) {
  EXPECT_EQ(OpenFailure("email;nom\n"), ErrorKind::kNotZip);
  EXPECT_EQ(OpenFailure(""), ErrorKind::kNotZip);
  EXPECT_EQ(OpenFailure(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + std::string(600, '\0')), ErrorKind::kLegacyXls);
  EXPECT_EQ(OpenFailure(MakeZip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}})),
            ErrorKind::kOpenDocument);
  EXPECT_EQ(OpenFailure(MakeZip({{"readme.txt", "bonjour"}})), ErrorKind::kNotXlsx);
  auto entries = Unzip(MinimalXlsx({{"S", {{"a"}}}}));
  for (auto& [name, content] : entries) {
    if (name == "_rels/.rels") content.replace(content.find("officeDocument\""), 15, "other\"");
  }
  EXPECT_EQ(OpenFailure(MakeZip(entries)), ErrorKind::kNoWorkbook);
}

TEST(XlsxWorkbook, TruncatedZip) {
  const std::string bytes = MinimalXlsx({{"S", {{"a", "b"}, {"c", "d"}}}});
  for (std::size_t keep : {bytes.size() / 2, bytes.size() - 10, std::size_t{30}}) {
    EXPECT_EQ(OpenFailure(bytes.substr(0, keep)), ErrorKind::kBrokenZip) << keep;
  }
}

TEST(XlsxWorkbook, CorruptedPartIsDamaged) {
  auto bytes = MakeZip(Unzip(MinimalXlsx({{"S", {{"a"}}}})), /*store=*/true);
  const auto at = bytes.find("<sheetData>");
  ASSERT_NE(at, std::string::npos);
  bytes[at + 3] = 'X';  // the stored data no longer matches its checksum
  const auto error = SheetFailure(bytes);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, ErrorKind::kDamaged);
  EXPECT_NE(error->message.find("endommagé"), std::string::npos);
}

TEST(XlsxWorkbook, BrokenSharedStringIndexIsDamage) {
  auto entries = Unzip(MinimalXlsx({{"S", {{"s:a"}}}}));
  for (auto& [name, content] : entries) {
    if (name == "xl/worksheets/sheet1.xml") content.replace(content.find("<v>0</v>"), 8, "<v>99</v>");
  }
  const auto error = SheetFailure(MakeZip(entries));
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, ErrorKind::kDamaged);
  EXPECT_NE(error->message.find("texte partagé inexistant"), std::string::npos) << error->message;
}

TEST(XlsxWorkbook, BadCellReference) {
  auto entries = Unzip(MinimalXlsx({{"S", {{"a"}}}}));
  for (auto& [name, content] : entries) {
    if (name == "xl/worksheets/sheet1.xml") content.replace(content.find("r=\"A1\""), 6, "r=\"A2\"");
  }
  const auto error = SheetFailure(MakeZip(entries));
  ASSERT_TRUE(error);
  EXPECT_NE(error->message.find("référence de cellule « A2 »"), std::string::npos) << error->message;
}

TEST(XlsxWorkbook, ZipBombStopsAtThePartLimit) {
  // 40 MiB of spaces inside the sheet compress to a few tens of kilobytes.
  auto entries = Unzip(MinimalXlsx({{"S", {{"a"}}}}));
  for (auto& [name, content] : entries) {
    if (name == "xl/worksheets/sheet1.xml") content.insert(content.find("<sheetData>"), std::string(40u << 20, ' '));
  }
  const std::string bomb = MakeZip(entries);
  ASSERT_LT(bomb.size(), 200000u);
  const auto error = SheetFailure(bomb);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, ErrorKind::kTooLarge);
}

TEST(XlsxWorkbook, TotalLimitCountsEveryRead) {
  const std::string bytes = MinimalXlsx({{"S", {{"a"}}}});
  Limits limits;
  limits.max_total_bytes = 6000;  // enough to open, not to read the sheet many times
  Error error;
  auto workbook = OpenWorkbook(bytes, limits, error);
  ASSERT_TRUE(workbook) << error.message;
  bool stopped = false;
  for (int i = 0; i < 100 && !stopped; ++i) stopped = !workbook->ReadSheet(std::size_t{0}, error);
  EXPECT_TRUE(stopped);
  EXPECT_EQ(error.kind, ErrorKind::kTooLarge);
}

TEST(XlsxWorkbook, TooManyEntriesOrCells) {
  testing::Entries entries;
  for (int i = 0; i < 1001; ++i) entries.emplace_back("x/" + std::to_string(i), "");
  EXPECT_EQ(OpenFailure(MakeZip(entries)), ErrorKind::kTooManyEntries);
  Limits small;
  small.max_entries = 3;
  EXPECT_EQ(OpenFailure(MinimalXlsx({{"S", {{"a"}}}}), small), ErrorKind::kTooManyEntries);

  Limits few_cells;
  few_cells.max_cells = 3;
  const auto error = SheetFailure(MinimalXlsx({{"S", {{"a", "b"}, {"c", "d"}}}}), few_cells);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, ErrorKind::kTooManyCells);
  EXPECT_FALSE(SheetFailure(MinimalXlsx({{"S", {{"a", "b"}, {"c"}}}}), few_cells));
}

}  // namespace
}  // namespace vigie::xlsx
