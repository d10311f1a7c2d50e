#include "storage/audit_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;
using detail::Nullable;

void InsertAuditEvent(Session& s, const AuditEvent& e) {
  auto actor = Nullable(e.actor_user_id);
  auto region = Nullable(e.region_id);
  auto structure = Nullable(e.structure_id);
  s << "INSERT INTO audit_events (id, occurred_at, actor_user_id, actor_label, action, "
       "target_type, target_id, region_id, structure_id, details) "
       "VALUES (:id, :t, :a, :al, :ac, :tt, :ti, :r, :s, :d)",
      soci::use(e.id), soci::use(e.occurred_at), soci::use(actor.value, actor.indicator),
      soci::use(e.actor_label), soci::use(e.action), soci::use(e.target_type),
      soci::use(e.target_id), soci::use(region.value, region.indicator),
      soci::use(structure.value, structure.indicator), soci::use(e.details);
}

Page<AuditEvent> ListAuditEvents(Session& s, const AuditQuery& q) {
  Page<AuditEvent> page;
  page.number = q.page.number < 1 ? 1 : q.page.number;
  page.size = q.page.Limit();
  const std::string action_like = q.action_prefix + "%";
  const std::string actor_like = "%" + q.actor + "%";
  const long long to = q.to == 0 ? (1LL << 62) : q.to;
  const std::string where =
      " FROM audit_events WHERE (region_id = :r OR CAST(:r0 AS TEXT) = '')"
      " AND (structure_id = :s OR CAST(:s0 AS TEXT) = '')"
      " AND action LIKE :a AND LOWER(actor_label) LIKE LOWER(:al)"
      " AND occurred_at >= :f AND occurred_at < :t";
  s << "SELECT COUNT(*)" + where, soci::use(q.tenant.region_id), soci::use(q.tenant.region_id),
      soci::use(q.tenant.structure_id), soci::use(q.tenant.structure_id), soci::use(action_like),
      soci::use(actor_like), soci::use(q.from), soci::use(to), soci::into(page.total);
  const long long limit = q.page.Limit();
  const long long offset = q.page.Offset();
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT id, occurred_at, actor_user_id, actor_label, action, target_type, "
                    "target_id, region_id, structure_id, details" +
                        where + " ORDER BY occurred_at DESC, id DESC LIMIT :lim OFFSET :off",
       soci::use(q.tenant.region_id), soci::use(q.tenant.region_id),
       soci::use(q.tenant.structure_id), soci::use(q.tenant.structure_id), soci::use(action_like),
       soci::use(actor_like), soci::use(q.from), soci::use(to), soci::use(limit),
       soci::use(offset));
  for (const auto& r : rows) {
    page.items.push_back({GetString(r, "id"), GetInt64(r, "occurred_at"),
                          GetString(r, "actor_user_id"), GetString(r, "actor_label"),
                          GetString(r, "action"), GetString(r, "target_type"),
                          GetString(r, "target_id"), GetString(r, "region_id"),
                          GetString(r, "structure_id"), GetString(r, "details")});
  }
  return page;
}

void RecordLoginFailure(Session& s, const std::string& key, long long now) {
  s << "INSERT INTO login_attempts (throttle_key, attempted_at) VALUES (:k, :t)", soci::use(key),
      soci::use(now);
}

long long CountLoginFailures(Session& s, const std::string& key, long long since) {
  long long count = 0;
  s << "SELECT COUNT(*) FROM login_attempts WHERE throttle_key = :k AND attempted_at >= :t",
      soci::use(key), soci::use(since), soci::into(count);
  return count;
}

long long OldestLoginFailure(Session& s, const std::string& key, long long since) {
  long long oldest = 0;
  soci::indicator ind = soci::i_ok;
  s << "SELECT MIN(attempted_at) FROM login_attempts WHERE throttle_key = :k AND attempted_at >= :t",
      soci::use(key), soci::use(since), soci::into(oldest, ind);
  return ind == soci::i_null ? 0 : oldest;
}

void ClearLoginFailures(Session& s, const std::string& key) {
  s << "DELETE FROM login_attempts WHERE throttle_key = :k", soci::use(key);
}

void PruneLoginAttempts(Session& s, long long before) {
  s << "DELETE FROM login_attempts WHERE attempted_at < :t", soci::use(before);
}

}  // namespace vigie::storage
