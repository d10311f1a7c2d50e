#include "storage/tenancy_repository.hpp"

#include <soci/soci.h>

#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetBool;
using detail::GetInt64;
using detail::GetString;
using detail::Nullable;

namespace {

constexpr const char* kRegionColumns = "id, code, name, crrc_name, created_at";

tenancy::Region RegionFromRow(const soci::row& r) {
  return {GetString(r, "id"), GetString(r, "code"), GetString(r, "name"),
          GetString(r, "crrc_name"), GetInt64(r, "created_at")};
}

tenancy::Organization OrganizationFromRow(const soci::row& r) {
  return {GetString(r, "id"), GetString(r, "region_id"), GetString(r, "name"),
          GetInt64(r, "created_at")};
}

constexpr const char* kStructureColumns =
    "id, region_id, organization_id, name, finess, category_code, capacity, staff_count, "
    "workstation_count, it_organisation, it_provider_name, department, ehealth_group_member, "
    "access_mode, created_at, updated_at";

tenancy::Structure StructureFromRow(const soci::row& r) {
  tenancy::Structure s;
  s.id = GetString(r, "id");
  s.region_id = GetString(r, "region_id");
  s.organization_id = GetString(r, "organization_id");
  s.name = GetString(r, "name");
  s.finess = GetString(r, "finess");
  s.category_code = GetString(r, "category_code");
  s.capacity = GetInt64(r, "capacity");
  s.staff_count = GetInt64(r, "staff_count");
  s.workstation_count = GetInt64(r, "workstation_count");
  s.it_organisation =
      tenancy::ParseItOrganisation(GetString(r, "it_organisation")).value_or(tenancy::ItOrganisation::kNone);
  s.it_provider_name = GetString(r, "it_provider_name");
  s.department = GetString(r, "department");
  s.ehealth_group_member = GetBool(r, "ehealth_group_member");
  s.access_mode =
      tenancy::ParseAccessMode(GetString(r, "access_mode")).value_or(tenancy::AccessMode::kOperated);
  s.created_at = GetInt64(r, "created_at");
  s.updated_at = GetInt64(r, "updated_at");
  return s;
}

// "(region_id = :r OR CAST(:r0 AS TEXT) = '')" for a tenant column pair; values are
// bound twice so the same SQL serves filtered and unfiltered callers.
constexpr const char* kTenantWhere =
    "(region_id = :r OR CAST(:r0 AS TEXT) = '') AND (id = :s OR CAST(:s0 AS TEXT) = '')";

}  // namespace

void InsertRegion(Session& s, const tenancy::Region& region) {
  s << "INSERT INTO regions (id, code, name, crrc_name, created_at) VALUES (:id, :c, :n, :crrc, :t)",
      soci::use(region.id), soci::use(region.code), soci::use(region.name),
      soci::use(region.crrc_name), soci::use(static_cast<long long>(region.created_at));
}

void UpdateRegion(Session& s, const tenancy::Region& region) {
  s << "UPDATE regions SET name = :n, crrc_name = :c WHERE id = :id", soci::use(region.name),
      soci::use(region.crrc_name), soci::use(region.id);
}

std::optional<tenancy::Region> FindRegion(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kRegionColumns + " FROM regions WHERE id = :id",
       soci::use(id));
  for (const auto& r : rows) return RegionFromRow(r);
  return std::nullopt;
}

std::optional<tenancy::Region> FindRegionByCode(Session& s, const std::string& code) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kRegionColumns + " FROM regions WHERE code = :c",
       soci::use(code));
  for (const auto& r : rows) return RegionFromRow(r);
  return std::nullopt;
}

std::vector<tenancy::Region> ListRegions(Session& s, const TenantFilter& filter) {
  std::vector<tenancy::Region> out;
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kRegionColumns +
                        " FROM regions WHERE id = :r OR CAST(:r0 AS TEXT) = '' ORDER BY name",
       soci::use(filter.region_id), soci::use(filter.region_id));
  for (const auto& r : rows) out.push_back(RegionFromRow(r));
  return out;
}

void InsertOrganization(Session& s, const tenancy::Organization& org) {
  s << "INSERT INTO organizations (id, region_id, name, created_at) VALUES (:id, :r, :n, :t)",
      soci::use(org.id), soci::use(org.region_id), soci::use(org.name),
      soci::use(static_cast<long long>(org.created_at));
}

std::optional<tenancy::Organization> FindOrganization(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT id, region_id, name, created_at FROM organizations WHERE id = :id",
       soci::use(id));
  for (const auto& r : rows) return OrganizationFromRow(r);
  return std::nullopt;
}

std::vector<tenancy::Organization> ListOrganizations(Session& s, const TenantFilter& filter) {
  std::vector<tenancy::Organization> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT id, region_id, name, created_at FROM organizations "
                    "WHERE region_id = :r OR CAST(:r0 AS TEXT) = '' ORDER BY name",
       soci::use(filter.region_id), soci::use(filter.region_id));
  for (const auto& r : rows) out.push_back(OrganizationFromRow(r));
  return out;
}

