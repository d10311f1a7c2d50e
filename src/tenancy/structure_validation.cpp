#include "tenancy/structure_validation.hpp"

#include "core/text.hpp"

#include <charconv>
#include <cstdint>

#include "core/utf8.hpp"
#include "tenancy/finess.hpp"
#include "tenancy/reference_data.hpp"

namespace vigie::tenancy {
namespace {

std::string Get(const FieldValues& fields, const std::string& key) {
  auto it = fields.find(key);
  return it == fields.end() ? std::string() : TrimCopy(it->second);
}

// Parses a count between 0 and max; records an error otherwise.
long long ParseCount(const FieldValues& fields, const std::string& key, const std::string& label,
                     long long max, std::vector<core::FieldError>& errors) {
  const std::string raw = Get(fields, key);
  long long value = 0;
  const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
  if (raw.empty() || ec != std::errc() || ptr != raw.data() + raw.size()) {
    errors.push_back({key, label + " : indiquez un nombre entier."});
    return 0;
  }
  if (value < 0 || value > max) {
    errors.push_back({key, label + " : indiquez un nombre entre 0 et " + std::to_string(max) + "."});
  }
  return value;
}

}  // namespace

std::string TrimCopy(std::string_view s) { return core::Trim(s); }

core::Result<Structure> ValidateStructure(const FieldValues& fields) {
  std::vector<core::FieldError> errors;
  Structure s;

  s.name = Get(fields, "name");
  if (s.name.empty()) errors.push_back({"name", "Indiquez le nom de la structure."});
  if (s.name.size() > 200) errors.push_back({"name", "Le nom ne doit pas dépasser 200 caractères."});
  if (!core::IsValidUtf8(s.name)) errors.push_back({"name", "Le nom contient des caractères invalides."});

  s.finess = Get(fields, "finess");
  for (char& c : s.finess) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (auto problem = FinessProblem(s.finess)) errors.push_back({"finess", *problem});

  s.category_code = Get(fields, "category");
  if (!FindCategory(s.category_code)) {
    errors.push_back({"category", "Choisissez une catégorie d'établissement dans la liste."});
  }

  s.department = Get(fields, "department");
  if (!FindDepartment(s.department)) {
    errors.push_back({"department", "Choisissez un département dans la liste."});
  }

  s.capacity = ParseCount(fields, "capacity", "Capacité (places)", 100000, errors);
  s.staff_count = ParseCount(fields, "staff_count", "Nombre de salariés", 100000, errors);
  s.workstation_count = ParseCount(fields, "workstation_count", "Nombre de postes", 100000, errors);

  const auto it = ParseItOrganisation(Get(fields, "it_organisation"));
  if (!it) {
    errors.push_back({"it_organisation", "Choisissez l'organisation informatique de la structure."});
  } else {
    s.it_organisation = *it;
  }
  s.it_provider_name = Get(fields, "it_provider_name");
  if (it == ItOrganisation::kProvider && s.it_provider_name.empty()) {
    errors.push_back({"it_provider_name", "Indiquez le nom du prestataire informatique."});
  }
  if (!core::IsValidUtf8(s.it_provider_name)) {
    errors.push_back({"it_provider_name", "Le nom du prestataire contient des caractères invalides."});
  }


  const std::string member = Get(fields, "ehealth_group_member");
  s.ehealth_group_member = member == "1" || member == "true" || member == "on" || member == "oui";

  const auto mode = ParseAccessMode(Get(fields, "access_mode"));
  if (!mode) {
    errors.push_back({"access_mode", "Choisissez le mode d'accès : opéré par le centre ou autonome."});
  } else {
    s.access_mode = *mode;
  }
  s.organization_id = Get(fields, "organization_id");

  if (!errors.empty()) return errors;
  return s;
}

}  // namespace vigie::tenancy
