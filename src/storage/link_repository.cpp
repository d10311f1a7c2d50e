#include "storage/link_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;
using detail::Nullable;

namespace {

constexpr const char* kInvitationColumns =
    "id, email, display_name, role, region_id, structure_id, secret_hash, invited_by, "
    "created_at, expires_at, accepted_at";

InvitationRecord InvitationFromRow(const soci::row& r) {
  return {GetString(r, "id"),          GetString(r, "email"),      GetString(r, "display_name"),
          GetString(r, "role"),        GetString(r, "region_id"),  GetString(r, "structure_id"),
          GetString(r, "secret_hash"), GetString(r, "invited_by"), GetInt64(r, "created_at"),
          GetInt64(r, "expires_at"),   GetInt64(r, "accepted_at")};
}

bool MarkOnce(Session& s, const std::string& sql, const std::string& id, long long now) {
  soci::statement st = (s.prepare << sql, soci::use(now), soci::use(id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace

void InsertInvitation(Session& s, const InvitationRecord& r) {
  auto region = Nullable(r.region_id);
  auto structure = Nullable(r.structure_id);
  auto by = Nullable(r.invited_by);
  s << "INSERT INTO invitations (id, email, display_name, role, region_id, structure_id, "
       "secret_hash, invited_by, created_at, expires_at) "
       "VALUES (:id, :e, :n, :role, :r, :s, :h, :by, :ca, :ex)",
      soci::use(r.id), soci::use(r.email), soci::use(r.display_name), soci::use(r.role),
      soci::use(region.value, region.indicator), soci::use(structure.value, structure.indicator),
      soci::use(r.secret_hash), soci::use(by.value, by.indicator), soci::use(r.created_at),
      soci::use(r.expires_at);
}

std::optional<InvitationRecord> FindInvitation(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kInvitationColumns + " FROM invitations WHERE id = :id",
       soci::use(id));
  for (const auto& r : rows) return InvitationFromRow(r);
  return std::nullopt;
}

bool MarkInvitationAccepted(Session& s, const std::string& id, long long now) {
  return MarkOnce(s, "UPDATE invitations SET accepted_at = :t WHERE id = :id AND accepted_at IS NULL",
                  id, now);
}

std::vector<InvitationRecord> ListPendingInvitations(Session& s, const std::string& region_id,
                                                     const std::string& structure_id, long long now) {
  std::vector<InvitationRecord> out;
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kInvitationColumns +
                        " FROM invitations WHERE accepted_at IS NULL AND expires_at > :now"
                        " AND (region_id = :r OR CAST(:r0 AS TEXT) = '')"
                        " AND (structure_id = :s OR CAST(:s0 AS TEXT) = '') ORDER BY created_at DESC",
       soci::use(now), soci::use(region_id), soci::use(region_id), soci::use(structure_id),
       soci::use(structure_id));
  for (const auto& r : rows) out.push_back(InvitationFromRow(r));
  return out;
}

void InsertPasswordReset(Session& s, const PasswordResetRecord& r) {
  s << "INSERT INTO password_resets (id, user_id, secret_hash, created_at, expires_at) "
       "VALUES (:id, :u, :h, :ca, :ex)",
      soci::use(r.id), soci::use(r.user_id), soci::use(r.secret_hash), soci::use(r.created_at),
      soci::use(r.expires_at);
}

std::optional<PasswordResetRecord> FindPasswordReset(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT id, user_id, secret_hash, created_at, expires_at, used_at "
                    "FROM password_resets WHERE id = :id",
       soci::use(id));
  for (const auto& r : rows) {
    return PasswordResetRecord{GetString(r, "id"),        GetString(r, "user_id"),
                               GetString(r, "secret_hash"), GetInt64(r, "created_at"),
                               GetInt64(r, "expires_at"),  GetInt64(r, "used_at")};
  }
  return std::nullopt;
}

bool MarkPasswordResetUsed(Session& s, const std::string& id, long long now) {
  return MarkOnce(s, "UPDATE password_resets SET used_at = :t WHERE id = :id AND used_at IS NULL",
                  id, now);
}

}  // namespace vigie::storage
