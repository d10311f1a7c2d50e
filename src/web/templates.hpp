#pragma once
// Mustache templates (kainjow), compiled into the binary from src/web/templates, or
// read from disk when a development directory is configured. `{{x}}` escapes HTML;
// `{{{x}}}` is reserved for already-rendered page bodies.

#include <kainjow/mustache.hpp>

#include <map>
#include <mutex>
#include <string>

namespace vigie::web {

using View = kainjow::mustache::data;

class Templates {
 public:
  // dev_dir empty: embedded templates (parsed once, cached).
  explicit Templates(std::string dev_dir = "");

  // Renders templates/<name>.mustache; throws std::runtime_error naming the
  // template on a missing file or a syntax error.
  std::string Render(const std::string& name, const View& view);

 private:
  std::string Source(const std::string& name);
  std::string dev_dir_;
  std::mutex mutex_;
  std::map<std::string, std::string> cache_;  // guarded by mutex_
};

// Helpers for building views.
View List();
View Object();

}  // namespace vigie::web
