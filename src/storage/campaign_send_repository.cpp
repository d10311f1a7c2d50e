#include "storage/campaign_send_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;

std::optional<ClaimedTarget> ClaimNextDueTarget(Session& s, const std::string& campaign_id, long long now,
                                                const std::string& owner) {
  const bool postgres = s.get_backend_name() == "postgresql";
  // Several senders may claim concurrently: PostgreSQL skips rows another transaction
  // holds; SQLite serializes writers (BEGIN IMMEDIATE), and the guarded UPDATE below
  // makes a lost race a no-op on both.
  const std::string lock = postgres ? " FOR UPDATE SKIP LOCKED" : "";
  std::string id;
  soci::indicator ind = soci::i_null;
  s << "SELECT id FROM awareness_targets WHERE campaign_id = :c AND send_state = 'pending' AND planned_at <= :now "
       "ORDER BY planned_at, id LIMIT 1" + lock,
      soci::use(campaign_id), soci::use(now), soci::into(id, ind);
  if (ind != soci::i_ok || id.empty()) return std::nullopt;
  soci::statement claim =
      (s.prepare << "UPDATE awareness_targets SET send_state = 'sending', claimed_at = :now, claim_owner = :o "
                    "WHERE id = :id AND send_state = 'pending'",
       soci::use(now), soci::use(owner), soci::use(id));
  claim.execute(true);
  if (claim.get_affected_rows() != 1) return std::nullopt;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT t.id, t.campaign_id, t.attempts, r.email, r.first_name, r.last_name "
                    "FROM awareness_targets t LEFT JOIN awareness_recipients r ON r.id = t.recipient_id "
                    "WHERE t.id = :id",
       soci::use(id));
  for (const auto& r : rows) {
    ClaimedTarget t;
    t.id = GetString(r, "id");
    t.campaign_id = GetString(r, "campaign_id");
    t.attempts = GetInt64(r, "attempts");
    t.email = GetString(r, "email");
    t.first_name = GetString(r, "first_name");
    t.last_name = GetString(r, "last_name");
    return t;
  }
  return std::nullopt;
}

