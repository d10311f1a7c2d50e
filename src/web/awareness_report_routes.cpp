// The quarterly phishing-simulation report as a PDF download: a structure's, for the
// people who see its campaign results, and a centre's portfolio (its region), for the
// centre's staff. The quarter is "?trimestre=2026-T4" on pages and "?quarter=2026-T4"
// in the API, the current one by default. Figures and rendering are in the campaigns
// module; this file only speaks HTTP.

#include <optional>

#include "campaigns/quarterly_builder.hpp"
#include "campaigns/quarterly_document.hpp"
#include "storage/tenancy_repository.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using tenancy::Action;

Response PdfDownload(const awareness::QuarterlyReportInput& in) {
  Response r;
  r.body = campaigns::RenderQuarterlyReportPdf(in);
  r.SetHeader("Content-Type", "application/pdf");
  r.SetHeader("Content-Disposition",
              "attachment; filename=\"" + campaigns::QuarterlyReportFileName(in) + "\"");
  r.SetHeader("Cache-Control", "private, no-store");
  return r;
}

// `field`: the query parameter naming the quarter.
Handler StructureReport(const std::string& field) {
  return [field](Context& ctx) {
    const long long now = ctx.services.clock.Now();
    const long long quarter = campaigns::RequestedQuarter(ctx.request.Query(field), field, now);
    return PdfDownload(campaigns::BuildStructureQuarterlyReport(
        ctx.services.db, StructureOfPath(ctx).id, quarter, now));
  };
}

Handler PortfolioReport(const std::string& field) {
  return [field](Context& ctx) {
    const long long now = ctx.services.clock.Now();
    const long long quarter = campaigns::RequestedQuarter(ctx.request.Query(field), field, now);
    return PdfDownload(campaigns::BuildPortfolioQuarterlyReport(
        ctx.services.db, RegionOfPath(ctx).id, quarter, now));
  };
}

}  // namespace

tenancy::Region RegionOfPath(Context& ctx) {
  std::optional<tenancy::Region> region;
  ctx.services.db.Run(
      [&](storage::Session& s) { region = storage::FindRegion(s, ctx.request.Param("id")); });
  if (!region) throw core::AppError::NotFound("Cette région n'existe pas.");
  return *region;
}

// The whole region, no structure: the policy lets the region's centre staff in and
// keeps every structure role out (they act on their own structure only).
tenancy::Scope RegionScopeOfPath(Context& ctx) { return {RegionOfPath(ctx).id, ""}; }


void AddAwarenessReportRoutes(WebApp& app) {
  app.Add("GET", "/structures/{id:id}/sensibilisation/rapport-trimestriel",
          {Guard::kSignedIn, Action::kViewCampaignResults, StructureScopeOfPath,
           StructureReport("trimestre")});
  app.Add("GET", "/api/v1/structures/{id:id}/awareness-report",
          {Guard::kSignedIn, Action::kViewCampaignResults, StructureScopeOfPath,
           StructureReport("quarter")});
  app.Add("GET", "/regions/{id:id}/sensibilisation/rapport-trimestriel",
          {Guard::kSignedIn, Action::kViewCampaignResults, RegionScopeOfPath,
           PortfolioReport("trimestre")});
  app.Add("GET", "/api/v1/regions/{id:id}/awareness-report",
          {Guard::kSignedIn, Action::kViewCampaignResults, RegionScopeOfPath,
           PortfolioReport("quarter")});
}

}  // namespace vigie::web
