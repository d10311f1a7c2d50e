// ReadTracker on bad files and on workbooks other spreadsheets may produce.

#include <gtest/gtest.h>

#include "tracker/cell_values.hpp"
#include "tracker/sample_plan.hpp"
#include "tracker/tracker_reader.hpp"
#include "tracker/tracker_writer.hpp"
#include "tracker/xlsx_test_files.hpp"

namespace vigie::tracker {
namespace {

using testing::MinimalXlsx;
using testing::TestSheet;

constexpr std::size_t kMax = 5u << 20;

std::string OnlyError(const TrackerUpload& upload) {
  EXPECT_EQ(upload.errors.size(), 1u);
  EXPECT_TRUE(upload.rows.empty());
  return upload.errors.empty() ? "" : FormatError(upload.errors[0]);
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string ValidTracker() {
  TrackerInput input;
  input.plan_key = "k";
  input.rows = testing::SamplePlanRows(5);
  return WriteTracker(input);
}

// "Plan d'action" with the header and `rows`, plus the key as a defined name.
std::string PlanWorkbook(std::vector<std::vector<std::string>> rows, std::vector<std::string> header = testing::HeaderRow()) {
  rows.insert(rows.begin(), std::move(header));
  return MinimalXlsx({{"Plan d'action", rows}}, {{"VigiePlanKey", "\"k\""}});
}

TEST(TrackerReader, NotAnXlsx) {
  EXPECT_TRUE(Contains(OnlyError(ReadTracker("id;statut\n1;Fait\n", kMax)), "n'est pas un classeur Excel (.xlsx)"));
  EXPECT_TRUE(Contains(OnlyError(ReadTracker("", kMax)), "vide"));
  EXPECT_TRUE(Contains(OnlyError(ReadTracker(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + std::string(600, '\0'), kMax)),
                       "Excel 97-2003 (.xls)"));
  EXPECT_TRUE(Contains(OnlyError(ReadTracker(testing::MakeZip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}}), kMax)),
                       "OpenDocument (.ods)"));
  EXPECT_TRUE(Contains(OnlyError(ReadTracker(testing::MakeZip({{"readme.txt", "bonjour"}}), kMax)), "n'est pas un classeur"));
}

TEST(TrackerReader, TruncatedZip) {
  const std::string bytes = ValidTracker();
  for (std::size_t keep : {bytes.size() / 2, bytes.size() - 10, std::size_t{30}}) {
    EXPECT_TRUE(Contains(OnlyError(ReadTracker(bytes.substr(0, keep), kMax)), "incomplet ou endommagé")) << keep << " " << FormatError(ReadTracker(bytes.substr(0, keep), kMax).errors.at(0));
  }
}

TEST(TrackerReader, TooLarge) {
  const std::string bytes = ValidTracker();
  const std::string message = OnlyError(ReadTracker(bytes, 1000));
  EXPECT_TRUE(Contains(message, "trop volumineux")) << message;
  EXPECT_TRUE(Contains(message, "1 Ko")) << message;
}

TEST(TrackerReader, ZipBombStopsAtThePartLimit) {
  // 40 MiB of spaces inside the sheet compress to a few tens of kilobytes.
  auto entries = testing::Unzip(PlanWorkbook({}));
  for (auto& [name, content] : entries) {
    if (name == "xl/worksheets/sheet1.xml") content.insert(content.find("<sheetData>"), std::string(40u << 20, ' '));
  }
  const std::string bomb = testing::MakeZip(entries);
  ASSERT_LT(bomb.size(), 200000u);
  EXPECT_TRUE(Contains(OnlyError(ReadTracker(bomb, kMax)), "trop volumineux une fois décompressé"));
}

TEST(TrackerReader, TooManyEntries) {
  testing::Entries entries;
  for (int i = 0; i < 1001; ++i) entries.emplace_back("x/" + std::to_string(i), "");
  EXPECT_TRUE(Contains(OnlyError(ReadTracker(testing::MakeZip(entries), kMax)), "trop d'éléments"));
}

TEST(TrackerReader, MissingSheetColumnOrKey) {
  const auto no_sheet = ReadTracker(MinimalXlsx({{"Feuil1", {{"a", "b"}}}}, {{"VigiePlanKey", "\"k\""}}), kMax);
  EXPECT_TRUE(Contains(OnlyError(no_sheet), "« Plan d'action » est introuvable"));

  const auto no_header = ReadTracker(MinimalXlsx({{"Plan d'action", {{"a", "b"}}}}, {{"VigiePlanKey", "\"k\""}}), kMax);
  EXPECT_TRUE(Contains(OnlyError(no_header), "ligne d'en-tête"));
  EXPECT_EQ(no_header.errors[0].sheet, "Plan d'action");

  auto header = testing::HeaderRow();
  header[static_cast<std::size_t>(Column::kStatus)] = "État";
  const auto no_status = ReadTracker(PlanWorkbook({{"id1"}}, header), kMax);
  const std::string message = OnlyError(no_status);
  EXPECT_TRUE(Contains(message, "« Statut » est introuvable")) << message;
  EXPECT_EQ(no_status.errors[0].header, "Statut");

  const auto no_key = ReadTracker(MinimalXlsx({{"Plan d'action", {testing::HeaderRow()}}}), kMax);
  EXPECT_TRUE(Contains(OnlyError(no_key), "clé de son plan"));
}

