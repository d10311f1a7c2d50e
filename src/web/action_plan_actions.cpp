#include "web/action_plan_actions.hpp"

#include <algorithm>

#include "actionplan/plan_builder.hpp"
#include "auth/audit_log.hpp"
#include "core/french_format.hpp"
#include "crypto/random.hpp"
#include "diagnostic/prioritization.hpp"
#include "referential/loader.hpp"

namespace vigie::web {

std::size_t AddDiagnosticToPlan(storage::Session& s, const referential::Referential& r,
                                const storage::DiagnosticRecord& d, const diagnostic::AnswerSet& answers,
                                long long now, const std::string& by) {
  std::vector<actionplan::OpenItem> open;
  for (const auto& item : storage::ListActionItems(s, d.structure_id)) {
    if (actionplan::IsOpen(item.status)) {
      open.push_back({item.id, item.measure_id, static_cast<int>(item.priority), static_cast<int>(item.rank), item.horizon});
    }
  }
  const auto changes =
      actionplan::PlanFromDiagnostic(r, diagnostic::Prioritize(r, answers), open, core::FormatIsoDateParis(now));
  std::size_t added = 0;
  for (const auto& n : changes.added) {
    storage::ActionItemRecord item;
    item.id = crypto::NewId();
    item.structure_id = d.structure_id;
    item.region_id = d.region_id;
    item.source = "diagnostic";
    item.source_id = d.id;
    item.measure_id = n.measure_id;
    item.priority = n.priority;
    item.rank = n.rank;
    item.horizon = n.horizon;
    item.owner = n.owner;
    item.due_date = n.due_date;
    item.status = "todo";
    item.created_at = item.updated_at = now;
    if (storage::InsertActionItem(s, item)) ++added;
  }
  for (const auto& moved : changes.replanned) {
    storage::ReplanActionItem(s, moved.item_id, moved.priority, moved.rank, moved.horizon, now, by, crypto::NewId());
  }
  return added;
}

storage::ActionItemRecord ActionItemOfPath(Context& ctx) {
  std::optional<storage::ActionItemRecord> item;
  ctx.services.db.Run([&](storage::Session& s) { item = storage::FindActionItem(s, ctx.request.Param("id")); });
  if (!item) throw core::AppError::NotFound("Cette action n'existe pas.");
  return *item;
}

tenancy::Scope ActionItemScopeOfPath(Context& ctx) {
  const auto item = ActionItemOfPath(ctx);
  return {item.region_id, item.structure_id};
}

std::string TodayParis(const Context& ctx) { return core::FormatIsoDateParis(ctx.services.clock.Now()); }

actionplan::ItemState StateOf(const storage::ActionItemRecord& item) {
  return {static_cast<int>(item.priority), item.status, item.due_date, item.progress};
}

std::vector<storage::ActionItemRecord> PlanView(std::vector<storage::ActionItemRecord> items, const std::string& view,
                                                const std::string& today) {
  if (view == "overdue") {
    std::erase_if(items, [&](const auto& i) { return !actionplan::IsOverdue(StateOf(i), today); });
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.due_date < b.due_date; });
  } else if (view == "owner") {
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
      if (a.owner.empty() != b.owner.empty()) return b.owner.empty();
      return a.owner < b.owner;
    });
  }
  return items;  // "priority": the stored order (priority, rank)
}

