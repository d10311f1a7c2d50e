#pragma once
// Browser sessions and personal API tokens. Only SHA-256 hashes of the secrets are
// stored: a copy of the database does not let anyone sign in.

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"

namespace vigie::storage {

struct SessionRecord {
  std::string token_hash;
  std::string user_id;
  std::string csrf_token;
  bool mfa_verified = false;
  long long created_at = 0;
  long long last_seen_at = 0;
  long long expires_at = 0;  // absolute expiry
};

void InsertSession(Session& s, const SessionRecord& record);
std::optional<SessionRecord> FindSession(Session& s, const std::string& token_hash);
void TouchSession(Session& s, const std::string& token_hash, long long now);
void DeleteSession(Session& s, const std::string& token_hash);
void DeleteUserSessions(Session& s, const std::string& user_id);
long long DeleteExpiredSessions(Session& s, long long idle_before, long long now);

struct ApiTokenRecord {
  std::string id;
  std::string user_id;
  std::string name;
  std::string token_hash;
  std::string role;  // role code, never above the owner's
  long long created_at = 0;
  long long last_used_at = 0;  // 0 = never
  long long revoked_at = 0;    // 0 = active
};

void InsertApiToken(Session& s, const ApiTokenRecord& record);
std::optional<ApiTokenRecord> FindApiTokenByHash(Session& s, const std::string& token_hash);
std::vector<ApiTokenRecord> ListApiTokens(Session& s, const std::string& user_id);
// Revokes the token if it belongs to user_id; returns false otherwise.
bool RevokeApiToken(Session& s, const std::string& id, const std::string& user_id, long long now);
void MarkApiTokenUsed(Session& s, const std::string& id, long long now);

}  // namespace vigie::storage
