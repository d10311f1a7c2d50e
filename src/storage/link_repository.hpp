#pragma once
// Single-use links sent by email: invitations (create an account) and password
// resets. Only hashes of the link secrets are stored.

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"

namespace vigie::storage {

struct InvitationRecord {
  std::string id;
  std::string email;
  std::string display_name;
  std::string role;
  std::string region_id;
  std::string structure_id;
  std::string secret_hash;
  std::string invited_by;
  long long created_at = 0;
  long long expires_at = 0;
  long long accepted_at = 0;  // 0 = pending
};

void InsertInvitation(Session& s, const InvitationRecord& r);
std::optional<InvitationRecord> FindInvitation(Session& s, const std::string& id);
// Marks it accepted if still pending; false when someone used it first.
bool MarkInvitationAccepted(Session& s, const std::string& id, long long now);
std::vector<InvitationRecord> ListPendingInvitations(Session& s, const std::string& region_id,
                                                     const std::string& structure_id, long long now);

struct PasswordResetRecord {
  std::string id;
  std::string user_id;
  std::string secret_hash;
  long long created_at = 0;
  long long expires_at = 0;
  long long used_at = 0;
};

void InsertPasswordReset(Session& s, const PasswordResetRecord& r);
std::optional<PasswordResetRecord> FindPasswordReset(Session& s, const std::string& id);
bool MarkPasswordResetUsed(Session& s, const std::string& id, long long now);

}  // namespace vigie::storage
