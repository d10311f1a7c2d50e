// Sending profiles of a structure: the list with a creation form, one profile's page
// (edit, test message), and the same through the API. The password is write-only:
// pages and JSON only say whether one is stored.

#include <nlohmann/json.hpp>

#include "core/french_format.hpp"
#include "storage/tenancy_repository.hpp"
#include "web/api_helpers.hpp"
#include "web/sending_profile_actions.hpp"
#include "web/view_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using nlohmann::json;
using tenancy::Action;

awareness::SendingProfileInput InputOfForm(Context& ctx) {
  std::string days;
  for (int d = 1; d <= 7; ++d) {
    if (ctx.request.FormValue("day" + std::to_string(d)) == "1") days += (days.empty() ? "" : ",") + std::to_string(d);
  }
  auto f = [&](const char* name) { return ctx.request.FormValue(name); };
  return {f("name"), f("host"), f("port"), f("security"), f("username"), f("envelope_from"), f("header_name"),
          f("header_value"), f("rate_per_minute"), f("window_start"), f("window_end"), days, f("spread_days")};
}

View FormView(const awareness::SendingProfileInput& in, const std::vector<core::FieldError>& errors) {
  View v = ErrorsView(errors);
  v.set("has_errors", !errors.empty());
  v.set("summary", "Le profil d'envoi n'a pas été enregistré");
  const std::pair<const char*, const std::string*> fields[] = {
      {"name", &in.name}, {"host", &in.host}, {"port", &in.port}, {"username", &in.username},
      {"envelope_from", &in.envelope_from}, {"header_name", &in.header_name}, {"header_value", &in.header_value},
      {"rate_per_minute", &in.rate_per_minute}, {"window_start", &in.window_start}, {"window_end", &in.window_end},
      {"spread_days", &in.spread_days}};
  for (const auto& [key, value] : fields) v.set(std::string("f_") + key, *value);
  View security = List();
  for (const auto& [code, label] : {std::pair<std::string, std::string>{"starttls", "STARTTLS (port 587, le plus courant)"},
                                    {"tls", "TLS dès la connexion (port 465)"},
                                    {"none", "Aucun chiffrement (relais interne seulement)"}}) {
    security.push_back(Option(code, label, code == in.security || (in.security.empty() && code == "starttls")));
  }
  v.set("security", security);
  View days = List();
  const char* names[] = {"Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"};
  for (int d = 1; d <= 7; ++d) {
    View day = Object();
    day.set("n", std::to_string(d));
    day.set("label", std::string(names[d - 1]));
    day.set("checked", ("," + in.days + ",").find("," + std::to_string(d) + ",") != std::string::npos);
    days.push_back(day);
  }
  v.set("days", days);
  return v;
}

awareness::SendingProfileInput Defaults() {
  return {"", "", "587", "starttls", "", "", "X-Vigie-Simulation", "simulation", "30", "08:30", "17:30", "1,2,3,4,5", "2"};
}

Response ListPage(Context& ctx, const awareness::SendingProfileInput& typed, const std::vector<core::FieldError>& errors,
                  int status) {
  const auto st = StructureOfPath(ctx);
  View v = FormView(typed, errors);
  v.set("structure_id", st.id);
  v.set("structure_name", st.name);
  View rows = List();
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& p : storage::ListSendingProfiles(s, st.id)) {
      View row = Object();
      row.set("id", p.id);
      row.set("name", p.name);
      row.set("relay", p.host + ":" + std::to_string(p.port));
      row.set("rate", std::to_string(p.rate_per_minute) + " message(s) par minute");
      rows.push_back(row);
    }
  });
  v.set("profiles", rows);
  v.set("has_profiles", !rows.is_empty_list());
  return ctx.Page("sending_profiles", "Profils d'envoi — " + st.name, v, status);
}

Response ProfilePage(Context& ctx, const storage::SendingProfileRecord& p, const awareness::SendingProfileInput& shown,
                     const std::vector<core::FieldError>& errors, int status) {
  View v = FormView(shown, errors);
  v.set("id", p.id);
  v.set("title", p.name);
  v.set("has_password", !p.password_sealed.empty());
  v.set("test_to", ctx.Who().user.email);
  ctx.services.db.Run([&](storage::Session& s) {
    if (auto st = storage::FindStructure(s, p.structure_id)) {
      v.set("structure_id", st->id);
      v.set("structure_name", st->name);
    }
  });
  return ctx.Page("sending_profile", "Profil d'envoi — " + p.name, v, status);
}

json ProfileJson(const storage::SendingProfileRecord& p) {
  return {{"id", p.id},
          {"structure_id", p.structure_id},
          {"name", p.name},
          {"host", p.host},
          {"port", p.port},
          {"security", p.security},
          {"username", p.username},
          {"has_password", !p.password_sealed.empty()},
          {"envelope_from", p.envelope_from},
          {"header_name", p.header_name},
          {"header_value", p.header_value},
          {"rate_per_minute", p.rate_per_minute},
          {"window_start", awareness::MinutesText(static_cast<int>(p.window_start))},
          {"window_end", awareness::MinutesText(static_cast<int>(p.window_end))},
          {"days", p.days},
          {"spread_days", p.spread_days},
          {"updated_at", core::FormatIsoUtc(p.updated_at)}};
}

