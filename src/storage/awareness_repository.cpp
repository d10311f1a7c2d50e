#include "storage/awareness_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;

namespace {

constexpr const char* kRecipientColumns =
    "id, group_id, structure_id, email, first_name, last_name, site, department, job_family, pseudonym, "
    "archived_at, created_at, updated_at";

GroupRecord GroupOf(const soci::row& r) {
  return {GetString(r, "id"),          GetString(r, "structure_id"), GetString(r, "region_id"),
          GetString(r, "name"),        GetInt64(r, "archived_at"),   GetInt64(r, "created_at"),
          GetInt64(r, "updated_at"),   0};
}

RecipientRecord RecipientOf(const soci::row& r) {
  return {GetString(r, "id"),         GetString(r, "group_id"),   GetString(r, "structure_id"),
          GetString(r, "email"),      GetString(r, "first_name"), GetString(r, "last_name"),
          GetString(r, "site"),       GetString(r, "department"), GetString(r, "job_family"),
          GetString(r, "pseudonym"),  GetInt64(r, "archived_at"), GetInt64(r, "created_at"),
          GetInt64(r, "updated_at")};
}

}  // namespace

bool InsertGroup(Session& s, const GroupRecord& g) {
  soci::statement st =
      (s.prepare << "INSERT INTO awareness_groups (id, structure_id, region_id, name, archived_at, created_at, updated_at) "
                    "VALUES (:id, :s, :r, :n, :a, :c, :u) ON CONFLICT (structure_id, name) DO NOTHING",
       soci::use(g.id), soci::use(g.structure_id), soci::use(g.region_id), soci::use(g.name), soci::use(g.archived_at),
       soci::use(g.created_at), soci::use(g.updated_at));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<GroupRecord> FindGroup(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT g.id, g.structure_id, g.region_id, g.name, g.archived_at, g.created_at, g.updated_at, "
                    "(SELECT COUNT(*) FROM awareness_recipients r WHERE r.group_id = g.id AND r.archived_at = 0) "
                    "AS member_count FROM awareness_groups g WHERE g.id = :id",
       soci::use(id));
  for (const auto& r : rows) {
    auto g = GroupOf(r);
    g.member_count = GetInt64(r, "member_count");
    return g;
  }
  return std::nullopt;
}

std::vector<GroupRecord> ListGroups(Session& s, const std::string& structure_id, bool include_archived) {
  std::vector<GroupRecord> out;
  const long long all = include_archived ? 1 : 0;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT g.id, g.structure_id, g.region_id, g.name, g.archived_at, g.created_at, g.updated_at, "
                    "(SELECT COUNT(*) FROM awareness_recipients r WHERE r.group_id = g.id AND r.archived_at = 0) "
                    "AS member_count FROM awareness_groups g "
                    "WHERE g.structure_id = :s AND (:all = 1 OR g.archived_at = 0) ORDER BY g.name",
       soci::use(structure_id), soci::use(all));
  for (const auto& r : rows) {
    auto g = GroupOf(r);
    g.member_count = GetInt64(r, "member_count");
    out.push_back(std::move(g));
  }
  return out;
}

bool RenameGroup(Session& s, const std::string& id, const std::string& name, long long now) {
  long long taken = 0;
  s << "SELECT COUNT(*) FROM awareness_groups WHERE name = :n AND id <> :id AND structure_id = "
       "(SELECT structure_id FROM awareness_groups WHERE id = :id2)",
      soci::use(name), soci::use(id), soci::use(id), soci::into(taken);
  if (taken > 0) return false;
  s << "UPDATE awareness_groups SET name = :n, updated_at = :t WHERE id = :id", soci::use(name), soci::use(now),
      soci::use(id);
  return true;
}

void SetGroupArchived(Session& s, const std::string& id, bool archived, long long now) {
  const long long at = archived ? now : 0;
  s << "UPDATE awareness_groups SET archived_at = :a, updated_at = :t WHERE id = :id", soci::use(at), soci::use(now),
      soci::use(id);
}

