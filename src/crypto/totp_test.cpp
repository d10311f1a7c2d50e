#include "crypto/totp.hpp"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>

#include "crypto/encoding.hpp"

namespace vigie::crypto {
namespace {

constexpr std::string_view kRfcSecret = "12345678901234567890";  // RFC 6238 App. B, SHA1

struct RfcVector {
  std::int64_t time;
  const char* code;
};

constexpr RfcVector kRfc6238Sha1[] = {
    {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
    {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"},
};

TEST(Totp, MatchesRfc6238Sha1VectorsWith8Digits) {
  for (const RfcVector& v : kRfc6238Sha1) {
    EXPECT_EQ(TotpCode(kRfcSecret, v.time, 8), v.code) << "t=" << v.time;
  }
}

TEST(Totp, SixDigitCodeIsTheLastSixDigitsOfTheRfcVector) {
  for (const RfcVector& v : kRfc6238Sha1) {
    EXPECT_EQ(TotpCode(kRfcSecret, v.time), std::string(v.code).substr(2)) << "t=" << v.time;
  }
  EXPECT_EQ(TotpCode(kRfcSecret, 1111111109), "081804");  // keeps its leading zero
}

TEST(Totp, StepIsFloorOfTimeOver30) {
  EXPECT_EQ(TotpStep(0), 0);
  EXPECT_EQ(TotpStep(29), 0);
  EXPECT_EQ(TotpStep(30), 1);
  EXPECT_EQ(TotpStep(59), 1);
  EXPECT_EQ(TotpStep(-1), -1);
  EXPECT_EQ(TotpCode(kRfcSecret, 30), TotpCode(kRfcSecret, 59));
}

TEST(Totp, VerifyReturnsTheMatchedStepWithinTheWindow) {
  const std::int64_t t = 1111111111;  // step 37037037, code 050471
  EXPECT_EQ(VerifyTotp(kRfcSecret, "050471", t), 37037037);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "050471", t + 30), 37037037);  // one step late
  EXPECT_EQ(VerifyTotp(kRfcSecret, "050471", t - 30), 37037037);  // one step early
  EXPECT_EQ(VerifyTotp(kRfcSecret, "050471", t + 60), std::nullopt);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "050471", t + 60, 2), 37037037);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "050471", t + 30, 0), std::nullopt);
}

TEST(Totp, VerifyAcceptsSpacesAndRefusesMalformedCodes) {
  const std::int64_t t = 1111111111;
  EXPECT_EQ(VerifyTotp(kRfcSecret, "050 471", t), 37037037);
  EXPECT_EQ(VerifyTotp(kRfcSecret, " 05 04 71\t", t), 37037037);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "050472", t), std::nullopt);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "50471", t), std::nullopt);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "0050471", t), std::nullopt);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "14050471", t), std::nullopt);  // the 8-digit form
  EXPECT_EQ(VerifyTotp(kRfcSecret, "050-471", t), std::nullopt);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "", t), std::nullopt);
}

TEST(Totp, VerifyRoundTripsWithAFreshSecret) {
  const std::string secret = NewTotpSecret();
  EXPECT_EQ(secret.size(), 20u);
  const std::int64_t t = 1780000000;
  EXPECT_EQ(VerifyTotp(secret, TotpCode(secret, t), t), TotpStep(t));
}

TEST(Totp, RefusesShortSecretsAndBadArguments) {
  EXPECT_THROW(TotpCode("", 59), std::invalid_argument);
  EXPECT_THROW(TotpCode("short", 59), std::invalid_argument);
  EXPECT_THROW(VerifyTotp("", "123456", 59), std::invalid_argument);
  EXPECT_THROW(TotpCode(kRfcSecret, -1), std::invalid_argument);
  EXPECT_THROW(TotpCode(kRfcSecret, 59, 5), std::invalid_argument);
  EXPECT_THROW(TotpCode(kRfcSecret, 59, 9), std::invalid_argument);
  EXPECT_THROW(VerifyTotp(kRfcSecret, "123456", 59, -1), std::invalid_argument);
  EXPECT_THROW(VerifyTotp(kRfcSecret, "123456", 59, 11), std::invalid_argument);
}

TEST(Totp, UriIsPercentEncodedWithBase32Secret) {
  EXPECT_EQ(TotpUri("Vigie", "marie.dupont@ehpad-exemple.fr", kRfcSecret),
            "otpauth://totp/Vigie:marie.dupont%40ehpad-exemple.fr"
            "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Vigie"
            "&algorithm=SHA1&digits=6&period=30");
  EXPECT_EQ(TotpUri("Vigie Éduc", "a b:c", kRfcSecret),
            "otpauth://totp/Vigie%20%C3%89duc:a%20b%3Ac"
            "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Vigie%20%C3%89duc"
            "&algorithm=SHA1&digits=6&period=30");
}

TEST(RecoveryCodes, AreDistinctAndFormattedFromTheCrockfordAlphabet) {
  const std::vector<std::string> codes = NewRecoveryCodes();
  ASSERT_EQ(codes.size(), 10u);
  std::set<std::string> distinct;
  for (const std::string& code : codes) {
    ASSERT_EQ(code.size(), 12u) << code;
    EXPECT_EQ(code[4], '-');
    EXPECT_EQ(code[9], '-');
    std::string symbols = code.substr(0, 4) + code.substr(5, 4) + code.substr(10);
    EXPECT_EQ(symbols.find_first_not_of(kCrockfordAlphabet), std::string::npos) << code;
    EXPECT_EQ(NormalizeRecoveryCode(code), code);
    distinct.insert(code);
  }
  EXPECT_EQ(distinct.size(), codes.size());
  EXPECT_NE(NewRecoveryCodes(1), NewRecoveryCodes(1));
  EXPECT_TRUE(NewRecoveryCodes(0).empty());
  EXPECT_EQ(NewRecoveryCodes(3).size(), 3u);
  EXPECT_THROW(NewRecoveryCodes(-1), std::invalid_argument);
}

TEST(RecoveryCodes, NormalizeAcceptsHowPeopleRetypeThem) {
  EXPECT_EQ(NormalizeRecoveryCode("ab12-cd34-ef"), "ab12-cd34-ef");
  EXPECT_EQ(NormalizeRecoveryCode("AB12 CD34 EF"), "ab12-cd34-ef");
  EXPECT_EQ(NormalizeRecoveryCode("ab12cd34ef"), "ab12-cd34-ef");
  EXPECT_EQ(NormalizeRecoveryCode("Oi1L-0000-00"), "0111-0000-00");
  EXPECT_EQ(NormalizeRecoveryCode("ab12-cd34-e"), std::nullopt);     // too short
  EXPECT_EQ(NormalizeRecoveryCode("ab12-cd34-efg"), std::nullopt);   // too long
  EXPECT_EQ(NormalizeRecoveryCode("ab12-cd34-eu"), std::nullopt);    // 'u' not in alphabet
  EXPECT_EQ(NormalizeRecoveryCode("ab12-cd34-e!"), std::nullopt);
}

}  // namespace
}  // namespace vigie::crypto
