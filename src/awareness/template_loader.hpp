#pragma once
// Loads and validates phishing-simulation templates (docs/awareness-templates.md).
// Every problem is collected, not only the first, as "FILE:LINE: message" in French;
// templates are returned only when there is none. Checks: UTF-8 and size of the file,
// TOML syntax, unknown keys, required fields and their types, sizes, enumerations and
// ranges, placeholders (known, allowed in that field, {{link}} in both bodies,
// {{tracking_pixel}} in the HTML one), no hard-coded web address in the bodies, no
// real brand, the sign-in page present exactly for advanced templates, clues (count,
// unique ids, target, excerpt found in its target), reflexes, and ids unique across
// files.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "awareness/template_model.hpp"

namespace vigie::awareness {

struct TemplateLoad {
  std::vector<PhishingTemplate> templates;  // empty whenever `errors` is not
  std::vector<std::string> errors;
  bool ok() const { return errors.empty(); }
};

// One template file's text; `file_name` prefixes the messages. Yields at most one
// template. Does not know the other files, so cannot see a duplicate id.
TemplateLoad ParseTemplate(const std::string& toml_text, const std::string& file_name);

// Where template files come from: their names (loaded in this order) and a way to
// read one (nullopt when it cannot be read). Disk, the embedded copy and tests each
// build one.
struct TemplateReader {
  std::vector<std::string> file_names;
  std::function<std::optional<std::string>(const std::string& file_name)> read;
};

// Every file of `reader`; messages name files as "<display_dir>/<file name>".
TemplateLoad LoadTemplates(const TemplateReader& reader, const std::string& display_dir);

// The *.toml files of a folder on disk, in name order.
TemplateLoad LoadTemplatesFromDirectory(const std::string& directory);

// The templates compiled into the binary (data/awareness/templates), in file-name
// order; throws std::runtime_error listing the errors if they do not validate (a
// build mistake), on first use — call it at start.
const std::vector<PhishingTemplate>& EmbeddedTemplates();

// The embedded template with this id; nullptr when there is none. The pointer stays
// valid for the life of the process.
const PhishingTemplate* FindTemplate(std::string_view id);

// The TOML text of the embedded template with this id (a starting point for a centre's
// own template), or nullopt.
std::optional<std::string> EmbeddedTemplateSource(std::string_view id);

}  // namespace vigie::awareness
