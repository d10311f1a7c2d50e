#include "storage/campaign_tracking_repository.hpp"

#include <soci/soci.h>

#include <stdexcept>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;

namespace {

// The per-kind columns of awareness_targets; `kind` is checked against this list, so
// it never reaches SQL unvalidated.
struct KindColumns {
  const char* kind;
  const char* first;
  const char* last;
  const char* count;
};
constexpr KindColumns kKinds[] = {
    {"open", "opened_first", "opened_last", "open_count"},
    {"click", "clicked_first", "clicked_last", "click_count"},
    {"submit", "submitted_first", "submitted_last", "submit_count"},
    {"report", "reported_first", "reported_last", "report_count"},
};

const KindColumns& ColumnsOf(const std::string& kind) {
  for (const auto& k : kKinds) {
    if (kind == k.kind) return k;
  }
  throw std::invalid_argument("unknown hit kind");
}

std::string SegmentColumn(const std::string& segment) {
  if (segment.empty()) return "''";
  if (segment == "site" || segment == "department" || segment == "group_id" || segment == "job_family") {
    return segment;
  }
  throw std::invalid_argument("unknown result segment");
}

// People counted at each step of the funnel (see FunnelRow), as SELECT columns.
constexpr const char* kFunnelSums =
    "COUNT(*) AS targeted, "
    "SUM(CASE WHEN send_state = 'sent' THEN 1 ELSE 0 END) AS sent, "
    "SUM(CASE WHEN open_count + click_count + submit_count > 0 THEN 1 ELSE 0 END) AS opened, "
    "SUM(CASE WHEN click_count + submit_count > 0 THEN 1 ELSE 0 END) AS clicked, "
    "SUM(CASE WHEN submit_count > 0 THEN 1 ELSE 0 END) AS submitted, "
    "SUM(CASE WHEN report_count > 0 THEN 1 ELSE 0 END) AS reported, "
    "SUM(scanner_count) AS scanners ";

FunnelRow FunnelOf(const soci::row& r) {
  FunnelRow f;
  f.targeted = GetInt64(r, "targeted");
  f.sent = GetInt64(r, "sent");
  f.opened = GetInt64(r, "opened");
  f.clicked = GetInt64(r, "clicked");
  f.submitted = GetInt64(r, "submitted");
  f.reported = GetInt64(r, "reported");
  f.scanner_hits = GetInt64(r, "scanners");
  return f;
}

}  // namespace

std::optional<TrackedTarget> FindTargetByTokenHash(Session& s, const std::string& token_hash) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT t.id, t.campaign_id, t.recipient_id, t.send_state, t.sent_at, c.status, c.structure_id, "
                    "c.region_id, c.template_id FROM awareness_targets t JOIN awareness_campaigns c ON c.id = t.campaign_id "
                    "WHERE t.token_hash = :h",
       soci::use(token_hash));
  for (const auto& r : rows) {
    TrackedTarget t;
    t.id = GetString(r, "id");
    t.campaign_id = GetString(r, "campaign_id");
    t.recipient_id = GetString(r, "recipient_id");
    t.send_state = GetString(r, "send_state");
    t.sent_at = GetInt64(r, "sent_at");
    t.campaign_status = GetString(r, "status");
    t.structure_id = GetString(r, "structure_id");
    t.region_id = GetString(r, "region_id");
    t.template_id = GetString(r, "template_id");
    return t;
  }
  return std::nullopt;
}

void RecordHit(Session& s, const Hit& hit) {
  const KindColumns& k = ColumnsOf(hit.kind);
  s << "INSERT INTO awareness_events (id, campaign_id, target_id, kind, at, scanner_sign) "
       "VALUES (:id, :c, :t, :k, :at, :sc)",
      soci::use(hit.event_id), soci::use(hit.campaign_id), soci::use(hit.target_id), soci::use(hit.kind),
      soci::use(hit.at), soci::use(hit.scanner_sign);
  if (hit.scanner_sign != "none") {
    s << "UPDATE awareness_targets SET scanner_count = scanner_count + 1 WHERE id = :id", soci::use(hit.target_id);
    return;
  }
  s << std::string("UPDATE awareness_targets SET ") + k.first + " = CASE WHEN " + k.first + " = 0 THEN :at ELSE " +
           k.first + " END, " + k.last + " = :at2, " + k.count + " = " + k.count + " + 1 WHERE id = :id",
      soci::use(hit.at), soci::use(hit.at), soci::use(hit.target_id);
}

std::vector<FunnelRow> CampaignFunnel(Session& s, const std::string& campaign_id, const std::string& segment) {
  const std::string column = SegmentColumn(segment);
  std::vector<FunnelRow> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT " + column + " AS seg, " + kFunnelSums + "FROM awareness_targets WHERE campaign_id = :c" +
                        (segment.empty() ? std::string() : " GROUP BY seg ORDER BY seg"),
       soci::use(campaign_id));
  for (const auto& r : rows) {
    FunnelRow f = FunnelOf(r);
    f.key = GetString(r, "seg");
    out.push_back(f);
  }
  return out;
}

std::vector<FunnelCell> CampaignFunnelCells(Session& s, const std::string& campaign_id) {
  std::vector<FunnelCell> out;
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT group_id, site, department, ") + kFunnelSums +
                        "FROM awareness_targets WHERE campaign_id = :c GROUP BY group_id, site, department",
       soci::use(campaign_id));
  for (const auto& r : rows) {
    FunnelCell cell;
    cell.group_id = GetString(r, "group_id");
    cell.site = GetString(r, "site");
    cell.department = GetString(r, "department");
    cell.counts = FunnelOf(r);
    out.push_back(std::move(cell));
  }
  return out;
}

