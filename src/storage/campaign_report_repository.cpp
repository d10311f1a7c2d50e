#include "storage/campaign_report_repository.hpp"

#include <soci/soci.h>

#include <stdexcept>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;

namespace {

// The period's campaigns (see the header) as a condition on `c`. Placeholder names
// end with `tag` so that the condition can appear twice in one statement; bind with
// BindPeriod, in this order: from, to, region twice, structure twice.
std::string CampaignsOfPeriod(const std::string& tag) {
  return "c.started_at > 0 AND c.started_at >= :from" + tag + " AND c.started_at < :to" + tag +
         " AND (:r" + tag + " = '' OR c.region_id = :rr" + tag + ") AND (:s" + tag +
         " = '' OR c.structure_id = :ss" + tag +
         ") AND (c.status <> 'cancelled' OR EXISTS (SELECT 1 FROM awareness_targets x "
         "WHERE x.campaign_id = c.id AND x.send_state = 'sent'))";
}

struct Period {
  const TenantFilter& filter;
  long long from;
  long long to;
};

template <typename Statement>
void BindPeriod(Statement& st, const Period& p) {
  st, soci::use(p.from), soci::use(p.to), soci::use(p.filter.region_id),
      soci::use(p.filter.region_id), soci::use(p.filter.structure_id),
      soci::use(p.filter.structure_id);
}

// The column a people count is grouped by; checked against a fixed list, so that
// nothing unvalidated reaches SQL.
std::string SegmentColumn(const std::string& segment) {
  if (segment.empty()) return "''";
  if (segment == "site") return "t.site";
  if (segment == "department") return "t.department";
  if (segment == "structure") return "c.structure_id";
  throw std::invalid_argument("unknown report segment");
}

}  // namespace

std::vector<ReportedCampaign> ListReportedCampaigns(Session& s, const TenantFilter& filter,
                                                    long long from, long long to) {
  std::vector<ReportedCampaign> out;
  const Period period{filter, from, to};
  auto st =
      (s.prepare
       << "SELECT c.id, c.structure_id, c.wave_id, c.name, c.template_id, c.status, c.started_at, "
          "c.completed_at FROM awareness_campaigns c WHERE " +
              CampaignsOfPeriod("") + " ORDER BY c.started_at, c.id");
  BindPeriod(st, period);
  soci::rowset<soci::row> rows(st);
  for (const auto& r : rows) {
    ReportedCampaign c;
    c.id = GetString(r, "id");
    c.structure_id = GetString(r, "structure_id");
    c.wave_id = GetString(r, "wave_id");
    c.name = GetString(r, "name");
    c.template_id = GetString(r, "template_id");
    c.status = GetString(r, "status");
    c.started_at = GetInt64(r, "started_at");
    c.completed_at = GetInt64(r, "completed_at");
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<PeopleCount> CountPeopleReached(Session& s, const TenantFilter& filter, long long from,
                                            long long to, const std::string& segment,
                                            bool per_structure) {
  const std::string seg = SegmentColumn(segment);
  const bool structure_column = segment == "structure" || (per_structure && !segment.empty());
  const std::string st_column = structure_column ? "c.structure_id" : "''";
  std::string groups;  // the non-constant grouping columns, each with a leading ", "
  if (structure_column && seg != "c.structure_id") groups += ", c.structure_id";
  if (!segment.empty()) groups += ", " + seg;
  const std::string select = "SELECT " + st_column + " AS st, " + seg + " AS seg, ";
  const std::string from_targets =
      " FROM awareness_targets t JOIN awareness_campaigns c ON c.id = t.campaign_id WHERE ";
  const std::string sql = "SELECT st, seg, MAX(n) AS people FROM (" + select +
                          "COUNT(DISTINCT t.recipient_id) AS n" + from_targets +
                          CampaignsOfPeriod("1") + " AND t.recipient_id IS NOT NULL" +
                          (groups.empty() ? std::string() : " GROUP BY " + groups.substr(2)) +
                          " UNION ALL " + select + "COUNT(*) AS n" + from_targets +
                          CampaignsOfPeriod("2") + " AND t.recipient_id IS NULL GROUP BY c.id" +
                          groups + ") people GROUP BY st, seg ORDER BY st, seg";
  const Period period{filter, from, to};
  auto st = (s.prepare << sql);
  BindPeriod(st, period);
  BindPeriod(st, period);
  soci::rowset<soci::row> rows(st);
  std::vector<PeopleCount> out;
  for (const auto& r : rows) {
    out.push_back({GetString(r, "st"), GetString(r, "seg"), GetInt64(r, "people")});
  }
  return out;
}

long long CountRepeatClickers(Session& s, const TenantFilter& filter, long long from,
                              long long to) {
  long long count = 0;
  const Period period{filter, from, to};
  auto st =
      (s.prepare
           << "SELECT COUNT(*) FROM (SELECT t.recipient_id FROM awareness_targets t JOIN "
              "awareness_campaigns c ON c.id = t.campaign_id WHERE " +
                  CampaignsOfPeriod("") +
                  " AND t.recipient_id IS NOT NULL AND t.click_count + t.submit_count > 0 "
                  "GROUP BY t.recipient_id HAVING COUNT(DISTINCT t.campaign_id) >= 2) repeaters",
       soci::into(count));
  BindPeriod(st, period);
  soci::statement statement(st);
  statement.execute(true);
  return count;
}

}  // namespace vigie::storage
