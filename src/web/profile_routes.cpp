// The signed-in person's own account: profile, password, two-factor authentication
// (enrolment, recovery codes, deactivation), personal API tokens, and signing out of
// every device.
//
// The enrolment pages accept a pending session (Guard::kPendingSession): CRRC staff
// without a second factor are sent there right after signing in and reach nothing
// else until they have enrolled.

#include <optional>
#include <string>
#include <vector>

#include "core/french_format.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"
#include "web/view_helpers.hpp"
#include "web/qr_code.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using core::AppError;
using core::FieldError;
using tenancy::Action;
using tenancy::Role;

constexpr const char* kEnrolPath = "/profil/double-authentification";

bool IsInvalid(const AppError& e) { return e.kind() == core::ErrorKind::kInvalid && !e.fields().empty(); }

// Same cookie as at sign-in (auth_routes.cpp).
void SetSessionCookie(Context& ctx, const std::string& token) {
  ctx.set_cookies.push_back(
      CookieHeader("vigie_session", token, 12 * 3600, ctx.services.settings.secure_cookies));
}

void ClearSessionCookie(Context& ctx) {
  ctx.set_cookies.push_back(CookieHeader("vigie_session", "", 0, ctx.services.settings.secure_cookies));
}

// "JBSW Y3DP EHPK 3PXP …": easier to type into an application by hand.
std::string GroupBy4(const std::string& secret) {
  std::string out;
  for (std::size_t i = 0; i < secret.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += ' ';
    out += secret[i];
  }
  return out;
}

// ---------------------------------------------------------------------------------
// Profile page

struct ProfileForm {
  std::vector<FieldError> errors;
  std::string summary;
  std::string token_name;  // typed values kept after an error
  std::string token_role;
};

Response ProfilePage(Context& ctx, const ProfileForm& form = {}, int status = 200) {
  const auth::Identity& who = ctx.Who();
  View view = ErrorsView(form.errors);
  view.set("summary", form.summary);
  view.set("name", who.user.display_name);
  view.set("email", who.user.email);
  view.set("role", std::string(tenancy::RoleLabel(who.user.role)));
  std::string tenant = "Toutes les régions";
  long long recovery_codes = 0;
  ctx.services.db.Run([&](storage::Session& s) {
    if (!who.user.structure_id.empty()) {
      if (auto st = storage::FindStructure(s, who.user.structure_id)) tenant = st->name;
    } else if (!who.user.region_id.empty()) {
      if (auto r = storage::FindRegion(s, who.user.region_id)) tenant = r->crrc_name + " (" + r->name + ")";
    }
    recovery_codes = storage::CountUnusedRecoveryCodes(s, who.user.id);
  });
  view.set("tenant", tenant);
  view.set("mfa", who.user.mfa_enabled);
  view.set("mfa_required", tenancy::RequiresMfa(who.user.role));
  view.set("recovery_codes", core::FormatInteger(recovery_codes));
  view.set("few_recovery_codes", who.user.mfa_enabled && recovery_codes < 3);

  View tokens = List();
  for (const auto& t : ctx.services.accounts.ListApiTokens(who)) {
    View row = Object();
    row.set("id", t.id);
    row.set("name", t.name);
    const auto role = tenancy::ParseRole(t.role);
    row.set("role", role ? std::string(tenancy::RoleLabel(*role)) : t.role);
    row.set("created_at", core::FormatDate(t.created_at));
    row.set("last_used", t.last_used_at == 0 ? std::string("Jamais") : core::FormatDateTime(t.last_used_at));
    row.set("revoked", t.revoked_at != 0);
    row.set("revoked_at", t.revoked_at == 0 ? std::string() : core::FormatDate(t.revoked_at));
    tokens.push_back(row);
  }
  view.set("tokens", tokens);
  view.set("has_tokens", !tokens.is_empty_list());
  View roles = List();
  const std::string& selected = form.token_role;  // no default: the person chooses the rights
  for (Role r : tenancy::AllRoles()) {
    if (!tenancy::Dominates(who.user.role, r)) continue;
    roles.push_back(Option(std::string(tenancy::RoleCode(r)), std::string(tenancy::RoleLabel(r)),
                           selected == tenancy::RoleCode(r)));
  }
  view.set("token_roles", roles);
  view.set("token_name", form.token_name);
  return ctx.Page("profile", "Mon profil", view, status);
}

