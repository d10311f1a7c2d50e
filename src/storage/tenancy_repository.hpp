#pragma once
// Regions, organizations, structures and sites. Every list takes a TenantFilter so
// a caller cannot forget the tenant; single-object reads return the object whatever
// its tenant, and the caller passes its scope to the policy before showing it.

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"
#include "storage/list_query.hpp"
#include "tenancy/entities.hpp"

namespace vigie::storage {

void InsertRegion(Session& s, const tenancy::Region& region);
std::optional<tenancy::Region> FindRegion(Session& s, const std::string& id);
std::optional<tenancy::Region> FindRegionByCode(Session& s, const std::string& code);
std::vector<tenancy::Region> ListRegions(Session& s, const TenantFilter& filter);
void UpdateRegion(Session& s, const tenancy::Region& region);

void InsertOrganization(Session& s, const tenancy::Organization& org);
std::optional<tenancy::Organization> FindOrganization(Session& s, const std::string& id);
std::vector<tenancy::Organization> ListOrganizations(Session& s, const TenantFilter& filter);

struct StructureQuery {
  TenantFilter tenant;
  std::string search;         // matched against name and FINESS, case-insensitive
  std::string category_code;  // exact, optional
  std::string sort = "name";  // name | finess | category | created
  bool descending = false;
  PageRequest page;
};

void InsertStructure(Session& s, const tenancy::Structure& structure);
void UpdateStructure(Session& s, const tenancy::Structure& structure);
void DeleteStructure(Session& s, const std::string& id);
std::optional<tenancy::Structure> FindStructure(Session& s, const std::string& id);
bool FinessExists(Session& s, const std::string& finess, const std::string& except_id);
Page<tenancy::Structure> ListStructures(Session& s, const StructureQuery& query);
long long CountStructures(Session& s, const TenantFilter& filter);

void InsertSite(Session& s, const tenancy::Site& site);
std::vector<tenancy::Site> ListSites(Session& s, const std::string& structure_id);
// Deletes the site if it belongs to the structure; false otherwise.
bool DeleteSite(Session& s, const std::string& structure_id, const std::string& site_id);

}  // namespace vigie::storage
