#pragma once
// Recipient groups of a structure and their members (awareness, issue 5). Emails are
// stored lower-cased; a group's name and a member's email are unique within their
// parent. Archiving keeps the row (past campaigns refer to it) and hides it from new
// campaigns.

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"
#include "storage/list_query.hpp"

namespace vigie::storage {

struct GroupRecord {
  std::string id;
  std::string structure_id;
  std::string region_id;
  std::string name;
  long long archived_at = 0;  // 0 while active
  long long created_at = 0;
  long long updated_at = 0;
  long long member_count = 0;  // active members, filled by FindGroup and ListGroups
};

struct RecipientRecord {
  std::string id;
  std::string group_id;
  std::string structure_id;
  std::string email;
  std::string first_name;
  std::string last_name;
  std::string site;
  std::string department;
  std::string job_family;
  std::string pseudonym;
  long long archived_at = 0;
  long long created_at = 0;
  long long updated_at = 0;
};

// False when the structure already has a group of that name.
bool InsertGroup(Session& s, const GroupRecord& group);
std::optional<GroupRecord> FindGroup(Session& s, const std::string& id);
std::vector<GroupRecord> ListGroups(Session& s, const std::string& structure_id, bool include_archived);
// False when the new name is taken.
bool RenameGroup(Session& s, const std::string& id, const std::string& name, long long now);
void SetGroupArchived(Session& s, const std::string& id, bool archived, long long now);

std::optional<RecipientRecord> FindRecipient(Session& s, const std::string& id);
std::optional<RecipientRecord> FindRecipientByEmail(Session& s, const std::string& group_id, const std::string& email);
Page<RecipientRecord> ListRecipients(Session& s, const std::string& group_id, bool include_archived,
                                     const PageRequest& page);
// The group's active members, ordered by email (a campaign's launch).
std::vector<RecipientRecord> ListActiveRecipients(Session& s, const std::string& group_id);
// Every address of the group, archived members included (an import updates them).
std::vector<std::string> ListRecipientEmails(Session& s, const std::string& group_id);
// Inserts `r`, or when the group already has its email, updates the names, site,
// department and job family and un-archives it (a re-import). True when inserted.
bool UpsertRecipient(Session& s, const RecipientRecord& r);
void UpdateRecipient(Session& s, const RecipientRecord& r);
void SetRecipientArchived(Session& s, const std::string& id, bool archived, long long now);

}  // namespace vigie::storage
