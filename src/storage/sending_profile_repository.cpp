#include "storage/sending_profile_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;

namespace {

constexpr const char* kColumns =
    "id, structure_id, region_id, name, host, port, security, username, password_sealed, envelope_from, header_name, "
    "header_value, rate_per_minute, window_start, window_end, days, spread_days, created_at, updated_at";

SendingProfileRecord FromRow(const soci::row& r) {
  SendingProfileRecord p;
  p.id = GetString(r, "id");
  p.structure_id = GetString(r, "structure_id");
  p.region_id = GetString(r, "region_id");
  p.name = GetString(r, "name");
  p.host = GetString(r, "host");
  p.port = GetInt64(r, "port");
  p.security = GetString(r, "security");
  p.username = GetString(r, "username");
  p.password_sealed = GetString(r, "password_sealed");
  p.envelope_from = GetString(r, "envelope_from");
  p.header_name = GetString(r, "header_name");
  p.header_value = GetString(r, "header_value");
  p.rate_per_minute = GetInt64(r, "rate_per_minute");
  p.window_start = GetInt64(r, "window_start");
  p.window_end = GetInt64(r, "window_end");
  p.days = GetString(r, "days");
  p.spread_days = GetInt64(r, "spread_days");
  p.created_at = GetInt64(r, "created_at");
  p.updated_at = GetInt64(r, "updated_at");
  return p;
}

bool NameTaken(Session& s, const SendingProfileRecord& p) {
  long long taken = 0;
  s << "SELECT COUNT(*) FROM sending_profiles WHERE structure_id = :s AND name = :n AND id <> :id",
      soci::use(p.structure_id), soci::use(p.name), soci::use(p.id), soci::into(taken);
  return taken > 0;
}

}  // namespace

bool InsertSendingProfile(Session& s, const SendingProfileRecord& p) {
  if (NameTaken(s, p)) return false;
  s << std::string("INSERT INTO sending_profiles (") + kColumns +
           ") VALUES (:id, :s, :r, :n, :h, :po, :se, :u, :pw, :ef, :hn, :hv, :rate, :ws, :we, :d, :sd, :c, :up)",
      soci::use(p.id), soci::use(p.structure_id), soci::use(p.region_id), soci::use(p.name), soci::use(p.host),
      soci::use(p.port), soci::use(p.security), soci::use(p.username), soci::use(p.password_sealed),
      soci::use(p.envelope_from), soci::use(p.header_name), soci::use(p.header_value), soci::use(p.rate_per_minute),
      soci::use(p.window_start), soci::use(p.window_end), soci::use(p.days), soci::use(p.spread_days),
      soci::use(p.created_at), soci::use(p.updated_at);
  return true;
}

bool UpdateSendingProfile(Session& s, const SendingProfileRecord& p) {
  if (NameTaken(s, p)) return false;
  s << "UPDATE sending_profiles SET name = :n, host = :h, port = :po, security = :se, username = :u, "
       "password_sealed = :pw, envelope_from = :ef, header_name = :hn, header_value = :hv, rate_per_minute = :rate, "
       "window_start = :ws, window_end = :we, days = :d, spread_days = :sd, updated_at = :up WHERE id = :id",
      soci::use(p.name), soci::use(p.host), soci::use(p.port), soci::use(p.security), soci::use(p.username),
      soci::use(p.password_sealed), soci::use(p.envelope_from), soci::use(p.header_name), soci::use(p.header_value),
      soci::use(p.rate_per_minute), soci::use(p.window_start), soci::use(p.window_end), soci::use(p.days),
      soci::use(p.spread_days), soci::use(p.updated_at), soci::use(p.id);
  return true;
}

std::optional<SendingProfileRecord> FindSendingProfile(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns + " FROM sending_profiles WHERE id = :id", soci::use(id));
  for (const auto& r : rows) return FromRow(r);
  return std::nullopt;
}

std::vector<SendingProfileRecord> ListSendingProfiles(Session& s, const std::string& structure_id) {
  std::vector<SendingProfileRecord> out;
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns + " FROM sending_profiles WHERE structure_id = :s ORDER BY name",
       soci::use(structure_id));
  for (const auto& r : rows) out.push_back(FromRow(r));
  return out;
}

}  // namespace vigie::storage
