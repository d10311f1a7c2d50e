// vigie_document_samples DIR: renders the sample model's full report and synthesis
// into DIR/full.pdf and DIR/synthesis.pdf (used by pdf_documents_test.py).
// Also the quarterly awareness report of a sample structure, of a centre's portfolio
// and of a quarter without campaign: DIR/quarterly.pdf, quarterly_portfolio.pdf and
// quarterly_empty.pdf.

#include <fstream>
#include <iostream>
#include <string>

#include "pdf/render.hpp"
#include "sample_report_model.hpp"

namespace {

bool WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

using vigie::awareness::FunnelCounts;

FunnelCounts Funnel(long long targeted, long long sent, long long opened, long long clicked,
                    long long submitted, long long reported, long long scanner_hits = 0) {
  return {targeted, sent, opened, clicked, submitted, reported, scanner_hits};
}

// A structure's fourth quarter of 2026: 52 people, two campaigns (one advanced), a
// trend over four quarters with one empty, two sites and an annex of 2 people, three
// services. `targeted` counts people, the other figures messages.
vigie::awareness::QuarterlyReportInput SampleQuarter() {
  vigie::awareness::QuarterlyReportInput in;
  in.scope_name = "EHPAD Les Tilleuls & Les Acacias";
  in.quarter_label = "T4 2026";
  in.generated_at = 1799150400;  // 2027-01-05
  in.campaigns = {{"Colis d’octobre", "Avis de passage : colis non livré", "simple", 1, 1791100800,
                   1792310400, Funnel(52, 51, 24, 12, 0, 5, 14)},
                  {"Planning de nuit", "Modification du planning de nuit", "advanced", 2,
                   1794000000, 1795200000, Funnel(52, 50, 27, 14, 6, 7, 9)}};
  in.total = Funnel(52, 101, 51, 26, 6, 12, 23);
  in.trend = {{"T1 2026", Funnel(40, 40, 22, 13, 0, 2)},
              {"T2 2026", Funnel(0, 0, 0, 0, 0, 0)},
              {"T3 2026", Funnel(49, 49, 20, 8, 2, 6)},
              {"T4 2026", in.total}};
  in.by_site = {{"Site Les Tilleuls", Funnel(31, 60, 31, 19, 5, 5)},
                {"Site Les Acacias", Funnel(19, 38, 19, 7, 1, 7)},
                {"Annexe administrative", Funnel(2, 3, 1, 0, 0, 0)}};
  in.by_department = {{"Soins", Funnel(29, 57, 30, 19, 4, 4)},
                      {"Hébergement et restauration", Funnel(14, 27, 13, 5, 1, 3)},
                      {"Administration", Funnel(9, 17, 8, 2, 1, 5)}};
  in.repeat_clickers = 4;
  return in;
}

vigie::awareness::QuarterlyReportInput SamplePortfolio() {
  auto in = SampleQuarter();
  in.portfolio = true;
  in.scope_name = "Centre régional de ressources cyber Bourgogne-Franche-Comté";
  in.by_structure = {{"EHPAD Les Tilleuls & Les Acacias", Funnel(52, 101, 51, 26, 6, 12)},
                     {"IME Les Sources", Funnel(4, 4, 2, 1, 0, 1)},
                     {"FAM Le Verger", Funnel(31, 30, 11, 3, 0, 9)},
                     {"SSIAD du Val", Funnel(22, 22, 9, 6, 1, 2)}};
  in.total = Funnel(109, 157, 73, 36, 7, 24, 31);
  in.by_site.clear();  // sites belong to structures: the portfolio shows services
  in.by_department = {{"Soins", Funnel(60, 88, 42, 26, 5, 10)},
                      {"Hébergement et restauration", Funnel(29, 40, 18, 7, 1, 6)},
                      {"Administration", Funnel(20, 29, 13, 3, 1, 8)}};
  in.trend.back().counts = in.total;
  return in;
}

bool WriteQuarterlySamples(const std::string& dir) {
  vigie::awareness::QuarterlyReportInput empty;
  empty.scope_name = "EHPAD Les Tilleuls & Les Acacias";
  empty.quarter_label = "T1 2027";
  empty.generated_at = 1806969600;  // 2027-04-06
  empty.trend = SampleQuarter().trend;
  empty.trend.push_back({"T1 2027", {}});
  return WriteFile(dir + "/quarterly.pdf",
                   vigie::pdf::RenderQuarterlyAwarenessReport(SampleQuarter())) &&
         WriteFile(dir + "/quarterly_portfolio.pdf",
                   vigie::pdf::RenderQuarterlyAwarenessReport(SamplePortfolio())) &&
         WriteFile(dir + "/quarterly_empty.pdf", vigie::pdf::RenderQuarterlyAwarenessReport(empty));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: vigie_document_samples OUTPUT_DIRECTORY\n";
    return 2;
  }
  const std::string dir = argv[1];
  const auto model = vigie::testing::SampleReportModel();
  if (!WriteFile(dir + "/full.pdf", vigie::pdf::RenderFullReport(model)) ||
      !WriteFile(dir + "/synthesis.pdf", vigie::pdf::RenderSynthesis(model))) {
    std::cerr << "cannot write into " << dir << "\n";
    return 1;
  }
  if (!WriteQuarterlySamples(dir)) {
    std::cerr << "cannot write the quarterly samples into " << dir << "\n";
    return 1;
  }
  return 0;
}
