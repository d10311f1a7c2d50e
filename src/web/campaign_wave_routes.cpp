// Operated campaigns for several structures at once (a "wave"): the centre's page to
// launch one simulation for the structures it accompanies, a wave's page with each
// structure's campaign and the moves applied to all of them, the same in the API, and
// "/campagnes", the menu's entry, which leads each person to their own campaigns.

#include <nlohmann/json.hpp>

#include "awareness/template_loader.hpp"
#include "campaigns/campaign_waves.hpp"
#include "campaigns/template_library.hpp"
#include "core/french_format.hpp"
#include "storage/awareness_repository.hpp"
#include "storage/campaign_repository.hpp"
#include "storage/sending_profile_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "web/api_helpers.hpp"
#include "web/campaign_actions.hpp"
#include "web/view_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using nlohmann::json;
using tenancy::Action;

View OutcomesView(const campaigns::WaveResult& result) {
  View rows = List();
  for (const auto& o : result.outcomes) {
    View row = Object();
    row.set("structure", o.structure_name);
    row.set("campaign_id", o.campaign_id);
    row.set("status", o.status.empty() ? std::string("—") : CampaignStatusLabel(o.status));
    row.set("problem", o.problem);
    rows.push_back(row);
  }
  return rows;
}

Response WavesPage(Context& ctx, const campaigns::WaveInput& typed, const std::vector<core::FieldError>& errors,
                   const campaigns::WaveResult* created, int status) {
  const auto region = RegionOfPath(ctx);
  View v = ErrorsView(errors);
  v.set("has_errors", !errors.empty());
  v.set("summary", "La vague n'a pas été créée");
  v.set("region_id", region.id);
  v.set("region_name", region.name);
  v.set("f_name", typed.name);
  v.set("f_scheduled_at", typed.scheduled_at);
  View templates = List();
  View structures = List(), waves = List();
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& t : campaigns::TemplatesFor(s, region.id)) {
      templates.push_back(Option(t->id, t->title, t->id == typed.template_id));
    }
    storage::StructureQuery query;
    query.tenant = {region.id, ""};
    query.page = {1, 200};
    for (const auto& st : storage::ListStructures(s, query).items) {
      long long people = 0;
      for (const auto& g : storage::ListGroups(s, st.id, false)) people += g.member_count;
      const bool ready = people > 0 && !storage::ListSendingProfiles(s, st.id).empty();
      View row = Option(st.id, st.name, std::find(typed.structure_ids.begin(), typed.structure_ids.end(), st.id) !=
                                            typed.structure_ids.end());
      row.set("people", std::to_string(people));
      row.set("ready", ready);
      structures.push_back(row);
    }
    for (const auto& w : storage::ListRegionWaves(s, region.id)) {
      View row = Object();
      row.set("wave_id", w.wave_id);
      row.set("name", w.name);
      row.set("campaigns", std::to_string(w.campaigns));
      row.set("created", core::FormatDate(w.created_at));
      waves.push_back(row);
    }
  });
  v.set("templates", templates);
  v.set("structures", structures);
  v.set("waves", waves);
  v.set("has_waves", !waves.is_empty_list());
  if (created) {
    v.set("created", true);
    v.set("created_wave_id", created->wave_id);
    v.set("outcomes", OutcomesView(*created));
  }
  return ctx.Page("campaign_waves", "Campagnes opérées — " + region.name, v, status);
}

campaigns::WaveInput WaveOfForm(Context& ctx) {
  campaigns::WaveInput in;
  in.name = ctx.request.FormValue("name");
  in.template_id = ctx.request.FormValue("template_id");
  in.scheduled_at = ctx.request.FormValue("scheduled_at");
  const auto& form = ctx.request.Form();
  for (auto [it, end] = form.equal_range("structure_ids"); it != end; ++it) in.structure_ids.push_back(it->second);
  return in;
}

json WaveJson(const campaigns::WaveResult& r) {
  json outcomes = json::array();
  for (const auto& o : r.outcomes) {
    outcomes.push_back({{"structure_id", o.structure_id},
                        {"structure_name", o.structure_name},
                        {"campaign_id", o.campaign_id},
                        {"status", o.status},
                        {"problem", o.problem}});
  }
  return {{"wave_id", r.wave_id}, {"campaigns", outcomes}};
}

awareness::CampaignAction WaveAction(const std::string& code) {
  const auto action = awareness::ParseAction(code);
  const bool allowed = action && (*action == awareness::CampaignAction::kSchedule ||
                                  *action == awareness::CampaignAction::kLaunch ||
                                  *action == awareness::CampaignAction::kPause ||
                                  *action == awareness::CampaignAction::kResume ||
                                  *action == awareness::CampaignAction::kCancel);
  if (!allowed) {
    throw core::AppError::Invalid("Action inconnue pour une vague.",
                                  {{"action", "schedule, launch, pause, resume ou cancel."}});
  }
  return *action;
}

}  // namespace

