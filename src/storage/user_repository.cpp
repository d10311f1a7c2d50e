#include "storage/user_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetBool;
using detail::GetInt64;
using detail::GetString;
using detail::Nullable;

namespace {

constexpr const char* kColumns =
    "id, email, display_name, role, region_id, structure_id, password_hash, totp_secret_sealed, "
    "totp_last_step, mfa_enabled, disabled, created_at, updated_at";

tenancy::User FromRow(const soci::row& r) {
  tenancy::User u;
  u.id = GetString(r, "id");
  u.email = GetString(r, "email");
  u.display_name = GetString(r, "display_name");
  u.role = tenancy::ParseRole(GetString(r, "role")).value_or(tenancy::Role::kStructureReader);
  u.region_id = GetString(r, "region_id");
  u.structure_id = GetString(r, "structure_id");
  u.password_hash = GetString(r, "password_hash");
  u.totp_secret_sealed = GetString(r, "totp_secret_sealed");
  u.totp_last_step = GetInt64(r, "totp_last_step");
  u.mfa_enabled = GetBool(r, "mfa_enabled");
  u.disabled = GetBool(r, "disabled");
  u.created_at = GetInt64(r, "created_at");
  u.updated_at = GetInt64(r, "updated_at");
  return u;
}

std::optional<tenancy::User> FindOne(Session& s, const std::string& column, const std::string& value) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns + " FROM users WHERE " + column + " = :v",
       soci::use(value));
  for (const auto& r : rows) return FromRow(r);
  return std::nullopt;
}

constexpr const char* kTenantWhere =
    "(region_id = :r OR CAST(:r0 AS TEXT) = '') AND (structure_id = :s OR CAST(:s0 AS TEXT) = '')";

}  // namespace

void InsertUser(Session& s, const tenancy::User& u) {
  auto region = Nullable(u.region_id);
  auto structure = Nullable(u.structure_id);
  auto totp = Nullable(u.totp_secret_sealed);
  const std::string role(tenancy::RoleCode(u.role));
  const int mfa = u.mfa_enabled ? 1 : 0;
  const int disabled = u.disabled ? 1 : 0;
  s << "INSERT INTO users (" << kColumns
    << ") VALUES (:id, :e, :n, :role, :r, :s, :h, :t, :ts, :mfa, :d, :ca, :ua)",
      soci::use(u.id), soci::use(u.email), soci::use(u.display_name), soci::use(role),
      soci::use(region.value, region.indicator), soci::use(structure.value, structure.indicator),
      soci::use(u.password_hash), soci::use(totp.value, totp.indicator),
      soci::use(u.totp_last_step), soci::use(mfa), soci::use(disabled),
      soci::use(static_cast<long long>(u.created_at)), soci::use(static_cast<long long>(u.updated_at));
}

void UpdateUser(Session& s, const tenancy::User& u) {
  auto region = Nullable(u.region_id);
  auto structure = Nullable(u.structure_id);
  auto totp = Nullable(u.totp_secret_sealed);
  const std::string role(tenancy::RoleCode(u.role));
  const int mfa = u.mfa_enabled ? 1 : 0;
  const int disabled = u.disabled ? 1 : 0;
  s << "UPDATE users SET email = :e, display_name = :n, role = :role, region_id = :r, "
       "structure_id = :s, password_hash = :h, totp_secret_sealed = :t, totp_last_step = :ts, "
       "mfa_enabled = :mfa, disabled = :d, updated_at = :ua WHERE id = :id",
      soci::use(u.email), soci::use(u.display_name), soci::use(role),
      soci::use(region.value, region.indicator), soci::use(structure.value, structure.indicator),
      soci::use(u.password_hash), soci::use(totp.value, totp.indicator),
      soci::use(u.totp_last_step), soci::use(mfa), soci::use(disabled),
      soci::use(static_cast<long long>(u.updated_at)), soci::use(u.id);
}

void DeleteUser(Session& s, const std::string& id) {
  s << "DELETE FROM users WHERE id = :id", soci::use(id);
}

std::optional<tenancy::User> FindUser(Session& s, const std::string& id) {
  return FindOne(s, "id", id);
}

std::optional<tenancy::User> FindUserByEmail(Session& s, const std::string& email_lower) {
  return FindOne(s, "email", email_lower);
}

Page<tenancy::User> ListUsers(Session& s, const UserQuery& q) {
  Page<tenancy::User> page;
  page.number = q.page.number < 1 ? 1 : q.page.number;
  page.size = q.page.Limit();
  const std::string like = "%" + q.search + "%";
  const std::string where = std::string(" FROM users WHERE ") + kTenantWhere +
                            " AND (LOWER(display_name) LIKE LOWER(:q) OR email LIKE LOWER(:q2))"
                            " AND (role = :role OR CAST(:role0 AS TEXT) = '')";
  s << "SELECT COUNT(*)" + where, soci::use(q.tenant.region_id), soci::use(q.tenant.region_id),
      soci::use(q.tenant.structure_id), soci::use(q.tenant.structure_id), soci::use(like),
      soci::use(like), soci::use(q.role), soci::use(q.role), soci::into(page.total);
  const long long limit = q.page.Limit();
  const long long offset = q.page.Offset();
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns + where +
                        " ORDER BY display_name, id LIMIT :lim OFFSET :off",
       soci::use(q.tenant.region_id), soci::use(q.tenant.region_id),
       soci::use(q.tenant.structure_id), soci::use(q.tenant.structure_id), soci::use(like),
       soci::use(like), soci::use(q.role), soci::use(q.role), soci::use(limit), soci::use(offset));
  for (const auto& r : rows) page.items.push_back(FromRow(r));
  return page;
}

long long CountUsers(Session& s, const TenantFilter& filter) {
  long long count = 0;
  s << std::string("SELECT COUNT(*) FROM users WHERE ") + kTenantWhere,
      soci::use(filter.region_id), soci::use(filter.region_id), soci::use(filter.structure_id),
      soci::use(filter.structure_id), soci::into(count);
  return count;
}

void ReplaceRecoveryCodes(Session& s, const std::string& user_id,
                          const std::vector<std::string>& code_hashes) {
  s << "DELETE FROM recovery_codes WHERE user_id = :u", soci::use(user_id);
  for (const std::string& hash : code_hashes) {
    s << "INSERT INTO recovery_codes (user_id, code_hash) VALUES (:u, :h)", soci::use(user_id),
        soci::use(hash);
  }
}

bool UseRecoveryCode(Session& s, const std::string& user_id, const std::string& code_hash,
                     long long now) {
  soci::statement st = (s.prepare << "UPDATE recovery_codes SET used_at = :t "
                                     "WHERE user_id = :u AND code_hash = :h AND used_at IS NULL",
                        soci::use(now), soci::use(user_id), soci::use(code_hash));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

long long CountUnusedRecoveryCodes(Session& s, const std::string& user_id) {
  long long count = 0;
  s << "SELECT COUNT(*) FROM recovery_codes WHERE user_id = :u AND used_at IS NULL",
      soci::use(user_id), soci::into(count);
  return count;
}

}  // namespace vigie::storage
