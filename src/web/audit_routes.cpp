// The audit log page and its CSV export, with the filters (action family, actor,
// Europe/Paris days) that the API (api_admin_routes.cpp) reads too, through
// AuditQueryOf and AuditCsv. Lists are limited to ctx.Tenant().

#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "auth/audit_log.hpp"
#include "core/french_format.hpp"
#include "storage/audit_repository.hpp"
#include "web/admin_helpers.hpp"
#include "web/view_helpers.hpp"
#include "web/csv.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using core::AppError;
using core::FieldError;
using tenancy::Action;
using namespace detail;

constexpr long long kAuditPerPage = 50;
constexpr long long kAuditExportMax = 50000;

struct AuditFilterChoice {
  const char* prefix;
  const char* label;
};

const AuditFilterChoice kAuditFilters[] = {
    {"auth.", "Connexions"},
    {"user.", "Comptes"},
    {"mfa.", "Double authentification"},
    {"api_token.", "Jetons d’accès"},
    {"structure.", "Structures"},
};

std::string ActionLabel(const std::string& code) {
  static const std::map<std::string, std::string> kLabels = {
      {"auth.login", "Connexion"},
      {"auth.login_failed", "Échec de connexion"},
      {"auth.logout", "Déconnexion"},
      {"auth.logout_everywhere", "Déconnexion de tous les appareils"},
      {"auth.mfa_passed", "Code de vérification accepté"},
      {"auth.mfa_failed", "Code de vérification refusé"},
      {"auth.reset_requested", "Demande de nouveau mot de passe"},
      {"auth.password_reset", "Mot de passe réinitialisé"},
      {"mfa.enabled", "Double authentification activée"},
      {"mfa.disabled", "Double authentification désactivée"},
      {"user.created", "Compte créé"},
      {"user.invited", "Invitation envoyée"},
      {"user.role_changed", "Rôle changé"},
      {"user.disabled", "Compte désactivé"},
      {"user.enabled", "Compte réactivé"},
      {"user.password_changed", "Mot de passe changé"},
      {"api_token.created", "Jeton d’accès créé"},
      {"api_token.revoked", "Jeton d’accès révoqué"},
      {"api_token.used", "Jeton d’accès utilisé"},
      {"structure.created", "Structure créée"},
      {"structure.updated", "Structure modifiée"},
      {"structure.deleted", "Structure supprimée"},
      {"structure.exported", "Export des structures"},
      {"site.created", "Site ajouté"},
      {"site.deleted", "Site retiré"},
      {"region.created", "Région créée"},
      {"organization.created", "Organisme gestionnaire créé"},
      {"audit.exported", "Journal d’audit exporté"},
  };
  auto it = kLabels.find(code);
  return it == kLabels.end() ? code : it->second;
}

std::string TargetTypeLabel(const std::string& type) {
  static const std::map<std::string, std::string> kLabels = {
      {"user", "Compte"},           {"invitation", "Invitation"}, {"api_token", "Jeton d’accès"},
      {"structure", "Structure"},   {"region", "Région"},         {"organization", "Organisme"},
      {"audit", "Journal d’audit"}, {"session", "Session"},
  };
  auto it = kLabels.find(type);
  return it == kLabels.end() ? type : it->second;
}

// What the event acted upon, in words (names looked up when they still exist).
std::string TargetLabel(const storage::AuditEvent& e, Names& names) {
  if (e.target_id.empty()) return TargetTypeLabel(e.target_type);
  std::string name = e.target_id;
  if (e.target_type == "user")
    name = names.UserLabel(e.target_id);
  else if (e.target_type == "structure")
    name = names.StructureName(e.target_id);
  else if (e.target_type == "region")
    name = names.RegionName(e.target_id);
  else if (e.target_type == "organization")
    name = names.OrganizationName(e.target_id);
  else if (e.target_type == "invitation")
    name = names.InvitationLabel(e.target_id);
  return TargetTypeLabel(e.target_type) + " : " + name;
}

// A day typed as YYYY-MM-DD (date field) or DD/MM/YYYY (text fallback); returns
// the date normalized to YYYY-MM-DD.
std::optional<std::chrono::year_month_day> ParseDay(const std::string& text,
                                                    std::string& normalized) {
  int y = 0;
  unsigned m = 0, d = 0;
  auto digits = [&](std::size_t from, std::size_t n, auto& out) {
    if (from + n > text.size()) return false;
    unsigned long v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      v = v * 10 + static_cast<unsigned long>(text[i] - '0');
    }
    out = static_cast<std::remove_reference_t<decltype(out)>>(v);
    return true;
  };
  bool ok = false;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    ok = digits(0, 4, y) && digits(5, 2, m) && digits(8, 2, d);
  } else if (text.size() == 10 && text[2] == '/' && text[5] == '/') {
    ok = digits(0, 2, d) && digits(3, 2, m) && digits(6, 4, y);
  }
  if (!ok) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                        std::chrono::day{d}};
  if (!ymd.ok() || y < 2000 || y > 2200) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  normalized = buf;
  return ymd;
}

