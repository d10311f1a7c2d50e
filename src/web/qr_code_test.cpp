#include "web/qr_code.hpp"

#include <gtest/gtest.h>

namespace vigie::web {
namespace {

TEST(QrCode, EncodesAnOtpauthUriAsSvg) {
  auto svg = QrCodeSvg("otpauth://totp/Vigie:a%40b.test?secret=JBSWY3DPEHPK3PXP&issuer=Vigie");
  ASSERT_TRUE(svg);
  EXPECT_TRUE(svg->starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "));
  EXPECT_NE(svg->find("h1v1h-1z"), std::string::npos);
  // Finder pattern: the top-left module after the 4-module quiet zone is dark.
  EXPECT_NE(svg->find("M4 4h1v1h-1z"), std::string::npos);
}

TEST(QrCode, RefusesTextTooLongForAQrCode) { EXPECT_FALSE(QrCodeSvg(std::string(5000, 'x'))); }

TEST(QrCode, DataUriIsPercentEncoded) {
  const auto uri = SvgDataUri("<svg a=\"1\"/>");
  EXPECT_EQ(uri, "data:image/svg+xml,%3Csvg%20a%3D%221%22%2F%3E");
}

}  // namespace
}  // namespace vigie::web