TEST(TrackerReader, DuplicateColumn) {
  auto header = testing::HeaderRow();
  header.push_back("statut");
  const auto upload = ReadTracker(PlanWorkbook({}, header), kMax);
  EXPECT_TRUE(Contains(OnlyError(upload), "apparaît deux fois (colonnes K et O)"));
}

TEST(TrackerReader, ColumnsFoundByHeaderWhereverTheyAre) {
  // Reordered, other spellings, a title row above, an extra column, typed cells.
  const std::vector<std::vector<std::string>> rows = {
      {"Mon suivi"},
      {},
      {"Notes", "STATUT", "identifiant vigie", "avancement", "echeance", "Responsable", "commentaire",
       "Motif d’abandon"},
      {"x", "s:fait", "s:id-1", "p:0.4", "d:46477", "r:Mme |Durand", "s:a & b < c", ""},
      {"", "en cours", "id-2", "n:55", "31/03/2027", "n:12", "e:#N/A", ""},
      {"", "", "", "", "", "", "", ""},
      {"", "b:1", "id-3", "n:40.5", "2027-02-30", "", "", "pas utile"},
  };
  const auto upload = ReadTracker(MinimalXlsx({{"Suivi", {{"autre"}}}, {"Plan d’action", rows}},
                                              {{"VigiePlanKey", "=\"k\"\"2\""}}),
                                  kMax);
  ASSERT_TRUE(upload.ok()) << FormatError(upload.errors[0]);
  EXPECT_EQ(upload.plan_key, "k\"2");
  EXPECT_EQ(upload.sheet, "Plan d’action");
  EXPECT_EQ(upload.letters[static_cast<std::size_t>(Column::kStatus)], "B");
  EXPECT_EQ(upload.letters[static_cast<std::size_t>(Column::kProgress)], "D");
  EXPECT_EQ(upload.letters[static_cast<std::size_t>(Column::kMeasure)], "");
  ASSERT_EQ(upload.rows.size(), 3u);
  const auto& first = upload.rows[0];
  EXPECT_EQ(first.row, 4);
  EXPECT_EQ(StatusOf(upload.Cell(first, Column::kStatus)), actionplan::Status::kDone);
  EXPECT_EQ(ProgressOf(upload.Cell(first, Column::kProgress)), 40);
  EXPECT_EQ(DueDateOf(upload.Cell(first, Column::kDueDate)), "2027-03-31");
  EXPECT_EQ(TextOf(upload.Cell(first, Column::kOwner)), "Mme Durand");
  EXPECT_EQ(TextOf(upload.Cell(first, Column::kComment)), "a & b < c");
  const auto& second = upload.rows[1];
  EXPECT_EQ(DueDateOf(upload.Cell(second, Column::kDueDate)), "2027-03-31");
  EXPECT_EQ(TextOf(upload.Cell(second, Column::kOwner)), "12");
  EXPECT_EQ(upload.Cell(second, Column::kComment).kind, CellKind::kError);
  const auto& third = upload.rows[2];
  EXPECT_EQ(third.row, 7);
  EXPECT_EQ(upload.Cell(third, Column::kStatus).kind, CellKind::kBoolean);
  EXPECT_EQ(ProgressOf(upload.Cell(third, Column::kProgress)), std::nullopt);
  EXPECT_EQ(DueDateOf(upload.Cell(third, Column::kDueDate)), std::nullopt);
}

TEST(TrackerReader, Dates1904AndKeyFromHiddenSheet) {
  const auto upload = ReadTracker(
      MinimalXlsx({{"Plan d'action", {testing::HeaderRow(), {"id-1", "", "", "", "", "", "", "", "", "c:45015"}}},
                   {"Vigie", {{"Ne pas modifier"}, {}, {"Clé du plan", "s:clé-42"}}, true}},
                  {}, /*date1904=*/true),
      kMax);
  ASSERT_TRUE(upload.ok()) << FormatError(upload.errors[0]);
  EXPECT_EQ(upload.plan_key, "clé-42");
  EXPECT_TRUE(upload.date1904);
  ASSERT_EQ(upload.rows.size(), 1u);
  EXPECT_EQ(DueDateOf(upload.Cell(upload.rows[0], Column::kDueDate), upload.date1904), "2027-03-31");
}

}  // namespace
}  // namespace vigie::tracker
