#pragma once
// Writes audit events inside the caller's transaction, so an event exists exactly
// when the change it describes was committed.

#include <string>

#include "core/clock.hpp"
#include "storage/database.hpp"

namespace vigie::auth {

struct AuditEntry {
  std::string actor_user_id;
  std::string actor_label;  // actor's email, or "anonyme"
  std::string action;       // dotted code, see docs/security.md
  std::string target_type;
  std::string target_id;
  std::string region_id;
  std::string structure_id;
  std::string details;      // short French text, never a secret
};

void RecordAudit(storage::Session& s, const core::Clock& clock, const AuditEntry& entry);

}  // namespace vigie::auth