std::optional<RecipientRecord> FindRecipient(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kRecipientColumns + " FROM awareness_recipients WHERE id = :id",
       soci::use(id));
  for (const auto& r : rows) return RecipientOf(r);
  return std::nullopt;
}

std::optional<RecipientRecord> FindRecipientByEmail(Session& s, const std::string& group_id, const std::string& email) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kRecipientColumns +
                        " FROM awareness_recipients WHERE group_id = :g AND email = :e",
       soci::use(group_id), soci::use(email));
  for (const auto& r : rows) return RecipientOf(r);
  return std::nullopt;
}

Page<RecipientRecord> ListRecipients(Session& s, const std::string& group_id, bool include_archived,
                                     const PageRequest& request) {
  Page<RecipientRecord> page;
  page.number = request.number < 1 ? 1 : request.number;
  page.size = request.Limit();
  const long long all = include_archived ? 1 : 0;
  s << "SELECT COUNT(*) FROM awareness_recipients WHERE group_id = :g AND (:all = 1 OR archived_at = 0)",
      soci::use(group_id), soci::use(all), soci::into(page.total);
  const long long limit = request.Limit();
  const long long offset = request.Offset();
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kRecipientColumns +
                        " FROM awareness_recipients WHERE group_id = :g AND (:all = 1 OR archived_at = 0) "
                        "ORDER BY last_name, first_name, email LIMIT :l OFFSET :o",
       soci::use(group_id), soci::use(all), soci::use(limit), soci::use(offset));
  for (const auto& r : rows) page.items.push_back(RecipientOf(r));
  return page;
}

std::vector<RecipientRecord> ListActiveRecipients(Session& s, const std::string& group_id) {
  std::vector<RecipientRecord> out;
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kRecipientColumns +
                        " FROM awareness_recipients WHERE group_id = :g AND archived_at = 0 ORDER BY email",
       soci::use(group_id));
  for (const auto& r : rows) out.push_back(RecipientOf(r));
  return out;
}

std::vector<std::string> ListRecipientEmails(Session& s, const std::string& group_id) {
  std::vector<std::string> out;
  soci::rowset<std::string> rows =
      (s.prepare << "SELECT email FROM awareness_recipients WHERE group_id = :g", soci::use(group_id));
  for (const auto& email : rows) out.push_back(email);
  return out;
}

bool UpsertRecipient(Session& s, const RecipientRecord& r) {
  if (auto existing = FindRecipientByEmail(s, r.group_id, r.email)) {
    RecipientRecord updated = r;
    updated.id = existing->id;
    updated.pseudonym = existing->pseudonym;  // the person keeps their pseudonym
    updated.archived_at = 0;
    UpdateRecipient(s, updated);
    return false;
  }
  s << std::string("INSERT INTO awareness_recipients (") + kRecipientColumns +
           ") VALUES (:id, :g, :s, :e, :f, :l, :si, :d, :j, :p, :a, :c, :u)",
      soci::use(r.id), soci::use(r.group_id), soci::use(r.structure_id), soci::use(r.email), soci::use(r.first_name),
      soci::use(r.last_name), soci::use(r.site), soci::use(r.department), soci::use(r.job_family),
      soci::use(r.pseudonym), soci::use(r.archived_at), soci::use(r.created_at), soci::use(r.updated_at);
  return true;
}

void UpdateRecipient(Session& s, const RecipientRecord& r) {
  s << "UPDATE awareness_recipients SET email = :e, first_name = :f, last_name = :l, site = :si, department = :d, "
       "job_family = :j, archived_at = :a, updated_at = :u WHERE id = :id",
      soci::use(r.email), soci::use(r.first_name), soci::use(r.last_name), soci::use(r.site), soci::use(r.department),
      soci::use(r.job_family), soci::use(r.archived_at), soci::use(r.updated_at), soci::use(r.id);
}

void SetRecipientArchived(Session& s, const std::string& id, bool archived, long long now) {
  const long long at = archived ? now : 0;
  s << "UPDATE awareness_recipients SET archived_at = :a, updated_at = :t WHERE id = :id", soci::use(at),
      soci::use(now), soci::use(id);
}

}  // namespace vigie::storage