View ActionPlanDigest(Context& ctx, const tenancy::Scope& structure, std::size_t next_count) {
  if (!tenancy::Allows(ctx.Principal(), tenancy::Action::kViewActionPlan, structure)) return View(false);
  std::vector<storage::ActionItemRecord> items;
  ctx.services.db.Run([&](storage::Session& s) { items = storage::ListActionItems(s, structure.structure_id); });
  const std::string today = TodayParis(ctx);
  std::vector<actionplan::ItemState> states;
  for (const auto& i : items) states.push_back(StateOf(i));
  const auto summary = actionplan::Summarize(states, today);
  View plan = Object();
  plan.set("structure_id", structure.structure_id);
  plan.set("total", std::to_string(summary.total));
  plan.set("done", core::FormatPercent(summary.done_ratio));
  plan.set("overdue", std::to_string(summary.overdue));
  plan.set("has_overdue", summary.overdue > 0);
  plan.set("empty", summary.total == 0);
  std::vector<const storage::ActionItemRecord*> open;
  for (const auto& i : items) {
    if (actionplan::IsOpen(i.status)) open.push_back(&i);
  }
  std::stable_sort(open.begin(), open.end(), [](const auto* a, const auto* b) {
    if (a->due_date.empty() != b->due_date.empty()) return b->due_date.empty();
    return a->due_date < b->due_date;
  });
  View next = List();
  const auto& r = referential::EmbeddedReferential();
  for (std::size_t k = 0; k < open.size() && k < next_count; ++k) {
    const auto* m = r.FindMeasure(open[k]->measure_id);
    View v = Object();
    v.set("id", open[k]->id);
    v.set("title", m ? m->title : open[k]->measure_id);
    v.set("due", open[k]->due_date.empty() ? std::string("sans échéance") : "échéance " + FrenchDay(open[k]->due_date));
    v.set("overdue", actionplan::IsOverdue(StateOf(*open[k]), today));
    next.push_back(v);
  }
  plan.set("has_next", !open.empty());
  plan.set("next", next);
  return plan;
}

std::string FrenchDay(const std::string& iso) {
  if (iso.size() != 10) return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

namespace {

std::string ChangedFields(const storage::ActionItemRecord& before, const actionplan::FollowUp& after) {
  std::string out;
  auto add = [&](bool changed, const char* label) {
    if (changed) out += (out.empty() ? "" : ", ") + std::string(label);
  };
  add(before.owner != after.owner, "responsable");
  add(before.due_date != after.due_date, "échéance");
  add(before.status != after.status, "statut");
  add(before.abandon_reason != after.abandon_reason, "motif d'abandon");
  add(before.progress != after.progress, "avancement");
  add(before.comment != after.comment, "commentaire");
  return out;
}

}  // namespace

ItemUpdate UpdateActionItemFollowUp(Context& ctx, const std::string& id, actionplan::FollowUp follow_up,
                                    long long expected_revision) {
  auto errors = actionplan::ValidateFollowUp(follow_up);
  if (!errors.empty()) throw core::AppError::Invalid("Le suivi de cette action n'a pas été enregistré.", errors);
  const auto& who = ctx.Who().user;
  ItemUpdate result;
  ctx.services.db.Transact([&](storage::Session& s) {
    auto current = storage::FindActionItem(s, id);
    if (!current) throw core::AppError::NotFound("Cette action n'existe pas.");
    const std::string changed = ChangedFields(*current, follow_up);
    storage::ActionItemRecord next = *current;
    next.owner = follow_up.owner;
    next.due_date = follow_up.due_date;
    next.status = follow_up.status;
    next.abandon_reason = follow_up.abandon_reason;
    next.progress = follow_up.progress;
    next.comment = follow_up.comment;
    const auto by = who.display_name.empty() ? who.email : who.display_name;
    const auto outcome = storage::UpdateActionItem(s, next, expected_revision, ctx.services.clock.Now(), by, crypto::NewId());
    result.conflict = outcome == storage::UpdateOutcome::kConflict;
    if (outcome == storage::UpdateOutcome::kUpdated && !changed.empty()) {
      auth::RecordAudit(s, ctx.services.clock,
                        {who.id, who.email, "action_item.updated", "action_item", id, current->region_id,
                         current->structure_id, "Suivi modifié : " + changed});
    }
    result.item = *storage::FindActionItem(s, id);
  });
  return result;
}

}  // namespace vigie::web
