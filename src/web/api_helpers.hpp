#pragma once
// Helpers shared by the JSON API's route files (api_routes.cpp,
// api_admin_routes.cpp): request bodies, pagination, list envelopes, and the JSON
// shape of the resources more than one file returns.

#include <nlohmann/json.hpp>

#include <string>

#include "storage/list_query.hpp"
#include "tenancy/entities.hpp"
#include "tenancy/structure_validation.hpp"
#include "web/http.hpp"

namespace vigie::web::detail {

// The body as a JSON object; AppError kInvalid (422) otherwise.
nlohmann::json ParseBody(const Request& r);
// A string member: "" when absent or null; AppError kInvalid naming the member when
// it holds another type.
std::string StringMember(const nlohmann::json& body, const char* key);
// JSON members as the string fields the validators expect.
tenancy::FieldValues FieldsOf(const nlohmann::json& body);
// ?page and ?per_page; AppError kInvalid when they are not integers.
storage::PageRequest PageOf(const Request& r);

// {"items": [...], "page": N, "per_page": N, "total": N}
template <typename T, typename F>
Response ListJson(const storage::Page<T>& page, F to_json) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : page.items) items.push_back(to_json(item));
  return Response::Json(nlohmann::json{
      {"items", items},
      {"page", page.number},
      {"per_page", page.size},
      {"total", page.total}}.dump());
}
// The same envelope for a list that is not paginated (one page holding everything).
Response WholeListJson(const nlohmann::json& items);

nlohmann::json UserJson(const tenancy::User& u);

}  // namespace vigie::web::detail
