// Codes people type at sign-in: crypto::VerifyTotp (6 digits from an authenticator
// app) and crypto::NormalizeRecoveryCode (one of the codes printed at enrolment).
// Input: the whole input is a typed recovery code; for TOTP, 8 bytes of time, 1 byte
// of window, then the typed code.
// Properties:
// - NormalizeRecoveryCode returns "xxxx-xxxx-xx" in the Crockford alphabet or nothing,
//   and is idempotent and case-blind on its own output;
// - VerifyTotp accepts a code only if, without blanks, it is 6 digits equal to the
//   code of the step it returns, which lies within the window around now and is not
//   negative; and it always accepts the current code (with or without a space).

#include <string>

#include "crypto/encoding.hpp"
#include "crypto/totp.hpp"
#include "fuzz_check.hpp"

namespace {

constexpr std::string_view kSecret = "12345678901234567890";  // RFC 6238's SHA-1 secret

void CheckRecoveryCode(std::string_view typed) {
  const auto code = vigie::crypto::NormalizeRecoveryCode(typed);
  if (!code) return;
  FUZZ_CHECK(code->size() == 12 && (*code)[4] == '-' && (*code)[9] == '-');
  for (std::size_t i = 0; i < code->size(); ++i) {
    if (i == 4 || i == 9) continue;
    FUZZ_CHECK(vigie::crypto::kCrockfordAlphabet.find((*code)[i]) != std::string_view::npos);
  }
  FUZZ_CHECK(vigie::crypto::NormalizeRecoveryCode(*code) == code);
  std::string upper = *code;
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  FUZZ_CHECK(vigie::crypto::NormalizeRecoveryCode(upper) == code);
}

void CheckTotp(std::int64_t now, int window, std::string_view typed) {
  using namespace vigie::crypto;
  if (const auto step = VerifyTotp(kSecret, typed, now, window)) {
    std::string digits;
    for (const char c : typed) {
      if (c != ' ' && c != '\t') digits += c;
    }
    const std::int64_t current = TotpStep(now);
    FUZZ_CHECK(*step >= 0 && *step >= current - window && *step <= current + window);
    FUZZ_CHECK(TotpCode(kSecret, *step * kTotpStepSeconds) == digits);
  }
  if (now >= 0) {
    const std::string code = TotpCode(kSecret, now);
    FUZZ_CHECK(VerifyTotp(kSecret, code, now, window) == TotpStep(now));
    FUZZ_CHECK(VerifyTotp(kSecret, code.substr(0, 3) + " " + code.substr(3), now, window) ==
               TotpStep(now));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = vigie::fuzz::AsText(data, size);
  CheckRecoveryCode(input);
  const std::int64_t now = vigie::fuzz::TakeInt64(input);
  const int window = vigie::fuzz::TakeByte(input) % (vigie::crypto::kMaxTotpWindowSteps + 1);
  CheckTotp(now, window, input);
  return 0;
}
