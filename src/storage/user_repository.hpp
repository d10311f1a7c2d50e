#pragma once
// User accounts and their recovery codes.

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"
#include "storage/list_query.hpp"
#include "tenancy/entities.hpp"

namespace vigie::storage {

struct UserQuery {
  TenantFilter tenant;  // structure filter matches users of that structure
  std::string search;   // name or email
  std::string role;     // role code, optional
  PageRequest page;
};

void InsertUser(Session& s, const tenancy::User& user);
// Updates every mutable column (name, role, tenant, hash, MFA, disabled, updated_at).
void UpdateUser(Session& s, const tenancy::User& user);
void DeleteUser(Session& s, const std::string& id);
std::optional<tenancy::User> FindUser(Session& s, const std::string& id);
std::optional<tenancy::User> FindUserByEmail(Session& s, const std::string& email_lower);
Page<tenancy::User> ListUsers(Session& s, const UserQuery& query);
long long CountUsers(Session& s, const TenantFilter& filter);

// Recovery codes are stored hashed; Use returns true once per code.
void ReplaceRecoveryCodes(Session& s, const std::string& user_id,
                          const std::vector<std::string>& code_hashes);
bool UseRecoveryCode(Session& s, const std::string& user_id, const std::string& code_hash,
                     long long now);
long long CountUnusedRecoveryCodes(Session& s, const std::string& user_id);

}  // namespace vigie::storage
