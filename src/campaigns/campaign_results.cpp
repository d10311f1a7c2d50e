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

void Add(storage::FunnelRow& into, const storage::FunnelRow& counts) {
  into.targeted += counts.targeted;
  into.sent += counts.sent;
  into.opened += counts.opened;
  into.clicked += counts.clicked;
  into.submitted += counts.submitted;
  into.reported += counts.reported;
  into.scanner_hits += counts.scanner_hits;
}

// Segments in the order of their keys (as the per-segment queries returned them).
std::vector<storage::FunnelRow> Rows(const std::map<std::string, storage::FunnelRow>& by_key) {
  std::vector<storage::FunnelRow> out;
  for (const auto& [key, row] : by_key) {
    out.push_back(row);
    out.back().key = key;
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
    std::map<std::string, std::string> group_names;
    for (const auto& id : SplitIds(campaign->group_ids)) {
      if (const auto g = storage::FindGroup(s, id)) group_names[id] = g->name;
    }
    // One scan of the campaign's targets, rolled up four ways.
    std::map<std::string, storage::FunnelRow> groups, sites, departments;
    for (const auto& cell : storage::CampaignFunnelCells(s, campaign_id)) {
      Add(r.total, cell.counts);
      Add(groups[cell.group_id], cell.counts);
      Add(sites[cell.site], cell.counts);
      Add(departments[cell.department], cell.counts);
    }
    r.by_group = Segments(Rows(groups), group_names);
    r.by_site = Segments(Rows(sites), {});
    r.by_department = Segments(Rows(departments), {});
    r.timeline = storage::CampaignTimeline(s, campaign_id, 3600);
    r.repeat_clickers = storage::ListRepeatClickers(s, campaign->structure_id, now - kYear, 20);
  });
  return r;
}

}  // namespace vigie::campaigns
