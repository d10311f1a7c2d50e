#include "storage/custom_template_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;

namespace {

constexpr const char* kColumns = "id, region_id, toml, title, updated_by, created_at, updated_at";

CustomTemplateRecord FromRow(const soci::row& r) {
  return {GetString(r, "id"),         GetString(r, "region_id"),   GetString(r, "toml"),
          GetString(r, "title"),      GetString(r, "updated_by"),  GetInt64(r, "created_at"),
          GetInt64(r, "updated_at")};
}

}  // namespace

std::optional<CustomTemplateRecord> FindCustomTemplate(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns + " FROM awareness_custom_templates WHERE id = :id",
       soci::use(id));
  for (const auto& r : rows) return FromRow(r);
  return std::nullopt;
}

std::vector<CustomTemplateRecord> ListCustomTemplates(Session& s, const std::string& region_id) {
  std::vector<CustomTemplateRecord> out;
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kColumns +
                        " FROM awareness_custom_templates WHERE region_id = :r ORDER BY title, id",
       soci::use(region_id));
  for (const auto& r : rows) out.push_back(FromRow(r));
  return out;
}

bool InsertCustomTemplate(Session& s, const CustomTemplateRecord& t) {
  if (FindCustomTemplate(s, t.id)) return false;
  s << std::string("INSERT INTO awareness_custom_templates (") + kColumns +
           ") VALUES (:id, :r, :t, :ti, :u, :c, :up)",
      soci::use(t.id), soci::use(t.region_id), soci::use(t.toml), soci::use(t.title), soci::use(t.updated_by),
      soci::use(t.created_at), soci::use(t.updated_at);
  return true;
}

void UpdateCustomTemplate(Session& s, const CustomTemplateRecord& t) {
  s << "UPDATE awareness_custom_templates SET toml = :t, title = :ti, updated_by = :u, updated_at = :up "
       "WHERE id = :id",
      soci::use(t.toml), soci::use(t.title), soci::use(t.updated_by), soci::use(t.updated_at), soci::use(t.id);
}

}  // namespace vigie::storage
