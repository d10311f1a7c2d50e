#pragma once
// Sending profiles of a structure (awareness, issue 5). Fields are stored as the
// awareness module parsed them; the password only sealed.

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"

namespace vigie::storage {

struct SendingProfileRecord {
  std::string id;
  std::string structure_id;
  std::string region_id;
  std::string name;
  std::string host;
  long long port = 587;
  std::string security;  // starttls | tls | none
  std::string username;
  std::string password_sealed;  // empty: no password
  std::string envelope_from;
  std::string header_name;
  std::string header_value;
  long long rate_per_minute = 30;
  long long window_start = 480;
  long long window_end = 1080;
  std::string days;  // "1,2,3,4,5"
  long long spread_days = 1;
  long long created_at = 0;
  long long updated_at = 0;
};

// False when the structure already has a profile of that name.
bool InsertSendingProfile(Session& s, const SendingProfileRecord& p);
// False when the new name is taken by another profile of the structure.
bool UpdateSendingProfile(Session& s, const SendingProfileRecord& p);
std::optional<SendingProfileRecord> FindSendingProfile(Session& s, const std::string& id);
std::vector<SendingProfileRecord> ListSendingProfiles(Session& s, const std::string& structure_id);

}  // namespace vigie::storage
