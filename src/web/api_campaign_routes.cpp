// The JSON API of phishing-simulation campaigns (awareness, issue 5): a structure's
// campaigns, one campaign with its sending progress, its actions, the uncertain sends
// waiting for a decision, the results (pseudonymous; names only for those the
// structure allowed), and the structure's privacy settings.

#include <nlohmann/json.hpp>

#include "campaigns/campaign_results.hpp"
#include "core/french_format.hpp"
#include "storage/campaign_send_repository.hpp"
#include "web/api_helpers.hpp"
#include "web/campaign_actions.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using nlohmann::json;
using tenancy::Action;

std::string Iso(long long t) { return t > 0 ? core::FormatIsoUtc(t) : ""; }

json ProgressJson(const storage::SendProgress& p) {
  return {{"total", p.total},     {"pending", p.pending},       {"sending", p.sending},
          {"sent", p.sent},       {"failed", p.failed},         {"uncertain", p.uncertain},
          {"next_planned_at", Iso(p.next_planned_at)}};
}

json CampaignJson(const storage::CampaignRecord& c) {
  return {{"id", c.id},
          {"structure_id", c.structure_id},
          {"wave_id", c.wave_id},
          {"mode", c.mode},
          {"name", c.name},
          {"template_id", c.template_id},
          {"sending_profile_id", c.sending_profile_id},
          {"group_ids", campaigns::SplitIds(c.group_ids)},
          {"status", c.status},
          {"scheduled_at", c.scheduled_at > 0 ? core::FormatParisLocalDateTime(c.scheduled_at) : ""},
          {"started_at", Iso(c.started_at)},
          {"completed_at", Iso(c.completed_at)},
          {"approved_at", Iso(c.approved_at)},
          {"target_count", c.target_count},
          {"revision", c.revision}};
}

json FunnelJson(const storage::FunnelRow& f) {
  return {{"targeted", f.targeted}, {"sent", f.sent},           {"opened", f.opened},
          {"clicked", f.clicked},   {"submitted", f.submitted}, {"reported", f.reported},
          {"scanner_hits", f.scanner_hits}};
}

json SegmentsJson(const std::vector<campaigns::Segment>& segments) {
  json out = json::array();
  for (const auto& s : segments) {
    json row = {{"label", s.label}, {"targeted", s.counts.targeted}, {"masked", s.masked}};
    if (!s.masked) row["funnel"] = FunnelJson(s.counts);
    out.push_back(row);
  }
  return out;
}

campaigns::DraftInput DraftOfJson(const json& body) {
  campaigns::DraftInput in;
  in.name = detail::StringMember(body, "name");
  in.template_id = detail::StringMember(body, "template_id");
  in.sending_profile_id = detail::StringMember(body, "sending_profile_id");
  in.scheduled_at = detail::StringMember(body, "scheduled_at");
  if (body.contains("group_ids")) {
    if (!body["group_ids"].is_array()) {
      throw core::AppError::Invalid("Requête invalide.", {{"group_ids", "Une liste d'identifiants de groupes."}});
    }
    for (const auto& id : body["group_ids"]) {
      if (id.is_string()) in.group_ids.push_back(id.get<std::string>());
    }
  }
  return in;
}

long long RevisionOf(const json& body) {
  if (!body.contains("revision") || !body["revision"].is_number_integer()) {
    throw core::AppError::Invalid("Requête invalide.", {{"revision", "La révision lue (un entier) est requise."}});
  }
  return body["revision"].get<long long>();
}

Response CampaignResponse(Context& ctx, const storage::CampaignRecord& c, int status = 200) {
  json out = CampaignJson(c);
  ctx.services.db.Run([&](storage::Session& s) { out["progress"] = ProgressJson(storage::CountSendStates(s, c.id)); });
  return Response::Json(out.dump(), status);
}

}  // namespace

