#include "core/markup.hpp"

#include <gtest/gtest.h>

namespace vigie::core {
namespace {

TEST(EscapeMarkup, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(EscapeMarkup("<a href=\"x\">L'été & co</a>"), "&lt;a href=&quot;x&quot;&gt;L&#39;été &amp; co&lt;/a&gt;");
  EXPECT_EQ(EscapeMarkup("plain"), "plain");
}

}  // namespace
}  // namespace vigie::core
