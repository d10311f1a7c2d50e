// Campaign pages (awareness, issue 5): a structure's campaigns with the creation form,
// one campaign (status, actions, live sending progress, uncertain sends to decide,
// failures, pseudonymous results), the individual results for those allowed, and the
// structure's privacy page (information page, retention, who sees names).

#include <algorithm>
#include <map>

#include "awareness/template_loader.hpp"
#include "campaigns/campaign_results.hpp"
#include "charts/line_chart.hpp"
#include "web/qr_code.hpp"
#include "campaigns/template_library.hpp"
#include "core/french_format.hpp"
#include "storage/awareness_repository.hpp"
#include "storage/campaign_send_repository.hpp"
#include "storage/sending_profile_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "web/campaign_actions.hpp"
#include "web/view_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using tenancy::Action;

std::string Rate(long long part, long long whole) {
  return whole > 0 ? core::FormatPercent(static_cast<double>(part) / static_cast<double>(whole)) : "—";
}

campaigns::DraftInput DraftOfForm(Context& ctx) {
  campaigns::DraftInput in;
  in.name = ctx.request.FormValue("name");
  in.template_id = ctx.request.FormValue("template_id");
  in.sending_profile_id = ctx.request.FormValue("sending_profile_id");
  in.scheduled_at = ctx.request.FormValue("scheduled_at");
  const auto& form = ctx.request.Form();
  for (auto [it, end] = form.equal_range("group_ids"); it != end; ++it) in.group_ids.push_back(it->second);
  return in;
}

using CampaignFunnelPair = std::pair<storage::CampaignRecord, storage::FunnelRow>;

// Click and report rates of the structure's last eight campaigns, oldest first: the
// trend a director wants to see at a glance (the table below gives the same figures).
charts::LineChart TrendChart(std::vector<CampaignFunnelPair> campaigns) {
  std::reverse(campaigns.begin(), campaigns.end());  // the list is newest first
  if (campaigns.size() > 8) campaigns.erase(campaigns.begin(), campaigns.end() - 8);
  charts::LineChart chart;
  chart.max_value = 1;
  chart.ticks = {0.25, 0.5, 0.75, 1};
  chart.tick_texts = {"25 %", "50 %", "75 %", "100 %"};
  charts::LineSeries clicks{"Lien cliqué"}, reports{"Message signalé"};
  for (const auto& [c, f] : campaigns) {
    chart.categories.push_back(core::FormatDate(c.started_at));
    const double sent = static_cast<double>(f.sent);
    clicks.values.emplace_back(f.clicked / sent);
    clicks.value_texts.push_back(Rate(f.clicked, f.sent));
    reports.values.emplace_back(f.reported / sent);
    reports.value_texts.push_back(Rate(f.reported, f.sent));
  }
  chart.series = {clicks, reports};
  return chart;
}

std::string TrendAlt(const std::vector<CampaignFunnelPair>& campaigns) {
  std::string alt = "Évolution des taux de clic et de signalement, de la plus ancienne campagne à la plus récente :";
  for (auto it = campaigns.rbegin(); it != campaigns.rend(); ++it) {
    alt += " " + it->first.name + " : clic " + Rate(it->second.clicked, it->second.sent) + ", signalement " +
           Rate(it->second.reported, it->second.sent) + ".";
  }
  return alt;
}

