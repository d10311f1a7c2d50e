// The import of a staff list (issue 5, "Recipients"): checking a CSV and an XLSX of
// 20 000 people against a group that already holds 1 000 of them, which is the
// request path of the import's preview and of its application.

#include <benchmark/benchmark.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>

#include "awareness/recipient_import.hpp"

namespace {

using vigie::awareness::ImportContext;
using vigie::awareness::ParseRecipients;

constexpr int kPeople = 20000;

std::string Person(int i, char separator) {
  const std::string s(1, separator);
  return "agent" + std::to_string(i) + "@ehpad-exemple.fr" + s + "Prénom" + std::to_string(i) + s + "Nom " +
         std::to_string(i) + s + (i % 2 ? "Bâtiment principal" : "Annexe") + s + "Soins" + s + "Aide-soignante";
}

std::string Csv() {
  std::string csv = "\xEF\xBB\xBF" "Adresse électronique;Prénom;Nom;Site;Service;Famille de métier\r\n";
  for (int i = 0; i < kPeople; ++i) csv += Person(i, ';') + "\r\n";
  return csv;
}

std::string Xlsx() {
  char path[] = "/tmp/vigie-bench-XXXXXX";
  const int fd = mkstemp(path);
  close(fd);
  lxw_workbook* book = workbook_new(path);
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Destinataires");
  const char* headers[] = {"Adresse électronique", "Prénom", "Nom", "Site", "Service", "Famille de métier"};
  for (lxw_col_t c = 0; c < 6; ++c) worksheet_write_string(sheet, 0, c, headers[c], nullptr);
  for (int i = 0; i < kPeople; ++i) {
    const auto row = static_cast<lxw_row_t>(i + 1);
    worksheet_write_string(sheet, row, 0, ("agent" + std::to_string(i) + "@ehpad-exemple.fr").c_str(), nullptr);
    worksheet_write_string(sheet, row, 1, ("Prénom" + std::to_string(i)).c_str(), nullptr);
    worksheet_write_string(sheet, row, 2, ("Nom " + std::to_string(i)).c_str(), nullptr);
    worksheet_write_string(sheet, row, 3, i % 2 ? "Bâtiment principal" : "Annexe", nullptr);
    worksheet_write_string(sheet, row, 4, "Soins", nullptr);
    worksheet_write_string(sheet, row, 5, "Aide-soignante", nullptr);
  }
  workbook_close(book);
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::remove(path);
  return bytes;
}

ImportContext Context() {
  ImportContext ctx;
  ctx.known_sites = {"Bâtiment principal", "Annexe"};
  for (int i = 0; i < 1000; ++i) ctx.existing_emails.push_back("agent" + std::to_string(i) + "@ehpad-exemple.fr");
  return ctx;
}

void Import(benchmark::State& state, const std::string& bytes, const char* name) {
  const auto ctx = Context();
  for (auto _ : state) {
    auto result = ParseRecipients(bytes, name, ctx);
    if (!result.ok() || result.rows.size() != kPeople) state.SkipWithError("the sample list did not import");
    benchmark::DoNotOptimize(result);
  }
  state.counters["people"] = kPeople;
  state.counters["kB"] = static_cast<double>(bytes.size()) / 1000.0;
}

void BM_ImportCsv20k(benchmark::State& state) { Import(state, Csv(), "liste.csv"); }
void BM_ImportXlsx20k(benchmark::State& state) { Import(state, Xlsx(), "liste.xlsx"); }

BENCHMARK(BM_ImportCsv20k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportXlsx20k)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
