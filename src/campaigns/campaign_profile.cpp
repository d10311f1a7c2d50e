#include "campaigns/campaign_profile.hpp"

#include <string>

namespace vigie::campaigns {

std::optional<awareness::SendingProfile> ProfileOf(const storage::SendingProfileRecord& r) {
  awareness::SendingProfileInput in;
  in.name = r.name;
  in.host = r.host;
  in.port = std::to_string(r.port);
  in.security = r.security;
  in.username = r.username;
  in.envelope_from = r.envelope_from;
  in.header_name = r.header_name;
  in.header_value = r.header_value;
  in.rate_per_minute = std::to_string(r.rate_per_minute);
  in.window_start = awareness::MinutesText(static_cast<int>(r.window_start));
  in.window_end = awareness::MinutesText(static_cast<int>(r.window_end));
  in.days = r.days;
  in.spread_days = std::to_string(r.spread_days);
  awareness::SendingProfile out;
  if (!awareness::ParseSendingProfile(in, out).empty()) return std::nullopt;
  return out;
}

}  // namespace vigie::campaigns