Response ListPage(Context& ctx, const campaigns::DraftInput& typed, const std::vector<core::FieldError>& errors,
                  int status) {
  const auto st = StructureOfPath(ctx);
  View v = ErrorsView(errors);
  v.set("has_errors", !errors.empty());
  v.set("summary", "La campagne n'a pas été créée");
  v.set("structure_id", st.id);
  v.set("structure_name", st.name);
  v.set("f_name", typed.name);
  v.set("f_scheduled_at", typed.scheduled_at);
  View templates = List();
  View profiles = List(), groups = List(), rows = List();
  bool published = false;
  std::vector<std::pair<storage::CampaignRecord, storage::FunnelRow>> trend;
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& t : campaigns::TemplatesFor(s, st.region_id)) {
      templates.push_back(Option(t->id,
                                 t->title + (t->kind == awareness::TemplateKind::kAdvanced ? " (avancé)" : " (simple)"),
                                 t->id == typed.template_id));
    }
    for (const auto& p : storage::ListSendingProfiles(s, st.id)) {
      profiles.push_back(Option(p.id, p.name, p.id == typed.sending_profile_id));
    }
    for (const auto& g : storage::ListGroups(s, st.id, false)) {
      View row = Option(g.id, g.name + " (" + std::to_string(g.member_count) + " personne(s))",
                        std::find(typed.group_ids.begin(), typed.group_ids.end(), g.id) != typed.group_ids.end());
      groups.push_back(row);
    }
    std::vector<storage::CampaignRecord> sent;
    for (const auto& c : storage::ListStructureCampaigns(s, st.id)) {
      const auto funnel = storage::CampaignFunnel(s, c.id, "");
      const storage::FunnelRow f = funnel.empty() ? storage::FunnelRow{} : funnel.front();
      if (c.started_at > 0 && f.sent > 0) trend.push_back({c, f});
      View row = Object();
      row.set("clicked", Rate(f.clicked, f.sent));
      row.set("reported", Rate(f.reported, f.sent));
      row.set("id", c.id);
      row.set("name", c.name);
      row.set("status", CampaignStatusLabel(c.status));
      row.set("mode", c.mode == "operated" ? "Opérée par le centre" : "Autonome");
      row.set("when", c.started_at ? core::FormatDate(c.started_at)
                                   : (c.scheduled_at ? "prévue le " + core::FormatDateTime(c.scheduled_at) : "—"));
      row.set("targets", std::to_string(c.target_count));
      rows.push_back(row);
    }
    published = storage::LoadAwarenessSettings(s, st.id).info_published_at != 0;
  });
  v.set("templates", templates);
  v.set("profiles", profiles);
  v.set("has_profiles", !profiles.is_empty_list());
  v.set("groups", groups);
  v.set("has_groups", !groups.is_empty_list());
  v.set("campaigns", rows);
  v.set("has_campaigns", !rows.is_empty_list());
  if (trend.size() >= 2) {
    const auto chart = TrendChart(trend);
    v.set("trend_chart", SvgDataUri(charts::LineChartSvg(chart, 720, 300)));
    v.set("trend_alt", TrendAlt(trend));
  }
  v.set("published", published);
  v.set("may_manage_privacy",
        tenancy::Allows(ctx.Principal(), Action::kManageAwarenessPrivacy, {st.region_id, st.id}));
  return ctx.Page("campaigns", "Campagnes de simulation — " + st.name, v, status);
}

View SegmentsView(const std::vector<campaigns::Segment>& segments) {
  View rows = List();
  for (const auto& s : segments) {
    View row = Object();
    row.set("label", s.label);
    row.set("targeted", std::to_string(s.counts.targeted));
    row.set("masked", s.masked);
    row.set("clicked", Rate(s.counts.clicked, s.counts.sent));
    row.set("submitted", Rate(s.counts.submitted, s.counts.sent));
    row.set("reported", Rate(s.counts.reported, s.counts.sent));
    rows.push_back(row);
  }
  return rows;
}