std::vector<TimelinePoint> CampaignTimeline(Session& s, const std::string& campaign_id, long long bucket_seconds) {
  std::vector<TimelinePoint> out;
  if (bucket_seconds <= 0) bucket_seconds = 3600;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT (at / :b) * :b2 AS bucket, kind, COUNT(*) AS n FROM awareness_events "
                    "WHERE campaign_id = :c AND scanner_sign = 'none' GROUP BY bucket, kind ORDER BY bucket, kind",
       soci::use(bucket_seconds), soci::use(bucket_seconds), soci::use(campaign_id));
  for (const auto& r : rows) out.push_back({GetInt64(r, "bucket"), GetString(r, "kind"), GetInt64(r, "n")});
  return out;
}

Page<TargetResult> ListTargetResults(Session& s, const std::string& campaign_id, bool with_names,
                                     const PageRequest& request) {
  Page<TargetResult> page;
  page.number = request.number < 1 ? 1 : request.number;
  page.size = request.Limit();
  s << "SELECT COUNT(*) FROM awareness_targets WHERE campaign_id = :c", soci::use(campaign_id),
      soci::into(page.total);
  const long long limit = request.Limit();
  const long long offset = request.Offset();
  // Pseudonym order in both modes: it walks awareness_targets_people instead of sorting
  // the whole campaign for each page (names would need a join before the sort).
  const std::string order = "t.pseudonym, t.id";
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT t.id, t.pseudonym, t.site, t.department, t.send_state, t.opened_first, t.clicked_first, "
                    "t.submitted_first, t.reported_first, t.click_count, t.scanner_count, r.email, r.first_name, "
                    "r.last_name FROM awareness_targets t LEFT JOIN awareness_recipients r ON r.id = t.recipient_id "
                    "WHERE t.campaign_id = :c ORDER BY " +
                        order + " LIMIT :l OFFSET :o",
       soci::use(campaign_id), soci::use(limit), soci::use(offset));
  for (const auto& r : rows) {
    TargetResult t;
    t.target_id = GetString(r, "id");
    t.pseudonym = GetString(r, "pseudonym");
    if (with_names) {
      t.email = GetString(r, "email");
      t.first_name = GetString(r, "first_name");
      t.last_name = GetString(r, "last_name");
    }
    t.site = GetString(r, "site");
    t.department = GetString(r, "department");
    t.send_state = GetString(r, "send_state");
    t.opened_first = GetInt64(r, "opened_first");
    t.clicked_first = GetInt64(r, "clicked_first");
    t.submitted_first = GetInt64(r, "submitted_first");
    t.reported_first = GetInt64(r, "reported_first");
    t.click_count = GetInt64(r, "click_count");
    t.scanner_count = GetInt64(r, "scanner_count");
    page.items.push_back(std::move(t));
  }
  return page;
}

std::vector<RepeatClicker> ListRepeatClickers(Session& s, const std::string& structure_id, long long since,
                                              long long limit) {
  // Only the targets of people who clicked are grouped (awareness_targets_clicked, a
  // partial index whose condition the WHERE repeats word for word); how many campaigns
  // each repeat clicker received is counted afterwards, for those few people only.
  std::vector<std::pair<std::string, RepeatClicker>> found;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT t.recipient_id, MAX(t.pseudonym) AS pseudonym, COUNT(*) AS clicked "
                    "FROM awareness_targets t JOIN awareness_campaigns c ON c.id = t.campaign_id "
                    "WHERE t.click_count + t.submit_count > 0 AND t.recipient_id IS NOT NULL "
                    "AND c.structure_id = :s AND c.started_at >= :since "
                    "GROUP BY t.recipient_id HAVING COUNT(*) >= 2 ORDER BY clicked DESC, pseudonym LIMIT :l",
       soci::use(structure_id), soci::use(since), soci::use(limit));
  for (const auto& r : rows) {
    found.push_back({GetString(r, "recipient_id"), {GetString(r, "pseudonym"), GetInt64(r, "clicked"), 0}});
  }
  std::vector<RepeatClicker> out;
  for (auto& [recipient_id, clicker] : found) {
    s << "SELECT COUNT(*) FROM awareness_targets t JOIN awareness_campaigns c ON c.id = t.campaign_id "
         "WHERE t.recipient_id = :r AND c.structure_id = :s AND c.started_at >= :since",
        soci::use(recipient_id), soci::use(structure_id), soci::use(since), soci::into(clicker.campaigns_targeted);
    out.push_back(clicker);
  }
  return out;
}

long long PurgeIndividualResults(Session& s, const std::string& structure_id, long long before, long long now) {
  const std::string expired =
      "SELECT id FROM awareness_campaigns WHERE structure_id = :s AND status IN ('completed', 'cancelled') "
      "AND completed_at > 0 AND completed_at < :before";
  s << "DELETE FROM awareness_events WHERE campaign_id IN (" + expired + ")", soci::use(structure_id),
      soci::use(before);
  soci::statement st =
      (s.prepare << "UPDATE awareness_targets SET recipient_id = NULL, pseudonym = '', token_hash = NULL, "
                    "purged_at = :now WHERE purged_at = 0 AND campaign_id IN (" +
                        expired + ")",
       soci::use(now), soci::use(structure_id), soci::use(before));
  st.execute(true);
  return st.get_affected_rows();
}

}  // namespace vigie::storage