void AddCampaignWaveRoutes(WebApp& app) {
  app.Add("GET", "/campagnes", {Guard::kSignedIn, Action::kManageCampaigns, nullptr, [](Context& ctx) {
            const auto& p = ctx.Principal();
            if (!p.structure_id.empty()) return Response::Redirect("/structures/" + p.structure_id + "/campagnes");
            if (!p.region_id.empty()) return Response::Redirect("/regions/" + p.region_id + "/campagnes");
            return Response::Redirect("/regions");
          }});
  app.Add("GET", "/regions/{id:id}/campagnes", {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath,
                                                [](Context& ctx) { return WavesPage(ctx, {}, {}, nullptr, 200); }});
  app.Add("POST", "/regions/{id:id}/campagnes",
          {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath, [](Context& ctx) {
             const auto typed = WaveOfForm(ctx);
             try {
               const auto result = campaigns::CreateWave(ctx.services.db, ctx.services.clock, CampaignEnv(ctx),
                                                         RegionOfPath(ctx).id, typed, ctx.Who().user.id);
               return WavesPage(ctx, {}, {}, &result, 200);
             } catch (const core::AppError& e) {
               if (e.kind() != core::ErrorKind::kInvalid) throw;
               return WavesPage(ctx, typed, e.fields(), nullptr, 422);
             }
           }});
  app.Add("GET", "/regions/{id:id}/vagues/{wave:id}",
          {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath, [](Context& ctx) {
             const auto region = RegionOfPath(ctx);
             const auto wave = campaigns::LoadWave(ctx.services.db, region.id, ctx.request.Param("wave"));
             View v = Object();
             v.set("region_id", region.id);
             v.set("region_name", region.name);
             v.set("wave_id", wave.wave_id);
             v.set("outcomes", OutcomesView(wave));
             return ctx.Page("campaign_wave", "Vague de campagnes — " + region.name, v);
           }});
  app.Add("POST", "/regions/{id:id}/vagues/{wave:id}/action",
          {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath, [](Context& ctx) {
             const auto region = RegionOfPath(ctx);
             const std::string back = "/regions/" + region.id + "/vagues/" + ctx.request.Param("wave");
             const auto result =
                 campaigns::ActOnWave(ctx.services.db, ctx.services.clock, CampaignEnv(ctx), region.id,
                                      ctx.request.Param("wave"), WaveAction(ctx.request.FormValue("action")),
                                      ctx.Who().user.id);
             if (ctx.services.wake_workers) ctx.services.wake_workers();
             long long refused = 0;
             for (const auto& o : result.outcomes) refused += o.problem.empty() ? 0 : 1;
             return ctx.RedirectWithFlash(back, refused ? "warning" : "success",
                                          refused ? std::to_string(refused) + " campagne(s) n'ont pas pu suivre : "
                                                                              "voir leur page."
                                                  : "Action appliquée à toutes les campagnes de la vague.");
           }});
  app.Add("POST", "/api/v1/regions/{id:id}/campaign-waves",
          {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath, [](Context& ctx) {
             const json body = detail::ParseBody(ctx.request);
             campaigns::WaveInput in;
             in.name = detail::StringMember(body, "name");
             in.template_id = detail::StringMember(body, "template_id");
             in.scheduled_at = detail::StringMember(body, "scheduled_at");
             if (body.contains("structure_ids") && body["structure_ids"].is_array()) {
               for (const auto& id : body["structure_ids"]) {
                 if (id.is_string()) in.structure_ids.push_back(id.get<std::string>());
               }
             }
             const auto result = campaigns::CreateWave(ctx.services.db, ctx.services.clock, CampaignEnv(ctx),
                                                       RegionOfPath(ctx).id, in, ctx.Who().user.id);
             return Response::Json(WaveJson(result).dump(), 201);
           }});
  app.Add("GET", "/api/v1/regions/{id:id}/campaign-waves/{wave:id}",
          {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath, [](Context& ctx) {
             return Response::Json(
                 WaveJson(campaigns::LoadWave(ctx.services.db, RegionOfPath(ctx).id, ctx.request.Param("wave")))
                     .dump());
           }});
  app.Add("POST", "/api/v1/regions/{id:id}/campaign-waves/{wave:id}/actions",
          {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath, [](Context& ctx) {
             const json body = detail::ParseBody(ctx.request);
             const auto result = campaigns::ActOnWave(ctx.services.db, ctx.services.clock, CampaignEnv(ctx),
                                                      RegionOfPath(ctx).id, ctx.request.Param("wave"),
                                                      WaveAction(detail::StringMember(body, "action")),
                                                      ctx.Who().user.id);
             if (ctx.services.wake_workers) ctx.services.wake_workers();
             return Response::Json(WaveJson(result).dump());
           }});
}

}  // namespace vigie::web
