// Pages of the action plan: the structure's plan with its three views (by priority,
// by owner, overdue) and one item's page with its measure, its follow-up form and its
// history. Writes go through action_plan_actions (shared with the API).

#include "actionplan/plan_builder.hpp"
#include "core/french_format.hpp"
#include "storage/tenancy_repository.hpp"
#include "web/action_plan_actions.hpp"
#include "web/diagnostic_actions.hpp"
#include "web/view_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using tenancy::Action;

std::string StatusLabelOf(const std::string& code) {
  const auto status = actionplan::ParseStatus(code);
  return status ? std::string(actionplan::StatusLabel(*status)) : code;
}

View ItemRow(const storage::ActionItemRecord& item, const std::string& today) {
  const auto* m = CurrentReferential().FindMeasure(item.measure_id);
  View v = Object();
  v.set("id", item.id);
  v.set("rank", std::to_string(item.rank));
  v.set("priority", "P" + std::to_string(item.priority));
  v.set("priority_class", "badge-p" + std::to_string(item.priority));
  v.set("title", m ? m->title : item.measure_id);
  v.set("owner", item.owner.empty() ? std::string("Non attribuée") : item.owner);
  v.set("due_date", item.due_date.empty() ? std::string("—") : FrenchDay(item.due_date));
  v.set("overdue", actionplan::IsOverdue(StateOf(item), today));
  v.set("status", StatusLabelOf(item.status));
  v.set("status_class", "badge-" + item.status);
  v.set("progress", std::to_string(item.progress));
  return v;
}

View SummaryView(const actionplan::PlanSummary& s) {
  View v = Object();
  v.set("total", std::to_string(s.total));
  v.set("done", core::FormatPercent(s.done_ratio));
  v.set("progress", std::to_string(static_cast<int>(s.mean_progress + 0.5)));
  v.set("overdue", std::to_string(s.overdue));
  v.set("has_overdue", s.overdue > 0);
  v.set("open_p1", std::to_string(s.open_by_priority[0]));
  v.set("todo", std::to_string(s.by_status[0]));
  v.set("doing", std::to_string(s.by_status[1]));
  v.set("done_count", std::to_string(s.by_status[2]));
  v.set("abandoned", std::to_string(s.by_status[3]));
  return v;
}

Response PlanPage(Context& ctx) {
  const auto st = StructureOfPath(ctx);
  const std::string vue = ctx.request.Query("vue");
  const std::string view = vue == "responsable" ? "owner" : vue == "retard" ? "overdue" : "priority";
  if (!vue.empty() && vue != "priorite" && vue != "responsable" && vue != "retard") {
    throw core::AppError::NotFound("Cette vue du plan d'action n'existe pas.");
  }
  std::vector<storage::ActionItemRecord> items;
  ctx.services.db.Run([&](storage::Session& s) { items = storage::ListActionItems(s, st.id); });
  const std::string today = TodayParis(ctx);
  std::vector<actionplan::ItemState> states;
  for (const auto& i : items) states.push_back(StateOf(i));
  View v = Object();
  v.set("structure_id", st.id);
  v.set("structure_name", st.name);
  v.set("summary", SummaryView(actionplan::Summarize(states, today)));
  v.set("view_priority", view == "priority");
  v.set("view_owner", view == "owner");
  v.set("view_overdue", view == "overdue");
  v.set("has_items", !items.empty());
  const tenancy::Scope scope{st.region_id, st.id};
  v.set("can_edit", tenancy::Allows(ctx.Principal(), Action::kEditActionPlan, scope));
  if (tenancy::Allows(ctx.Principal(), Action::kViewDiagnostic, scope)) {
    ctx.services.db.Run([&](storage::Session& s) {
      for (const auto& d : storage::ListDiagnostics(s, {}, st.id)) {
        if (d.status != "locked") continue;
        v.set("tracker_href", "/diagnostics/" + d.id + "/plan-action.xlsx");
        break;
      }
    });
  }
  // Groups: P1..P4 for the priority view, one per owner, one for the overdue view.
  View groups = List();
  std::string current_key;
  int group_count = 0;
  View group;
  View rows;
  auto flush = [&] {
    if (current_key.empty()) return;
    group.set("items", rows);
    groups.push_back(group);
  };
  for (const auto& item : PlanView(items, view, today)) {
    const std::string key = view == "priority" ? "P" + std::to_string(item.priority)
                            : view == "owner"  ? "o:" + item.owner
                                               : "late";
    if (key != current_key) {
      flush();
      current_key = key;
      group = Object();
      rows = List();
      const std::string title =
          view == "priority" ? "Priorité " + key.substr(1) + " — à engager sous " +
                                   std::to_string(actionplan::HorizonMonths(static_cast<int>(item.priority))) + " mois"
          : view == "owner" ? (item.owner.empty() ? std::string("Non attribuées") : item.owner)
                            : std::string("Actions en retard");
      group.set("title", title);
      group.set("heading_id", "groupe-" + std::to_string(group_count++));
    }
    rows.push_back(ItemRow(item, today));
  }
  flush();
  v.set("groups", groups);
  v.set("has_groups", !groups.is_empty_list());
  return ctx.Page("action_plan", "Plan d'action — " + st.name, v);
}

