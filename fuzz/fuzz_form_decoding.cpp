// web::UrlDecode, web::UrlEncode and web::ParseUrlEncoded: query strings and form
// bodies, straight from the client.
// Properties:
// - decoding never lengthens the text, and text with no '%' (nor '+' in form mode)
//   decodes to itself;
// - UrlEncode writes only unreserved characters and %XX escapes, and UrlDecode undoes
//   it in both modes;
// - ParseUrlEncoded never yields more pairs than '&'-separated pieces, and re-encoding
//   what it returned parses back to the same pairs.

#include <map>
#include <string>

#include "fuzz_check.hpp"
#include "web/http.hpp"

namespace {

bool IsUnreservedOrEscape(const std::string& encoded) {
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    const char c = encoded[i];
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
                            c == '~';
    if (unreserved) continue;
    auto upper_hex = [](char h) { return (h >= '0' && h <= '9') || (h >= 'A' && h <= 'F'); };
    if (c != '%' || i + 2 >= encoded.size() || !upper_hex(encoded[i + 1]) ||
        !upper_hex(encoded[i + 2])) {
      return false;
    }
    i += 2;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace vigie::web;
  const std::string_view text = vigie::fuzz::AsText(data, size);

  for (const bool plus_as_space : {false, true}) {
    const std::string decoded = UrlDecode(text, plus_as_space);
    FUZZ_CHECK(decoded.size() <= text.size());
    const bool has_escape = text.find('%') != std::string_view::npos ||
                            (plus_as_space && text.find('+') != std::string_view::npos);
    if (!has_escape) FUZZ_CHECK(decoded == text);
  }

  const std::string encoded = UrlEncode(text);
  FUZZ_CHECK(IsUnreservedOrEscape(encoded));
  FUZZ_CHECK(UrlDecode(encoded, false) == text);
  FUZZ_CHECK(UrlDecode(encoded, true) == text);

  const auto pairs = ParseUrlEncoded(text);
  std::size_t pieces = 1;
  for (const char c : text) pieces += c == '&' ? 1 : 0;
  FUZZ_CHECK(pairs.size() <= pieces);

  std::string canonical;
  for (const auto& [key, value] : pairs) {
    if (!canonical.empty()) canonical += '&';
    canonical += UrlEncode(key) + "=" + UrlEncode(value);
  }
  FUZZ_CHECK(ParseUrlEncoded(canonical) == pairs);
  return 0;
}
