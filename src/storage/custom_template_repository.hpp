#pragma once
// A resource centre's own phishing templates (awareness, issue 5): the TOML text as
// written, checked by awareness::ParseTemplate before it reaches here.

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"

namespace vigie::storage {

struct CustomTemplateRecord {
  std::string id;
  std::string region_id;
  std::string toml;
  std::string title;
  std::string updated_by;
  long long created_at = 0;
  long long updated_at = 0;
};

std::optional<CustomTemplateRecord> FindCustomTemplate(Session& s, const std::string& id);
std::vector<CustomTemplateRecord> ListCustomTemplates(Session& s, const std::string& region_id);
// False when the id is taken.
bool InsertCustomTemplate(Session& s, const CustomTemplateRecord& t);
void UpdateCustomTemplate(Session& s, const CustomTemplateRecord& t);

}  // namespace vigie::storage
