#include "storage/session_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetBool;
using detail::GetInt64;
using detail::GetString;

void InsertSession(Session& s, const SessionRecord& r) {
  const int mfa = r.mfa_verified ? 1 : 0;
  s << "INSERT INTO sessions (token_hash, user_id, csrf_token, mfa_verified, created_at, "
       "last_seen_at, expires_at) VALUES (:h, :u, :c, :m, :ca, :ls, :ex)",
      soci::use(r.token_hash), soci::use(r.user_id), soci::use(r.csrf_token), soci::use(mfa),
      soci::use(r.created_at), soci::use(r.last_seen_at), soci::use(r.expires_at);
}

std::optional<SessionRecord> FindSession(Session& s, const std::string& token_hash) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT token_hash, user_id, csrf_token, mfa_verified, created_at, "
                    "last_seen_at, expires_at FROM sessions WHERE token_hash = :h",
       soci::use(token_hash));
  for (const auto& r : rows) {
    return SessionRecord{GetString(r, "token_hash"), GetString(r, "user_id"),
                         GetString(r, "csrf_token"), GetBool(r, "mfa_verified"),
                         GetInt64(r, "created_at"),  GetInt64(r, "last_seen_at"),
                         GetInt64(r, "expires_at")};
  }
  return std::nullopt;
}

void TouchSession(Session& s, const std::string& token_hash, long long now) {
  s << "UPDATE sessions SET last_seen_at = :t WHERE token_hash = :h", soci::use(now),
      soci::use(token_hash);
}

void DeleteSession(Session& s, const std::string& token_hash) {
  s << "DELETE FROM sessions WHERE token_hash = :h", soci::use(token_hash);
}

void DeleteUserSessions(Session& s, const std::string& user_id) {
  s << "DELETE FROM sessions WHERE user_id = :u", soci::use(user_id);
}

long long DeleteExpiredSessions(Session& s, long long idle_before, long long now) {
  soci::statement st =
      (s.prepare << "DELETE FROM sessions WHERE last_seen_at < :i OR expires_at < :n",
       soci::use(idle_before), soci::use(now));
  st.execute(true);
  return st.get_affected_rows();
}

namespace {

constexpr const char* kTokenColumns =
    "id, user_id, name, token_hash, role, created_at, last_used_at, revoked_at";

ApiTokenRecord TokenFromRow(const soci::row& r) {
  return {GetString(r, "id"),        GetString(r, "user_id"),    GetString(r, "name"),
          GetString(r, "token_hash"), GetString(r, "role"),      GetInt64(r, "created_at"),
          GetInt64(r, "last_used_at"), GetInt64(r, "revoked_at")};
}

}  // namespace

void InsertApiToken(Session& s, const ApiTokenRecord& r) {
  s << "INSERT INTO api_tokens (id, user_id, name, token_hash, role, created_at) "
       "VALUES (:id, :u, :n, :h, :r, :t)",
      soci::use(r.id), soci::use(r.user_id), soci::use(r.name), soci::use(r.token_hash),
      soci::use(r.role), soci::use(r.created_at);
}

std::optional<ApiTokenRecord> FindApiTokenByHash(Session& s, const std::string& token_hash) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kTokenColumns + " FROM api_tokens WHERE token_hash = :h",
       soci::use(token_hash));
  for (const auto& r : rows) return TokenFromRow(r);
  return std::nullopt;
}

std::vector<ApiTokenRecord> ListApiTokens(Session& s, const std::string& user_id) {
  std::vector<ApiTokenRecord> out;
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kTokenColumns +
                        " FROM api_tokens WHERE user_id = :u ORDER BY created_at DESC, id",
       soci::use(user_id));
  for (const auto& r : rows) out.push_back(TokenFromRow(r));
  return out;
}

bool RevokeApiToken(Session& s, const std::string& id, const std::string& user_id, long long now) {
  soci::statement st = (s.prepare << "UPDATE api_tokens SET revoked_at = :t "
                                     "WHERE id = :id AND user_id = :u AND revoked_at IS NULL",
                        soci::use(now), soci::use(id), soci::use(user_id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void MarkApiTokenUsed(Session& s, const std::string& id, long long now) {
  s << "UPDATE api_tokens SET last_used_at = :t WHERE id = :id", soci::use(now), soci::use(id);
}

}  // namespace vigie::storage