// UTC instant of midnight in Paris at the start of `day`. Summer time changes at
// 01:00 UTC, never around Paris midnight, so the offset an hour earlier is the one.
core::UnixSeconds ParisMidnight(std::chrono::year_month_day day) {
  const long long utc_midnight = std::chrono::duration_cast<std::chrono::seconds>(
                                     std::chrono::sys_days{day}.time_since_epoch())
                                     .count();
  return utc_midnight - core::ParisUtcOffset(utc_midnight - 3600);
}


// The query parameters of each reader; errors are named after them.
struct AuditParamNames {
  const char* action;
  const char* actor;
  const char* from;
  const char* to;
  bool any_prefix;          // the API takes any action prefix, the page its menu's
  const char* date_format;  // in the error messages
};

const AuditParamNames& NamesOf(AuditParams params) {
  static const AuditParamNames kPage{"action", "acteur", "du", "au", false, "jj/mm/aaaa"};
  static const AuditParamNames kApi{"action", "actor", "from", "to", true, "AAAA-MM-JJ"};
  return params == AuditParams::kApi ? kApi : kPage;
}

struct AuditFilters {
  std::string action;  // the action prefix, or empty
  std::string actor;
  std::string from_text, to_text;  // as typed (normalized when valid)
  storage::AuditQuery query;
  std::vector<FieldError> errors;

  // For the page's links, which keep the filters.
  std::string QueryString() const {
    return QueryOf({{"action", action}, {"acteur", actor}, {"du", from_text}, {"au", to_text}});
  }
};

AuditFilters ReadAuditFilters(const Context& ctx, AuditParams params) {
  const AuditParamNames& p = NamesOf(params);
  AuditFilters f;
  const Request& r = ctx.request;
  if (p.any_prefix) {
    f.action = r.Query(p.action);
  } else {
    for (const auto& choice : kAuditFilters) {
      if (r.Query(p.action) == choice.prefix) f.action = choice.prefix;
    }
  }
  f.actor = Trim(r.Query(p.actor));
  if (CharCount(f.actor) > 120) f.actor.clear();
  f.from_text = Trim(r.Query(p.from));
  f.to_text = Trim(r.Query(p.to));
  f.query.tenant = ctx.Tenant();
  f.query.action_prefix = f.action;
  f.query.actor = f.actor;
  const std::string format = p.date_format;
  std::optional<std::chrono::year_month_day> from, to;
  if (!f.from_text.empty()) {
    from = ParseDay(f.from_text, f.from_text);
    if (!from)
      f.errors.push_back(
          {p.from, "Date de début incorrecte : écrivez-la sous la forme " + format + "."});
  }
  if (!f.to_text.empty()) {
    to = ParseDay(f.to_text, f.to_text);
    if (!to)
      f.errors.push_back(
          {p.to, "Date de fin incorrecte : écrivez-la sous la forme " + format + "."});
  }
  if (from && to && std::chrono::sys_days{*to} < std::chrono::sys_days{*from}) {
    f.errors.push_back(
        {p.to, "La date de fin est avant la date de début. Inversez les deux dates."});
    to.reset();
  }
  if (from) f.query.from = ParisMidnight(*from);
  if (to)
    f.query.to = ParisMidnight(
        std::chrono::year_month_day{std::chrono::sys_days{*to} + std::chrono::days{1}});
  return f;
}

