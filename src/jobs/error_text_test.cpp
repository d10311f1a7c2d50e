#include "jobs/error_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace vigie::jobs::detail {
namespace {

TEST(ErrorTextTest, KeepsOrdinaryTextAndUtf8) {
  EXPECT_EQ(ErrorText("SMTP délai dépassé (reply 421)"), "SMTP délai dépassé (reply 421)");
  EXPECT_EQ(ErrorText(""), "(no message)");
}

TEST(ErrorTextTest, ReplacesControlCharactersAndInvalidUtf8) {
  EXPECT_EQ(ErrorText(std::string("a\nb\r\tc\0d", 8)), "a b  c d");
  EXPECT_EQ(ErrorText("x\xff\xc3y"), "x??y");
  EXPECT_EQ(ErrorText("\xed\xa0\x80"), "???") << "surrogate";
  EXPECT_EQ(ErrorText("\xc0\xaf"), "??") << "overlong";
}

TEST(ErrorTextTest, CutsLongTextAtACharacterBoundary) {
  const std::string exact(kMaxErrorTextBytes, 'a');
  EXPECT_EQ(ErrorText(exact), exact);
  std::string long_text(kMaxErrorTextBytes - 4, 'a');
  long_text += "é";  // bytes 996-997 of a text that will be cut at 997
  long_text += std::string(50, 'b');
  const std::string out = ErrorText(long_text);
  EXPECT_LE(out.size(), kMaxErrorTextBytes);
  EXPECT_EQ(out, std::string(kMaxErrorTextBytes - 4, 'a') + "...");
}

}  // namespace
}  // namespace vigie::jobs::detail
