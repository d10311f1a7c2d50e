#include "core/error.hpp"

#include <gtest/gtest.h>

namespace vigie::core {
namespace {

TEST(LoggableError, DropsBoundValuesOfFailedStatements) {
  const std::string soci =
      "UNIQUE constraint failed: users.email while executing \"INSERT INTO users (email) VALUES (:e)\" "
      "with :e=\"alice@example.test\".";
  const std::string logged = LoggableError(soci);
  EXPECT_EQ(logged.find("alice"), std::string::npos);
  EXPECT_NE(logged.find("UNIQUE constraint failed: users.email"), std::string::npos);
}

TEST(LoggableError, KeepsOneShortLine) {
  EXPECT_EQ(LoggableError("first\nsecond"), "first");
  EXPECT_LE(LoggableError(std::string(1000, 'x')).size(), 310u);
  EXPECT_EQ(LoggableError("plain"), "plain");
}

TEST(ErrorCode, NamesEveryKind) {
  EXPECT_STREQ(ErrorCode(ErrorKind::kMalformed), "malformed");
  EXPECT_STREQ(ErrorCode(ErrorKind::kTooManyRequests), "too_many_requests");
}

}  // namespace
}  // namespace vigie::core
