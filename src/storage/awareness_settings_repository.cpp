#include "storage/awareness_settings_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;

namespace {

AwarenessSettingsRecord FromRow(const soci::row& r) {
  AwarenessSettingsRecord a;
  a.structure_id = GetString(r, "structure_id");
  a.retention_months = GetInt64(r, "retention_months");
  a.centre_sees_individuals = GetInt64(r, "centre_sees_individuals") != 0;
  a.info_published_at = GetInt64(r, "info_published_at");
  a.info_published_by = GetString(r, "info_published_by");
  a.updated_at = GetInt64(r, "updated_at");
  return a;
}

constexpr const char* kColumns =
    "structure_id, retention_months, centre_sees_individuals, info_published_at, info_published_by, updated_at";

}  // namespace

AwarenessSettingsRecord LoadAwarenessSettings(Session& s, const std::string& structure_id) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns + " FROM awareness_settings WHERE structure_id = :s",
       soci::use(structure_id));
  for (const auto& r : rows) return FromRow(r);
  AwarenessSettingsRecord defaults;
  defaults.structure_id = structure_id;
  return defaults;
}

void SaveAwarenessSettings(Session& s, const AwarenessSettingsRecord& a) {
  const long long centre = a.centre_sees_individuals ? 1 : 0;
  long long exists = 0;
  s << "SELECT COUNT(*) FROM awareness_settings WHERE structure_id = :s", soci::use(a.structure_id),
      soci::into(exists);
  if (exists > 0) {
    s << "UPDATE awareness_settings SET retention_months = :r, centre_sees_individuals = :c, "
         "info_published_at = :ip, info_published_by = :ib, updated_at = :u WHERE structure_id = :s",
        soci::use(a.retention_months), soci::use(centre), soci::use(a.info_published_at),
        soci::use(a.info_published_by), soci::use(a.updated_at), soci::use(a.structure_id);
  } else {
    s << std::string("INSERT INTO awareness_settings (") + kColumns + ") VALUES (:s, :r, :c, :ip, :ib, :u)",
        soci::use(a.structure_id), soci::use(a.retention_months), soci::use(centre), soci::use(a.info_published_at),
        soci::use(a.info_published_by), soci::use(a.updated_at);
  }
}

std::vector<AwarenessSettingsRecord> ListSettingsOfStructuresWithCampaigns(Session& s) {
  std::vector<std::string> ids;
  soci::rowset<std::string> rows =
      (s.prepare << "SELECT DISTINCT structure_id FROM awareness_campaigns WHERE status IN ('completed', 'cancelled') "
                    "ORDER BY structure_id");
  for (const auto& id : rows) ids.push_back(id);
  std::vector<AwarenessSettingsRecord> out;
  for (const auto& id : ids) out.push_back(LoadAwarenessSettings(s, id));
  return out;
}

std::vector<ResultViewerRecord> ListResultViewers(Session& s, const std::string& structure_id) {
  std::vector<ResultViewerRecord> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT v.user_id, v.granted_by, v.granted_at, u.email, u.display_name FROM "
                    "awareness_result_viewers v JOIN users u ON u.id = v.user_id WHERE v.structure_id = :s "
                    "ORDER BY u.display_name, u.email",
       soci::use(structure_id));
  for (const auto& r : rows) {
    out.push_back({GetString(r, "user_id"), GetString(r, "email"), GetString(r, "display_name"),
                   GetString(r, "granted_by"), GetInt64(r, "granted_at")});
  }
  return out;
}

bool IsResultViewer(Session& s, const std::string& structure_id, const std::string& user_id) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM awareness_result_viewers WHERE structure_id = :s AND user_id = :u",
      soci::use(structure_id), soci::use(user_id), soci::into(n);
  return n > 0;
}

bool GrantResultViewer(Session& s, const std::string& structure_id, const std::string& user_id,
                       const std::string& granted_by, long long now) {
  if (IsResultViewer(s, structure_id, user_id)) return false;
  s << "INSERT INTO awareness_result_viewers (structure_id, user_id, granted_by, granted_at) "
       "VALUES (:s, :u, :g, :t)",
      soci::use(structure_id), soci::use(user_id), soci::use(granted_by), soci::use(now);
  return true;
}

bool RevokeResultViewer(Session& s, const std::string& structure_id, const std::string& user_id) {
  soci::statement st = (s.prepare << "DELETE FROM awareness_result_viewers WHERE structure_id = :s AND user_id = :u",
                        soci::use(structure_id), soci::use(user_id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace vigie::storage