void AddApiCampaignRoutes(WebApp& app) {
  app.Add("GET", "/api/v1/structures/{id:id}/campaigns",
          {Guard::kSignedIn, Action::kManageCampaigns, StructureScopeOfPath, [](Context& ctx) {
             json items = json::array();
             ctx.services.db.Run([&](storage::Session& s) {
               for (const auto& c : storage::ListStructureCampaigns(s, ctx.request.Param("id"))) {
                 items.push_back(CampaignJson(c));
               }
             });
             return detail::WholeListJson(items);
           }});
  app.Add("POST", "/api/v1/structures/{id:id}/campaigns",
          {Guard::kSignedIn, Action::kManageCampaigns, StructureScopeOfPath, [](Context& ctx) {
             const auto c = CreateCampaign(ctx, StructureOfPath(ctx), DraftOfJson(detail::ParseBody(ctx.request)));
             return CampaignResponse(ctx, c, 201);
           }});
  app.Add("GET", "/api/v1/campaigns/{id:id}", {Guard::kSignedIn, Action::kManageCampaigns, CampaignScopeOfPath,
                                               [](Context& ctx) { return CampaignResponse(ctx, CampaignOfPath(ctx)); }});
  app.Add("PATCH", "/api/v1/campaigns/{id:id}",
          {Guard::kSignedIn, Action::kManageCampaigns, CampaignScopeOfPath, [](Context& ctx) {
             const json body = detail::ParseBody(ctx.request);
             return CampaignResponse(ctx, EditCampaign(ctx, CampaignOfPath(ctx), DraftOfJson(body), RevisionOf(body)));
           }});
  app.Add("POST", "/api/v1/campaigns/{id:id}/actions",
          {Guard::kSignedIn, Action::kManageCampaigns, CampaignScopeOfPath, [](Context& ctx) {
             const json body = detail::ParseBody(ctx.request);
             const auto c = ActOnCampaign(ctx, CampaignOfPath(ctx), detail::StringMember(body, "action"),
                                          RevisionOf(body));
             return CampaignResponse(ctx, c);
           }});
  app.Add("GET", "/api/v1/campaigns/{id:id}/uncertain",
          {Guard::kSignedIn, Action::kManageCampaigns, CampaignScopeOfPath, [](Context& ctx) {
             json items = json::array();
             ctx.services.db.Run([&](storage::Session& s) {
               for (const auto& t : storage::ListUncertainTargets(s, ctx.request.Param("id"))) {
                 items.push_back({{"target_id", t.id}, {"email", t.email}, {"claimed_at", Iso(t.claimed_at)}});
               }
             });
             return detail::WholeListJson(items);
           }});
  app.Add("POST", "/api/v1/campaigns/{id:id}/uncertain/{target:id}",
          {Guard::kSignedIn, Action::kManageCampaigns, CampaignScopeOfPath, [](Context& ctx) {
             const json body = detail::ParseBody(ctx.request);
             DecideUncertain(ctx, CampaignOfPath(ctx), ctx.request.Param("target"),
                             detail::StringMember(body, "decision"));
             return Response::NoContent();
           }});
  app.Add("GET", "/api/v1/campaigns/{id:id}/results",
          {Guard::kSignedIn, Action::kViewCampaignResults, CampaignScopeOfPath, [](Context& ctx) {
             const auto r = campaigns::LoadResults(ctx.services.db, ctx.request.Param("id"), ctx.services.clock.Now());
             json timeline = json::array();
             for (const auto& p : r.timeline) {
               timeline.push_back({{"hour", Iso(p.bucket_start)}, {"kind", p.kind}, {"count", p.count}});
             }
             json repeaters = json::array();
             for (const auto& rc : r.repeat_clickers) {
               repeaters.push_back({{"pseudonym", rc.pseudonym},
                                    {"campaigns_clicked", rc.campaigns_clicked},
                                    {"campaigns_targeted", rc.campaigns_targeted}});
             }
             return Response::Json(json{{"campaign", CampaignJson(r.campaign)},
                                        {"progress", ProgressJson(r.progress)},
                                        {"funnel", FunnelJson(r.total)},
                                        {"by_group", SegmentsJson(r.by_group)},
                                        {"by_site", SegmentsJson(r.by_site)},
                                        {"by_department", SegmentsJson(r.by_department)},
                                        {"timeline", timeline},
                                        {"repeat_clickers", repeaters}}
                                       .dump());
           }});
  app.Add("GET", "/api/v1/campaigns/{id:id}/people",
          {Guard::kSignedIn, Action::kViewCampaignResults, CampaignScopeOfPath, [](Context& ctx) {
             const auto c = CampaignOfPath(ctx);
             RequireIndividualResults(ctx, c);
             storage::Page<storage::TargetResult> page;
             ctx.services.db.Run([&](storage::Session& s) {
               page = storage::ListTargetResults(s, c.id, true, detail::PageOf(ctx.request));
             });
             return detail::ListJson(page, [](const storage::TargetResult& t) {
               return json{{"email", t.email},          {"first_name", t.first_name},
                           {"last_name", t.last_name},  {"site", t.site},
                           {"department", t.department}, {"send_state", t.send_state},
                           {"opened_at", Iso(t.opened_first)}, {"clicked_at", Iso(t.clicked_first)},
                           {"submitted_at", Iso(t.submitted_first)}, {"reported_at", Iso(t.reported_first)}};
             });
           }});
  app.Add("GET", "/api/v1/structures/{id:id}/awareness-settings",
          {Guard::kSignedIn, Action::kManageAwarenessPrivacy, StructureScopeOfPath, [](Context& ctx) {
             storage::AwarenessSettingsRecord a;
             json viewers = json::array();
             ctx.services.db.Run([&](storage::Session& s) {
               a = storage::LoadAwarenessSettings(s, ctx.request.Param("id"));
               for (const auto& v : storage::ListResultViewers(s, ctx.request.Param("id"))) {
                 viewers.push_back({{"user_id", v.user_id}, {"email", v.email}, {"granted_at", Iso(v.granted_at)}});
               }
             });
             return Response::Json(json{{"retention_months", a.retention_months},
                                        {"centre_sees_individuals", a.centre_sees_individuals},
                                        {"information_published_at", Iso(a.info_published_at)},
                                        {"result_viewers", viewers}}
                                       .dump());
           }});
  app.Add("PUT", "/api/v1/structures/{id:id}/awareness-settings",
          {Guard::kSignedIn, Action::kManageAwarenessPrivacy, StructureScopeOfPath, [](Context& ctx) {
             const json body = detail::ParseBody(ctx.request);
             PrivacyInput in;
             in.retention_months = body.contains("retention_months") && body["retention_months"].is_number_integer()
                                       ? std::to_string(body["retention_months"].get<long long>())
                                       : detail::StringMember(body, "retention_months");
             in.centre_sees_individuals = body.value("centre_sees_individuals", false);
             const auto structure = StructureOfPath(ctx);
             SavePrivacy(ctx, structure, in);
             if (body.value("publish_information", false)) PublishInformationPage(ctx, structure);
             return Response::NoContent();
           }});
  app.Add("POST", "/api/v1/structures/{id:id}/result-viewers",
          {Guard::kSignedIn, Action::kManageAwarenessPrivacy, StructureScopeOfPath, [](Context& ctx) {
             GrantViewer(ctx, StructureOfPath(ctx), detail::StringMember(detail::ParseBody(ctx.request), "email"));
             return Response::NoContent();
           }});
  app.Add("DELETE", "/api/v1/structures/{id:id}/result-viewers/{user:id}",
          {Guard::kSignedIn, Action::kManageAwarenessPrivacy, StructureScopeOfPath, [](Context& ctx) {
             RevokeViewer(ctx, StructureOfPath(ctx), ctx.request.Param("user"));
             return Response::NoContent();
           }});
}

}  // namespace vigie::web
