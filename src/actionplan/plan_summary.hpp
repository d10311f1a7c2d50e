#pragma once
// Figures of an action plan that the plan page, the API and the deliverables show:
// counts by status and by priority, share done, overdue items.

#include <array>
#include <string>
#include <vector>

namespace vigie::actionplan {

struct ItemState {
  int priority = 4;        // 1..4
  std::string status;      // todo | doing | done | abandoned
  std::string due_date;    // YYYY-MM-DD or empty
  long long progress = 0;  // 0..100
};

// Open (to do or under way) with a due date before `today` (YYYY-MM-DD, Paris).
bool IsOverdue(const ItemState& item, const std::string& today);

struct PlanSummary {
  int total = 0;
  std::array<int, 4> by_status{};         // todo, doing, done, abandoned
  std::array<int, 4> open_by_priority{};  // P1..P4, open items only
  int overdue = 0;
  // Done among the items not abandoned, 0..1; 0 for an empty plan.
  double done_ratio = 0;
  // Mean progress of the items not abandoned, 0..100 (done counts 100).
  double mean_progress = 0;
};

PlanSummary Summarize(const std::vector<ItemState>& items, const std::string& today);

}  // namespace vigie::actionplan
