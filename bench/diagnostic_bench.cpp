// Scoring and prioritization of a complete diagnostic on the shipped referential
// (issue 3's benchmark), and loading the referential itself.

#include <benchmark/benchmark.h>

#include "diagnostic/prioritization.hpp"
#include "diagnostic/scoring.hpp"
#include "referential/loader.hpp"

namespace {

using vigie::diagnostic::Answer;
using vigie::diagnostic::AnswerSet;

AnswerSet CompleteAnswers(const vigie::referential::Referential& r) {
  AnswerSet set;
  set.context = {{"care", "medical"}, {"wifi_guests", "shared"}, {"directory", "ad"}, {"servers", "room"},
                 {"mail_service", "onprem"}, {"sites", "3"}};
  const int pattern[] = {0, 1, 2, 1, 0, 3, 2};
  for (std::size_t i = 0; i < r.questions.size(); ++i) set.answers[r.questions[i].id] = Answer::Level(pattern[i % 7]);
  return set;
}

void BM_ScoreCompleteDiagnostic(benchmark::State& state) {
  const auto& r = vigie::referential::EmbeddedReferential();
  const auto answers = CompleteAnswers(r);
  for (auto _ : state) benchmark::DoNotOptimize(vigie::diagnostic::Score(r, answers));
}
BENCHMARK(BM_ScoreCompleteDiagnostic)->Unit(benchmark::kMicrosecond);

void BM_PrioritizeCompleteDiagnostic(benchmark::State& state) {
  const auto& r = vigie::referential::EmbeddedReferential();
  const auto answers = CompleteAnswers(r);
  for (auto _ : state) benchmark::DoNotOptimize(vigie::diagnostic::Prioritize(r, answers));
}
BENCHMARK(BM_PrioritizeCompleteDiagnostic)->Unit(benchmark::kMicrosecond);

void BM_LoadReferentialFromDisk(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(vigie::referential::LoadReferentialFromDirectory(VIGIE_REFERENTIAL_DIR));
  }
}
BENCHMARK(BM_LoadReferentialFromDisk)->Unit(benchmark::kMillisecond);

}  // namespace