Response ChangePassword(Context& ctx) {
  const auth::Identity who = ctx.Who();
  const std::string next = ctx.request.FormValue("new_password");
  try {
    ctx.services.accounts.ChangePassword(who, ctx.request.FormValue("current_password"), next);
  } catch (const AppError& e) {
    if (!IsInvalid(e)) throw;
    return ProfilePage(ctx, {e.fields(), "Le mot de passe n’a pas été changé", "", ""}, 422);
  }
  // Every session of the account was closed, this one included: open a new one with
  // the new password, as a sign-in would.
  const auto result = ctx.services.sign_in.SignIn(who.user.email, next, ctx.request.remote_address);
  if (result.outcome != auth::SignInResult::Outcome::kSignedIn) {
    ClearSessionCookie(ctx);
    ctx.identity.reset();
    return ctx.RedirectWithFlash("/connexion", "success",
                                 "Votre mot de passe est changé. Connectez-vous avec le nouveau.");
  }
  SetSessionCookie(ctx, result.session_token);
  ctx.identity = ctx.services.sign_in.ResolveSession(result.session_token);
  if (ctx.identity && ctx.identity->NeedsSecondFactor()) {
    return ctx.RedirectWithFlash("/connexion/verification", "success",
                                 "Votre mot de passe est changé et vos autres appareils sont déconnectés. "
                                 "Saisissez à nouveau un code de vérification pour continuer.");
  }
  return ctx.RedirectWithFlash("/profil", "success",
                               "Votre mot de passe est changé. Vos autres appareils sont déconnectés.");
}

Response DisableMfa(Context& ctx) {
  try {
    ctx.services.accounts.DisableMfa(ctx.Who(), ctx.request.FormValue("password"));
  } catch (const AppError& e) {
    if (!IsInvalid(e)) throw;
    return ProfilePage(ctx, {e.fields(), "La double authentification reste activée", "", ""}, 422);
  }
  return ctx.RedirectWithFlash("/profil", "success",
                               "La double authentification est désactivée. Vous pouvez la réactiver à tout moment.");
}

Response CreateToken(Context& ctx) {
  const std::string name = ctx.request.FormValue("name");
  const std::string role_code = ctx.request.FormValue("role");
  const ProfileForm typed{{}, "Le jeton n’a pas été créé", name, role_code};
  const auto role = tenancy::ParseRole(role_code);
  if (!role) {
    ProfileForm form = typed;
    form.errors = {{"role", "Choisissez les droits du jeton dans la liste."}};
    return ProfilePage(ctx, form, 422);
  }
  auth::CreatedApiToken created;
  try {
    created = ctx.services.accounts.CreateApiToken(ctx.Who(), name, *role);
  } catch (const AppError& e) {
    if (!IsInvalid(e)) throw;
    ProfileForm form = typed;
    form.errors = e.fields();
    return ProfilePage(ctx, form, 422);
  }
  View view = Object();
  view.set("name", tenancy::TrimCopy(name));
  view.set("role", std::string(tenancy::RoleLabel(*role)));
  view.set("token", created.token);
  return ctx.Page("api_token_created", "Jeton d’accès créé", view);
}

Response RevokeToken(Context& ctx) {
  const std::string id = ctx.request.Param("id");
  std::string name;
  for (const auto& t : ctx.services.accounts.ListApiTokens(ctx.Who())) {
    if (t.id == id) name = t.name;
  }
  ctx.services.accounts.RevokeApiToken(ctx.Who(), id);  // NotFound when not the caller's
  return ctx.RedirectWithFlash("/profil", "success",
                               "Le jeton « " + name + " » est révoqué : il ne donne plus accès à l’API.");
}

Response SignOutEverywhere(Context& ctx) {
  ctx.services.sign_in.SignOutEverywhere(ctx.Who());
  ClearSessionCookie(ctx);
  ctx.identity.reset();
  return ctx.RedirectWithFlash("/connexion", "success",
                               "Vous êtes déconnecté de tous les appareils, y compris celui-ci.");
}

// ---------------------------------------------------------------------------------
// Two-factor enrolment

// Renders a page in the application layout once the person is fully signed in, in
// the sign-in layout while the session is still pending.
Response AccountPage(Context& ctx, const std::string& name, const std::string& title, View view,
                     int status = 200) {
  const bool in_app = ctx.Who().FullyAuthenticated();
  view.set("in_app", in_app);
  return in_app ? ctx.Page(name, title, view, status) : ctx.AuthPage(name, title, view, status);
}

