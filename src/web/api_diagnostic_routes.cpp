// JSON API of maturity diagnostics: list, create (optionally from the previous one),
// read with scores and priorities, context sheet, answers (with revisions: 409 with
// the current answer on a concurrent change), lock.

#include <nlohmann/json.hpp>

#include "core/french_format.hpp"
#include "diagnostic/comparison.hpp"
#include "diagnostic/prioritization.hpp"
#include "diagnostic/scoring.hpp"
#include "storage/tenancy_repository.hpp"
#include "web/api_helpers.hpp"
#include "web/diagnostic_actions.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using nlohmann::json;
using tenancy::Action;

json RecordJson(const storage::DiagnosticRecord& d) {
  return {{"id", d.id},
          {"structure_id", d.structure_id},
          {"referential", d.referential_id + " " + d.referential_version},
          {"status", d.status},
          {"previous_diagnostic_id", d.previous_diagnostic_id.empty() ? json(nullptr) : json(d.previous_diagnostic_id)},
          {"created_at", core::FormatIsoUtc(d.created_at)},
          {"updated_at", core::FormatIsoUtc(d.updated_at)},
          {"locked_at", d.locked_at ? json(core::FormatIsoUtc(d.locked_at)) : json(nullptr)}};
}

json AnswerJson(const storage::AnswerRecord& a) {
  return {{"question", a.question_id}, {"answer", a.answer},     {"comment", a.comment},
          {"evidence", a.evidence},    {"revision", a.revision}, {"updated_at", core::FormatIsoUtc(a.updated_at)}};
}

json ResultsJson(const DiagnosticData& data) {
  const auto& r = CurrentReferential();
  const auto set = AnswerSetOf(data);
  const auto report = diagnostic::Score(r, set);
  json domains = json::array();
  for (const auto& d : report.domains) {
    domains.push_back({{"id", d.domain_id},
                       {"score", d.score ? json(*d.score) : json(nullptr)},
                       {"level", d.score ? json(d.level) : json(nullptr)},
                       {"level_name", d.level_name},
                       {"asked", d.asked},
                       {"answered", d.answered},
                       {"coverage_gaps", d.coverage_gaps}});
  }
  json priorities = json::array();
  for (const auto& p : diagnostic::Prioritize(r, set)) {
    priorities.push_back({{"measure", p.measure_id}, {"priority", "P" + std::to_string(p.priority)}, {"rank", p.rank},
                          {"horizon", p.horizon}, {"quick_win", p.quick_win}, {"why", p.why}});
  }
  return {{"global", report.global ? json(*report.global) : json(nullptr)},
          {"domains", domains},
          {"priorities", priorities}};
}

Response Full(const DiagnosticData& data, int status = 200) {
  json out = RecordJson(data.record);
  out["context"] = data.context;
  json answers = json::array();
  for (const auto& [qid, a] : data.answers) answers.push_back(AnswerJson(a));
  out["answers"] = answers;
  out["results"] = ResultsJson(data);
  return Response::Json(out.dump(), status);
}

tenancy::Scope StructureOfBody(Context& ctx) {
  const json body = detail::ParseBody(ctx.request);
  const std::string id = detail::StringMember(body, "structure_id");
  std::optional<tenancy::Structure> s;
  ctx.services.db.Run([&](storage::Session& session) { s = storage::FindStructure(session, id); });
  if (!s) throw core::AppError::Invalid("Structure inconnue.", {{"structure_id", "Indiquez une structure existante."}});
  return {s->region_id, s->id};
}

}  // namespace

