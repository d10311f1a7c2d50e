#include "campaigns/campaign_results.hpp"

#include <map>

#include "campaigns/campaign_drafts.hpp"
#include "core/error.hpp"
#include "storage/awareness_repository.hpp"
#include "storage/awareness_settings_repository.hpp"
#include "tenancy/role.hpp"

namespace vigie::campaigns {
namespace {

constexpr long long kYear = 365LL * 86400;

std::vector<Segment> Segments(const std::vector<storage::FunnelRow>& rows,
                              const std::map<std::string, std::string>& labels) {
  std::vector<Segment> out;
  for (const auto& row : rows) {
    Segment seg;
    const auto named = labels.find(row.key);
    seg.label = named != labels.end() ? named->second : (row.key.empty() ? "Non renseigné" : row.key);
    seg.counts = row;
    seg.masked = row.targeted < kMinimumSegment;
    out.push_back(std::move(seg));
  }
  return out;
}

}  // namespace

bool MaySeeIndividuals(storage::Session& s, const tenancy::Principal& viewer, const std::string& structure_id) {
  if (viewer.structure_id == structure_id) return storage::IsResultViewer(s, structure_id, viewer.user_id);
  if (tenancy::IsCrrcStaff(viewer.role)) {
    return storage::LoadAwarenessSettings(s, structure_id).centre_sees_individuals;
  }
  return false;
}

CampaignResults LoadResults(storage::Database& db, const std::string& campaign_id, long long now) {
  CampaignResults r;
  db.Run([&](storage::Session& s) {
    const auto campaign = storage::FindCampaign(s, campaign_id);
    if (!campaign) throw core::AppError::NotFound();
    r.campaign = *campaign;
    r.progress = storage::CountSendStates(s, campaign_id);
    const auto total = storage::CampaignFunnel(s, campaign_id, "");
    if (!total.empty()) r.total = total.front();
    std::map<std::string, std::string> group_names;
    for (const auto& id : SplitIds(campaign->group_ids)) {
      if (const auto g = storage::FindGroup(s, id)) group_names[id] = g->name;
    }
    r.by_group = Segments(storage::CampaignFunnel(s, campaign_id, "group_id"), group_names);
    r.by_site = Segments(storage::CampaignFunnel(s, campaign_id, "site"), {});
    r.by_department = Segments(storage::CampaignFunnel(s, campaign_id, "department"), {});
    r.timeline = storage::CampaignTimeline(s, campaign_id, 3600);
    r.repeat_clickers = storage::ListRepeatClickers(s, campaign->structure_id, now - kYear, 20);
  });
  return r;
}

}  // namespace vigie::campaigns
