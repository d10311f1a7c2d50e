#pragma once
// Routes with typed path parameters: "/structures/{id:id}/modifier". Types:
//   id     application ids and codes: [a-z0-9_-], 1 to 64 characters
//   int    decimal digits, 1 to 9
//   token  signed link tokens: [A-Za-z0-9_.-], 1 to 512 characters
//   path   the rest of the path (static assets), no ".." segment
// A parameter that does not match its type makes the route not match (404), so
// handlers receive only well-formed values.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "web/http.hpp"

namespace vigie::web {

template <typename Handler>
class Router {
 public:
  struct Entry {
    std::string method;
    std::string pattern;  // also the metrics label
    Handler handler;
  };

  void Add(std::string method, std::string pattern, Handler handler) {
    routes_.push_back({std::move(method), std::move(pattern), std::move(handler)});
  }

  struct Match {
    const Entry* entry = nullptr;
    std::map<std::string, std::string> params;
    bool path_matched = false;  // some route has this path with another method (405)
  };

  Match Find(const std::string& method, const std::string& path) const;
  const std::vector<Entry>& routes() const { return routes_; }

 private:
  std::vector<Entry> routes_;
};

// Matches one pattern against a path; fills params. Exposed for tests.
bool MatchPattern(const std::string& pattern, const std::string& path,
                  std::map<std::string, std::string>& params);

template <typename Handler>
typename Router<Handler>::Match Router<Handler>::Find(const std::string& method,
                                                      const std::string& path) const {
  Match result;
  for (const Entry& entry : routes_) {
    std::map<std::string, std::string> params;
    if (!MatchPattern(entry.pattern, path, params)) continue;
    const bool head_as_get = method == "HEAD" && entry.method == "GET";
    if (entry.method == method || head_as_get) {
      result.entry = &entry;
      result.params = std::move(params);
      return result;
    }
    result.path_matched = true;
  }
  return result;
}

}  // namespace vigie::web
