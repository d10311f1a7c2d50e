// Operations routes: health, metrics, static assets.

#include <map>

#include "core/embedded.hpp"
#include "storage/job_repository.hpp"
#include "web/web_app.hpp"

namespace vigie {
const std::vector<core::EmbeddedFile>& WebFiles();
const std::vector<core::EmbeddedFile>& WebFonts();
}

namespace vigie::web {
namespace {

std::string ContentType(const std::string& path) {
  static const std::map<std::string, std::string> kTypes = {
      {".css", "text/css; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".svg", "image/svg+xml"},           {".ttf", "font/ttf"},
      {".png", "image/png"},               {".txt", "text/plain; charset=utf-8"}};
  const auto dot = path.rfind('.');
  if (dot == std::string::npos) return "application/octet-stream";
  auto it = kTypes.find(path.substr(dot));
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

Response Asset(Context& ctx, const std::string& file) {
  std::optional<std::string> body;
  if (file.starts_with("fonts/")) {
    if (auto data = core::FindEmbedded(WebFonts(), file.substr(6))) body = std::string(*data);
  } else if (!ctx.services.settings.dev_assets_dir.empty()) {
    body = core::ReadFile(ctx.services.settings.dev_assets_dir + "/assets/" + file);
  } else if (auto data = core::FindEmbedded(WebFiles(), "assets/" + file)) {
    body = std::string(*data);
  }
  if (!body) throw core::AppError::NotFound();
  Response r;
  r.body = std::move(*body);
  r.SetHeader("Content-Type", ContentType(file));
  r.SetHeader("Cache-Control", "public, max-age=3600");
  return r;
}

}  // namespace

void AddOpsRoutes(WebApp& app) {
  app.Add("GET", "/healthz", {Guard::kPublic, std::nullopt, nullptr, [](Context& ctx) {
            if (!ctx.services.db.Ping()) {
              return Response::Json(R"({"status":"unavailable","database":"down"})", 503);
            }
            return Response::Json(std::string(R"({"status":"ok","database":")") +
                                  ctx.services.db.backend_name() + "\"}");
          }});
  app.Add("GET", "/metrics", {Guard::kPublic, std::nullopt, nullptr, [&app](Context& ctx) {
            std::string extra;
            ctx.services.db.Run([&](storage::Session& s) {
              extra += "# HELP vigie_jobs Jobs in the queue by status.\n# TYPE vigie_jobs gauge\n";
              for (const auto& [status, n] : storage::CountJobsByStatus(s)) {
                extra += "vigie_jobs{status=\"" + status + "\"} " + std::to_string(n) + "\n";
              }
              extra += "# HELP vigie_mails Mails in the outbox by status.\n# TYPE vigie_mails gauge\n";
              for (const auto& [status, n] : storage::CountOutboxByStatus(s)) {
                extra += "vigie_mails{status=\"" + status + "\"} " + std::to_string(n) + "\n";
              }
            });
            Response r = Response::Text(app.metrics().Render(extra));
            r.SetHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            return r;
          }});
  app.Add("GET", "/assets/{file:path}", {Guard::kPublic, std::nullopt, nullptr, [](Context& ctx) {
            return Asset(ctx, ctx.request.Param("file"));
          }});
  app.Add("GET", "/favicon.ico", {Guard::kPublic, std::nullopt, nullptr, [](Context& ctx) {
            Response r = Asset(ctx, "favicon.svg");
            return r;
          }});
}

}  // namespace vigie::web
