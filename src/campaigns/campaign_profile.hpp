#pragma once
// A stored sending profile as the domain sees it, checked again field by field (a row
// written by an older version, or edited by hand, never reaches the sender unchecked).

#include <optional>

#include "awareness/sending_profile.hpp"
#include "storage/sending_profile_repository.hpp"

namespace vigie::campaigns {

std::optional<awareness::SendingProfile> ProfileOf(const storage::SendingProfileRecord& record);

}  // namespace vigie::campaigns
