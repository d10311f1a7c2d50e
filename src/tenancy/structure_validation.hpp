#pragma once
// Turns what a person typed (form fields or JSON members, as strings) into a valid
// Structure, or a list of errors naming each wrong field in French.

#include <map>
#include <string>

#include "core/result.hpp"
#include "tenancy/entities.hpp"

namespace vigie::tenancy {

// Field names are the same in forms and in the API: name, finess, category,
// capacity, staff_count, workstation_count, it_organisation, it_provider_name,
// department, ehealth_group_member ("1"/"0", "true"/"false", "on"), access_mode,
// organization_id (optional).
using FieldValues = std::map<std::string, std::string>;

// Validates and returns the structure's editable fields; ids and timestamps are left
// for the caller. Every problem is reported, not just the first.
core::Result<Structure> ValidateStructure(const FieldValues& fields);

std::string TrimCopy(std::string_view s);

}  // namespace vigie::tenancy
