#pragma once
// The tenancy tree: Region (one CRRC) → Organization (organisme gestionnaire,
// optional) → Structure (ESMS) → Site; and the user accounts attached to it.
// Plain data: repositories load and store them, services validate them.

#include <optional>
#include <string>

#include "core/clock.hpp"
#include "tenancy/role.hpp"

namespace vigie::tenancy {

struct Region {
  std::string id;
  std::string code;       // short code, e.g. "bfc"
  std::string name;       // "Bourgogne-Franche-Comté"
  std::string crrc_name;  // the centre's name shown in documents
  core::UnixSeconds created_at = 0;
};

struct Organization {
  std::string id;
  std::string region_id;
  std::string name;
  core::UnixSeconds created_at = 0;
};

enum class ItOrganisation { kInHouse, kProvider, kNone };
enum class AccessMode { kOperated, kAutonomous };

std::string_view ItOrganisationCode(ItOrganisation v);   // "in_house", "provider", "none"
std::string_view ItOrganisationLabel(ItOrganisation v);  // French
std::optional<ItOrganisation> ParseItOrganisation(std::string_view code);
std::string_view AccessModeCode(AccessMode v);           // "operated", "autonomous"
std::string_view AccessModeLabel(AccessMode v);
std::optional<AccessMode> ParseAccessMode(std::string_view code);

struct Structure {
  std::string id;
  std::string region_id;
  std::string organization_id;  // empty when the structure has no organisme gestionnaire
  std::string name;
  std::string finess;
  std::string category_code;
  long long capacity = 0;
  long long staff_count = 0;
  long long workstation_count = 0;
  ItOrganisation it_organisation = ItOrganisation::kNone;
  std::string it_provider_name;  // required when it_organisation is kProvider
  std::string department;        // department code, "21", "2A", "974"
  bool ehealth_group_member = false;
  AccessMode access_mode = AccessMode::kOperated;
  core::UnixSeconds created_at = 0;
  core::UnixSeconds updated_at = 0;
};

struct Site {
  std::string id;
  std::string structure_id;
  std::string name;
  std::string address;
  core::UnixSeconds created_at = 0;
};

struct User {
  std::string id;
  std::string email;  // lower-cased
  std::string display_name;
  Role role = Role::kStructureReader;
  std::string region_id;
  std::string structure_id;
  std::string password_hash;
  std::string totp_secret_sealed;  // empty until MFA enrolment starts
  long long totp_last_step = 0;    // last accepted TOTP step, refuses code reuse
  bool mfa_enabled = false;
  bool disabled = false;
  core::UnixSeconds created_at = 0;
  core::UnixSeconds updated_at = 0;
};

}  // namespace vigie::tenancy
