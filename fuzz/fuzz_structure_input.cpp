// tenancy::ValidateStructure and tenancy::FinessProblem: the structure form
// (application/x-www-form-urlencoded) and the API body (JSON), as any signed-in user
// can send them. Input: a body starting with '{' is JSON, anything else a form.
// Properties:
// - either a structure whose FINESS passes FinessProblem (uppercase, 9 characters),
//   with a non-empty name of at most 200 bytes, counts in 0..100000, a category and a
//   department from the reference lists, a provider name when IT is outsourced, every
//   text trimmed, or at least one error, each naming a known field with a message;
// - an accepted structure can be written as JSON (the API's StructureJson): its free
//   texts are valid UTF-8, so nlohmann::json::dump cannot throw on them;
// - a JSON body the API refuses is refused with a client-error AppError.

#include <nlohmann/json.hpp>

#include <set>
#include <string>

#include "core/error.hpp"
#include "fuzz_check.hpp"
#include "tenancy/finess.hpp"
#include "tenancy/reference_data.hpp"
#include "tenancy/structure_validation.hpp"
#include "web/api_helpers.hpp"
#include "web/http.hpp"

namespace {

using vigie::tenancy::FieldValues;

constexpr const char* kFields[] = {"name", "finess", "category", "capacity", "staff_count",
                                   "workstation_count", "it_organisation", "it_provider_name",
                                   "department", "ehealth_group_member", "access_mode",
                                   "organization_id", "region_id"};

// As FormFields in src/web/structure_routes.cpp.
FieldValues FromForm(std::string_view body) {
  vigie::web::Request request;
  request.headers["content-type"] = "application/x-www-form-urlencoded";
  request.body = std::string(body);
  FieldValues fields;
  for (const char* name : kFields) fields[name] = request.FormValue(name);
  return fields;
}

// As the API's structure routes (src/web/api_routes.cpp): ParseBody then FieldsOf.
// nullopt when ParseBody refuses the body, which it must do with a client-error
// AppError (any other exception escapes and fails the run).
std::optional<FieldValues> FromJson(std::string_view body) {
  vigie::web::Request request;
  request.body = std::string(body);
  try {
    return vigie::web::detail::FieldsOf(vigie::web::detail::ParseBody(request));
  } catch (const vigie::core::AppError& error) {
    FUZZ_CHECK(error.kind() != vigie::core::ErrorKind::kInternal);
    return std::nullopt;
  }
}

bool Trimmed(const std::string& s) {
  return s.empty() || (std::string_view(" \t\r\n").find(s.front()) == std::string_view::npos &&
                       std::string_view(" \t\r\n").find(s.back()) == std::string_view::npos);
}

void CheckAccepted(const vigie::tenancy::Structure& s) {
  using namespace vigie::tenancy;
  FUZZ_CHECK(!FinessProblem(s.finess));
  FUZZ_CHECK(s.finess.size() == 9 && s.finess.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos);
  FUZZ_CHECK(!s.name.empty() && s.name.size() <= 200);
  for (const long long count : {s.capacity, s.staff_count, s.workstation_count}) {
    FUZZ_CHECK(count >= 0 && count <= 100000);
  }
  FUZZ_CHECK(FindCategory(s.category_code) && FindDepartment(s.department));
  if (s.it_organisation == ItOrganisation::kProvider) FUZZ_CHECK(!s.it_provider_name.empty());
  for (const std::string* text : {&s.name, &s.finess, &s.category_code, &s.it_provider_name,
                                  &s.department, &s.organization_id}) {
    FUZZ_CHECK(Trimmed(*text));
  }
  FUZZ_CHECK(vigie::fuzz::IsValidUtf8(s.name) && vigie::fuzz::IsValidUtf8(s.it_provider_name));
  const nlohmann::json api = {{"name", s.name}, {"it_provider_name", s.it_provider_name}};
  FUZZ_CHECK(!api.dump().empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body = vigie::fuzz::AsText(data, size);
  std::optional<FieldValues> fields;
  if (body.starts_with('{')) {
    fields = FromJson(body);
  } else {
    fields = FromForm(body);
  }
  if (!fields) return 0;

  const auto result = vigie::tenancy::ValidateStructure(*fields);
  if (result.ok()) {
    CheckAccepted(result.value());
  } else {
    static const std::set<std::string> kKnown(std::begin(kFields), std::end(kFields));
    FUZZ_CHECK(!result.errors().empty());
    for (const auto& error : result.errors()) {
      FUZZ_CHECK(kKnown.count(error.field) == 1 && !error.message.empty());
    }
  }

  // FinessProblem on its own: the raw finess field, untrimmed.
  const auto it = fields->find("finess");
  const std::string finess = it == fields->end() ? std::string() : it->second;
  if (!vigie::tenancy::FinessProblem(finess)) {
    FUZZ_CHECK(finess.size() == 9);
    const bool corsica = finess.starts_with("2A") || finess.starts_with("2B");
    for (std::size_t i = corsica ? 2 : 0; i < finess.size(); ++i) {
      FUZZ_CHECK(finess[i] >= '0' && finess[i] <= '9');
    }
  }
  return 0;
}
