#pragma once
// Re-assessment: what changed between two diagnostics of a structure — score deltas
// per domain and global, measures no longer triggered (resolved) and newly triggered.

#include <optional>
#include <string>
#include <vector>

#include "diagnostic/answers.hpp"
#include "referential/model.hpp"

namespace vigie::diagnostic {

struct DomainDelta {
  std::string domain_id;
  std::optional<double> before;
  std::optional<double> after;
  std::optional<double> delta;  // after - before, when both exist
};

struct Comparison {
  std::optional<double> global_before;
  std::optional<double> global_after;
  std::vector<DomainDelta> domains;
  std::vector<std::string> resolved_measures;  // triggered before, not after
  std::vector<std::string> new_measures;       // triggered after, not before
  std::vector<std::string> remaining_measures;
};

Comparison Compare(const referential::Referential& r, const AnswerSet& before, const AnswerSet& after);

}  // namespace vigie::diagnostic
