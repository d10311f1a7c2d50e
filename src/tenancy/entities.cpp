#include "tenancy/entities.hpp"

namespace vigie::tenancy {

std::string_view ItOrganisationCode(ItOrganisation v) {
  switch (v) {
    case ItOrganisation::kInHouse: return "in_house";
    case ItOrganisation::kProvider: return "provider";
    case ItOrganisation::kNone: return "none";
  }
  return "none";
}

std::string_view ItOrganisationLabel(ItOrganisation v) {
  switch (v) {
    case ItOrganisation::kInHouse: return "Informatique interne";
    case ItOrganisation::kProvider: return "Prestataire extérieur";
    case ItOrganisation::kNone: return "Aucune organisation informatique";
  }
  return "";
}

std::optional<ItOrganisation> ParseItOrganisation(std::string_view code) {
  for (auto v : {ItOrganisation::kInHouse, ItOrganisation::kProvider, ItOrganisation::kNone}) {
    if (ItOrganisationCode(v) == code) return v;
  }
  return std::nullopt;
}

std::string_view AccessModeCode(AccessMode v) {
  return v == AccessMode::kOperated ? "operated" : "autonomous";
}

std::string_view AccessModeLabel(AccessMode v) {
  return v == AccessMode::kOperated ? "Opéré par le centre" : "Autonome";
}

std::optional<AccessMode> ParseAccessMode(std::string_view code) {
  if (code == "operated") return AccessMode::kOperated;
  if (code == "autonomous") return AccessMode::kAutonomous;
  return std::nullopt;
}

}  // namespace vigie::tenancy