View FollowUpView(const actionplan::FollowUp& f) {
  View v = Object();
  v.set("owner", f.owner);
  v.set("due_date", f.due_date);
  v.set("abandon_reason", f.abandon_reason);
  v.set("progress", std::to_string(f.progress));
  v.set("comment", f.comment);
  View options = List();
  for (const auto s : actionplan::AllStatuses()) {
    options.push_back(Option(std::string(actionplan::StatusCode(s)), std::string(actionplan::StatusLabel(s)),
                             actionplan::StatusCode(s) == f.status));
  }
  v.set("statuses", options);
  return v;
}

actionplan::FollowUp FollowUpOf(const storage::ActionItemRecord& i) {
  return {i.owner, i.due_date, i.status, i.abandon_reason, i.progress, i.comment};
}

std::string FieldLabel(const std::string& field) {
  if (field == "owner") return "Responsable";
  if (field == "due_date") return "Échéance";
  if (field == "status") return "Statut";
  if (field == "abandon_reason") return "Motif d'abandon";
  if (field == "progress") return "Avancement";
  if (field == "comment") return "Commentaire";
  if (field == "priority") return "Priorité";
  if (field == "rank") return "Rang";
  if (field == "horizon") return "Horizon";
  return field;
}

std::string FieldValue(const std::string& field, const std::string& value) {
  if (value.empty()) return "(vide)";
  if (field == "status") return StatusLabelOf(value);
  if (field == "due_date") return FrenchDay(value);
  if (field == "progress") return value + "\u00A0%";
  if (field == "priority") return "P" + value;
  return value;
}

