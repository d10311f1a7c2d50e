#include "storage/campaign_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;

namespace {

constexpr const char* kColumns =
    "id, region_id, structure_id, wave_id, mode, name, template_id, sending_profile_id, group_ids, status, "
    "scheduled_at, started_at, completed_at, created_by, approved_by, approved_at, target_count, revision, "
    "created_at, updated_at";

CampaignRecord FromRow(const soci::row& r) {
  CampaignRecord c;
  c.id = GetString(r, "id");
  c.region_id = GetString(r, "region_id");
  c.structure_id = GetString(r, "structure_id");
  c.wave_id = GetString(r, "wave_id");
  c.mode = GetString(r, "mode");
  c.name = GetString(r, "name");
  c.template_id = GetString(r, "template_id");
  c.sending_profile_id = GetString(r, "sending_profile_id");
  c.group_ids = GetString(r, "group_ids");
  c.status = GetString(r, "status");
  c.scheduled_at = GetInt64(r, "scheduled_at");
  c.started_at = GetInt64(r, "started_at");
  c.completed_at = GetInt64(r, "completed_at");
  c.created_by = GetString(r, "created_by");
  c.approved_by = GetString(r, "approved_by");
  c.approved_at = GetInt64(r, "approved_at");
  c.target_count = GetInt64(r, "target_count");
  c.revision = GetInt64(r, "revision");
  c.created_at = GetInt64(r, "created_at");
  c.updated_at = GetInt64(r, "updated_at");
  return c;
}

// The campaigns matching `where_and_order`, whose one parameter is bound to `value`.
std::vector<CampaignRecord> Select(Session& s, const std::string& where_and_order, const std::string& value) {
  std::vector<CampaignRecord> out;
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns + " FROM awareness_campaigns WHERE " + where_and_order,
       soci::use(value));
  for (const auto& r : rows) out.push_back(FromRow(r));
  return out;
}

}  // namespace

void InsertCampaign(Session& s, const CampaignRecord& c) {
  s << std::string("INSERT INTO awareness_campaigns (") + kColumns +
           ") VALUES (:id, :r, :s, :w, :m, :n, :t, :p, :g, :st, :sa, :sta, :ca, :cb, :ab, :aa, :tc, :rev, :c, :u)",
      soci::use(c.id), soci::use(c.region_id), soci::use(c.structure_id), soci::use(c.wave_id), soci::use(c.mode),
      soci::use(c.name), soci::use(c.template_id), soci::use(c.sending_profile_id), soci::use(c.group_ids),
      soci::use(c.status), soci::use(c.scheduled_at), soci::use(c.started_at), soci::use(c.completed_at),
      soci::use(c.created_by), soci::use(c.approved_by), soci::use(c.approved_at), soci::use(c.target_count),
      soci::use(c.revision), soci::use(c.created_at), soci::use(c.updated_at);
}

std::optional<CampaignRecord> FindCampaign(Session& s, const std::string& id) {
  auto found = Select(s, "id = :id", id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

Page<CampaignRecord> ListCampaigns(Session& s, const TenantFilter& filter, const PageRequest& request) {
  Page<CampaignRecord> page;
  page.number = request.number < 1 ? 1 : request.number;
  page.size = request.Limit();
  const std::string where = "(:r = '' OR region_id = :r2) AND (:s = '' OR structure_id = :s2)";
  s << "SELECT COUNT(*) FROM awareness_campaigns WHERE " + where, soci::use(filter.region_id),
      soci::use(filter.region_id), soci::use(filter.structure_id), soci::use(filter.structure_id),
      soci::into(page.total);
  const long long limit = request.Limit();
  const long long offset = request.Offset();
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns + " FROM awareness_campaigns WHERE " + where +
                        " ORDER BY created_at DESC, id LIMIT :l OFFSET :o",
       soci::use(filter.region_id), soci::use(filter.region_id), soci::use(filter.structure_id),
       soci::use(filter.structure_id), soci::use(limit), soci::use(offset));
  for (const auto& r : rows) page.items.push_back(FromRow(r));
  return page;
}

std::vector<CampaignRecord> ListStructureCampaigns(Session& s, const std::string& structure_id) {
  return Select(s, "structure_id = :s ORDER BY created_at DESC, id", structure_id);
}

std::vector<CampaignRecord> ListDueScheduledCampaigns(Session& s, long long now) {
  std::vector<CampaignRecord> out;
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns +
                        " FROM awareness_campaigns WHERE status = 'scheduled' AND scheduled_at > 0 AND "
                        "scheduled_at <= :now ORDER BY scheduled_at, id",
       soci::use(now));
  for (const auto& r : rows) out.push_back(FromRow(r));
  return out;
}

std::vector<CampaignRecord> ListCampaignsInStatus(Session& s, const std::string& status) {
  return Select(s, "status = :st ORDER BY created_at, id", status);
}

