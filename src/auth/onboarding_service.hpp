#pragma once
// Email links that create or recover an account: invitations and password resets.
// A link carries an HMAC-signed, expiring token naming the record and a random
// secret; the record stores only the secret's hash and is marked used on first use,
// so a link works once, before its expiry, and cannot be forged.

#include <optional>
#include <string>

#include "auth/account_service.hpp"
#include "auth/auth_settings.hpp"
#include "auth/identity.hpp"
#include "core/clock.hpp"
#include "storage/database.hpp"
#include "storage/link_repository.hpp"

namespace vigie::auth {

struct InvitationRequest {
  std::string email;
  std::string display_name;
  tenancy::Role role = tenancy::Role::kStructureReader;
  std::string region_id;     // CRRC roles
  std::string structure_id;  // structure roles
};

class OnboardingService {
 public:
  OnboardingService(storage::Database& db, const core::Clock& clock, const AuthSettings& settings,
                    AccountService& accounts);

  // Policy-checked (MayGrant). Queues the invitation mail in the same transaction.
  // Returns the invitation id.
  std::string Invite(const Identity& inviter, const InvitationRequest& request);

  // The pending invitation behind a link, or an AppError saying why the link is
  // unusable (expired, already used, altered).
  storage::InvitationRecord CheckInvitation(const std::string& token);
  // Creates the account with the chosen password; returns the new user id.
  std::string AcceptInvitation(const std::string& token, const std::string& password);

  // Always behaves the same whether or not the email has an account (no account
  // enumeration); queues a mail only when it does.
  void RequestPasswordReset(const std::string& email);
  void CheckPasswordReset(const std::string& token);
  void CompletePasswordReset(const std::string& token, const std::string& password);

 private:
  std::string MakeLink(const std::string& path, const std::string& purpose, const std::string& id,
                       const std::string& secret, long long expires_at) const;
  // Splits a verified token into record id and secret; throws on a bad link.
  std::pair<std::string, std::string> OpenLink(const std::string& purpose, const std::string& token) const;

  storage::Database& db_;
  const core::Clock& clock_;
  const AuthSettings& settings_;
  AccountService& accounts_;
};

}  // namespace vigie::auth
