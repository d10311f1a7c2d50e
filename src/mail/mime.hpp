#pragma once
// Building blocks of RenderMessage (message.hpp), exposed so they can be tested one by
// one. Everything here is pure and thread-safe. Text inputs are UTF-8; output lines end
// with CRLF and stay within 76 characters unless a single token is longer.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/utf8.hpp"

namespace vigie::mail {

// Longest line we write (RFC 2045 section 6.7 for quoted-printable, RFC 2047 section 2
// for header lines holding encoded-words), CRLF excluded.
inline constexpr std::size_t kMaxLineLength = 76;

// RFC 5322 date-time, always in UTC: "Sun, 29 Nov 2026 13:05:00 +0000".
std::string FormatMailDate(core::UnixSeconds time);

using core::IsValidUtf8;  // core/utf8.hpp

// A plain ASCII addr-spec "local@domain": dot-atom local part (at most 64 characters),
// domain of letters, digits and hyphens in dot-separated labels, 254 characters in all.
// Rejects quoted local parts, IP literals, spaces, angle brackets, CR and LF.
bool IsValidMailAddress(std::string_view address);

// Quoted-printable (RFC 2045 section 6.7). "\n" and "\r\n" become CRLF line breaks; a
// lone "\r", "=", trailing spaces, non-ASCII bytes and a dot starting a line are
// escaped; long lines get soft breaks so that no line exceeds kMaxLineLength.
std::string EncodeQuotedPrintable(std::string_view text);

// RFC 2047 "Q" encoded-words ("=?UTF-8?Q?...?=") for `text`, split between characters
// so that each word is at most kMaxEncodedWordLength long. Uses only the characters
// allowed in a display name (section 5 rule 3), so the words fit Subject, From and To.
// Empty text gives no word. Throws std::invalid_argument if `text` is not UTF-8.
inline constexpr std::size_t kMaxEncodedWordLength =
    kMaxLineLength - std::string_view("Subject: ").size();  // 67, RFC 2047 allows 75
std::vector<std::string> EncodeWords(std::string_view text);

// "Name: token token...\r\n", folding (CRLF + space) between tokens so that lines stay
// within kMaxLineLength where the tokens allow it. Never folds before an empty token,
// so unfolding gives back the tokens joined by single spaces.
std::string FoldHeader(std::string_view name, const std::vector<std::string>& tokens);

}  // namespace vigie::mail
