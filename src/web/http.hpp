#pragma once
// Plain HTTP request and response types. The HTTP adapter (server.cpp, Boost.Beast)
// converts to and from them, so handlers and tests never include Beast.

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace vigie::web {

struct Request {
  std::string method;  // "GET", "POST"...
  std::string path;    // decoded path without the query string
  std::string query_string;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string remote_address;
  std::map<std::string, std::string> path_params;  // filled by the router

  std::string Header(const std::string& lower_name) const;
  std::string Cookie(const std::string& name) const;
  std::string Query(const std::string& name) const;
  // application/x-www-form-urlencoded body, parsed once on first use.
  const std::multimap<std::string, std::string>& Form() const;
  std::string FormValue(const std::string& name) const;
  std::string Param(const std::string& name) const;
  bool WantsJson() const;  // API path, an Authorization header, or Accept: application/json

 private:
  mutable bool form_parsed_ = false;
  mutable std::multimap<std::string, std::string> form_;
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  void SetHeader(const std::string& name, const std::string& value);
  std::string GetHeader(const std::string& name) const;

  static Response Html(std::string body, int status = 200);
  static Response Json(std::string body, int status = 200);
  static Response Text(std::string body, int status = 200);
  static Response Redirect(const std::string& location);  // 303 See Other
  static Response NoContent();                            // 204, empty body
};

// Percent-decoding (with '+' as space for forms); invalid escapes are kept as-is.
std::string UrlDecode(std::string_view text, bool plus_as_space);
std::string UrlEncode(std::string_view text);
std::multimap<std::string, std::string> ParseUrlEncoded(std::string_view text);

// A Set-Cookie value with Vigie's attributes (Path=/, HttpOnly, SameSite).
std::string CookieHeader(const std::string& name, const std::string& value, long long max_age,
                         bool secure, const std::string& same_site = "Lax");

}  // namespace vigie::web
