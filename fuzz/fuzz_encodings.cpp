// crypto::Base64UrlDecode (tokens in links, API tokens) and crypto::Base32Decode
// (TOTP secrets pasted by people), with their encoders.
// Properties:
// - Base64UrlDecode is strict: whatever it accepts re-encodes to exactly the input;
//   Base64UrlEncode writes [A-Za-z0-9_-] only, ceil(4n/3) characters, and decodes back;
// - Base32Decode accepts exactly what its header promises (blanks anywhere, trailing
//   '=', either case, last group not 1, 3 or 6 long), and what it returns re-encodes
//   to the same symbols (uppercase) but possibly the last, whose padding bits it
//   ignores; Base32Encode writes A-Z2-7 only, ceil(8n/5) characters, and decodes back;
// - Crockford, hex and percent encoders write only their alphabets, at their lengths.

#include <string>

#include "crypto/encoding.hpp"
#include "fuzz_check.hpp"

namespace {

bool OnlyFrom(std::string_view text, std::string_view alphabet) {
  return text.find_first_not_of(alphabet) == std::string_view::npos;
}

constexpr std::string_view kBase64Url =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

void CheckBase64(std::string_view input) {
  if (const auto decoded = vigie::crypto::Base64UrlDecode(input)) {
    FUZZ_CHECK(vigie::crypto::Base64UrlEncode(*decoded) == input);
  }
  const std::string encoded = vigie::crypto::Base64UrlEncode(input);
  FUZZ_CHECK(OnlyFrom(encoded, kBase64Url));
  FUZZ_CHECK(encoded.size() == (input.size() * 4 + 2) / 3);
  const auto back = vigie::crypto::Base64UrlDecode(encoded);
  FUZZ_CHECK(back && *back == input);
}

void CheckBase32(std::string_view input) {
  // What the header says Base32Decode accepts.
  std::string symbols;
  for (const char c : input) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') symbols += c;
  }
  while (!symbols.empty() && symbols.back() == '=') symbols.pop_back();
  std::string upper = symbols;
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  const std::size_t tail = symbols.size() % 8;
  const bool acceptable = OnlyFrom(upper, kBase32) && tail != 1 && tail != 3 && tail != 6;

  const auto decoded = vigie::crypto::Base32Decode(input);
  FUZZ_CHECK(decoded.has_value() == acceptable);
  if (decoded) {
    FUZZ_CHECK(decoded->size() == symbols.size() * 5 / 8);
    const std::string again = vigie::crypto::Base32Encode(*decoded);
    FUZZ_CHECK(again.size() == upper.size());
    if (!upper.empty()) FUZZ_CHECK(again.substr(0, again.size() - 1) == upper.substr(0, upper.size() - 1));
  }

  const std::string encoded = vigie::crypto::Base32Encode(input);
  FUZZ_CHECK(OnlyFrom(encoded, kBase32));
  FUZZ_CHECK(encoded.size() == (input.size() * 8 + 4) / 5);
  const auto back = vigie::crypto::Base32Decode(encoded);
  FUZZ_CHECK(back && *back == input);
}

void CheckOtherEncoders(std::string_view input) {
  const std::string crockford = vigie::crypto::CrockfordBase32Encode(input);
  FUZZ_CHECK(OnlyFrom(crockford, vigie::crypto::kCrockfordAlphabet));
  FUZZ_CHECK(crockford.size() == (input.size() * 8 + 4) / 5);
  const std::string hex = vigie::crypto::HexEncode(input);
  FUZZ_CHECK(OnlyFrom(hex, "0123456789abcdef") && hex.size() == input.size() * 2);
  const std::string percent = vigie::crypto::PercentEncode(input);
  FUZZ_CHECK(OnlyFrom(percent, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%"));
  FUZZ_CHECK(percent.size() >= input.size() && percent.size() <= input.size() * 3);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = vigie::fuzz::AsText(data, size);
  CheckBase64(input);
  CheckBase32(input);
  CheckOtherEncoders(input);
  return 0;
}
