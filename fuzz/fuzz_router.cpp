// web::MatchPattern and Router::Find: request paths (already percent-decoded by the
// server, so "%2F" arrives as '/') against Vigie's real route patterns.
// Properties, for every pattern that matches:
// - each parameter has the shape its type promises ({id}: [a-z0-9_-]{1,64}, {int}:
//   1 to 9 digits, {token}: [A-Za-z0-9_.-]{1,512}), so none contains '/';
// - a {path} parameter has no empty, "." or ".." segment and neither starts nor ends
//   with '/';
// - putting the parameters back into the pattern gives exactly the requested path;
// and Router::Find returns a route whose pattern matches, with the same parameters.

#include <map>
#include <string>
#include <vector>

#include "fuzz_check.hpp"
#include "web/router.hpp"

namespace {

// Every pattern registered in src/web/*_routes.cpp when this was written, plus a last
// one with an {int}, a type no route uses yet.
const std::vector<std::string> kPatterns = {
    "/", "/accessibilite", "/api/v1/audit", "/api/v1/audit.csv", "/api/v1/invitations",
    "/api/v1/me", "/api/v1/organizations", "/api/v1/regions", "/api/v1/regions/{id:id}",
    "/api/v1/structures", "/api/v1/structures/{id:id}", "/api/v1/tokens",
    "/api/v1/tokens/{id:id}", "/api/v1/users", "/api/v1/users/{id:id}", "/assets/{file:path}",
    "/audit", "/audit.csv", "/connexion", "/connexion/verification", "/deconnexion",
    "/favicon.ico", "/healthz", "/invitation/{token:token}", "/metrics",
    "/mot-de-passe/nouveau/{token:token}", "/mot-de-passe/oubli", "/organismes",
    "/organismes/nouveau", "/profil", "/profil/deconnexion-partout",
    "/profil/double-authentification", "/profil/double-authentification/desactiver",
    "/profil/jetons", "/profil/jetons/{id:id}/revoquer", "/profil/mot-de-passe", "/regions",
    "/regions/nouvelle", "/structures", "/structures/nouvelle", "/structures/{id:id}",
    "/structures/{id:id}/modifier", "/structures/{id:id}/supprimer", "/utilisateurs",
    "/utilisateurs/inviter", "/utilisateurs/{id:id}", "/utilisateurs/{id:id}/activation",
    "/utilisateurs/{id:id}/role", "/test/{n:int}/{id:id}"};

bool All(const std::string& value, bool (*allowed)(char)) {
  for (const char c : value) {
    if (!allowed(c)) return false;
  }
  return true;
}

bool IdChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }
bool Digit(char c) { return c >= '0' && c <= '9'; }
bool TokenChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || Digit(c) || c == '_' || c == '-' ||
         c == '.';
}

void CheckPathParam(const std::string& value) {
  FUZZ_CHECK(!value.empty() && value.front() != '/' && value.back() != '/');
  std::size_t start = 0;
  while (start <= value.size()) {
    auto end = value.find('/', start);
    if (end == std::string::npos) end = value.size();
    const std::string segment = value.substr(start, end - start);
    FUZZ_CHECK(!segment.empty() && segment != "." && segment != "..");
    start = end + 1;
  }
}

// Checks the parameters against their types and rebuilds the path from the pattern.
std::string Rebuild(const std::string& pattern, const std::map<std::string, std::string>& params) {
  std::string out;
  std::size_t start = 1;
  std::size_t used = 0;
  while (start <= pattern.size()) {
    auto end = pattern.find('/', start);
    if (end == std::string::npos) end = pattern.size();
    const std::string part = pattern.substr(start, end - start);
    out += '/';
    if (part.size() > 2 && part.front() == '{') {
      const auto colon = part.find(':');
      const std::string name = part.substr(1, colon - 1);
      const std::string type = part.substr(colon + 1, part.size() - colon - 2);
      const auto it = params.find(name);
      FUZZ_CHECK(it != params.end());
      const std::string& value = it->second;
      ++used;
      if (type == "id") FUZZ_CHECK(value.size() >= 1 && value.size() <= 64 && All(value, IdChar));
      if (type == "int") FUZZ_CHECK(value.size() >= 1 && value.size() <= 9 && All(value, Digit));
      if (type == "token") FUZZ_CHECK(value.size() >= 1 && value.size() <= 512 && All(value, TokenChar));
      if (type == "path") CheckPathParam(value);
      out += value;
    } else {
      out += part;
    }
    start = end + 1;
  }
  FUZZ_CHECK(used == params.size());
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace vigie::web;
  static const Router<int> router = [] {
    Router<int> r;
    for (std::size_t i = 0; i < kPatterns.size(); ++i) {
      r.Add("GET", kPatterns[i], 0);
      if (i % 2 == 1) r.Add("POST", kPatterns[i], 1);
    }
    return r;
  }();

  const std::string raw(vigie::fuzz::AsText(data, size));
  for (const std::string& path : {raw, "/" + raw}) {
    for (const auto& pattern : kPatterns) {
      std::map<std::string, std::string> params;
      if (!MatchPattern(pattern, path, params)) continue;
      FUZZ_CHECK(Rebuild(pattern, params) == path);
    }
    for (const char* method : {"GET", "POST", "HEAD"}) {
      const auto match = router.Find(method, path);
      if (!match.entry) continue;
      std::map<std::string, std::string> params;
      FUZZ_CHECK(MatchPattern(match.entry->pattern, path, params));
      FUZZ_CHECK(params == match.params);
    }
  }
  return 0;
}
