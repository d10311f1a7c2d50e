#include "actionplan/plan_builder.hpp"

#include <map>

#include "actionplan/follow_up.hpp"

namespace vigie::actionplan {

int HorizonMonths(int priority) {
  switch (priority) {
    case 1: return 3;
    case 2: return 6;
    case 3: return 12;
    default: return 24;
  }
}

std::string ActorLabel(const std::string& who_code) {
  if (who_code == "direction") return "Direction";
  if (who_code == "referent") return "Référent informatique";
  if (who_code == "prestataire") return "Prestataire informatique";
  if (who_code == "centre") return "Centre de ressources";
  return who_code;
}

PlanChanges PlanFromDiagnostic(const referential::Referential& r,
                               const std::vector<diagnostic::PrioritizedMeasure>& priorities,
                               const std::vector<OpenItem>& open_items, const std::string& lock_day) {
  std::map<std::string, const OpenItem*> open_by_measure;
  for (const auto& item : open_items) open_by_measure.emplace(item.measure_id, &item);
  PlanChanges changes;
  for (const auto& p : priorities) {
    auto open = open_by_measure.find(p.measure_id);
    if (open != open_by_measure.end()) {
      const OpenItem& item = *open->second;
      if (item.priority != p.priority || item.rank != p.rank || item.horizon != p.horizon) {
        changes.replanned.push_back({item.id, p.priority, p.rank, p.horizon});
      }
      continue;
    }
    const auto* measure = r.FindMeasure(p.measure_id);
    NewItem item;
    item.measure_id = p.measure_id;
    item.priority = p.priority;
    item.rank = p.rank;
    item.horizon = p.horizon;
    item.owner = measure && !measure->who.empty() ? ActorLabel(measure->who.front()) : "";
    item.due_date = AddMonths(lock_day, HorizonMonths(p.priority));
    changes.added.push_back(std::move(item));
  }
  return changes;
}

}  // namespace vigie::actionplan
