#include "storage/action_plan_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;

namespace {

constexpr const char* kColumns =
    "id, structure_id, region_id, source, source_id, measure_id, priority, plan_rank, horizon, owner, "
    "due_date, status, abandon_reason, progress, comment, created_at, updated_at, revision";

ActionItemRecord FromRow(const soci::row& r) {
  ActionItemRecord a;
  a.id = GetString(r, "id");
  a.structure_id = GetString(r, "structure_id");
  a.region_id = GetString(r, "region_id");
  a.source = GetString(r, "source");
  a.source_id = GetString(r, "source_id");
  a.measure_id = GetString(r, "measure_id");
  a.priority = GetInt64(r, "priority");
  a.rank = GetInt64(r, "plan_rank");
  a.horizon = GetString(r, "horizon");
  a.owner = GetString(r, "owner");
  a.due_date = GetString(r, "due_date");
  a.status = GetString(r, "status");
  a.abandon_reason = GetString(r, "abandon_reason");
  a.progress = GetInt64(r, "progress");
  a.comment = GetString(r, "comment");
  a.created_at = GetInt64(r, "created_at");
  a.updated_at = GetInt64(r, "updated_at");
  a.revision = GetInt64(r, "revision");
  return a;
}

}  // namespace

bool InsertActionItem(Session& s, const ActionItemRecord& a) {
  soci::statement st =
      (s.prepare << std::string("INSERT INTO action_items (") + kColumns +
                        ") VALUES (:id, :s, :r, :src, :sid, :m, :p, :rank, :h, :o, :d, :st, :ar, :pr, :c, :ca, :ua, :rev)"
                        " ON CONFLICT (structure_id, source, source_id, measure_id) DO NOTHING",
       soci::use(a.id), soci::use(a.structure_id), soci::use(a.region_id), soci::use(a.source), soci::use(a.source_id),
       soci::use(a.measure_id), soci::use(a.priority), soci::use(a.rank), soci::use(a.horizon), soci::use(a.owner),
       soci::use(a.due_date), soci::use(a.status), soci::use(a.abandon_reason), soci::use(a.progress),
       soci::use(a.comment), soci::use(a.created_at), soci::use(a.updated_at), soci::use(a.revision));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<ActionItemRecord> FindActionItem(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns + " FROM action_items WHERE id = :id", soci::use(id));
  for (const auto& r : rows) return FromRow(r);
  return std::nullopt;
}

std::vector<ActionItemRecord> ListActionItems(Session& s, const std::string& structure_id) {
  std::vector<ActionItemRecord> out;
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns +
                        " FROM action_items WHERE structure_id = :s ORDER BY priority, plan_rank, id",
       soci::use(structure_id));
  for (const auto& r : rows) out.push_back(FromRow(r));
  return out;
}

namespace {

void InsertHistory(Session& s, const std::string& id, const std::string& item_id, long long now, const std::string& by,
                   const std::string& field, const std::string& old_value, const std::string& new_value) {
  s << "INSERT INTO action_item_history (id, item_id, changed_at, changed_by, field, old_value, new_value) "
       "VALUES (:id, :i, :t, :b, :f, :o, :n)",
      soci::use(id), soci::use(item_id), soci::use(now), soci::use(by), soci::use(field), soci::use(old_value),
      soci::use(new_value);
}

}  // namespace

UpdateOutcome UpdateActionItem(Session& s, const ActionItemRecord& changed, long long expected_revision, long long now,
                               const std::string& by, const std::string& history_id_prefix) {
  auto current = FindActionItem(s, changed.id);
  if (!current) return UpdateOutcome::kNotFound;
  if (current->revision != expected_revision) return UpdateOutcome::kConflict;
  const std::pair<const char*, std::pair<std::string, std::string>> fields[] = {
      {"owner", {current->owner, changed.owner}},
      {"due_date", {current->due_date, changed.due_date}},
      {"status", {current->status, changed.status}},
      {"abandon_reason", {current->abandon_reason, changed.abandon_reason}},
      {"progress", {std::to_string(current->progress), std::to_string(changed.progress)}},
      {"comment", {current->comment, changed.comment}}};
  bool any = false;
  for (const auto& field : fields) any = any || field.second.first != field.second.second;
  if (!any) return UpdateOutcome::kUpdated;
  // The revision is checked again by the write itself: under PostgreSQL's read
  // committed, a concurrent writer may have passed the check above too.
  soci::statement st =
      (s.prepare << "UPDATE action_items SET owner = :o, due_date = :d, status = :st, abandon_reason = :ar, "
                    "progress = :p, comment = :c, updated_at = :t, revision = revision + 1 "
                    "WHERE id = :id AND revision = :rev",
       soci::use(changed.owner), soci::use(changed.due_date), soci::use(changed.status),
       soci::use(changed.abandon_reason), soci::use(changed.progress), soci::use(changed.comment), soci::use(now),
       soci::use(changed.id), soci::use(expected_revision));
  st.execute(true);
  if (st.get_affected_rows() != 1) return UpdateOutcome::kConflict;
  int n = 0;
  for (const auto& [field, values] : fields) {
    if (values.first == values.second) continue;
    InsertHistory(s, history_id_prefix + "-" + std::to_string(n++), changed.id, now, by, field, values.first,
                  values.second);
  }
  return UpdateOutcome::kUpdated;
}

void ReplanActionItem(Session& s, const std::string& id, long long priority, long long rank, const std::string& horizon,
                      long long now, const std::string& by, const std::string& history_id_prefix) {
  auto current = FindActionItem(s, id);
  if (!current) return;
  const std::pair<const char*, std::pair<std::string, std::string>> fields[] = {
      {"priority", {std::to_string(current->priority), std::to_string(priority)}},
      {"rank", {std::to_string(current->rank), std::to_string(rank)}},
      {"horizon", {current->horizon, horizon}}};
  int n = 0;
  for (const auto& [field, values] : fields) {
    if (values.first == values.second) continue;
    InsertHistory(s, history_id_prefix + "-" + std::to_string(n++), id, now, by, field, values.first, values.second);
  }
  if (n == 0) return;
  s << "UPDATE action_items SET priority = :p, plan_rank = :r, horizon = :h, updated_at = :t, revision = revision + 1 "
       "WHERE id = :id",
      soci::use(priority), soci::use(rank), soci::use(horizon), soci::use(now), soci::use(id);
}

std::vector<HistoryRecord> ListActionItemHistory(Session& s, const std::string& item_id) {
  std::vector<HistoryRecord> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT item_id, changed_at, changed_by, field, old_value, new_value FROM action_item_history "
                    "WHERE item_id = :i ORDER BY changed_at, id",
       soci::use(item_id));
  for (const auto& r : rows) {
    out.push_back({GetString(r, "item_id"), GetInt64(r, "changed_at"), GetString(r, "changed_by"),
                   GetString(r, "field"), GetString(r, "old_value"), GetString(r, "new_value")});
  }
  return out;
}

}  // namespace vigie::storage
