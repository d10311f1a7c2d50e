// The pages a person reaches through the links of a phishing-simulation e-mail,
// /p/{token}…: the lure (the awareness page, or for an advanced template a fake
// sign-in page first), the report button, the open-tracking image; and two public
// pages: the training page and a structure's staff information page.
//
// Every hit goes through campaigns::RecordTrackingHit; an unknown, purged or
// cancelled token records nothing and gets a neutral page that reveals nothing.
// These pages have their own layout (recipient_layout): no Vigie header, menu or
// script. Pages that show a form or record a hit are never cached and send no
// Referer, so the token does not leak.

#include <iterator>
#include <optional>

#include <spdlog/spdlog.h>

#include "awareness/render.hpp"
#include "awareness/template_loader.hpp"
#include "campaigns/campaign_tracking.hpp"
#include "campaigns/hit_recorder.hpp"
#include "campaigns/template_library.hpp"
#include "core/french_format.hpp"
#include "storage/awareness_repository.hpp"
#include "storage/awareness_settings_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"
#include "web/phishing_view.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using awareness::HitKind;
using campaigns::TrackedVisit;

// A transparent 1x1 GIF89a: two-colour palette, colour 0 transparent.
constexpr unsigned char kPixel[] = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80,
                                    0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0x21, 0xf9, 0x04,
                                    0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00, 0x00, 0x00, 0x01,
                                    0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b};

// Headers of every /p/ response.
Response Private(Response r) {
  r.SetHeader("Cache-Control", "no-store");
  r.SetHeader("Referrer-Policy", "no-referrer");
  r.SetHeader("X-Robots-Tag", "noindex, nofollow");
  return r;
}

// body_class: "neutral" (inactive link), "lure" (fake sign-in) or "aware".
Response RecipientPage(Context& ctx, const std::string& name, const std::string& title,
                       const std::string& body_class, const View& view, int status = 200) {
  View layout = Object();
  layout.set("title", title);
  layout.set("body_class", body_class);
  layout.set("content", ctx.services.templates.Render(name, view));
  return Private(Response::Html(ctx.services.templates.Render("recipient_layout", layout), status));
}

Response NeutralPage(Context& ctx) {
  return RecipientPage(ctx, "recipient_neutral", "Lien inactif", "neutral", Object(), 404);
}

// The first of Purpose, Sec-Purpose, X-Purpose and X-Moz that is not empty.
std::string PurposeHeader(const Request& r) {
  for (const char* name : {"purpose", "sec-purpose", "x-purpose", "x-moz"}) {
    std::string value = r.Header(name);
    if (!value.empty()) return value;
  }
  return {};
}

// Records a hit of `kind` on the route's token; nullopt: nothing recorded.
std::optional<TrackedVisit> Record(Context& ctx, HitKind kind) {
  const Request& r = ctx.request;
  const std::string agent = r.Header("user-agent");
  const std::string purpose = PurposeHeader(r);
  awareness::HitFacts facts;
  facts.kind = kind;
  facts.method = r.method;
  facts.user_agent = agent;
  facts.purpose_header = purpose;
  if (ctx.services.hit_recorder) return ctx.services.hit_recorder->Record(r.Param("token"), facts);
  return campaigns::RecordTrackingHit(ctx.services.db, ctx.services.clock, r.Param("token"), facts);
}

// The e-mail rendered again as the person received it, with the clues (PhishingView),
// plus first_name, structure_name and info_url (only when the structure published its
// information page). nullopt when the template is no longer in the catalogue. The
// date is today's: the visit does not carry the sending date.
campaigns::TemplatePtr TemplateOf(Context& ctx, const TrackedVisit& visit) {
  campaigns::TemplatePtr t;
  ctx.services.db.Run(
      [&](storage::Session& s) { t = campaigns::FindTemplateFor(s, visit.region_id, visit.template_id); });
  return t;
}

std::optional<View> EmailPageView(Context& ctx, const TrackedVisit& visit) {
  const auto t = TemplateOf(ctx, visit);
  if (!t) return std::nullopt;
  std::string structure_name;
  std::string first_name;
  std::string last_name;
  bool info_published = false;
  ctx.services.db.Run([&](storage::Session& s) {
    if (auto structure = storage::FindStructure(s, visit.structure_id)) structure_name = structure->name;
    if (!visit.recipient_id.empty()) {
      if (auto person = storage::FindRecipient(s, visit.recipient_id)) {
        first_name = person->first_name;
        last_name = person->last_name;
      }
    }
    info_published = storage::LoadAwarenessSettings(s, visit.structure_id).info_published_at != 0;
  });
  const std::string base = ctx.services.settings.base_url + "/p/" + ctx.request.Param("token");
  awareness::Placeholders values;
  values.first_name = first_name;
  values.last_name = last_name;
  values.structure_name = structure_name;
  values.date = core::FormatDate(ctx.services.clock.Now());
  values.link = base;
  values.report_link = base + "/signaler";
  values.tracking_pixel_url = "";
  View v = PhishingView(*t, awareness::Render(*t, values));
  if (!first_name.empty()) v.set("first_name", first_name);  // an empty string is true in a section
  v.set("structure_name", structure_name.empty() ? std::string("votre établissement") : structure_name);
  if (info_published) v.set("info_url", "/p/info/" + visit.structure_id);
  return v;
}

Response AwarenessPage(Context& ctx, const TrackedVisit& visit) {
  auto view = EmailPageView(ctx, visit);
  if (!view) return NeutralPage(ctx);
  return RecipientPage(ctx, "recipient_awareness", "Exercice de sensibilisation au phishing", "aware", *view);
}

