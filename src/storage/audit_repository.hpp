#pragma once
// The audit log of security-relevant events, and the counters behind login
// throttling. Audit details never hold passwords, tokens or employees' personal data.

#include <string>
#include <vector>

#include "storage/database.hpp"
#include "storage/list_query.hpp"

namespace vigie::storage {

struct AuditEvent {
  std::string id;
  long long occurred_at = 0;
  std::string actor_user_id;  // empty for anonymous (failed sign-in of an unknown email)
  std::string actor_label;    // email of the actor or "anonyme", kept if the user is deleted
  std::string action;         // "auth.login", "auth.login_failed", "user.role_changed"...
  std::string target_type;    // "user", "structure", "api_token"...
  std::string target_id;
  std::string region_id;      // tenant of the target, for scoped viewing
  std::string structure_id;
  std::string details;        // short French text
};

struct AuditQuery {
  TenantFilter tenant;
  std::string action_prefix;  // "auth." matches every sign-in event
  std::string actor;          // substring of actor_label
  long long from = 0;         // inclusive, 0 = no bound
  long long to = 0;           // exclusive, 0 = no bound
  PageRequest page;
};

void InsertAuditEvent(Session& s, const AuditEvent& event);
Page<AuditEvent> ListAuditEvents(Session& s, const AuditQuery& query);

// Login throttling: one row per failed attempt and key ("account:<email>",
// "address:<ip>"); rows older than the window are purged by PruneLoginAttempts.
void RecordLoginFailure(Session& s, const std::string& key, long long now);
long long CountLoginFailures(Session& s, const std::string& key, long long since);
long long OldestLoginFailure(Session& s, const std::string& key, long long since);
void ClearLoginFailures(Session& s, const std::string& key);
void PruneLoginAttempts(Session& s, long long before);

}  // namespace vigie::storage
