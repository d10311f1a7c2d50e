// web::Request::Cookie: the Cookie request header, as any client sends it.
// Input: NAME '\n' HEADER (no '\n': the whole input is the header, NAME is
// "vigie_session").
// Properties:
// - the value found never contains ';' and is what follows "NAME=" at the start of
//   one of the header's items (leading spaces skipped);
// - the cookies Vigie sets read back: for CookieHeader(NAME, UrlEncode(x)) sent back by
//   a browser among other cookies, Cookie(NAME) then UrlDecode gives x (the flash
//   message path), and the first of two cookies with the same name wins.

#include <string>

#include "fuzz_check.hpp"
#include "web/http.hpp"

namespace {

// The "name=value" a browser sends back for a Set-Cookie header.
std::string SentBack(const std::string& set_cookie) { return set_cookie.substr(0, set_cookie.find(';')); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace vigie::web;
  const std::string_view input = vigie::fuzz::AsText(data, size);
  const auto newline = input.find('\n');
  std::string name = "vigie_session";
  std::string header(input);
  if (newline != std::string_view::npos) {
    name = std::string(input.substr(0, newline));
    header = std::string(input.substr(newline + 1));
  }

  Request request;
  request.headers["cookie"] = header;
  const std::string value = request.Cookie(name);
  FUZZ_CHECK(value.find(';') == std::string::npos);
  if (!value.empty()) {
    const std::string item = name + "=" + value;
    bool found = false;
    for (std::size_t at = header.find(item); at != std::string::npos; at = header.find(item, at + 1)) {
      std::size_t before = at;
      while (before > 0 && header[before - 1] == ' ') --before;
      const bool item_start = before == 0 || header[before - 1] == ';';
      const bool item_end = at + item.size() == header.size() || header[at + item.size()] == ';';
      found = found || (item_start && item_end);
    }
    FUZZ_CHECK(found);
  }

  // Round trip for a cookie name Vigie could use (no separator, no leading space).
  if (name.find_first_of(";= \t\r\n,") != std::string::npos || name.empty()) return 0;
  const std::string payload = header;  // any bytes: the flash message is free text
  Request browser;
  browser.headers["cookie"] = "other=1; " + SentBack(CookieHeader(name, UrlEncode(payload), 60, true)) +
                              "; " + SentBack(CookieHeader(name, "second", 60, true)) + "; last=2";
  if (name != "other") FUZZ_CHECK(UrlDecode(browser.Cookie(name), false) == payload);
  return 0;
}