std::vector<CampaignRecord> ListWaveCampaigns(Session& s, const std::string& region_id, const std::string& wave_id) {
  std::vector<CampaignRecord> out;
  if (wave_id.empty()) return out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT c.id, c.region_id, c.structure_id, c.wave_id, c.mode, c.name, c.template_id, "
                    "c.sending_profile_id, c.group_ids, c.status, c.scheduled_at, c.started_at, c.completed_at, "
                    "c.created_by, c.approved_by, c.approved_at, c.target_count, c.revision, c.created_at, "
                    "c.updated_at FROM awareness_campaigns c JOIN structures st ON st.id = c.structure_id "
                    "WHERE c.region_id = :r AND c.wave_id = :w ORDER BY st.name, c.id",
       soci::use(region_id), soci::use(wave_id));
  for (const auto& r : rows) out.push_back(FromRow(r));
  return out;
}

std::vector<WaveSummary> ListRegionWaves(Session& s, const std::string& region_id) {
  std::vector<WaveSummary> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT wave_id, MIN(name) AS name, COUNT(*) AS n, MIN(created_at) AS created "
                    "FROM awareness_campaigns WHERE region_id = :r AND wave_id <> '' GROUP BY wave_id "
                    "ORDER BY created DESC, wave_id",
       soci::use(region_id));
  for (const auto& r : rows) {
    out.push_back({GetString(r, "wave_id"), GetString(r, "name"), GetInt64(r, "n"), GetInt64(r, "created")});
  }
  return out;
}

bool UpdateCampaignStatus(Session& s, const std::string& id, const CampaignStatusChange& change) {
  const long long scheduled = change.scheduled_at.value_or(-1);
  const long long started = change.started_at.value_or(-1);
  const long long completed = change.completed_at.value_or(-1);
  const std::string approver = change.approved_by.value_or("");
  const long long set_approver = change.approved_by ? 1 : 0;
  soci::statement st =
      (s.prepare << "UPDATE awareness_campaigns SET status = :st, revision = revision + 1, updated_at = :now, "
                    "scheduled_at = CASE WHEN :sch < 0 THEN scheduled_at ELSE :sch2 END, "
                    "started_at = CASE WHEN :sta < 0 THEN started_at ELSE :sta2 END, "
                    "completed_at = CASE WHEN :co < 0 THEN completed_at ELSE :co2 END, "
                    "approved_by = CASE WHEN :sa = 1 THEN :ab ELSE approved_by END, "
                    "approved_at = CASE WHEN :sa2 = 1 THEN :now2 ELSE approved_at END "
                    "WHERE id = :id AND revision = :rev",
       soci::use(change.status), soci::use(change.now), soci::use(scheduled), soci::use(scheduled),
       soci::use(started), soci::use(started), soci::use(completed), soci::use(completed), soci::use(set_approver),
       soci::use(approver), soci::use(set_approver), soci::use(change.now), soci::use(id),
       soci::use(change.expected_revision));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

bool UpdateCampaignDraft(Session& s, const CampaignRecord& c, long long expected_revision) {
  soci::statement st =
      (s.prepare << "UPDATE awareness_campaigns SET name = :n, template_id = :t, sending_profile_id = :p, "
                    "group_ids = :g, scheduled_at = :sa, revision = revision + 1, updated_at = :u "
                    "WHERE id = :id AND revision = :rev",
       soci::use(c.name), soci::use(c.template_id), soci::use(c.sending_profile_id), soci::use(c.group_ids),
       soci::use(c.scheduled_at), soci::use(c.updated_at), soci::use(c.id), soci::use(expected_revision));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void InsertTargets(Session& s, const std::string& campaign_id, const std::vector<NewTarget>& targets) {
  NewTarget row;
  const std::string pending = "pending";
  const std::string empty;
  const long long zero = 0;
  soci::statement st =
      (s.prepare << "INSERT INTO awareness_targets (id, campaign_id, recipient_id, pseudonym, token_hash, group_id, "
                    "site, department, job_family, send_state, planned_at, claimed_at, claim_owner, sent_at, attempts, "
                    "last_error, opened_first, opened_last, open_count, clicked_first, clicked_last, click_count, "
                    "submitted_first, submitted_last, submit_count, reported_first, reported_last, report_count, "
                    "scanner_count, purged_at) VALUES (:id, :c, :r, :p, :t, :g, :si, :d, :j, :st, :pl, :z1, :e1, :z2, "
                    ":z3, :e2, :z4, :z5, :z6, :z7, :z8, :z9, :z10, :z11, :z12, :z13, :z14, :z15, :z16, :z17)",
       soci::use(row.id), soci::use(campaign_id), soci::use(row.recipient_id), soci::use(row.pseudonym),
       soci::use(row.token_hash), soci::use(row.group_id), soci::use(row.site), soci::use(row.department),
       soci::use(row.job_family), soci::use(pending), soci::use(row.planned_at), soci::use(zero), soci::use(empty),
       soci::use(zero), soci::use(zero), soci::use(empty), soci::use(zero), soci::use(zero), soci::use(zero),
       soci::use(zero), soci::use(zero), soci::use(zero), soci::use(zero), soci::use(zero), soci::use(zero),
       soci::use(zero), soci::use(zero), soci::use(zero), soci::use(zero), soci::use(zero));
  for (const NewTarget& t : targets) {
    row = t;
    st.execute(true);
  }
  const auto count = static_cast<long long>(targets.size());
  s << "UPDATE awareness_campaigns SET target_count = :n WHERE id = :id", soci::use(count), soci::use(campaign_id);
}

}  // namespace vigie::storage
