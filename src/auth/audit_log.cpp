#include "auth/audit_log.hpp"

#include "crypto/random.hpp"
#include "storage/audit_repository.hpp"

namespace vigie::auth {

void RecordAudit(storage::Session& s, const core::Clock& clock, const AuditEntry& e) {
  storage::InsertAuditEvent(
      s, {crypto::NewId(), clock.Now(), e.actor_user_id,
          e.actor_label.empty() ? "anonyme" : e.actor_label, e.action, e.target_type, e.target_id,
          e.region_id, e.structure_id, e.details});
}

}  // namespace vigie::auth