Response CampaignPage(Context& ctx) {
  const auto c = CampaignOfPath(ctx);
  const auto r = campaigns::LoadResults(ctx.services.db, c.id, ctx.services.clock.Now());
  View v = Object();
  v.set("id", c.id);
  v.set("name", c.name);
  v.set("revision", std::to_string(c.revision));
  v.set("status_code", c.status);
  v.set("status", CampaignStatusLabel(c.status));
  v.set("mode", c.mode == "operated" ? "Opérée par le centre de ressources" : "Autonome (menée par la structure)");
  campaigns::TemplatePtr t;
  ctx.services.db.Run([&](storage::Session& s) { t = campaigns::FindTemplateFor(s, c.region_id, c.template_id); });
  v.set("template_id", c.template_id);
  v.set("template", t ? t->title : c.template_id);
  if (c.scheduled_at) v.set("scheduled_at", core::FormatDateTime(c.scheduled_at));
  if (c.started_at) v.set("started_at", core::FormatDateTime(c.started_at));
  if (c.completed_at) v.set("completed_at", core::FormatDateTime(c.completed_at));
  View actions = List();
  const auto mode = awareness::ParseMode(c.mode).value_or(awareness::CampaignMode::kOperated);
  const auto status = awareness::ParseStatus(c.status).value_or(awareness::CampaignStatus::kDraft);
  const bool approver = tenancy::Allows(ctx.Principal(), Action::kApproveCampaigns, {c.region_id, c.structure_id});
  for (const auto a : awareness::AvailableActions(mode, status)) {
    const bool approval = a == awareness::CampaignAction::kApprove || a == awareness::CampaignAction::kRejectApproval;
    if (approval && !approver) continue;
    static const std::map<awareness::CampaignAction, std::string> kLabels = {
        {awareness::CampaignAction::kSubmitForApproval, "Demander l'approbation de la direction"},
        {awareness::CampaignAction::kApprove, "Approuver la campagne"},
        {awareness::CampaignAction::kRejectApproval, "Refuser et renvoyer en brouillon"},
        {awareness::CampaignAction::kSchedule, "Programmer à la date prévue"},
        {awareness::CampaignAction::kLaunch, "Lancer l'envoi maintenant"},
        {awareness::CampaignAction::kPause, "Mettre en pause"},
        {awareness::CampaignAction::kResume, "Reprendre l'envoi"},
        {awareness::CampaignAction::kCancel, "Annuler la campagne"},
        {awareness::CampaignAction::kComplete, "Clore la campagne"}};
    View action = Object();
    action.set("code", std::string(awareness::ActionCode(a)));
    action.set("label", kLabels.at(a));
    action.set("danger", a == awareness::CampaignAction::kCancel);
    actions.push_back(action);
  }
  if (status == awareness::CampaignStatus::kAwaitingApproval && !approver) {
    v.set("awaiting_director", true);
  }
  v.set("actions", actions);
  v.set("has_actions", !actions.is_empty_list());
  const auto& p = r.progress;
  v.set("total", std::to_string(p.total));
  v.set("sent", std::to_string(p.sent));
  v.set("failed", std::to_string(p.failed));
  v.set("pending", std::to_string(p.pending + p.sending));
  v.set("percent", std::to_string(p.total ? (p.Done() * 100) / p.total : 0));
  v.set("live", status == awareness::CampaignStatus::kSending);
  if (p.next_planned_at) v.set("next_at", core::FormatDateTime(p.next_planned_at));
  View uncertain = List(), failed = List();
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& u : storage::ListUncertainTargets(s, c.id)) {
      View row = Object();
      row.set("target_id", u.id);
      row.set("email", u.email);
      row.set("claimed_at", core::FormatDateTime(u.claimed_at));
      uncertain.push_back(row);
    }
    for (const auto& f : storage::ListFailedTargets(s, c.id, 50)) {
      View row = Object();
      row.set("email", f.email);
      row.set("error", f.last_error);
      row.set("attempts", std::to_string(f.attempts));
      failed.push_back(row);
    }
    v.set("may_see_people", campaigns::MaySeeIndividuals(s, ctx.Principal(), c.structure_id));
  });
  v.set("uncertain", uncertain);
  v.set("has_uncertain", !uncertain.is_empty_list());
  v.set("failures", failed);
  v.set("has_failures", !failed.is_empty_list());
  const auto& f = r.total;
  View funnel = List();
  for (const auto& [label, count] : std::vector<std::pair<std::string, long long>>{
           {"Messages envoyés", f.sent}, {"Ouverts", f.opened}, {"Lien cliqué", f.clicked},
           {"Identifiants saisis", f.submitted}, {"Signalés", f.reported}}) {
    View step = Object();
    step.set("label", label);
    step.set("count", std::to_string(count));
    step.set("rate", Rate(count, f.sent));
    step.set("width", std::to_string(f.sent ? (count * 100) / f.sent : 0));
    funnel.push_back(step);
  }
  v.set("funnel", funnel);
  v.set("scanner_hits", std::to_string(f.scanner_hits));
  v.set("by_group", SegmentsView(r.by_group));
  v.set("by_site", SegmentsView(r.by_site));
  v.set("by_department", SegmentsView(r.by_department));
  View timeline = List();
  for (const auto& point : r.timeline) {
    View row = Object();
    row.set("hour", core::FormatDateTime(point.bucket_start));
    row.set("kind", point.kind == "open" ? "ouvertures" : point.kind == "click" ? "clics"
                    : point.kind == "submit" ? "saisies" : "signalements");
    row.set("count", std::to_string(point.count));
    timeline.push_back(row);
  }
  v.set("timeline", timeline);
  v.set("has_timeline", !timeline.is_empty_list());
  View repeaters = List();
  for (const auto& rc : r.repeat_clickers) {
    View row = Object();
    row.set("pseudonym", rc.pseudonym);
    row.set("clicked", std::to_string(rc.campaigns_clicked));
    row.set("targeted", std::to_string(rc.campaigns_targeted));
    repeaters.push_back(row);
  }
  v.set("repeaters", repeaters);
  v.set("has_repeaters", !repeaters.is_empty_list());
  ctx.services.db.Run([&](storage::Session& s) {
    if (auto st = storage::FindStructure(s, c.structure_id)) {
      v.set("structure_id", st->id);
      v.set("structure_name", st->name);
    }
  });
  return ctx.Page("campaign", "Campagne — " + c.name, v);
}

