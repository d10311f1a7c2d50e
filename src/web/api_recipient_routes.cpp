// JSON API of the awareness recipients: a structure's groups, one group with a page
// of its members, adding, editing and archiving. Field errors come back as 422 with
// the field named, like the pages.

#include <nlohmann/json.hpp>

#include "core/french_format.hpp"
#include "web/api_helpers.hpp"
#include "web/recipient_actions.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using nlohmann::json;
using tenancy::Action;

json GroupJson(const storage::GroupRecord& g) {
  return {{"id", g.id},
          {"structure_id", g.structure_id},
          {"name", g.name},
          {"archived", g.archived_at != 0},
          {"member_count", g.member_count},
          {"created_at", core::FormatIsoUtc(g.created_at)},
          {"updated_at", core::FormatIsoUtc(g.updated_at)}};
}

json RecipientJson(const storage::RecipientRecord& r) {
  return {{"id", r.id},          {"group_id", r.group_id},     {"email", r.email},
          {"first_name", r.first_name}, {"last_name", r.last_name}, {"site", r.site},
          {"department", r.department}, {"job_family", r.job_family}, {"archived", r.archived_at != 0},
          {"updated_at", core::FormatIsoUtc(r.updated_at)}};
}

RecipientFields FieldsOfBody(const json& body, RecipientFields base = {}) {
  auto text = [&](const char* key, std::string& target) {
    if (body.contains(key)) target = detail::StringMember(body, key);
  };
  text("email", base.email);
  text("first_name", base.first_name);
  text("last_name", base.last_name);
  text("site", base.site);
  text("department", base.department);
  text("job_family", base.job_family);
  return base;
}

std::optional<bool> ArchivedOf(const json& body) {
  if (!body.contains("archived")) return std::nullopt;
  if (!body["archived"].is_boolean()) {
    throw core::AppError::Invalid("Requête invalide.", {{"archived", "true ou false est attendu."}});
  }
  return body["archived"].get<bool>();
}

json ImportJson(const awareness::RecipientImport& r) {
  json problems = json::array();
  for (const auto& p : r.problems) {
    problems.push_back({{"severity", p.severity == awareness::ProblemSeverity::kError ? "error" : "warning"},
                        {"line", p.line},
                        {"column", p.column},
                        {"value", p.value},
                        {"message", p.message}});
  }
  json rows = json::array();
  for (const auto& row : r.rows) {
    rows.push_back({{"line", row.line},
                    {"email", row.fields.email},
                    {"first_name", row.fields.first_name},
                    {"last_name", row.fields.last_name},
                    {"site", row.fields.site},
                    {"department", row.fields.department},
                    {"job_family", row.fields.job_family},
                    {"update", row.update}});
  }
  return {{"ok", r.ok()},         {"source", r.source},          {"rows_read", r.rows_read},
          {"new", r.new_count},   {"updates", r.update_count},    {"errors", r.error_count},
          {"warnings", r.warning_count}, {"problems", problems}, {"rows", rows}};
}

}  // namespace

void AddApiRecipientRoutes(WebApp& app) {
  app.Add("POST", "/api/v1/recipient-groups/{id:id}/import/preview",
          {Guard::kSignedIn, Action::kManageRecipients, GroupScopeOfPath, [](Context& ctx) {
             const auto result = CheckRecipientImport(ctx, GroupOfPath(ctx), ctx.request.body, ctx.request.Query("name"));
             return Response::Json(ImportJson(result).dump(), result.ok() ? 200 : 422);
           }});
  app.Add("POST", "/api/v1/recipient-groups/{id:id}/import",
          {Guard::kSignedIn, Action::kManageRecipients, GroupScopeOfPath, [](Context& ctx) {
             const auto applied = ApplyRecipientImport(ctx, GroupOfPath(ctx), ctx.request.body, ctx.request.Query("name"));
             return Response::Json(json{{"added", applied.added}, {"updated", applied.updated}}.dump());
           }});
  app.Add("GET", "/api/v1/structures/{id:id}/recipient-groups",
          {Guard::kSignedIn, Action::kManageRecipients, StructureScopeOfPath, [](Context& ctx) {
             json items = json::array();
             ctx.services.db.Run([&](storage::Session& s) {
               for (const auto& g : storage::ListGroups(s, ctx.request.Param("id"), ctx.request.Query("archived") == "1")) {
                 items.push_back(GroupJson(g));
               }
             });
             return detail::WholeListJson(items);
           }});
  app.Add("POST", "/api/v1/structures/{id:id}/recipient-groups",
          {Guard::kSignedIn, Action::kManageRecipients, StructureScopeOfPath, [](Context& ctx) {
             const json body = detail::ParseBody(ctx.request);
             const auto g = CreateGroup(ctx, StructureOfPath(ctx), detail::StringMember(body, "name"));
             Response r = Response::Json(GroupJson(g).dump(), 201);
             r.SetHeader("Location", "/api/v1/recipient-groups/" + g.id);
             return r;
           }});
  app.Add("GET", "/api/v1/recipient-groups/{id:id}", {Guard::kSignedIn, Action::kManageRecipients, GroupScopeOfPath, [](Context& ctx) {
            const auto group = GroupOfPath(ctx);
            storage::Page<storage::RecipientRecord> page;
            ctx.services.db.Run([&](storage::Session& s) {
              page = storage::ListRecipients(s, group.id, ctx.request.Query("archived") == "1", detail::PageOf(ctx.request));
            });
            json out = GroupJson(group);
            out["members"] = json::parse(detail::ListJson(page, RecipientJson).body);
            return Response::Json(out.dump());
          }});
  app.Add("PATCH", "/api/v1/recipient-groups/{id:id}", {Guard::kSignedIn, Action::kManageRecipients, GroupScopeOfPath, [](Context& ctx) {
            const json body = detail::ParseBody(ctx.request);
            auto group = GroupOfPath(ctx);
            if (body.contains("name")) RenameGroup(ctx, group, detail::StringMember(body, "name"));
            if (auto archived = ArchivedOf(body)) ArchiveGroup(ctx, group, *archived);
            return Response::Json(GroupJson(GroupOfPath(ctx)).dump());
          }});
  app.Add("POST", "/api/v1/recipient-groups/{id:id}/recipients",
          {Guard::kSignedIn, Action::kManageRecipients, GroupScopeOfPath, [](Context& ctx) {
             const auto r = AddRecipient(ctx, GroupOfPath(ctx), FieldsOfBody(detail::ParseBody(ctx.request)));
             return Response::Json(RecipientJson(r).dump(), 201);
           }});
  app.Add("PATCH", "/api/v1/recipients/{id:id}", {Guard::kSignedIn, Action::kManageRecipients, RecipientScopeOfPath, [](Context& ctx) {
            const json body = detail::ParseBody(ctx.request);
            auto r = RecipientOfPath(ctx);
            const RecipientFields current{r.email, r.first_name, r.last_name, r.site, r.department, r.job_family};
            const auto fields = FieldsOfBody(body, current);
            if (fields.email != current.email || fields.first_name != current.first_name ||
                fields.last_name != current.last_name || fields.site != current.site ||
                fields.department != current.department || fields.job_family != current.job_family) {
              r = EditRecipient(ctx, r, fields);
            }
            if (auto archived = ArchivedOf(body)) ArchiveRecipient(ctx, r, *archived);
            return Response::Json(RecipientJson(RecipientOfPath(ctx)).dump());
          }});
}

}  // namespace vigie::web
