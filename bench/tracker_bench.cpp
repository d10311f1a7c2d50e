// The action-plan tracker (issue 4): writing the XLSX of a 60-item plan, and reading
// an uploaded one back and reconciling it with the plan (the upload's request path).

#include <benchmark/benchmark.h>

#include "tracker/reconcile.hpp"
#include "tracker/sample_plan.hpp"
#include "tracker/tracker_reader.hpp"
#include "tracker/tracker_writer.hpp"

namespace {

using vigie::tracker::ReadTracker;
using vigie::tracker::Reconcile;
using vigie::tracker::TrackerInput;
using vigie::tracker::WriteTracker;
namespace testing = vigie::tracker::testing;

TrackerInput SampleInput() {
  TrackerInput input;
  input.structure_id = "01JDQ8STRUCTURE00000000001";
  input.structure_name = "EHPAD « Les Tilleuls »";
  input.plan_key = "plan-01JDQ8STRUCTURE00000000001";
  input.generated_on = "2026-11-29";
  input.today = "2026-11-29";
  input.rows = testing::SamplePlanRows(60);
  input.guide = testing::SampleGuide();
  return input;
}

void BM_WriteTracker60(benchmark::State& state) {
  const auto input = SampleInput();
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string file = WriteTracker(input);
    bytes = file.size();
    benchmark::DoNotOptimize(file.data());
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_WriteTracker60)->Unit(benchmark::kMillisecond);

void BM_ReadAndReconcileTracker60(benchmark::State& state) {
  const auto input = SampleInput();
  auto edited = input;
  for (std::size_t i = 0; i < edited.rows.size(); i += 5) edited.rows[i].comment = "Relancé le 02/12.";
  const std::string file = WriteTracker(edited);
  for (auto _ : state) {
    const auto upload = ReadTracker(file, 5u << 20);
    const auto result = Reconcile(input.rows, upload, input.plan_key);
    benchmark::DoNotOptimize(result.items.data());
  }
}
BENCHMARK(BM_ReadAndReconcileTracker60)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
