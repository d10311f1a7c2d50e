#include "crypto/encoding.hpp"

#include <gtest/gtest.h>

#include <string>

namespace vigie::crypto {
namespace {

using namespace std::string_literals;

TEST(Base32, EncodesRfc4648VectorsWithoutPadding) {
  EXPECT_EQ(Base32Encode(""), "");
  EXPECT_EQ(Base32Encode("f"), "MY");
  EXPECT_EQ(Base32Encode("fo"), "MZXQ");
  EXPECT_EQ(Base32Encode("foo"), "MZXW6");
  EXPECT_EQ(Base32Encode("foob"), "MZXW6YQ");
  EXPECT_EQ(Base32Encode("fooba"), "MZXW6YTB");
  EXPECT_EQ(Base32Encode("foobar"), "MZXW6YTBOI");
  EXPECT_EQ(Base32Encode("12345678901234567890"), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

TEST(Base32, DecodesRfc4648VectorsWithAndWithoutPadding) {
  EXPECT_EQ(Base32Decode(""), "");
  EXPECT_EQ(Base32Decode("MY======"), "f");
  EXPECT_EQ(Base32Decode("MZXQ===="), "fo");
  EXPECT_EQ(Base32Decode("MZXW6==="), "foo");
  EXPECT_EQ(Base32Decode("MZXW6YQ="), "foob");
  EXPECT_EQ(Base32Decode("MZXW6YTB"), "fooba");
  EXPECT_EQ(Base32Decode("MZXW6YTBOI======"), "foobar");
  EXPECT_EQ(Base32Decode("MZXW6YTBOI"), "foobar");
}

TEST(Base32, DecodeToleratesLowercaseAndSpaces) {
  EXPECT_EQ(Base32Decode("mzxw 6ytb oi"), "foobar");
  EXPECT_EQ(Base32Decode(" gezd gnbv gy3t qojq\tgezd gnbv gy3t qojq\n"),
            "12345678901234567890");
}

TEST(Base32, DecodeRefusesForeignCharactersAndImpossibleLengths) {
  EXPECT_EQ(Base32Decode("MZXW1"), std::nullopt);   // '1' is not in the alphabet
  EXPECT_EQ(Base32Decode("MZ=XW"), std::nullopt);   // padding inside
  EXPECT_EQ(Base32Decode("M"), std::nullopt);       // 1 symbol: 5 bits, no byte
  EXPECT_EQ(Base32Decode("MZX"), std::nullopt);     // 3 symbols
  EXPECT_EQ(Base32Decode("MZXW6Y"), std::nullopt);  // 6 symbols
}

TEST(Base32, RoundTripsAllByteValues) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  for (std::size_t n = 0; n <= bytes.size(); n += 17) {
    EXPECT_EQ(Base32Decode(Base32Encode(bytes.substr(0, n))), bytes.substr(0, n));
  }
}

TEST(Base64Url, EncodesRfc4648VectorsWithUrlAlphabetAndNoPadding) {
  EXPECT_EQ(Base64UrlEncode(""), "");
  EXPECT_EQ(Base64UrlEncode("f"), "Zg");
  EXPECT_EQ(Base64UrlEncode("fo"), "Zm8");
  EXPECT_EQ(Base64UrlEncode("foo"), "Zm9v");
  EXPECT_EQ(Base64UrlEncode("foob"), "Zm9vYg");
  EXPECT_EQ(Base64UrlEncode("fooba"), "Zm9vYmE");
  EXPECT_EQ(Base64UrlEncode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(Base64UrlEncode("\xfb\xff\xbf"s), "-_-_");  // standard base64: "+/+/"
}

TEST(Base64Url, DecodesAndRoundTrips) {
  EXPECT_EQ(Base64UrlDecode(""), "");
  EXPECT_EQ(Base64UrlDecode("Zm9vYmE"), "fooba");
  EXPECT_EQ(Base64UrlDecode("-_-_"), "\xfb\xff\xbf"s);
  const std::string bytes = "\0\x01\x7f\x80\xfe\xff payload"s;
  EXPECT_EQ(Base64UrlDecode(Base64UrlEncode(bytes)), bytes);
}

TEST(Base64Url, DecodeIsStrict) {
  EXPECT_EQ(Base64UrlDecode("Zm8="), std::nullopt);   // padding
  EXPECT_EQ(Base64UrlDecode("+/+/"), std::nullopt);   // standard alphabet
  EXPECT_EQ(Base64UrlDecode("Zm 9v"), std::nullopt);  // whitespace
  EXPECT_EQ(Base64UrlDecode("Z"), std::nullopt);      // 6 bits cannot make a byte
  EXPECT_EQ(Base64UrlDecode("Zh"), std::nullopt);     // non-zero unused bits ("Zg" is 'f')
  EXPECT_EQ(Base64UrlDecode("Zm9v."), std::nullopt);
}

// fuzz/corpus/signed_token/high_byte_for_underscore: libsodium 1.0.18 decoded any byte
// >= 0x80 as '_', so a signed token stayed valid with its '_' replaced by such a byte.
TEST(Base64Url, DecodeRefusesBytesOutsideAscii) {
  EXPECT_EQ(Base64UrlDecode("_w"), "\xff"s);
  for (int c = 0x80; c <= 0xff; ++c) {
    const std::string text = std::string(1, static_cast<char>(c)) + "w";
    EXPECT_EQ(Base64UrlDecode(text), std::nullopt) << c;
  }
  EXPECT_EQ(Base64UrlDecode("Zm9v\xdf"s), std::nullopt);
}

TEST(Crockford, EncodesMostSignificantBitsFirst) {
  EXPECT_EQ(CrockfordBase32Encode(""), "");
  EXPECT_EQ(CrockfordBase32Encode("\xff"s), "zw");  // 11111 111(00)
  EXPECT_EQ(CrockfordBase32Encode("\x00\x00"s), "0000");
  EXPECT_EQ(CrockfordBase32Encode(std::string(16, '\xff')).size(), 26u);
}

TEST(Hex, EncodesLowercase) {
  EXPECT_EQ(HexEncode(""), "");
  EXPECT_EQ(HexEncode("\x00\xff\x10\xab"s), "00ff10ab");
}

TEST(PercentEncode, KeepsOnlyUnreservedCharacters) {
  EXPECT_EQ(PercentEncode("AZaz09-._~"), "AZaz09-._~");
  EXPECT_EQ(PercentEncode("a b:c@d/e?f&g=h+i%"), "a%20b%3Ac%40d%2Fe%3Ff%26g%3Dh%2Bi%25");
  EXPECT_EQ(PercentEncode("Élan"), "%C3%89lan");
}

}  // namespace
}  // namespace vigie::crypto
