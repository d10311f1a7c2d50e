#include "web/web_app.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <chrono>

#include "core/utf8.hpp"
#include "crypto/hash.hpp"
#include "crypto/random.hpp"

namespace vigie::web {
namespace {

bool IsUnsafe(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

std::string BearerToken(const Request& r) {
  const std::string h = r.Header("authorization");
  if (h.size() > 7 && (h.starts_with("Bearer ") || h.starts_with("bearer "))) return h.substr(7);
  return {};
}

// Page titles of error pages, in the words of the person who meets them.
std::string ErrorTitle(core::ErrorKind kind) {
  switch (kind) {
    case core::ErrorKind::kInvalid: return "Demande impossible à traiter";
    case core::ErrorKind::kMalformed: return "Requête illisible";
    case core::ErrorKind::kUnauthenticated: return "Connexion nécessaire";
    case core::ErrorKind::kForbidden: return "Accès refusé";
    case core::ErrorKind::kNotFound: return "Page introuvable";
    case core::ErrorKind::kConflict: return "Action déjà effectuée";
    case core::ErrorKind::kTooManyRequests: return "Trop de tentatives";
    case core::ErrorKind::kPayloadTooLarge: return "Envoi trop volumineux";
    case core::ErrorKind::kUnavailable: return "Service momentanément indisponible";
    case core::ErrorKind::kInternal: return "Erreur inattendue";
  }
  return "Erreur";
}

// Every text that enters through the URL or a form must be UTF-8 (JSON bodies are
// checked by their parser): checked once here rather than in each handler.
void RequireUtf8Input(const Request& r) {
  const core::AppError malformed(core::ErrorKind::kMalformed,
                                 "La requête contient des caractères illisibles (encodage autre que UTF-8).");
  if (!core::IsValidUtf8(r.path)) throw malformed;
  for (const auto& [key, value] : ParseUrlEncoded(r.query_string)) {
    if (!core::IsValidUtf8(key) || !core::IsValidUtf8(value)) throw malformed;
  }
  for (const auto& [key, value] : r.Form()) {
    if (!core::IsValidUtf8(key) || !core::IsValidUtf8(value)) throw malformed;
  }
}

}  // namespace

int HttpStatusOf(core::ErrorKind kind) {
  switch (kind) {
    case core::ErrorKind::kInvalid: return 422;
    case core::ErrorKind::kMalformed: return 400;
    case core::ErrorKind::kUnauthenticated: return 401;
    case core::ErrorKind::kForbidden: return 403;
    case core::ErrorKind::kNotFound: return 404;
    case core::ErrorKind::kConflict: return 409;
    case core::ErrorKind::kTooManyRequests: return 429;
    case core::ErrorKind::kPayloadTooLarge: return 413;
    case core::ErrorKind::kUnavailable: return 503;
    case core::ErrorKind::kInternal: return 500;
  }
  return 500;
}

Response JsonError(int status, const core::AppError& error) {
  nlohmann::json fields = nlohmann::json::array();
  for (const auto& f : error.fields()) fields.push_back({{"field", f.field}, {"message", f.message}});
  nlohmann::json body = {{"error",
                          {{"code", core::ErrorCode(error.kind())},
                           {"message", error.what()},
                           {"fields", fields}}}};
  return Response::Json(body.dump(), status);
}

void AddSecurityHeaders(Response& response, bool secure) {
  response.SetHeader("Content-Security-Policy",
                     "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                     "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
                     "base-uri 'none'; object-src 'none'");
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("X-Frame-Options", "DENY");
  if (response.GetHeader("Referrer-Policy").empty()) response.SetHeader("Referrer-Policy", "same-origin");
  response.SetHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  response.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
  if (secure) response.SetHeader("Strict-Transport-Security", "max-age=31536000");
  if (response.GetHeader("Cache-Control").empty()) response.SetHeader("Cache-Control", "no-store");
}

WebApp::WebApp(Services& services) : services_(services) {
  AddOpsRoutes(*this);
  AddAuthRoutes(*this);
  AddDashboardRoutes(*this);
  AddStructureRoutes(*this);
  AddSiteRoutes(*this);
  AddApiDiagnosticRoutes(*this);
  AddDiagnosticRoutes(*this);
  AddActionPlanRoutes(*this);
  AddApiActionPlanRoutes(*this);
  AddDocumentRoutes(*this);
  AddRecipientRoutes(*this);
  AddApiRecipientRoutes(*this);
  AddAwarenessRoutes(*this);
  AddSendingProfileRoutes(*this);
  AddCampaignRoutes(*this);
  AddApiCampaignRoutes(*this);
  AddCampaignWaveRoutes(*this);
  AddTemplateEditorRoutes(*this);
  AddAwarenessReportRoutes(*this);
  AddRecipientPathRoutes(*this);
  AddStructureExportRoutes(*this);
  AddAdminRoutes(*this);
  AddProfileRoutes(*this);
  AddApiRoutes(*this);
  AddApiAdminRoutes(*this);
}

void WebApp::Add(const std::string& method, const std::string& pattern, RouteSpec spec) {
  router_.Add(method, pattern, std::move(spec));
}

void WebApp::Authenticate(Context& ctx) {
  const Request& r = ctx.request;
  const std::string bearer = BearerToken(r);
  if (!bearer.empty()) {
    if (!r.path.starts_with("/api/")) throw core::AppError::Unauthenticated("Les jetons d'accès ne servent qu'à l'API.");
    ctx.identity = services_.sign_in.ResolveApiToken(bearer);
    if (!ctx.identity) throw core::AppError::Unauthenticated("Jeton d'accès inconnu ou révoqué.");
    return;
  }
  const std::string cookie = r.Cookie("vigie_session");
  if (!cookie.empty()) ctx.identity = services_.sign_in.ResolveSession(cookie);
  if (!ctx.identity) {
    // The anonymous CSRF cookie is made only when a page needs it (Context::CsrfToken).
    ctx.anonymous_csrf = r.Cookie("vigie_csrf");
    if (ctx.anonymous_csrf.size() != 43) ctx.anonymous_csrf.clear();
    if (!cookie.empty()) {  // expired session: drop the cookie
      ctx.set_cookies.push_back(CookieHeader("vigie_session", "", 0, services_.settings.secure_cookies));
    }
  }
}

// Browser requests that change state must carry the CSRF token of their session
// (or of the anonymous cookie before sign-in), and come from our own origin when the
// browser says where they come from. API calls with a bearer token carry no ambient
// credential and are exempt.
void WebApp::CheckCsrf(Context& ctx) {
  const Request& r = ctx.request;
  if (!IsUnsafe(r.method) || !BearerToken(r).empty()) return;
  const std::string origin = r.Header("origin");
  if (!origin.empty() && origin != "null") {
    const std::string host = r.Header("host");
    if (origin != "http://" + host && origin != "https://" + host) {
      throw core::AppError::Forbidden("Requête refusée : elle ne vient pas de Vigie.");
    }
  }
  std::string provided = r.Header("x-csrf-token");
  if (provided.empty()) provided = r.FormValue("_csrf");
  const std::string expected = ctx.identity ? ctx.CsrfToken() : ctx.anonymous_csrf;
  if (expected.empty() || !crypto::ConstantTimeEquals(provided, expected)) {
    throw core::AppError::Forbidden(
        "Le formulaire a expiré ou ne vient pas de Vigie. Rechargez la page et recommencez.");
  }
}

Response WebApp::Dispatch(Context& ctx, const Router<RouteSpec>::Match& match) {
  const RouteSpec& spec = match.entry->handler;
  RequireUtf8Input(ctx.request);
  Authenticate(ctx);
  CheckCsrf(ctx);
  if (spec.guard != Guard::kPublic) {
    if (!ctx.identity) throw core::AppError::Unauthenticated();
    if (spec.guard == Guard::kSignedIn && !ctx.identity->FullyAuthenticated()) {
      if (ctx.request.WantsJson()) {
        throw core::AppError::Unauthenticated("Le second facteur d'authentification est requis.");
      }
      return Response::Redirect(ctx.identity->NeedsSecondFactor() ? "/connexion/verification"
                                                                  : "/profil/double-authentification");
    }
  }
  if (spec.action) {
    const tenancy::Scope scope = spec.scope ? spec.scope(ctx)
                                            : tenancy::Scope{ctx.Principal().region_id, ctx.Principal().structure_id};
    ctx.RequireAllowed(*spec.action, scope);
  }
  return spec.handler(ctx);
}

Response WebApp::ErrorResponse(Context& ctx, const core::AppError& error) {
  const int status = HttpStatusOf(error.kind());
  if (ctx.request.WantsJson()) return JsonError(status, error);
  if (error.kind() == core::ErrorKind::kUnauthenticated) {
    const std::string next = ctx.request.method == "GET" ? ctx.request.path : "/";
    return Response::Redirect("/connexion?suite=" + UrlEncode(next));
  }
  View view = Object();
  view.set("status", std::to_string(status));
  view.set("title", ErrorTitle(error.kind()));
  view.set("message", error.what());
  const bool signed_in = ctx.identity && ctx.identity->FullyAuthenticated();
  view.set("home", signed_in ? "/" : "/connexion");
  view.set("home_is_login", !signed_in);
  View fields = List();
  for (const auto& f : error.fields()) {
    View item = Object();
    item.set("message", f.message);
    fields.push_back(item);
  }
  view.set("fields", fields);
  const bool app_layout = ctx.identity && ctx.identity->FullyAuthenticated();
  return app_layout ? ctx.Page("error", ErrorTitle(error.kind()), view, status)
                    : ctx.AuthPage("error", ErrorTitle(error.kind()), view, status);
}

Response WebApp::Handle(Request& request) {
  const auto started = std::chrono::steady_clock::now();
  Context ctx(request, services_);
  auto match = router_.Find(request.method, request.path);
  std::string route_label = match.entry ? match.entry->pattern : "unmatched";
  const std::string flash = request.Cookie("vigie_flash");
  if (!flash.empty()) {
    const std::string decoded = UrlDecode(flash, false);
    const auto bar = decoded.find('|');
    if (bar != std::string::npos) ctx.flashes.push_back({decoded.substr(0, bar), decoded.substr(bar + 1)});
    ctx.set_cookies.push_back(CookieHeader("vigie_flash", "", 0, services_.settings.secure_cookies, "Strict"));
  }
  Response response;
  try {
    if (!match.entry) {
      throw match.path_matched
                ? core::AppError(core::ErrorKind::kInvalid, "Méthode non autorisée pour cette adresse.")
                : core::AppError::NotFound();
    }
    request.path_params = match.params;
    response = Dispatch(ctx, match);
  } catch (const core::AppError& error) {
    try {
      response = ErrorResponse(ctx, error);
    } catch (const std::exception& e) {
      spdlog::error("error page failed on {}: {}", route_label, core::LoggableError(e.what()));
      response = Response::Text("Erreur.", HttpStatusOf(error.kind()));
    }
    if (!match.entry && match.path_matched) response.status = 405;
  } catch (const std::exception& e) {
    spdlog::error("internal error on {} {}: {}", request.method, route_label, core::LoggableError(e.what()));
    const core::AppError generic(core::ErrorKind::kInternal,
                                 "Une erreur inattendue s'est produite ; elle a été consignée. Réessayez "
                                 "dans un instant.");
    try {
      response = ErrorResponse(ctx, generic);
    } catch (...) {
      response = Response::Text("Erreur interne.", 500);
    }
  }
  for (const auto& c : ctx.set_cookies) response.headers.emplace_back("Set-Cookie", c);
  AddSecurityHeaders(response, services_.settings.secure_cookies);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  metrics_.Observe(route_label, response.status, seconds);
  return response;
}

Response WebApp::HandleRefused(int status, const Request& partial) {
  core::ErrorKind kind = core::ErrorKind::kMalformed;
  std::string message = "Requête mal formée.";
  if (status == 413) {
    kind = core::ErrorKind::kPayloadTooLarge;
    message = "Le contenu envoyé est trop volumineux.";
  } else if (status == 431) {
    message = "Les en-têtes de la requête sont trop volumineux.";
  }
  const core::AppError error(kind, message);
  Response r = partial.WantsJson() ? JsonError(status, error) : Response::Text(message, status);
  r.status = status;
  AddSecurityHeaders(r, services_.settings.secure_cookies);
  metrics_.Observe("refused", status, 0);
  return r;
}

}  // namespace vigie::web
