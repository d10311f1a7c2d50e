#pragma once
// Shared by the fuzz targets: property checks that stop the process (libFuzzer then
// saves the input as a crash reproducer; the replay driver fails its ctest test).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

// Fuzz entry point, defined once per target (fuzz_<name>.cpp).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace vigie::fuzz {

// Prints what broke and aborts; never returns.
[[noreturn]] inline void Fail(const char* property, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: property violated: %s\n", file, line, property);
  std::abort();
}

inline std::string_view AsText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Splits off the first byte of the input (0 if empty) to choose options.
inline std::uint8_t TakeByte(std::string_view& input) {
  if (input.empty()) return 0;
  const auto byte = static_cast<std::uint8_t>(input.front());
  input.remove_prefix(1);
  return byte;
}

// Eight bytes, little-endian (fewer if the input is shorter).
inline std::int64_t TakeInt64(std::string_view& input) {
  std::uint64_t value = 0;
  for (int i = 0; i < 8 && !input.empty(); ++i) {
    value |= static_cast<std::uint64_t>(TakeByte(input)) << (8 * i);
  }
  return static_cast<std::int64_t>(value);
}

// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
inline bool IsValidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      cp = c & 0x07u;
    } else {
      return false;
    }
    if (n >= s.size() - i) return false;  // truncated sequence
    for (std::size_t k = 1; k <= n; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0u) != 0x80u) return false;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n + 1;
  }
  return true;
}

}  // namespace vigie::fuzz

#define FUZZ_CHECK(condition)                                      \
  do {                                                             \
    if (!(condition)) ::vigie::fuzz::Fail(#condition, __FILE__, __LINE__); \
  } while (false)