// GET /p/{token}: a click.
Response LurePage(Context& ctx) {
  const auto visit = Record(ctx, HitKind::kClick);
  if (!visit) return NeutralPage(ctx);
  const auto t = TemplateOf(ctx, *visit);
  if (!t || !t->login_page) return AwarenessPage(ctx, *visit);
  View v = Object();
  v.set("login", LoginPageView(*t->login_page));
  v.set("token", ctx.request.Param("token"));
  v.set("csrf_token", ctx.CsrfToken());
  return RecipientPage(ctx, "recipient_login", t->login_page->page_title, "lure", v);
}

// POST /p/{token}/connexion: the fake form was submitted. Its fields have no name, so
// the body holds only _csrf; nothing else is read.
Response SubmitLogin(Context& ctx) {
  if (!Record(ctx, HitKind::kSubmit)) return NeutralPage(ctx);
  return Private(Response::Redirect("/p/" + ctx.request.Param("token") + "/sensibilisation"));
}

// GET /p/{token}/sensibilisation: shown after a submit; records nothing.
Response AwarenessAfterSubmit(Context& ctx) {
  const auto visit = campaigns::LookUpToken(ctx.services.db, ctx.request.Param("token"));
  if (!visit) return NeutralPage(ctx);
  return AwarenessPage(ctx, *visit);
}

// GET /p/{token}/i.gif: the open-tracking image, served whatever happens, so a mail
// client never shows a broken image.
Response TrackingPixel(Context& ctx) {
  try {
    Record(ctx, HitKind::kOpen);
  } catch (const std::exception& e) {
    spdlog::error("open tracking failed: {}", core::LoggableError(e.what()));
  }
  Response r;
  r.body.assign(std::begin(kPixel), std::end(kPixel));
  r.SetHeader("Content-Type", "image/gif");
  return Private(std::move(r));
}

// GET /p/{token}/signaler: mail scanners follow every link, so only the button's POST
// records a report.
Response ReportForm(Context& ctx) {
  if (!campaigns::LookUpToken(ctx.services.db, ctx.request.Param("token"))) return NeutralPage(ctx);
  View v = Object();
  v.set("token", ctx.request.Param("token"));
  v.set("csrf_token", ctx.CsrfToken());
  return RecipientPage(ctx, "recipient_report", "Signaler ce message", "aware", v);
}

Response Report(Context& ctx) {
  const auto visit = Record(ctx, HitKind::kReport);
  if (!visit) return NeutralPage(ctx);
  auto view = EmailPageView(ctx, *visit);
  if (!view) return NeutralPage(ctx);
  return RecipientPage(ctx, "recipient_reported", "Merci pour votre signalement", "aware", *view);
}

Response TrainingPage(Context& ctx) {
  return RecipientPage(ctx, "recipient_training", "Repérer un message piégé", "aware", Object());
}

// GET /p/info/{id}: what a structure's staff should know before its first campaign;
// 404 (neutral) until the structure publishes it.
Response StaffInformationPage(Context& ctx) {
  const std::string id = ctx.request.Param("id");
  std::optional<tenancy::Structure> structure;
  storage::AwarenessSettingsRecord settings;
  std::optional<tenancy::User> director;
  ctx.services.db.Run([&](storage::Session& s) {
    structure = storage::FindStructure(s, id);
    if (!structure) return;
    settings = storage::LoadAwarenessSettings(s, id);
    if (settings.info_published_at == 0) return;
    storage::UserQuery query;
    query.tenant.structure_id = id;
    query.role = std::string(tenancy::RoleCode(tenancy::Role::kStructureDirector));
    for (auto& user : storage::ListUsers(s, query).items) {
      if (!user.disabled) {
        director = std::move(user);
        break;
      }
    }
  });
  if (!structure || settings.info_published_at == 0) return NeutralPage(ctx);
  View v = Object();
  v.set("structure_name", structure->name);
  v.set("retention", std::to_string(settings.retention_months) + " mois");
  v.set("centre_sees_individuals", settings.centre_sees_individuals);
  v.set("published_on", core::FormatDate(settings.info_published_at));
  if (director) {
    View d = Object();
    d.set("name", director->display_name);
    d.set("email", director->email);
    v.set("director", d);
  }
  return RecipientPage(ctx, "recipient_info", "Exercices de sensibilisation au phishing", "aware", v);
}

RouteSpec Public(Handler handler) { return {Guard::kPublic, std::nullopt, nullptr, std::move(handler)}; }

}  // namespace

void AddRecipientPathRoutes(WebApp& app) {
  // The router takes the first pattern that matches: the two fixed pages come before
  // /p/{token}, which would match "formation" too.
  app.Add("GET", "/p/formation", Public(TrainingPage));
  app.Add("GET", "/p/info/{id:token}", Public(StaffInformationPage));
  app.Add("GET", "/p/{token:token}", Public(LurePage));
  app.Add("POST", "/p/{token:token}/connexion", Public(SubmitLogin));
  app.Add("GET", "/p/{token:token}/sensibilisation", Public(AwarenessAfterSubmit));
  app.Add("GET", "/p/{token:token}/i.gif", Public(TrackingPixel));
  app.Add("GET", "/p/{token:token}/signaler", Public(ReportForm));
  app.Add("POST", "/p/{token:token}/signaler", Public(Report));
}

}  // namespace vigie::web
