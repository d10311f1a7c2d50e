#pragma once
// Sending profiles as the pages and the API use them: created and edited with the
// awareness module's checks, the relay password sealed with the instance key (an empty
// password field keeps the stored one), and a test message sent through the profile.

#include <string>
#include <vector>

#include "awareness/sending_profile.hpp"
#include "storage/sending_profile_repository.hpp"
#include "web/web_context.hpp"

namespace vigie::web {

storage::SendingProfileRecord SendingProfileOfPath(Context& ctx);
tenancy::Scope SendingProfileScopeOfPath(Context& ctx);

// kInvalid naming the fields (and "name" when taken).
storage::SendingProfileRecord CreateSendingProfile(Context& ctx, const tenancy::Structure& structure,
                                                   const awareness::SendingProfileInput& input,
                                                   const std::string& password);
// `password` empty keeps the stored one; `clear_password` removes it.
storage::SendingProfileRecord EditSendingProfile(Context& ctx, const storage::SendingProfileRecord& current,
                                                 const awareness::SendingProfileInput& input,
                                                 const std::string& password, bool clear_password);
awareness::SendingProfileInput InputOf(const storage::SendingProfileRecord& p);

// Sends a short test message to `to` through the profile's relay, with its
// allow-list header; throws
// AppError kInvalid for a wrong address, kUnavailable with the relay's answer.
void SendTestMessage(Context& ctx, const storage::SendingProfileRecord& profile, const std::string& to);

}  // namespace vigie::web
