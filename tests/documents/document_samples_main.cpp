// vigie_document_samples DIR: renders the sample model's full report and synthesis
// into DIR/full.pdf and DIR/synthesis.pdf (used by pdf_documents_test.py).

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
  return 0;
}
