#include "crypto/random.hpp"

#include <gtest/gtest.h>

#include <set>
#include <thread>
#include <vector>

#include "crypto/encoding.hpp"

namespace vigie::crypto {
namespace {

TEST(Random, EnsureInitializedIsIdempotentAcrossThreads) {
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) threads.emplace_back([] { EnsureInitialized(); });
  for (std::thread& t : threads) t.join();
  EXPECT_NO_THROW(EnsureInitialized());
}

TEST(Random, RandomBytesHasRequestedLengthAndVaries) {
  EXPECT_EQ(RandomBytes(0), "");
  EXPECT_EQ(RandomBytes(1).size(), 1u);
  const std::string a = RandomBytes(32);
  const std::string b = RandomBytes(32);
  EXPECT_EQ(a.size(), 32u);
  EXPECT_NE(a, b);
}

TEST(Random, NewIdIs26CrockfordCharactersAndUnique) {
  std::set<std::string> ids;
  for (int i = 0; i < 10000; ++i) {
    const std::string id = NewId();
    ASSERT_EQ(id.size(), kIdLength);
    ASSERT_EQ(id.find_first_not_of(kCrockfordAlphabet), std::string::npos) << id;
    ids.insert(id);
  }
  EXPECT_EQ(ids.size(), 10000u);
}

TEST(Random, NewIdUsesTheWholeAlphabet) {
  std::set<char> seen;
  for (int i = 0; i < 200; ++i) {
    for (const char c : NewId()) seen.insert(c);
  }
  EXPECT_EQ(seen.size(), kCrockfordAlphabet.size());
}

TEST(Random, NewTokenIs43Base64UrlCharactersOf32Bytes) {
  std::set<std::string> tokens;
  for (int i = 0; i < 1000; ++i) {
    const std::string token = NewToken();
    ASSERT_EQ(token.size(), kTokenLength);
    ASSERT_EQ(token.find_first_not_of(
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos)
        << token;
    const std::optional<std::string> raw = Base64UrlDecode(token);
    ASSERT_TRUE(raw.has_value());
    EXPECT_EQ(raw->size(), 32u);
    tokens.insert(token);
  }
  EXPECT_EQ(tokens.size(), 1000u);
}

}  // namespace
}  // namespace vigie::crypto
