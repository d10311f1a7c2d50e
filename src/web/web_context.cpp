#include "web/web_context.hpp"

#include "crypto/random.hpp"

#include "storage/tenancy_repository.hpp"
#include "tenancy/policy.hpp"

namespace vigie::web {
namespace {

struct NavItem {
  const char* href;
  const char* label;
  tenancy::Action action;
};

// The left navigation; an item appears only when the policy allows its action.
const NavItem kNav[] = {
    {"/", "Tableau de bord", tenancy::Action::kViewDashboard},
    {"/structures", "Structures", tenancy::Action::kCreateStructure},
    {"/regions", "Régions", tenancy::Action::kViewRegions},
    {"/organismes", "Organismes gestionnaires", tenancy::Action::kViewOrganizations},
    {"/utilisateurs", "Utilisateurs", tenancy::Action::kViewUsers},
    {"/campagnes", "Campagnes de simulation", tenancy::Action::kManageCampaigns},
    {"/sensibilisation/modeles", "Modèles de simulation", tenancy::Action::kViewPhishingTemplates},
    {"/audit", "Journal d'audit", tenancy::Action::kViewAudit},
};

tenancy::Scope OwnScope(const tenancy::Principal& p) { return {p.region_id, p.structure_id}; }

}  // namespace

const auth::Identity& Context::Who() const {
  if (!identity) throw core::AppError::Unauthenticated();
  return *identity;
}

storage::TenantFilter Context::Tenant() const {
  const auto& p = Principal();
  if (p.role == tenancy::Role::kPlatformAdmin) return {};
  return {p.region_id, p.structure_id};
}

void Context::RequireAllowed(tenancy::Action action, const tenancy::Scope& scope) const {
  if (!tenancy::Allows(Principal(), action, scope)) throw core::AppError::Forbidden();
}

std::string Context::CsrfToken() {
  if (identity && !identity->via_api_token) return identity->csrf_token;
  if (anonymous_csrf.empty()) {
    anonymous_csrf = crypto::NewToken();
    set_cookies.push_back(CookieHeader("vigie_csrf", anonymous_csrf, 12 * 3600,
                                       services.settings.secure_cookies, "Strict"));
  }
  return anonymous_csrf;
}

View Context::Layout(const std::string& title) {
  View layout = Object();
  layout.set("title", title);
  layout.set("csrf_token", CsrfToken());
  View flash = List();
  for (const auto& f : flashes) {
    View item = Object();
    item.set("kind", f.kind);
    item.set("message", f.message);
    flash.push_back(item);
  }
  layout.set("flash", flash);
  if (identity && identity->FullyAuthenticated()) {
    const auto& p = identity->principal;
    View user = Object();
    user.set("name", identity->user.display_name);
    user.set("role_label", std::string(tenancy::RoleLabel(p.role)));
    std::string scope = "Toutes les régions";
    services.db.Run([&](storage::Session& s) {
      if (!p.structure_id.empty()) {
        if (auto st = storage::FindStructure(s, p.structure_id)) scope = st->name;
      } else if (!p.region_id.empty()) {
        if (auto r = storage::FindRegion(s, p.region_id)) scope = r->crrc_name;
      }
    });
    user.set("scope_label", scope);
    layout.set("user", user);
    View nav = List();
    for (const NavItem& item : kNav) {
      const bool allowed = item.action == tenancy::Action::kCreateStructure
                               ? tenancy::Allows(p, tenancy::Action::kViewStructure, OwnScope(p))
                               : tenancy::Allows(p, item.action, OwnScope(p));
      if (!allowed) continue;
      View entry = Object();
      entry.set("href", item.href);
      entry.set("label", item.label);
      const std::string href = item.href;
      const bool current = href == "/" ? request.path == "/" : request.path.starts_with(href);
      entry.set("current", current);
      nav.push_back(entry);
    }
    layout.set("nav", nav);
  }
  return layout;
}

Response Context::Page(const std::string& name, const std::string& title, View view, int status) {
  View layout = Layout(title);
  view.set("csrf_token", CsrfToken());
  layout.set("content", services.templates.Render(name, view));
  return Response::Html(services.templates.Render("layout", layout), status);
}

Response Context::AuthPage(const std::string& name, const std::string& title, View view, int status) {
  View layout = Layout(title);
  view.set("csrf_token", CsrfToken());
  layout.set("content", services.templates.Render(name, view));
  return Response::Html(services.templates.Render("auth_layout", layout), status);
}

Response Context::RedirectWithFlash(const std::string& location, const std::string& kind,
                                    const std::string& message) {
  Response r = Response::Redirect(location);
  r.headers.emplace_back("Set-Cookie", CookieHeader("vigie_flash", UrlEncode(kind + "|" + message), 60,
                                                    services.settings.secure_cookies, "Strict"));
  return r;
}

View ErrorsView(const std::vector<core::FieldError>& errors) {
  View view = Object();
  View list = List();
  for (const auto& e : errors) {
    View item = Object();
    item.set("field", e.field);
    item.set("message", e.message);
    list.push_back(item);
    view.set("error_" + e.field, e.message);
  }
  view.set("errors", list);
  view.set("has_errors", !errors.empty());
  return view;
}

}  // namespace vigie::web
