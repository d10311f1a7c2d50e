// JSON API of the action plan: a structure's plan (with its summary and the views
// "priority", "owner", "overdue"), one item with its measure and history, and the
// follow-up update (PATCH with the item's revision: 409 with the stored item when
// someone else saved first).

#include <nlohmann/json.hpp>

#include "actionplan/plan_builder.hpp"
#include "core/french_format.hpp"
#include "web/action_plan_actions.hpp"
#include "web/api_helpers.hpp"
#include "web/diagnostic_actions.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using nlohmann::json;
using tenancy::Action;

json ItemJson(const storage::ActionItemRecord& i, const std::string& today) {
  const auto* m = CurrentReferential().FindMeasure(i.measure_id);
  const auto status = actionplan::ParseStatus(i.status);
  return {{"id", i.id},
          {"structure_id", i.structure_id},
          {"source", i.source},
          {"source_id", i.source_id},
          {"measure", {{"id", i.measure_id}, {"title", m ? m->title : ""}, {"domain", m ? m->domain_id : ""}}},
          {"priority", "P" + std::to_string(i.priority)},
          {"rank", i.rank},
          {"horizon", i.horizon},
          {"owner", i.owner},
          {"due_date", i.due_date.empty() ? json(nullptr) : json(i.due_date)},
          {"status", i.status},
          {"status_label", status ? std::string(actionplan::StatusLabel(*status)) : i.status},
          {"abandon_reason", i.abandon_reason},
          {"progress", i.progress},
          {"comment", i.comment},
          {"overdue", actionplan::IsOverdue(StateOf(i), today)},
          {"revision", i.revision},
          {"created_at", core::FormatIsoUtc(i.created_at)},
          {"updated_at", core::FormatIsoUtc(i.updated_at)}};
}

json SummaryJson(const actionplan::PlanSummary& s) {
  return {{"total", s.total},
          {"by_status",
           {{"todo", s.by_status[0]}, {"doing", s.by_status[1]}, {"done", s.by_status[2]}, {"abandoned", s.by_status[3]}}},
          {"open_by_priority",
           {{"P1", s.open_by_priority[0]}, {"P2", s.open_by_priority[1]}, {"P3", s.open_by_priority[2]}, {"P4", s.open_by_priority[3]}}},
          {"overdue", s.overdue},
          {"done_ratio", s.done_ratio},
          {"mean_progress", s.mean_progress}};
}

// Members present in the body replace the stored values; absent ones are kept.
actionplan::FollowUp MergedFollowUp(const storage::ActionItemRecord& item, const json& body) {
  actionplan::FollowUp f{item.owner, item.due_date, item.status, item.abandon_reason, item.progress, item.comment};
  auto text = [&](const char* key, std::string& target) {
    if (body.contains(key)) target = detail::StringMember(body, key);
  };
  text("owner", f.owner);
  text("due_date", f.due_date);
  text("status", f.status);
  text("abandon_reason", f.abandon_reason);
  text("comment", f.comment);
  if (body.contains("progress")) {
    if (!body["progress"].is_number_integer()) {
      throw core::AppError::Invalid("Le suivi de cette action n'a pas été enregistré.",
                                    {{"progress", "Un nombre entier de 0 à 100 est attendu."}});
    }
    f.progress = body["progress"].get<long long>();
  }
  return f;
}

}  // namespace

void AddApiActionPlanRoutes(WebApp& app) {
  app.Add("GET", "/api/v1/structures/{id:id}/action-plan",
          {Guard::kSignedIn, Action::kViewActionPlan, StructureScopeOfPath, [](Context& ctx) {
             const std::string view = ctx.request.Query("view").empty() ? "priority" : ctx.request.Query("view");
             if (view != "priority" && view != "owner" && view != "overdue") {
               throw core::AppError::Invalid("Vue inconnue.", {{"view", "Valeurs possibles : priority, owner, overdue."}});
             }
             std::vector<storage::ActionItemRecord> items;
             ctx.services.db.Run([&](storage::Session& s) { items = storage::ListActionItems(s, ctx.request.Param("id")); });
             const std::string today = TodayParis(ctx);
             std::vector<actionplan::ItemState> states;
             for (const auto& i : items) states.push_back(StateOf(i));
             json out = json::array();
             for (const auto& i : PlanView(items, view, today)) out.push_back(ItemJson(i, today));
             return Response::Json(json{{"structure_id", ctx.request.Param("id")},
                                        {"view", view},
                                        {"summary", SummaryJson(actionplan::Summarize(states, today))},
                                        {"items", out}}.dump());
           }});
  app.Add("GET", "/api/v1/action-items/{id:id}", {Guard::kSignedIn, Action::kViewActionPlan, ActionItemScopeOfPath, [](Context& ctx) {
            const auto item = ActionItemOfPath(ctx);
            json out = ItemJson(item, TodayParis(ctx));
            json history = json::array();
            ctx.services.db.Run([&](storage::Session& s) {
              for (const auto& h : storage::ListActionItemHistory(s, item.id)) {
                history.push_back({{"changed_at", core::FormatIsoUtc(h.changed_at)},
                                   {"changed_by", h.changed_by},
                                   {"field", h.field},
                                   {"old", h.old_value},
                                   {"new", h.new_value}});
              }
            });
            out["history"] = history;
            return Response::Json(out.dump());
          }});
  app.Add("PATCH", "/api/v1/action-items/{id:id}", {Guard::kSignedIn, Action::kEditActionPlan, ActionItemScopeOfPath, [](Context& ctx) {
            const json body = detail::ParseBody(ctx.request);
            if (!body.contains("revision") || !body["revision"].is_number_integer()) {
              throw core::AppError::Invalid("Le suivi de cette action n'a pas été enregistré.",
                                            {{"revision", "Indiquez la révision de l'action que vous modifiez."}});
            }
            const auto item = ActionItemOfPath(ctx);
            const auto result =
                UpdateActionItemFollowUp(ctx, item.id, MergedFollowUp(item, body), body["revision"].get<long long>());
            if (result.conflict) {
              json out = {{"error", {{"code", "conflict"},
                                     {"message", "Cette action a été modifiée entre-temps par une autre personne : "
                                                 "voici la version enregistrée."},
                                     {"fields", json::array()}}},
                          {"current", ItemJson(result.item, TodayParis(ctx))}};
              return Response::Json(out.dump(), 409);
            }
            return Response::Json(ItemJson(result.item, TodayParis(ctx)).dump());
          }});
}

}  // namespace vigie::web
