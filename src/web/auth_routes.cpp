// Sign-in, second factor, sign-out, invitation acceptance and password reset pages.

#include "web/web_app.hpp"

namespace vigie::web {
namespace {

// Only local paths are accepted as a destination after sign-in (no open redirect).
std::string SafeNext(const std::string& next) {
  if (next.empty() || next.front() != '/' || next.starts_with("//") || next.find('\\') != std::string::npos) {
    return "/";
  }
  return next;
}

void SetSessionCookie(Context& ctx, const std::string& token) {
  ctx.set_cookies.push_back(CookieHeader("vigie_session", token,
                                         ctx.services.settings.secure_cookies ? 12 * 3600 : 12 * 3600,
                                         ctx.services.settings.secure_cookies));
}

Response LoginPage(Context& ctx, View view, int status = 200) {
  return ctx.AuthPage("login", "Connexion", std::move(view), status);
}

std::string ThrottleMessage(long long seconds) {
  const long long minutes = (seconds + 59) / 60;
  return "Trop de tentatives de connexion. Par sécurité, réessayez dans " + std::to_string(minutes) +
         (minutes > 1 ? " minutes." : " minute.");
}

Response SetPasswordPage(Context& ctx, const std::string& heading, const std::string& intro,
                         const std::string& action, const std::string& button,
                         const std::string& email, const std::vector<core::FieldError>& errors,
                         int status = 200) {
  View view = ErrorsView(errors);
  view.set("summary", "Le mot de passe n'a pas été enregistré");
  view.set("heading", heading);
  view.set("intro", intro);
  view.set("action", action);
  view.set("button", button);
  view.set("email", email);
  return ctx.AuthPage("set_password", heading, view, status);
}

}  // namespace

void AddAuthRoutes(WebApp& app) {
  app.Add("GET", "/connexion", {Guard::kPublic, std::nullopt, nullptr, [](Context& ctx) {
            if (ctx.identity && ctx.identity->FullyAuthenticated()) return Response::Redirect("/");
            View view = Object();
            view.set("next", SafeNext(ctx.request.Query("suite")));
            return LoginPage(ctx, view);
          }});

  app.Add("POST", "/connexion", {Guard::kPublic, std::nullopt, nullptr, [](Context& ctx) {
            const std::string email = ctx.request.FormValue("email");
            const auto result = ctx.services.sign_in.SignIn(email, ctx.request.FormValue("password"),
                                                            ctx.request.remote_address);
            View view = Object();
            view.set("email", email);
            view.set("next", SafeNext(ctx.request.FormValue("suite")));
            switch (result.outcome) {
              case auth::SignInResult::Outcome::kThrottled:
                view.set("throttled", ThrottleMessage(result.retry_after_seconds));
                return LoginPage(ctx, view, 429);
              case auth::SignInResult::Outcome::kInvalid:
                view.set("invalid", true);
                return LoginPage(ctx, view, 401);
              case auth::SignInResult::Outcome::kSignedIn:
                break;
            }
            SetSessionCookie(ctx, result.session_token);
            ctx.identity = ctx.services.sign_in.ResolveSession(result.session_token);
            if (ctx.identity && ctx.identity->NeedsSecondFactor()) return Response::Redirect("/connexion/verification");
            if (ctx.identity && ctx.identity->MustEnrolMfa()) return Response::Redirect("/profil/double-authentification");
            return Response::Redirect(SafeNext(ctx.request.FormValue("suite")));
          }});

  app.Add("GET", "/connexion/verification", {Guard::kPendingSession, std::nullopt, nullptr, [](Context& ctx) {
            if (!ctx.Who().NeedsSecondFactor()) return Response::Redirect("/");
            return ctx.AuthPage("second_factor", "Vérification en deux étapes", Object());
          }});

  app.Add("POST", "/connexion/verification", {Guard::kPendingSession, std::nullopt, nullptr, [](Context& ctx) {
            if (!ctx.Who().NeedsSecondFactor()) return Response::Redirect("/");
            View view = Object();
            std::optional<std::string> token;
            try {
              token = ctx.services.sign_in.PassSecondFactor(ctx.Who(), ctx.request.FormValue("code"),
                                                            ctx.request.remote_address);
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kTooManyRequests) throw;
              view.set("throttled", std::string(e.what()));
              return ctx.AuthPage("second_factor", "Vérification en deux étapes", view, 429);
            }
            if (!token) {
              view.set("invalid", true);
              return ctx.AuthPage("second_factor", "Vérification en deux étapes", view, 401);
            }
            SetSessionCookie(ctx, *token);
            return Response::Redirect("/");
          }});