Response EnrolPage(Context& ctx, const auth::MfaEnrolment& enrolment,
                   const std::vector<FieldError>& errors = {}, int status = 200) {
  View view = ErrorsView(errors);
  view.set("summary", "La double authentification n’est pas encore activée");
  view.set("secret", enrolment.secret_base32);
  view.set("secret_grouped", GroupBy4(enrolment.secret_base32));
  view.set("otpauth_uri", enrolment.otpauth_uri);
  if (auto svg = QrCodeSvg(enrolment.otpauth_uri)) view.set("qr_code", SvgDataUri(*svg));
  view.set("mandatory", ctx.Who().MustEnrolMfa());
  view.set("email", ctx.Who().user.email);
  return AccountPage(ctx, "mfa_enrol", "Activer la double authentification", view, status);
}

// Where to go when there is nothing to enrol (already enabled).
std::optional<Response> AlreadyEnrolled(Context& ctx) {
  const auth::Identity& who = ctx.Who();
  if (who.NeedsSecondFactor()) return Response::Redirect("/connexion/verification");
  if (who.user.mfa_enabled) {
    return ctx.RedirectWithFlash("/profil", "info", "La double authentification est déjà activée sur votre compte.");
  }
  return std::nullopt;
}

Response ShowEnrolment(Context& ctx) {
  if (auto r = AlreadyEnrolled(ctx)) return *r;
  // Coming back to the page (a reload, a wrong code, a detour) shows the same key, so
  // an application already set up with it keeps working; a key is made only when
  // none is pending.
  auto enrolment = ctx.services.accounts.PendingMfaEnrolment(ctx.Who());
  if (!enrolment) enrolment = ctx.services.accounts.StartMfaEnrolment(ctx.Who());
  return EnrolPage(ctx, *enrolment);
}

Response ConfirmEnrolment(Context& ctx) {
  if (auto r = AlreadyEnrolled(ctx)) return *r;
  const auto pending = ctx.services.accounts.PendingMfaEnrolment(ctx.Who());
  if (!pending) return Response::Redirect(kEnrolPath);
  const std::string code = ctx.request.FormValue("code");
  const auto codes = ctx.services.accounts.ConfirmMfaEnrolment(ctx.Who(), code);
  if (!codes) {
    const std::string message =
        code.empty() ? "Saisissez le code à 6 chiffres affiché par l’application."
                     : "Ce code ne correspond pas. Vérifiez que l’heure de votre téléphone est exacte, puis "
                       "saisissez le code affiché en ce moment (6 chiffres, il change toutes les 30 secondes).";
    return EnrolPage(ctx, *pending, {{"code", message}}, 422);
  }
  // Privilege change: a new session, with the second factor counted as passed.
  const std::string token = ctx.services.sign_in.RotateSessionAfterEnrolment(ctx.Who());
  SetSessionCookie(ctx, token);
  ctx.identity = ctx.services.sign_in.ResolveSession(token);
  if (!ctx.identity) throw AppError::Unauthenticated();
  View view = Object();
  View list = List();
  std::string all;
  for (const auto& c : *codes) {
    View item = Object();
    item.set("code", c);
    list.push_back(item);
    all += c + "\n";
  }
  view.set("codes", list);
  view.set("all_codes", all);
  return AccountPage(ctx, "mfa_recovery_codes", "Vos codes de secours", view);
}

}  // namespace

void AddProfileRoutes(WebApp& app) {
  const auto own = Action::kManageOwnAccount;
  app.Add("GET", "/profil", {Guard::kSignedIn, own, nullptr, [](Context& ctx) { return ProfilePage(ctx); }});
  app.Add("POST", "/profil/mot-de-passe", {Guard::kSignedIn, own, nullptr, ChangePassword});
  app.Add("GET", kEnrolPath, {Guard::kPendingSession, own, nullptr, ShowEnrolment});
  app.Add("POST", kEnrolPath, {Guard::kPendingSession, own, nullptr, ConfirmEnrolment});
  app.Add("POST", "/profil/double-authentification/desactiver", {Guard::kSignedIn, own, nullptr, DisableMfa});
  app.Add("POST", "/profil/jetons", {Guard::kSignedIn, own, nullptr, CreateToken});
  app.Add("POST", "/profil/jetons/{id:id}/revoquer", {Guard::kSignedIn, own, nullptr, RevokeToken});
  app.Add("POST", "/profil/deconnexion-partout", {Guard::kSignedIn, own, nullptr, SignOutEverywhere});
}

}  // namespace vigie::web
