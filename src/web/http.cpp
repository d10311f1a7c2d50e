#include "web/http.hpp"

#include <algorithm>
#include <cctype>

namespace vigie::web {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

std::string UrlDecode(std::string_view text, bool plus_as_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+' && plus_as_space) {
      out += ' ';
    } else if (c == '%' && i + 2 < text.size() &&
               HexValue(text[i + 1]) >= 0 && HexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string UrlEncode(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::multimap<std::string, std::string> ParseUrlEncoded(std::string_view text) {
  std::multimap<std::string, std::string> out;
  std::size_t start = 0;
  while (start <= text.size() && !text.empty()) {
    auto end = text.find('&', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view pair = text.substr(start, end - start);
    if (!pair.empty()) {
      const auto eq = pair.find('=');
      const auto key = UrlDecode(pair.substr(0, eq), true);
      const auto value = eq == std::string_view::npos ? std::string() : UrlDecode(pair.substr(eq + 1), true);
      out.emplace(key, value);
    }
    start = end + 1;
    if (end == text.size()) break;
  }
  return out;
}

std::string Request::Header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? std::string() : it->second;
}

std::string Request::Cookie(const std::string& name) const {
  const std::string cookies = Header("cookie");
  std::size_t start = 0;
  while (start < cookies.size()) {
    auto end = cookies.find(';', start);
    if (end == std::string::npos) end = cookies.size();
    std::string_view item(cookies.data() + start, end - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    const auto eq = item.find('=');
    if (eq != std::string_view::npos && item.substr(0, eq) == name) return std::string(item.substr(eq + 1));
    start = end + 1;
  }
  return {};
}

std::string Request::Query(const std::string& name) const {
  const auto values = ParseUrlEncoded(query_string);
  auto it = values.find(name);
  return it == values.end() ? std::string() : it->second;
}

const std::multimap<std::string, std::string>& Request::Form() const {
  if (!form_parsed_) {
    if (Lower(Header("content-type")).starts_with("application/x-www-form-urlencoded")) {
      form_ = ParseUrlEncoded(body);
    }
    form_parsed_ = true;
  }
  return form_;
}

std::string Request::FormValue(const std::string& name) const {
  auto it = Form().find(name);
  return it == Form().end() ? std::string() : it->second;
}

std::string Request::Param(const std::string& name) const {
  auto it = path_params.find(name);
  return it == path_params.end() ? std::string() : it->second;
}

bool Request::WantsJson() const {
  return path.starts_with("/api/") || !Header("authorization").empty() ||
         Header("accept").find("application/json") != std::string::npos;
}

void Response::SetHeader(const std::string& name, const std::string& value) {
  for (auto& [k, v] : headers) {
    if (Lower(k) == Lower(name)) {
      v = value;
      return;
    }
  }
  headers.emplace_back(name, value);
}

std::string Response::GetHeader(const std::string& name) const {
  for (const auto& [k, v] : headers) {
    if (Lower(k) == Lower(name)) return v;
  }
  return {};
}

Response Response::Html(std::string body, int status) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.SetHeader("Content-Type", "text/html; charset=utf-8");
  return r;
}

Response Response::Json(std::string body, int status) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.SetHeader("Content-Type", "application/json; charset=utf-8");
  return r;
}

Response Response::Text(std::string body, int status) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.SetHeader("Content-Type", "text/plain; charset=utf-8");
  return r;
}

Response Response::NoContent() {
  Response r;
  r.status = 204;
  return r;
}

Response Response::Redirect(const std::string& location) {
  Response r;
  r.status = 303;
  r.SetHeader("Location", location);
  return r;
}

std::string CookieHeader(const std::string& name, const std::string& value, long long max_age,
                         bool secure, const std::string& same_site) {
  std::string header = name + "=" + value + "; Path=/; HttpOnly; SameSite=" + same_site;
  header += "; Max-Age=" + std::to_string(max_age);
  if (secure) header += "; Secure";
  return header;
}

}  // namespace vigie::web