// JSON members over `base` (numbers accepted where the form has text).
awareness::SendingProfileInput InputOfJson(const json& body, awareness::SendingProfileInput base) {
  auto member = [&](const char* key, std::string& target) {
    if (!body.contains(key)) return;
    const auto& v = body[key];
    target = v.is_number_integer() ? std::to_string(v.get<long long>()) : detail::StringMember(body, key);
  };
  member("name", base.name);
  member("host", base.host);
  member("port", base.port);
  member("security", base.security);
  member("username", base.username);
  member("envelope_from", base.envelope_from);
  member("header_name", base.header_name);
  member("header_value", base.header_value);
  member("rate_per_minute", base.rate_per_minute);
  member("window_start", base.window_start);
  member("window_end", base.window_end);
  member("days", base.days);
  member("spread_days", base.spread_days);
  return base;
}

}  // namespace

void AddSendingProfileRoutes(WebApp& app) {
  app.Add("GET", "/structures/{id:id}/profils-envoi", {Guard::kSignedIn, Action::kManageSendingProfiles, StructureScopeOfPath,
                                                       [](Context& ctx) { return ListPage(ctx, Defaults(), {}, 200); }});
  app.Add("POST", "/structures/{id:id}/profils-envoi", {Guard::kSignedIn, Action::kManageSendingProfiles, StructureScopeOfPath, [](Context& ctx) {
            const auto typed = InputOfForm(ctx);
            try {
              const auto p = CreateSendingProfile(ctx, StructureOfPath(ctx), typed, ctx.request.FormValue("password"));
              return ctx.RedirectWithFlash("/profils-envoi/" + p.id, "success",
                                           "Profil d'envoi créé : envoyez-vous un message de test.");
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              return ListPage(ctx, typed, e.fields(), 422);
            }
          }});
  app.Add("GET", "/profils-envoi/{id:id}", {Guard::kSignedIn, Action::kManageSendingProfiles, SendingProfileScopeOfPath, [](Context& ctx) {
            const auto p = SendingProfileOfPath(ctx);
            return ProfilePage(ctx, p, InputOf(p), {}, 200);
          }});
  app.Add("POST", "/profils-envoi/{id:id}", {Guard::kSignedIn, Action::kManageSendingProfiles, SendingProfileScopeOfPath, [](Context& ctx) {
            const auto p = SendingProfileOfPath(ctx);
            const auto typed = InputOfForm(ctx);
            try {
              EditSendingProfile(ctx, p, typed, ctx.request.FormValue("password"),
                                 ctx.request.FormValue("clear_password") == "1");
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              return ProfilePage(ctx, p, typed, e.fields(), 422);
            }
            return ctx.RedirectWithFlash("/profils-envoi/" + p.id, "success", "Profil d'envoi enregistré.");
          }});
  app.Add("POST", "/profils-envoi/{id:id}/test", {Guard::kSignedIn, Action::kManageSendingProfiles, SendingProfileScopeOfPath, [](Context& ctx) {
            const auto p = SendingProfileOfPath(ctx);
            try {
              SendTestMessage(ctx, p, ctx.request.FormValue("to"));
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid && e.kind() != core::ErrorKind::kUnavailable) throw;
              return ctx.RedirectWithFlash("/profils-envoi/" + p.id, "error",
                                           e.fields().empty() ? e.what() : e.fields()[0].message);
            }
            return ctx.RedirectWithFlash("/profils-envoi/" + p.id, "success", "Message de test accepté par le serveur d'envoi.");
          }});
  app.Add("GET", "/api/v1/structures/{id:id}/sending-profiles",
          {Guard::kSignedIn, Action::kManageSendingProfiles, StructureScopeOfPath, [](Context& ctx) {
             json items = json::array();
             ctx.services.db.Run([&](storage::Session& s) {
               for (const auto& p : storage::ListSendingProfiles(s, ctx.request.Param("id"))) items.push_back(ProfileJson(p));
             });
             return detail::WholeListJson(items);
           }});
  app.Add("POST", "/api/v1/structures/{id:id}/sending-profiles",
          {Guard::kSignedIn, Action::kManageSendingProfiles, StructureScopeOfPath, [](Context& ctx) {
             const json body = detail::ParseBody(ctx.request);
             const auto p = CreateSendingProfile(ctx, StructureOfPath(ctx), InputOfJson(body, Defaults()),
                                                 detail::StringMember(body, "password"));
             return Response::Json(ProfileJson(p).dump(), 201);
           }});
  app.Add("GET", "/api/v1/sending-profiles/{id:id}", {Guard::kSignedIn, Action::kManageSendingProfiles, SendingProfileScopeOfPath,
                                                      [](Context& ctx) { return Response::Json(ProfileJson(SendingProfileOfPath(ctx)).dump()); }});
  app.Add("PATCH", "/api/v1/sending-profiles/{id:id}", {Guard::kSignedIn, Action::kManageSendingProfiles, SendingProfileScopeOfPath, [](Context& ctx) {
            const json body = detail::ParseBody(ctx.request);
            const auto p = SendingProfileOfPath(ctx);
            const bool clear = body.contains("password") && body["password"].is_null();
            const auto updated = EditSendingProfile(ctx, p, InputOfJson(body, InputOf(p)),
                                                    clear ? "" : detail::StringMember(body, "password"), clear);
            return Response::Json(ProfileJson(updated).dump());
          }});
  app.Add("POST", "/api/v1/sending-profiles/{id:id}/test", {Guard::kSignedIn, Action::kManageSendingProfiles, SendingProfileScopeOfPath, [](Context& ctx) {
            const json body = detail::ParseBody(ctx.request);
            SendTestMessage(ctx, SendingProfileOfPath(ctx), detail::StringMember(body, "to"));
            return Response::Json(json{{"sent", true}}.dump());
          }});
}

}  // namespace vigie::web