// The people of a campaign with what each did, for those the structure allowed.
Response PeoplePage(Context& ctx) {
  const auto c = CampaignOfPath(ctx);
  RequireIndividualResults(ctx, c);
  storage::PageRequest request;
  try {
    request.number = std::stoll("0" + ctx.request.Query("page"));
  } catch (const std::exception&) {
    request.number = 1;
  }
  request.size = 50;
  storage::Page<storage::TargetResult> page;
  ctx.services.db.Run([&](storage::Session& s) { page = storage::ListTargetResults(s, c.id, true, request); });
  auto when = [](long long t) { return t ? core::FormatDateTime(t) : std::string("—"); };
  View rows = List();
  for (const auto& t : page.items) {
    View row = Object();
    row.set("name", t.email.empty() ? std::string("(effacé après la durée de conservation)")
                                    : t.first_name + " " + t.last_name + " <" + t.email + ">");
    row.set("site", t.site);
    row.set("department", t.department);
    row.set("opened", when(t.opened_first));
    row.set("clicked", when(t.clicked_first));
    row.set("submitted", when(t.submitted_first));
    row.set("reported", when(t.reported_first));
    rows.push_back(row);
  }
  View v = Object();
  v.set("id", c.id);
  v.set("name", c.name);
  v.set("people", rows);
  v.set("pager", PaginationView(page.number, page.PageCount(), page.total, "", "/campagnes/" + c.id + "/personnes"));
  return ctx.Page("campaign_people", "Résultats individuels — " + c.name, v);
}

}  // namespace

void AddCampaignPrivacyRoutes(WebApp& app);  // campaign_privacy_routes.cpp

void AddCampaignRoutes(WebApp& app) {
  app.Add("GET", "/structures/{id:id}/campagnes", {Guard::kSignedIn, Action::kManageCampaigns, StructureScopeOfPath,
                                                   [](Context& ctx) { return ListPage(ctx, {}, {}, 200); }});
  app.Add("POST", "/structures/{id:id}/campagnes",
          {Guard::kSignedIn, Action::kManageCampaigns, StructureScopeOfPath, [](Context& ctx) {
             const auto typed = DraftOfForm(ctx);
             try {
               const auto c = CreateCampaign(ctx, StructureOfPath(ctx), typed);
               return ctx.RedirectWithFlash("/campagnes/" + c.id, "success", "Campagne créée en brouillon.");
             } catch (const core::AppError& e) {
               if (e.kind() != core::ErrorKind::kInvalid) throw;
               return ListPage(ctx, typed, e.fields(), 422);
             }
           }});
  app.Add("GET", "/campagnes/{id:id}", {Guard::kSignedIn, Action::kManageCampaigns, CampaignScopeOfPath, CampaignPage});
  app.Add("GET", "/campagnes/{id:id}/personnes",
          {Guard::kSignedIn, Action::kViewCampaignResults, CampaignScopeOfPath, PeoplePage});
  app.Add("POST", "/campagnes/{id:id}/action",
          {Guard::kSignedIn, Action::kManageCampaigns, CampaignScopeOfPath, [](Context& ctx) {
             const auto c = CampaignOfPath(ctx);
             long long revision = 0;
             try {
               revision = std::stoll(ctx.request.FormValue("revision"));
             } catch (const std::exception&) {
               revision = -1;
             }
             try {
               const auto after = ActOnCampaign(ctx, c, ctx.request.FormValue("action"), revision);
               return ctx.RedirectWithFlash("/campagnes/" + c.id, "success",
                                            "Campagne : " + CampaignStatusLabel(after.status) + ".");
             } catch (const core::AppError& e) {
               if (e.kind() != core::ErrorKind::kInvalid && e.kind() != core::ErrorKind::kConflict) throw;
               std::string message = e.what();
               for (const auto& field : e.fields()) message += " " + field.message;
               return ctx.RedirectWithFlash("/campagnes/" + c.id, "error", message);
             }
           }});
  app.Add("POST", "/campagnes/{id:id}/incertains/{target:id}",
          {Guard::kSignedIn, Action::kManageCampaigns, CampaignScopeOfPath, [](Context& ctx) {
             const auto c = CampaignOfPath(ctx);
             DecideUncertain(ctx, c, ctx.request.Param("target"), ctx.request.FormValue("decision"));
             return ctx.RedirectWithFlash("/campagnes/" + c.id, "success", "Décision enregistrée.");
           }});
  AddCampaignPrivacyRoutes(app);
}

}  // namespace vigie::web
