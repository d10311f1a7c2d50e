#pragma once
// What locking a diagnostic adds to the structure's action plan. Every triggered
// measure becomes an item, unless the plan already holds an open item (to do or under
// way) for that measure: then that item keeps its follow-up and only takes the new
// priority, rank and horizon. A measure done or abandoned earlier that is triggered
// again comes back as a new item: the situation regressed.

#include <string>
#include <vector>

#include "diagnostic/prioritization.hpp"
#include "referential/model.hpp"

namespace vigie::actionplan {

struct OpenItem {
  std::string id;
  std::string measure_id;
  int priority = 4;
  int rank = 0;
  std::string horizon;
};

struct NewItem {
  std::string measure_id;
  int priority = 4;
  int rank = 0;
  std::string horizon;
  std::string owner;     // the first actor the measure names, as a role
  std::string due_date;  // the lock day plus the priority's horizon
};

struct Replanned {
  std::string item_id;
  int priority = 4;
  int rank = 0;
  std::string horizon;
};

struct PlanChanges {
  std::vector<NewItem> added;
  std::vector<Replanned> replanned;  // only items whose priority, rank or horizon moved
};

// `lock_day` is the Paris day of the lock, YYYY-MM-DD.
PlanChanges PlanFromDiagnostic(const referential::Referential& r,
                               const std::vector<diagnostic::PrioritizedMeasure>& priorities,
                               const std::vector<OpenItem>& open_items, const std::string& lock_day);

// Months given to act on a priority: P1 3, P2 6, P3 12, P4 24.
int HorizonMonths(int priority);
// "Direction", "Référent informatique", "Prestataire informatique", "Centre de ressources".
std::string ActorLabel(const std::string& who_code);

}  // namespace vigie::actionplan