void InsertStructure(Session& s, const tenancy::Structure& st) {
  auto org = Nullable(st.organization_id);
  const std::string it(tenancy::ItOrganisationCode(st.it_organisation));
  const std::string mode(tenancy::AccessModeCode(st.access_mode));
  const int member = st.ehealth_group_member ? 1 : 0;
  s << "INSERT INTO structures (" << kStructureColumns
    << ") VALUES (:id, :r, :o, :n, :f, :c, :cap, :staff, :ws, :it, :prov, :dep, :m, :mode, :ca, :ua)",
      soci::use(st.id), soci::use(st.region_id), soci::use(org.value, org.indicator),
      soci::use(st.name), soci::use(st.finess), soci::use(st.category_code),
      soci::use(st.capacity), soci::use(st.staff_count), soci::use(st.workstation_count),
      soci::use(it), soci::use(st.it_provider_name), soci::use(st.department), soci::use(member),
      soci::use(mode), soci::use(static_cast<long long>(st.created_at)),
      soci::use(static_cast<long long>(st.updated_at));
}

void UpdateStructure(Session& s, const tenancy::Structure& st) {
  auto org = Nullable(st.organization_id);
  const std::string it(tenancy::ItOrganisationCode(st.it_organisation));
  const std::string mode(tenancy::AccessModeCode(st.access_mode));
  const int member = st.ehealth_group_member ? 1 : 0;
  s << "UPDATE structures SET organization_id = :o, name = :n, finess = :f, category_code = :c, "
       "capacity = :cap, staff_count = :staff, workstation_count = :ws, it_organisation = :it, "
       "it_provider_name = :prov, department = :dep, ehealth_group_member = :m, "
       "access_mode = :mode, updated_at = :ua WHERE id = :id",
      soci::use(org.value, org.indicator), soci::use(st.name), soci::use(st.finess),
      soci::use(st.category_code), soci::use(st.capacity), soci::use(st.staff_count),
      soci::use(st.workstation_count), soci::use(it), soci::use(st.it_provider_name),
      soci::use(st.department), soci::use(member), soci::use(mode),
      soci::use(static_cast<long long>(st.updated_at)), soci::use(st.id);
}

void DeleteStructure(Session& s, const std::string& id) {
  s << "DELETE FROM structures WHERE id = :id", soci::use(id);
}

std::optional<tenancy::Structure> FindStructure(Session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kStructureColumns + " FROM structures WHERE id = :id",
       soci::use(id));
  for (const auto& r : rows) return StructureFromRow(r);
  return std::nullopt;
}

bool FinessExists(Session& s, const std::string& finess, const std::string& except_id) {
  long long count = 0;
  s << "SELECT COUNT(*) FROM structures WHERE finess = :f AND id <> :id", soci::use(finess),
      soci::use(except_id), soci::into(count);
  return count > 0;
}

Page<tenancy::Structure> ListStructures(Session& s, const StructureQuery& q) {
  Page<tenancy::Structure> page;
  page.number = q.page.number < 1 ? 1 : q.page.number;
  page.size = q.page.Limit();
  std::string order = "name";
  if (q.sort == "finess") order = "finess";
  if (q.sort == "category") order = "category_code";
  if (q.sort == "created") order = "created_at";
  order += q.descending ? " DESC" : " ASC";
  const std::string like = "%" + q.search + "%";
  const std::string where = std::string(" FROM structures WHERE ") + kTenantWhere +
                            " AND (LOWER(name) LIKE LOWER(:q) OR finess LIKE :q2)"
                            " AND (category_code = :c OR CAST(:c0 AS TEXT) = '')";
  s << "SELECT COUNT(*)" + where, soci::use(q.tenant.region_id), soci::use(q.tenant.region_id),
      soci::use(q.tenant.structure_id), soci::use(q.tenant.structure_id), soci::use(like),
      soci::use(like), soci::use(q.category_code), soci::use(q.category_code),
      soci::into(page.total);
  const long long limit = q.page.Limit();
  const long long offset = q.page.Offset();
  soci::rowset<soci::row> rows =
      (s.prepare << std::string("SELECT ") + kStructureColumns + where + " ORDER BY " + order +
                        ", id LIMIT :lim OFFSET :off",
       soci::use(q.tenant.region_id), soci::use(q.tenant.region_id),
       soci::use(q.tenant.structure_id), soci::use(q.tenant.structure_id), soci::use(like),
       soci::use(like), soci::use(q.category_code), soci::use(q.category_code), soci::use(limit),
       soci::use(offset));
  for (const auto& r : rows) page.items.push_back(StructureFromRow(r));
  return page;
}

long long CountStructures(Session& s, const TenantFilter& filter) {
  long long count = 0;
  s << std::string("SELECT COUNT(*) FROM structures WHERE ") + kTenantWhere,
      soci::use(filter.region_id), soci::use(filter.region_id), soci::use(filter.structure_id),
      soci::use(filter.structure_id), soci::into(count);
  return count;
}

void InsertSite(Session& s, const tenancy::Site& site) {
  s << "INSERT INTO sites (id, structure_id, name, address, created_at) VALUES (:id, :s, :n, :a, :t)",
      soci::use(site.id), soci::use(site.structure_id), soci::use(site.name),
      soci::use(site.address), soci::use(static_cast<long long>(site.created_at));
}

std::vector<tenancy::Site> ListSites(Session& s, const std::string& structure_id) {
  std::vector<tenancy::Site> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT id, structure_id, name, address, created_at FROM sites "
                    "WHERE structure_id = :s ORDER BY name",
       soci::use(structure_id));
  for (const auto& r : rows) {
    out.push_back({GetString(r, "id"), GetString(r, "structure_id"), GetString(r, "name"),
                   GetString(r, "address"), GetInt64(r, "created_at")});
  }
  return out;
}

bool DeleteSite(Session& s, const std::string& structure_id, const std::string& site_id) {
  soci::statement st = (s.prepare << "DELETE FROM sites WHERE id = :id AND structure_id = :s",
                        soci::use(site_id), soci::use(structure_id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace vigie::storage
