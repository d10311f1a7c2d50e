#pragma once
// Internal: turns an exception message into a safe jobs.last_error value.

#include <cstddef>
#include <string>
#include <string_view>

namespace vigie::jobs::detail {

inline constexpr std::size_t kMaxErrorTextBytes = 1000;

// `raw` made storable in a TEXT column on both backends and printable in one log line:
// invalid UTF-8 bytes become '?', control characters (NUL, CR, LF, tab...) a space,
// and text longer than kMaxErrorTextBytes is cut at a character boundary and ends
// with "...". An empty result becomes "(no message)". Pure, thread-safe.
std::string ErrorText(std::string_view raw);

}  // namespace vigie::jobs::detail