bool MarkTargetSent(Session& s, const std::string& target_id, const std::string& owner, long long now) {
  soci::statement st = (s.prepare << "UPDATE awareness_targets SET send_state = 'sent', sent_at = :now, "
                                     "attempts = attempts + 1, last_error = '' "
                                     "WHERE id = :id AND send_state IN ('sending', 'uncertain') AND claim_owner = :o",
                        soci::use(now), soci::use(target_id), soci::use(owner));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void ReleaseTarget(Session& s, const std::string& target_id, const std::string& owner, bool failed,
                   long long retry_at, const std::string& error) {
  const std::string state = failed ? "failed" : "pending";
  s << "UPDATE awareness_targets SET send_state = :st, planned_at = :at, attempts = attempts + 1, last_error = :e, "
       "claim_owner = '' WHERE id = :id AND send_state = 'sending' AND claim_owner = :o",
      soci::use(state), soci::use(retry_at), soci::use(error), soci::use(target_id), soci::use(owner);
}

void MarkTargetUncertain(Session& s, const std::string& target_id, const std::string& owner,
                         const std::string& error) {
  s << "UPDATE awareness_targets SET send_state = 'uncertain', last_error = :e "
       "WHERE id = :id AND send_state = 'sending' AND claim_owner = :o",
      soci::use(error), soci::use(target_id), soci::use(owner);
}

long long MarkExpiredClaimsUncertain(Session& s, long long now, long long lease_seconds) {
  const long long before = now - lease_seconds;
  soci::statement st = (s.prepare << "UPDATE awareness_targets SET send_state = 'uncertain' "
                                     "WHERE send_state = 'sending' AND claimed_at < :before",
                        soci::use(before));
  st.execute(true);
  return st.get_affected_rows();
}

bool ResolveUncertainTarget(Session& s, const std::string& campaign_id, const std::string& target_id, bool resend,
                            long long now) {
  soci::statement st =
      resend ? (s.prepare << "UPDATE awareness_targets SET send_state = 'pending', planned_at = :now, claim_owner = '' "
                             "WHERE id = :id AND campaign_id = :c AND send_state = 'uncertain'",
                soci::use(now), soci::use(target_id), soci::use(campaign_id))
             : (s.prepare << "UPDATE awareness_targets SET send_state = 'sent', sent_at = claimed_at, "
                             "attempts = attempts + 1, claim_owner = '' "
                             "WHERE id = :id AND campaign_id = :c AND send_state = 'uncertain'",
                soci::use(target_id), soci::use(campaign_id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

SendProgress CountSendStates(Session& s, const std::string& campaign_id) {
  SendProgress p;
  soci::rowset<soci::row> rows = (s.prepare << "SELECT send_state, COUNT(*) AS n, MIN(planned_at) AS first_at "
                                               "FROM awareness_targets WHERE campaign_id = :c GROUP BY send_state",
                                  soci::use(campaign_id));
  for (const auto& r : rows) {
    const std::string state = GetString(r, "send_state");
    const long long n = GetInt64(r, "n");
    p.total += n;
    if (state == "pending") {
      p.pending = n;
      p.next_planned_at = GetInt64(r, "first_at");
    } else if (state == "sending") {
      p.sending = n;
    } else if (state == "sent") {
      p.sent = n;
    } else if (state == "failed" || state == "cancelled") {
      p.failed += n;
    } else if (state == "uncertain") {
      p.uncertain = n;
    }
  }
  return p;
}

std::vector<UncertainTarget> ListUncertainTargets(Session& s, const std::string& campaign_id) {
  std::vector<UncertainTarget> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT t.id, t.claimed_at, r.email, r.first_name, r.last_name FROM awareness_targets t "
                    "LEFT JOIN awareness_recipients r ON r.id = t.recipient_id "
                    "WHERE t.campaign_id = :c AND t.send_state = 'uncertain' ORDER BY t.claimed_at, t.id",
       soci::use(campaign_id));
  for (const auto& r : rows) {
    out.push_back({GetString(r, "id"), GetString(r, "email"), GetString(r, "first_name"), GetString(r, "last_name"),
                   GetInt64(r, "claimed_at")});
  }
  return out;
}

std::vector<FailedTarget> ListFailedTargets(Session& s, const std::string& campaign_id, long long limit) {
  std::vector<FailedTarget> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT t.id, t.attempts, t.last_error, r.email FROM awareness_targets t "
                    "LEFT JOIN awareness_recipients r ON r.id = t.recipient_id "
                    "WHERE t.campaign_id = :c AND t.send_state = 'failed' ORDER BY r.email LIMIT :l",
       soci::use(campaign_id), soci::use(limit));
  for (const auto& r : rows) {
    out.push_back({GetString(r, "id"), GetString(r, "email"), GetInt64(r, "attempts"), GetString(r, "last_error")});
  }
  return out;
}

std::vector<std::string> ListPendingTargetIds(Session& s, const std::string& campaign_id) {
  std::vector<std::string> out;
  soci::rowset<std::string> rows = (s.prepare << "SELECT id FROM awareness_targets WHERE campaign_id = :c AND "
                                                 "send_state = 'pending' ORDER BY planned_at, id",
                                    soci::use(campaign_id));
  for (const auto& id : rows) out.push_back(id);
  return out;
}

void SetPlannedTimes(Session& s, const std::vector<std::string>& ids, const std::vector<long long>& planned_at) {
  std::string id;
  long long at = 0;
  soci::statement st = (s.prepare << "UPDATE awareness_targets SET planned_at = :at WHERE id = :id AND "
                                     "send_state = 'pending'",
                        soci::use(at), soci::use(id));
  for (std::size_t i = 0; i < ids.size() && i < planned_at.size(); ++i) {
    id = ids[i];
    at = planned_at[i];
    st.execute(true);
  }
}

long long CancelPendingTargets(Session& s, const std::string& campaign_id) {
  soci::statement st = (s.prepare << "UPDATE awareness_targets SET send_state = 'cancelled' WHERE campaign_id = :c "
                                     "AND send_state = 'pending'",
                        soci::use(campaign_id));
  st.execute(true);
  return st.get_affected_rows();
}

}  // namespace vigie::storage
