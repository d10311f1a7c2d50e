#include "jobs/retry_policy.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace vigie::jobs {
namespace {

TEST(RetryPolicyTest, DoublesFromThirtySecondsUpToOneHour) {
  EXPECT_EQ(RetryDelay(1), 30);
  EXPECT_EQ(RetryDelay(2), 60);
  EXPECT_EQ(RetryDelay(3), 120);
  EXPECT_EQ(RetryDelay(7), 1920);
  EXPECT_EQ(RetryDelay(8), 3600) << "3840 s is capped";
  EXPECT_EQ(RetryDelay(9), 3600);
}

TEST(RetryPolicyTest, OutOfRangeAttemptsAreClamped) {
  EXPECT_EQ(RetryDelay(0), 30);
  EXPECT_EQ(RetryDelay(-5), 30);
  EXPECT_EQ(RetryDelay(1'000'000'000'000LL), 3600) << "no overflow";
}

TEST(RetryPolicyTest, NextRunAtWithoutJitterAddsTheDelay) {
  EXPECT_EQ(NextRunAt(1000, 1), 1030);
  EXPECT_EQ(NextRunAt(1000, 4), 1240);
  EXPECT_EQ(NextRunAt(1000, 50), 4600);
}

TEST(RetryPolicyTest, JitterStaysWithinAQuarterOfTheDelayAndIsDeterministic) {
  std::set<long long> distinct;
  for (int i = 0; i < 500; ++i) {
    const std::string id = "job-" + std::to_string(i);
    for (long long attempts : {1LL, 2LL, 5LL, 8LL, 20LL}) {
      const long long d = RetryDelay(attempts);
      const long long at = NextRunAt(1000, attempts, id);
      EXPECT_LE(at, 1000 + d);
      EXPECT_GE(at, 1000 + d - d / 4);
      EXPECT_EQ(at, NextRunAt(1000, attempts, id)) << "same id, same answer";
    }
    distinct.insert(NextRunAt(0, 8, id));
  }
  EXPECT_GT(distinct.size(), 100u) << "ids spread over the jitter window";
}

}  // namespace
}  // namespace vigie::jobs
