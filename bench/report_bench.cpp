// Rendering the two PDF deliverables of a full diagnostic (issue 4): the sample model
// of tests/documents (15 domains, ~150 findings, 60 measures, 60 plan rows).

#include <benchmark/benchmark.h>

#include "charts/charts.hpp"
#include "pdf/render.hpp"
#include "sample_report_model.hpp"

namespace {

void BM_RenderFullReport(benchmark::State& state) {
  const auto model = vigie::testing::SampleReportModel();
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string pdf = vigie::pdf::RenderFullReport(model);
    bytes = pdf.size();
    benchmark::DoNotOptimize(pdf.data());
  }
  state.counters["pdf_kB"] = static_cast<double>(bytes) / 1000.0;
}
BENCHMARK(BM_RenderFullReport)->Unit(benchmark::kMillisecond);

void BM_RenderSynthesis(benchmark::State& state) {
  const auto model = vigie::testing::SampleReportModel();
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string pdf = vigie::pdf::RenderSynthesis(model);
    bytes = pdf.size();
    benchmark::DoNotOptimize(pdf.data());
  }
  state.counters["pdf_kB"] = static_cast<double>(bytes) / 1000.0;
}
BENCHMARK(BM_RenderSynthesis)->Unit(benchmark::kMillisecond);

// The web restitution's radar (SVG through the same chart code).
void BM_RadarSvg(benchmark::State& state) {
  const auto model = vigie::testing::SampleReportModel();
  std::vector<vigie::charts::RadarAxis> axes;
  for (const auto& domain : model.domains) axes.push_back({domain.title, domain.score});
  for (auto _ : state)
    benchmark::DoNotOptimize(vigie::charts::RadarSvg(axes, 896, 560, {.font_size = 13}));
}
BENCHMARK(BM_RadarSvg)->Unit(benchmark::kMillisecond);

}  // namespace