  app.Add("POST", "/deconnexion", {Guard::kPendingSession, std::nullopt, nullptr, [](Context& ctx) {
            ctx.services.sign_in.SignOut(ctx.Who());
            ctx.set_cookies.push_back(CookieHeader("vigie_session", "", 0, ctx.services.settings.secure_cookies));
            ctx.identity.reset();
            return ctx.RedirectWithFlash("/connexion", "success", "Vous êtes déconnecté.");
          }});

  app.Add("GET", "/invitation/{token:token}", {Guard::kPublic, std::nullopt, nullptr, [](Context& ctx) {
            const auto invitation = ctx.services.onboarding.CheckInvitation(ctx.request.Param("token"));
            return SetPasswordPage(ctx, "Créer votre compte",
                                   "Bienvenue " + invitation.display_name + ". Choisissez votre mot de passe pour activer votre compte.",
                                   "/invitation/" + ctx.request.Param("token"), "Créer mon compte",
                                   invitation.email, {});
          }});

  app.Add("POST", "/invitation/{token:token}", {Guard::kPublic, std::nullopt, nullptr, [](Context& ctx) {
            const std::string token = ctx.request.Param("token");
            const auto invitation = ctx.services.onboarding.CheckInvitation(token);
            try {
              ctx.services.onboarding.AcceptInvitation(token, ctx.request.FormValue("password"));
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid || e.fields().empty()) throw;
              return SetPasswordPage(ctx, "Créer votre compte", "Choisissez votre mot de passe pour activer votre compte.",
                                     "/invitation/" + token, "Créer mon compte", invitation.email, e.fields(), 422);
            }
            return ctx.RedirectWithFlash("/connexion", "success",
                                         "Votre compte est créé. Connectez-vous avec votre adresse et votre mot de passe.");
          }});

  app.Add("GET", "/mot-de-passe/oubli", {Guard::kPublic, std::nullopt, nullptr, [](Context& ctx) {
            return ctx.AuthPage("forgot_password", "Mot de passe oublié", Object());
          }});

  app.Add("POST", "/mot-de-passe/oubli", {Guard::kPublic, std::nullopt, nullptr, [](Context& ctx) {
            View view = Object();
            try {
              ctx.services.onboarding.RequestPasswordReset(ctx.request.FormValue("email"));
              if (ctx.services.wake_workers) ctx.services.wake_workers();
              view.set("sent", true);
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              view = ErrorsView(e.fields());
              view.set("summary", "La demande n'a pas été envoyée");
              view.set("email", ctx.request.FormValue("email"));
              return ctx.AuthPage("forgot_password", "Mot de passe oublié", view, 422);
            }
            return ctx.AuthPage("forgot_password", "Mot de passe oublié", view);
          }});

  app.Add("GET", "/mot-de-passe/nouveau/{token:token}", {Guard::kPublic, std::nullopt, nullptr, [](Context& ctx) {
            ctx.services.onboarding.CheckPasswordReset(ctx.request.Param("token"));
            return SetPasswordPage(ctx, "Nouveau mot de passe", "Choisissez votre nouveau mot de passe.",
                                   "/mot-de-passe/nouveau/" + ctx.request.Param("token"), "Enregistrer", "", {});
          }});

  app.Add("POST", "/mot-de-passe/nouveau/{token:token}", {Guard::kPublic, std::nullopt, nullptr, [](Context& ctx) {
            const std::string token = ctx.request.Param("token");
            try {
              ctx.services.onboarding.CompletePasswordReset(token, ctx.request.FormValue("password"));
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid || e.fields().empty()) throw;
              return SetPasswordPage(ctx, "Nouveau mot de passe", "Choisissez votre nouveau mot de passe.",
                                     "/mot-de-passe/nouveau/" + token, "Enregistrer", "", e.fields(), 422);
            }
            return ctx.RedirectWithFlash("/connexion", "success",
                                         "Votre mot de passe est changé. Connectez-vous avec le nouveau.");
          }});

  app.Add("GET", "/accessibilite", {Guard::kPublic, std::nullopt, nullptr, [](Context& ctx) {
            return ctx.AuthPage("accessibility", "Accessibilité", Object());
          }});
}

}  // namespace vigie::web