// The item page; `typed` and `errors` come back from a refused form, `conflict` when
// someone else saved first (the form then shows the stored values).
Response ItemPage(Context& ctx, const storage::ActionItemRecord& item, const actionplan::FollowUp& shown,
                  const std::vector<core::FieldError>& errors, const std::optional<actionplan::FollowUp>& conflict_typed,
                  int status) {
  const auto& r = CurrentReferential();
  const auto* m = r.FindMeasure(item.measure_id);
  View v = ErrorsView(errors);
  v.set("has_errors", !errors.empty());
  v.set("summary", "Le suivi n'a pas été enregistré");
  v.set("id", item.id);
  v.set("revision", std::to_string(item.revision));
  v.set("row", ItemRow(item, TodayParis(ctx)));
  v.set("horizon", item.horizon);
  if (m) {
    v.set("why", m->why);
    v.set("how", m->how);
    v.set("effort", m->effort);
    v.set("cost", m->cost == "0" ? std::string("Sans coût") : m->cost);
    std::string who;
    for (const auto& w : m->who) who += (who.empty() ? "" : ", ") + actionplan::ActorLabel(w);
    v.set("who", who);
    for (const auto& d : r.domains) {
      if (d.id == m->domain_id) v.set("domain", d.title);
    }
  }
  v.set("form", FollowUpView(shown));
  v.set("abandoned_shown", shown.status == "abandoned");
  const tenancy::Scope scope{item.region_id, item.structure_id};
  v.set("can_edit", tenancy::Allows(ctx.Principal(), Action::kEditActionPlan, scope));
  if (conflict_typed) {
    v.set("conflict", true);
    View typed = FollowUpView(*conflict_typed);
    typed.set("status_label", StatusLabelOf(conflict_typed->status));
    v.set("typed", typed);
  }
  View history = List();
  ctx.services.db.Run([&](storage::Session& s) {
    if (auto st = storage::FindStructure(s, item.structure_id)) {
      v.set("structure_name", st->name);
      v.set("structure_id", st->id);
    }
    if (item.source == "diagnostic") {
      if (auto d = storage::FindDiagnostic(s, item.source_id)) {
        v.set("source", "Diagnostic de maturité du " + core::FormatDate(d->created_at));
        if (tenancy::Allows(ctx.Principal(), Action::kViewDiagnostic, scope)) v.set("source_href", "/diagnostics/" + d->id);
      }
    }
    auto rows = storage::ListActionItemHistory(s, item.id);
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
      View h = Object();
      h.set("when", core::FormatDateTime(it->changed_at));
      h.set("by", it->changed_by);
      h.set("field", FieldLabel(it->field));
      h.set("old", FieldValue(it->field, it->old_value));
      h.set("new", FieldValue(it->field, it->new_value));
      history.push_back(h);
    }
  });
  v.set("history", history);
  v.set("has_history", !history.is_empty_list());
  v.set("created_at", core::FormatDate(item.created_at));
  return ctx.Page("action_item", m ? m->title : item.measure_id, v, status);
}

long long FormInteger(Context& ctx, const std::string& name, long long fallback) {
  const std::string text = tenancy::TrimCopy(ctx.request.FormValue(name));
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) return fallback;
  return std::stoll(text);
}

}  // namespace

void AddActionPlanRoutes(WebApp& app) {
  app.Add("GET", "/structures/{id:id}/plan-action", {Guard::kSignedIn, Action::kViewActionPlan, StructureScopeOfPath, PlanPage});
  app.Add("GET", "/plan-action/{id:id}", {Guard::kSignedIn, Action::kViewActionPlan, ActionItemScopeOfPath, [](Context& ctx) {
            const auto item = ActionItemOfPath(ctx);
            return ItemPage(ctx, item, FollowUpOf(item), {}, std::nullopt, 200);
          }});
  app.Add("POST", "/plan-action/{id:id}", {Guard::kSignedIn, Action::kEditActionPlan, ActionItemScopeOfPath, [](Context& ctx) {
            const auto item = ActionItemOfPath(ctx);
            actionplan::FollowUp typed{ctx.request.FormValue("owner"), ctx.request.FormValue("due_date"),
                                       ctx.request.FormValue("status"), ctx.request.FormValue("abandon_reason"),
                                       FormInteger(ctx, "progress", -1), ctx.request.FormValue("comment")};
            try {
              const auto result = UpdateActionItemFollowUp(ctx, item.id, typed, FormInteger(ctx, "revision", 0));
              if (result.conflict) return ItemPage(ctx, result.item, FollowUpOf(result.item), {}, typed, 409);
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              return ItemPage(ctx, item, typed, e.fields(), std::nullopt, 422);
            }
            return ctx.RedirectWithFlash("/structures/" + item.structure_id + "/plan-action", "success",
                                         "Suivi de l’action enregistré.");
          }});
}

}  // namespace vigie::web
