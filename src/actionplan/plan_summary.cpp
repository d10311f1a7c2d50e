#include "actionplan/plan_summary.hpp"

#include "actionplan/follow_up.hpp"

namespace vigie::actionplan {

bool IsOverdue(const ItemState& item, const std::string& today) {
  // ISO dates compare as text.
  return IsOpen(item.status) && !item.due_date.empty() && item.due_date < today;
}

PlanSummary Summarize(const std::vector<ItemState>& items, const std::string& today) {
  PlanSummary s;
  int counted = 0;
  double progress = 0;
  for (const auto& item : items) {
    ++s.total;
    const auto status = ParseStatus(item.status).value_or(Status::kTodo);
    ++s.by_status[static_cast<std::size_t>(status)];
    if (IsOpen(item.status) && item.priority >= 1 && item.priority <= 4) {
      ++s.open_by_priority[static_cast<std::size_t>(item.priority - 1)];
    }
    if (IsOverdue(item, today)) ++s.overdue;
    if (status != Status::kAbandoned) {
      ++counted;
      progress += status == Status::kDone ? 100.0 : static_cast<double>(item.progress);
    }
  }
  if (counted > 0) {
    s.done_ratio = static_cast<double>(s.by_status[static_cast<std::size_t>(Status::kDone)]) / counted;
    s.mean_progress = progress / counted;
  }
  return s;
}

}  // namespace vigie::actionplan