Response AuditPage(Context& ctx) {
  AuditFilters f = ReadAuditFilters(ctx, AuditParams::kPage);
  f.query.page = {PageParam(ctx.request), kAuditPerPage};
  View rows = List();
  storage::Page<storage::AuditEvent> page;
  ctx.services.db.Run([&](storage::Session& s) {
    page = storage::ListAuditEvents(s, f.query);
    if (page.items.empty() && page.number > page.PageCount()) {
      f.query.page.number = page.PageCount();
      page = storage::ListAuditEvents(s, f.query);
    }
    Names names(s);
    for (const auto& e : page.items) {
      View row = Object();
      row.set("date", core::FormatDate(e.occurred_at));
      row.set("time", core::FormatTime(e.occurred_at));
      row.set("iso", core::FormatIsoUtc(e.occurred_at));
      row.set("actor", e.actor_label);
      row.set("action", ActionLabel(e.action));
      row.set("action_code", e.action);
      row.set("target", TargetLabel(e, names));
      row.set("details", e.details);
      rows.push_back(row);
    }
  });
  View view = FormErrors(f.errors, "Les filtres contiennent une erreur");
  view.set("events", rows);
  view.set("has_events", !rows.is_empty_list());
  view.set("filtered",
           !f.action.empty() || !f.actor.empty() || !f.from_text.empty() || !f.to_text.empty());
  View actions = List();
  for (const auto& choice : kAuditFilters)
    actions.push_back(Option(choice.prefix, choice.label, f.action == choice.prefix));
  view.set("actions", actions);
  view.set("acteur", f.actor);
  view.set("du", f.from_text);
  view.set("au", f.to_text);
  view.set("count", Plural(page.total, "événement", "événements"));
  view.set("can_export", tenancy::Allows(ctx.Principal(), Action::kExportAudit, OwnScope(ctx)));
  const std::string query = f.QueryString();
  view.set("export_href", "/audit.csv" + (query.empty() ? "" : "?" + query));
  view.set("pager", PaginationView(page.number, page.PageCount(), page.total, query, "/audit"));
  return ctx.Page("audit", "Journal d’audit", view, f.errors.empty() ? 200 : 422);
}

}  // namespace

storage::AuditQuery AuditQueryOf(const Context& ctx, AuditParams params) {
  AuditFilters f = ReadAuditFilters(ctx, params);
  if (!f.errors.empty())
    throw AppError::Invalid("Les filtres du journal d’audit contiennent une erreur.", f.errors);
  return f.query;
}

Response AuditCsv(Context& ctx, AuditParams params) {
  AuditFilters f = ReadAuditFilters(ctx, params);
  if (!f.errors.empty())
    throw AppError::Invalid("L’export n’a pas été fait : corrigez les filtres.", f.errors);
  std::string csv = kCsvBom;
  csv += CsvLine({"Date (UTC)", "Date", "Heure", "Acteur", "Code de l’action", "Action", "Cible",
                  "Identifiant de la cible", "Rattachement", "Détails"});
  long long written = 0;
  ctx.services.db.Run([&](storage::Session& s) {
    Names names(s);
    // Events written while the export runs would shift the pages: stop at "now".
    const long long end = ctx.services.clock.Now() + 1;
    if (f.query.to == 0 || f.query.to > end) f.query.to = end;
    f.query.page = {1, 200};
    while (written < kAuditExportMax) {
      const auto page = storage::ListAuditEvents(s, f.query);
      for (const auto& e : page.items) {
        if (written >= kAuditExportMax) break;
        csv += CsvLine({core::FormatIsoUtc(e.occurred_at), core::FormatDate(e.occurred_at),
                        core::FormatTime(e.occurred_at), e.actor_label, e.action,
                        ActionLabel(e.action), TargetLabel(e, names), e.target_id,
                        e.region_id.empty() && e.structure_id.empty()
                            ? ""
                            : names.Attachment(e.region_id, e.structure_id),
                        e.details});
        ++written;
      }
      if (static_cast<long long>(page.items.size()) < f.query.page.size) break;
      ++f.query.page.number;
    }
  });
  std::string details = Plural(written, "ligne", "lignes");
  if (!f.action.empty()) details += ", actions " + f.action + "*";
  if (!f.actor.empty()) details += ", acteur « " + f.actor + " »";
  if (!f.from_text.empty()) details += ", du " + f.from_text;
  if (!f.to_text.empty()) details += ", au " + f.to_text;
  ctx.services.db.Transact([&](storage::Session& s) {
    const auto& who = ctx.Who().user;
    auth::RecordAudit(s, ctx.services.clock,
                      {who.id, who.email, "audit.exported", "audit", "", f.query.tenant.region_id,
                       f.query.tenant.structure_id, details});
  });
  return CsvDownload(std::move(csv), "journal-audit", ctx.services.clock.Now());
}

void AddAuditRoutes(WebApp& app) {
  app.Add("GET", "/audit", {Guard::kSignedIn, Action::kViewAudit, nullptr, AuditPage});
  app.Add("GET", "/audit.csv", {Guard::kSignedIn, Action::kExportAudit, nullptr, [](Context& ctx) {
                                  return AuditCsv(ctx, AuditParams::kPage);
                                }});
}

}  // namespace vigie::web