void AddApiDiagnosticRoutes(WebApp& app) {
  app.Add("GET", "/api/v1/diagnostics", {Guard::kSignedIn, Action::kViewDashboard, nullptr, [](Context& ctx) {
            json items = json::array();
            ctx.services.db.Run([&](storage::Session& s) {
              for (const auto& d : storage::ListDiagnostics(s, ctx.Tenant(), ctx.request.Query("structure"))) {
                if (tenancy::Allows(ctx.Principal(), Action::kViewDiagnostic, {d.region_id, d.structure_id})) {
                  items.push_back(RecordJson(d));
                }
              }
            });
            return Response::Json(json{{"items", items}, {"page", 1}, {"per_page", items.size()}, {"total", items.size()}}.dump());
          }});
  app.Add("POST", "/api/v1/diagnostics", {Guard::kSignedIn, Action::kRunDiagnostic, StructureOfBody, [](Context& ctx) {
            const json body = detail::ParseBody(ctx.request);
            std::optional<tenancy::Structure> structure;
            const std::string sid = detail::StringMember(body, "structure_id");
            ctx.services.db.Run([&](storage::Session& s) { structure = storage::FindStructure(s, sid); });
            const bool from_previous = body.contains("from_previous") && body["from_previous"].is_boolean() &&
                                       body["from_previous"].get<bool>();
            const auto d = CreateDiagnostic(ctx, *structure, from_previous);
            Response r = Full(LoadDiagnosticData(ctx, d.id), 201);
            r.SetHeader("Location", "/api/v1/diagnostics/" + d.id);
            return r;
          }});
  app.Add("GET", "/api/v1/diagnostics/{id:id}", {Guard::kSignedIn, Action::kViewDiagnostic, DiagnosticScopeOfPath, [](Context& ctx) {
            return Full(LoadDiagnosticData(ctx, ctx.request.Param("id")));
          }});
  app.Add("PUT", "/api/v1/diagnostics/{id:id}/context", {Guard::kSignedIn, Action::kRunDiagnostic, DiagnosticScopeOfPath, [](Context& ctx) {
            const json body = detail::ParseBody(ctx.request);
            std::map<std::string, std::string> values;
            for (const auto& [key, value] : body.items()) {
              values[key] = value.is_string() ? value.get<std::string>() : value.dump();
            }
            SaveDiagnosticContext(ctx, ctx.request.Param("id"), values);
            return Full(LoadDiagnosticData(ctx, ctx.request.Param("id")));
          }});
  app.Add("PUT", "/api/v1/diagnostics/{id:id}/answers/{question:token}",
          {Guard::kSignedIn, Action::kRunDiagnostic, DiagnosticScopeOfPath, [](Context& ctx) {
             const json body = detail::ParseBody(ctx.request);
             const json& answer = body.contains("answer") ? body["answer"] : json(nullptr);
             const std::string answer_text = answer.is_number_integer() ? std::to_string(answer.get<long long>())
                                             : answer.is_string()       ? answer.get<std::string>()
                                                                        : "";
             const long long revision = body.contains("revision") && body["revision"].is_number_integer()
                                            ? body["revision"].get<long long>()
                                            : 0;
             const auto outcome = SaveDiagnosticAnswer(
                 ctx, ctx.request.Param("id"), ctx.request.Param("question"), answer_text,
                 body.contains("comment") && body["comment"].is_string() ? body["comment"].get<std::string>() : "",
                 body.contains("evidence") && body["evidence"].is_string() ? body["evidence"].get<std::string>() : "",
                 revision);
             if (outcome.kind == storage::SaveAnswerOutcome::Kind::kConflict) {
               json out = {{"error", {{"code", "conflict"},
                                      {"message", "Cette réponse a été modifiée entre-temps par une autre personne : "
                                                  "voici la version enregistrée."},
                                      {"fields", json::array()}}},
                           {"current", AnswerJson(outcome.current)}};
               return Response::Json(out.dump(), 409);
             }
             return Response::Json(AnswerJson(outcome.current).dump());
           }});
  app.Add("GET", "/api/v1/diagnostics/{id:id}/comparison", {Guard::kSignedIn, Action::kViewDiagnostic, DiagnosticScopeOfPath, [](Context& ctx) {
            const auto after = LoadDiagnosticData(ctx, ctx.request.Param("id"));
            const auto before = ComparedDiagnostic(ctx, after);
            const auto c = diagnostic::Compare(CurrentReferential(), AnswerSetOf(before), AnswerSetOf(after));
            auto opt = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
            json domains = json::array();
            for (const auto& d : c.domains) {
              domains.push_back({{"id", d.domain_id}, {"before", opt(d.before)}, {"after", opt(d.after)}, {"delta", opt(d.delta)}});
            }
            return Response::Json(json{{"before", before.record.id},
                                       {"after", after.record.id},
                                       {"global", {{"before", opt(c.global_before)}, {"after", opt(c.global_after)}}},
                                       {"domains", domains},
                                       {"resolved_measures", c.resolved_measures},
                                       {"new_measures", c.new_measures},
                                       {"remaining_measures", c.remaining_measures}}.dump());
          }});
  app.Add("POST", "/api/v1/diagnostics/{id:id}/lock", {Guard::kSignedIn, Action::kRunDiagnostic, DiagnosticScopeOfPath, [](Context& ctx) {
            LockDiagnostic(ctx, ctx.request.Param("id"));
            return Full(LoadDiagnosticData(ctx, ctx.request.Param("id")));
          }});
}

}  // namespace vigie::web
