#include "web/templates.hpp"

#include <optional>
#include <stdexcept>

#include "core/embedded.hpp"

namespace vigie {
const std::vector<core::EmbeddedFile>& WebFiles();
}

namespace vigie::web {

Templates::Templates(std::string dev_dir) : dev_dir_(std::move(dev_dir)) {}

std::string Templates::Source(const std::string& name) {
  const std::string path = "templates/" + name + ".mustache";
  if (!dev_dir_.empty()) {
    auto text = core::ReadFile(dev_dir_ + "/" + path);
    if (!text) throw std::runtime_error("template not found: " + path);
    return *text;
  }
  std::lock_guard lock(mutex_);
  auto it = cache_.find(name);
  if (it != cache_.end()) return it->second;
  auto data = core::FindEmbedded(WebFiles(), path);
  if (!data) throw std::runtime_error("template not found: " + path);
  return cache_.emplace(name, std::string(*data)).first->second;
}

std::string Templates::Render(const std::string& name, const View& view) {
  // Parsing a template costs more than rendering it (docs/performance.md), so parsed
  // embedded templates are kept. kainjow's render() mutates the template's error
  // state, so each thread keeps its own copies; development templates are re-read.
  using Parsed = kainjow::mustache::mustache;
  thread_local std::map<std::string, Parsed> parsed_cache;
  std::optional<Parsed> fresh;
  Parsed* found = nullptr;
  if (dev_dir_.empty()) {
    auto it = parsed_cache.find(name);
    if (it == parsed_cache.end()) it = parsed_cache.emplace(name, Parsed(Source(name))).first;
    found = &it->second;
  } else {
    found = &fresh.emplace(Source(name));
  }
  Parsed& tmpl = *found;
  if (!tmpl.is_valid()) throw std::runtime_error("template " + name + ": " + tmpl.error_message());
  View with_partials = view;
  for (const char* partial : {"error_summary", "pagination", "diagnostic_steps", "recipient_fields", "sending_profile_fields",
                              "recipient_email", "recipient_clues"}) {
    const std::string partial_name = partial;
    with_partials.set(partial_name, kainjow::mustache::partial([this, partial_name] {
                        return Source(partial_name);
                      }));
  }
  std::string out = tmpl.render(with_partials);
  if (!tmpl.is_valid()) {
    const std::string message = "template " + name + ": " + tmpl.error_message();
    parsed_cache.erase(name);  // never keep a template in an error state
    throw std::runtime_error(message);
  }
  return out;
}

View List() { return View(View::type::list); }
View Object() { return View(View::type::object); }

}  // namespace vigie::web
