#include "web/api_helpers.hpp"

#include "core/error.hpp"
#include "tenancy/role.hpp"

namespace vigie::web::detail {

using nlohmann::json;

json ParseBody(const Request& r) {
  json body = json::parse(r.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    throw core::AppError(core::ErrorKind::kMalformed,
                         "Le corps de la requête n'est pas un objet JSON valide.");
  }
  return body;
}

std::string StringMember(const json& body, const char* key) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return {};
  if (!it->is_string()) {
    throw core::AppError::Invalid(
        "Le corps de la requête contient une valeur du mauvais type.",
        {{key, std::string("« ") + key + " » doit être une chaîne de caractères."}});
  }
  return it->get<std::string>();
}

tenancy::FieldValues FieldsOf(const json& body) {
  tenancy::FieldValues fields;
  for (const auto& [key, value] : body.items()) {
    if (value.is_string())
      fields[key] = value.get<std::string>();
    else if (value.is_boolean())
      fields[key] = value.get<bool>() ? "1" : "0";
    else if (value.is_number_integer())
      fields[key] = std::to_string(value.get<long long>());
    else if (value.is_null())
      fields[key] = "";
    else
      fields[key] = value.dump();
  }
  return fields;
}

storage::PageRequest PageOf(const Request& r) {
  storage::PageRequest page;
  try {
    if (!r.Query("page").empty()) page.number = std::stoll(r.Query("page"));
    if (!r.Query("per_page").empty()) page.size = std::stoll(r.Query("per_page"));
  } catch (...) {
    throw core::AppError::Invalid("Paramètres de pagination invalides.",
                                  {{"page", "page et per_page sont des nombres entiers."}});
  }
  return page;
}

Response WholeListJson(const json& items) {
  return Response::Json(
      json{{"items", items}, {"page", 1}, {"per_page", items.size()}, {"total", items.size()}}
          .dump());
}

json UserJson(const tenancy::User& u) {
  return {{"id", u.id},
          {"email", u.email},
          {"display_name", u.display_name},
          {"role", tenancy::RoleCode(u.role)},
          {"region_id", u.region_id.empty() ? json(nullptr) : json(u.region_id)},
          {"structure_id", u.structure_id.empty() ? json(nullptr) : json(u.structure_id)},
          {"mfa_enabled", u.mfa_enabled},
          {"disabled", u.disabled}};
}

}  // namespace vigie::web::detail
