// The quarterly report's figures: campaigns of each quarter from the report
// repository, their funnels summed, distinct people counted by the repository.

#include "campaigns/quarterly_builder.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include "awareness/template_loader.hpp"
#include "campaigns/template_library.hpp"
#include "core/error.hpp"
#include "storage/campaign_report_repository.hpp"
#include "storage/campaign_tracking_repository.hpp"
#include "storage/tenancy_repository.hpp"

namespace vigie::campaigns {
namespace {

using awareness::CampaignSummary;
using awareness::FunnelCounts;
using awareness::SegmentFunnel;
using storage::ReportedCampaign;
using storage::Session;

constexpr std::size_t kTrendQuarters = 8;
constexpr std::size_t kRepeatClickerQuarters = 4;
constexpr const char* kNotFilled = "Non renseigné";

// Whose campaigns the report reads; structure names are looked up once.
struct ReportScope {
  storage::TenantFilter filter;
  bool portfolio = false;
  std::map<std::string, std::string> structure_names;  // id -> name
};

// One quarter's campaigns with their funnels.
struct Quarter {
  long long from = 0;
  long long to = 0;
  std::vector<ReportedCampaign> campaigns;
  std::vector<FunnelCounts> funnels;  // per campaign; targeted: its people
  FunnelCounts total;                 // targeted: distinct people of the quarter
};

// Adds the message counts of `from` (a storage::FunnelRow or a FunnelCounts), all
// but `targeted`, which counts people and is never summed across campaigns.
template <typename Counts>
void AddMessages(FunnelCounts& into, const Counts& from) {
  into.sent += from.sent;
  into.opened += from.opened;
  into.clicked += from.clicked;
  into.submitted += from.submitted;
  into.reported += from.reported;
  into.scanner_hits += from.scanner_hits;
}

const std::string& StructureName(Session& s, ReportScope& scope, const std::string& id) {
  auto it = scope.structure_names.find(id);
  if (it == scope.structure_names.end()) {
    const auto structure = storage::FindStructure(s, id);
    it = scope.structure_names.emplace(id, structure ? structure->name : id).first;
  }
  return it->second;
}

Quarter ReadQuarter(Session& s, const ReportScope& scope, long long start) {
  Quarter q;
  std::tie(q.from, q.to) = awareness::QuarterBounds(start);
  q.campaigns = storage::ListReportedCampaigns(s, scope.filter, q.from, q.to);
  for (const auto& campaign : q.campaigns) {
    FunnelCounts counts;
    for (const auto& row : storage::CampaignFunnel(s, campaign.id, "")) {
      counts.targeted += row.targeted;
      AddMessages(counts, row);
    }
    AddMessages(q.total, counts);
    q.funnels.push_back(counts);
  }
  if (!q.campaigns.empty()) {
    const auto people = storage::CountPeopleReached(s, scope.filter, q.from, q.to, "", false);
    q.total.targeted = people.empty() ? 0 : people.front().people;
  }
  return q;
}

// The region's templates are those of the scope's region: a structure's or the portfolio's.
CampaignSummary SummaryOf(Session& s, const ReportScope& scope, const ReportedCampaign& campaign,
                          const FunnelCounts& counts) {
  CampaignSummary out;
  out.name = campaign.name;
  out.template_title = campaign.template_id;
  out.kind = "simple";
  if (const auto found = FindTemplateFor(s, scope.filter.region_id, campaign.template_id)) {
    out.template_title = found->title;
    out.kind = std::string(awareness::KindName(found->kind));
    out.difficulty = found->difficulty;
  }
  out.started_at = campaign.started_at;
  out.ended_at = campaign.completed_at;
  out.counts = counts;
  return out;
}

// The portfolio's campaign rows: one per operated wave (its campaigns added up: their
// people are distinct, each structure having its own staff), else one per campaign,
// named after its structure.
std::vector<CampaignSummary> PortfolioCampaigns(Session& s, ReportScope& scope, const Quarter& q) {
  struct Wave {
    std::size_t row = 0;
    std::string name;  // the first campaign's: a wave's campaigns share their name
    std::set<std::string> structures;
  };
  std::vector<CampaignSummary> out;
  std::map<std::string, Wave> waves;
  for (std::size_t i = 0; i < q.campaigns.size(); ++i) {
    const auto& campaign = q.campaigns[i];
    const auto wave = campaign.wave_id.empty() ? waves.end() : waves.find(campaign.wave_id);
    if (wave == waves.end()) {
      if (!campaign.wave_id.empty()) {
        waves[campaign.wave_id] = {out.size(), campaign.name, {campaign.structure_id}};
      }
      out.push_back(SummaryOf(s, scope, campaign, q.funnels[i]));
      out.back().name = campaign.name + " (" + StructureName(s, scope, campaign.structure_id) + ")";
      continue;
    }
    auto& row = out[wave->second.row];
    wave->second.structures.insert(campaign.structure_id);
    row.counts.targeted += q.funnels[i].targeted;
    AddMessages(row.counts, q.funnels[i]);
    row.started_at = std::min(row.started_at, campaign.started_at);
    row.ended_at = row.ended_at == 0 || campaign.completed_at == 0
                       ? 0
                       : std::max(row.ended_at, campaign.completed_at);
    row.name =
        wave->second.name + " (" + std::to_string(wave->second.structures.size()) + " structures)";
  }
  return out;
}

std::vector<SegmentFunnel> SortedByLabel(std::vector<SegmentFunnel> segments) {
  std::stable_sort(
      segments.begin(), segments.end(),
      [](const SegmentFunnel& a, const SegmentFunnel& b) { return a.label < b.label; });
  return segments;
}

// A segment table ("site" or "department"): the campaigns' funnels added up per
// value, with the value's distinct people.
std::vector<SegmentFunnel> Segments(Session& s, ReportScope& scope, const Quarter& q,
                                    const std::string& segment) {
  const bool per_structure = scope.portfolio && segment == "site";
  std::map<std::pair<std::string, std::string>, FunnelCounts> sums;  // (structure or "", value)
  for (const auto& campaign : q.campaigns) {
    for (const auto& row : storage::CampaignFunnel(s, campaign.id, segment)) {
      AddMessages(sums[{per_structure ? campaign.structure_id : std::string(), row.key}], row);
    }
  }
  for (const auto& count :
       storage::CountPeopleReached(s, scope.filter, q.from, q.to, segment, per_structure)) {
    sums[{count.structure_id, count.key}].targeted = count.people;
  }
  std::vector<SegmentFunnel> out;
  out.reserve(sums.size());
  for (const auto& [key, counts] : sums) {
    std::string label = per_structure ? StructureName(s, scope, key.first) + " — " : std::string();
    label += key.second.empty() ? kNotFilled : key.second;
    out.push_back({std::move(label), counts});
  }
  return SortedByLabel(std::move(out));
}

std::vector<SegmentFunnel> ByStructure(Session& s, ReportScope& scope, const Quarter& q) {
  std::map<std::string, FunnelCounts> sums;
  for (std::size_t i = 0; i < q.campaigns.size(); ++i) {
    AddMessages(sums[q.campaigns[i].structure_id], q.funnels[i]);
  }
  for (const auto& count :
       storage::CountPeopleReached(s, scope.filter, q.from, q.to, "structure", false)) {
    sums[count.key].targeted = count.people;
  }
  std::vector<SegmentFunnel> out;
  out.reserve(sums.size());
  for (const auto& [id, counts] : sums) out.push_back({StructureName(s, scope, id), counts});
  return SortedByLabel(std::move(out));
}

awareness::QuarterlyReportInput Build(Session& s, ReportScope& scope, long long quarter_instant,
                                      long long now) {
  // Quarter starts, oldest first; the reported quarter last.
  std::vector<long long> starts{awareness::QuarterBounds(quarter_instant).first};
  while (starts.size() < kTrendQuarters) {
    starts.push_back(awareness::QuarterBounds(starts.back() - 1).first);
  }
  std::reverse(starts.begin(), starts.end());

  awareness::QuarterlyReportInput in;
  in.portfolio = scope.portfolio;
  in.quarter_label = awareness::QuarterLabel(quarter_instant);
  in.generated_at = now;
  Quarter current;
  for (const long long start : starts) {
    Quarter q = ReadQuarter(s, scope, start);
    const bool last = start == starts.back();
    if (!in.trend.empty() || !q.campaigns.empty() || last) {
      in.trend.push_back({awareness::QuarterLabel(start), q.total});
    }
    if (last) current = std::move(q);
  }
  in.total = current.total;
  if (scope.portfolio) {
    in.campaigns = PortfolioCampaigns(s, scope, current);
    in.by_structure = ByStructure(s, scope, current);
  } else {
    for (std::size_t i = 0; i < current.campaigns.size(); ++i) {
      in.campaigns.push_back(SummaryOf(s, scope, current.campaigns[i], current.funnels[i]));
    }
  }
  in.by_site = Segments(s, scope, current, "site");
  in.by_department = Segments(s, scope, current, "department");
  in.repeat_clickers = storage::CountRepeatClickers(
      s, scope.filter, starts[starts.size() - kRepeatClickerQuarters], current.to);
  return in;
}

}  // namespace

awareness::QuarterlyReportInput BuildStructureQuarterlyReport(storage::Database& db,
                                                              const std::string& structure_id,
                                                              long long quarter_instant,
                                                              long long now) {
  awareness::QuarterlyReportInput in;
  db.Run([&](Session& s) {
    const auto structure = storage::FindStructure(s, structure_id);
    if (!structure) throw core::AppError::NotFound("Cette structure n'existe pas.");
    ReportScope scope{{structure->region_id, structure->id}, false, {{structure->id, structure->name}}};
    in = Build(s, scope, quarter_instant, now);
    in.scope_name = structure->name;
  });
  return in;
}

awareness::QuarterlyReportInput BuildPortfolioQuarterlyReport(storage::Database& db,
                                                              const std::string& region_id,
                                                              long long quarter_instant,
                                                              long long now) {
  awareness::QuarterlyReportInput in;
  db.Run([&](Session& s) {
    const auto region = storage::FindRegion(s, region_id);
    if (!region) throw core::AppError::NotFound("Cette région n'existe pas.");
    ReportScope scope{{region->id, ""}, true, {}};
    in = Build(s, scope, quarter_instant, now);
    in.scope_name = region->crrc_name.empty() ? region->name : region->crrc_name;
  });
  return in;
}

}  // namespace vigie::campaigns
