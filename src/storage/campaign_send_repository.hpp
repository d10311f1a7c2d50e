#pragma once
// The campaign send queue (awareness_targets.send_state), built so that a process killed
// at any moment never sends anyone two messages and never silently skips anyone:
//
//   pending --ClaimNextDueTarget--> sending --MarkTargetSent--> sent
//                                          --ReleaseTarget----> pending (retry) | failed
//   sending (claim older than the lease) --MarkExpiredClaimsUncertain--> uncertain
//   uncertain --ResolveUncertainTarget--> pending (send again) | sent (keep as delivered)
//
// The claim commits before any SMTP traffic and the 'sent' mark after the server
// accepted the message, each in its own short transaction. A crash between the two
// leaves the row 'sending'; nobody knows whether the relay got the message, so it is
// never retried by itself: once its lease runs out it is listed for a decision.

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"

namespace vigie::storage {

// A claimed target with what its e-mail needs.
struct ClaimedTarget {
  std::string id;
  std::string campaign_id;
  std::string email;  // "" when the recipient row is gone (then released as failed)
  std::string first_name;
  std::string last_name;
  long long attempts = 0;  // before this one
};

struct SendProgress {
  long long total = 0;
  long long pending = 0;
  long long sending = 0;
  long long sent = 0;
  long long failed = 0;
  long long uncertain = 0;
  long long next_planned_at = 0;  // earliest pending planned_at; 0 when none pending
  long long Done() const { return sent + failed; }
  bool Finished() const { return pending == 0 && sending == 0 && uncertain == 0; }
};

struct UncertainTarget {
  std::string id;
  std::string email;
  std::string first_name;
  std::string last_name;
  long long claimed_at = 0;
};

struct FailedTarget {
  std::string id;
  std::string email;
  long long attempts = 0;
  std::string last_error;
};

// Claims the due pending target with the earliest planned_at (<= now) for `owner`.
std::optional<ClaimedTarget> ClaimNextDueTarget(Session& s, const std::string& campaign_id, long long now,
                                                const std::string& owner);
// The relay accepted the message. Also settles a row declared uncertain meanwhile (a
// slow send outliving its lease): the owner still matches, and now we know. False when
// the claim is no longer this owner's (a person resolved it).
bool MarkTargetSent(Session& s, const std::string& target_id, const std::string& owner, long long now);
// Back to pending at retry_at (failed = false) or to failed, counting the attempt.
void ReleaseTarget(Session& s, const std::string& target_id, const std::string& owner, bool failed,
                   long long retry_at, const std::string& error);
// The send failed after the whole message was handed over: it may have been delivered.
void MarkTargetUncertain(Session& s, const std::string& target_id, const std::string& owner,
                         const std::string& error);
// Every 'sending' claim older than now - lease_seconds becomes 'uncertain'; the count.
long long MarkExpiredClaimsUncertain(Session& s, long long now, long long lease_seconds);
// resend: back to pending now; otherwise recorded as sent (sent_at = claimed_at). False
// when the target is not uncertain or not in the campaign.
bool ResolveUncertainTarget(Session& s, const std::string& campaign_id, const std::string& target_id, bool resend,
                            long long now);

SendProgress CountSendStates(Session& s, const std::string& campaign_id);
std::vector<UncertainTarget> ListUncertainTargets(Session& s, const std::string& campaign_id);
std::vector<FailedTarget> ListFailedTargets(Session& s, const std::string& campaign_id, long long limit);
// Pending target ids in planned order (to plan them again after a pause).
std::vector<std::string> ListPendingTargetIds(Session& s, const std::string& campaign_id);
void SetPlannedTimes(Session& s, const std::vector<std::string>& ids, const std::vector<long long>& planned_at);
// Pending targets of a cancelled campaign are never sent: they become 'cancelled'
// (counted with the failed ones). Uncertain ones stay listed for their decision.
long long CancelPendingTargets(Session& s, const std::string& campaign_id);

}  // namespace vigie::storage
