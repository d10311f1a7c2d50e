#pragma once
// An outgoing e-mail and its rendering as an RFC 5322 message ready for SMTP DATA.

#include <string>
#include <utility>
#include <vector>
#include <string_view>

#include "core/clock.hpp"

namespace vigie::mail {

// Names, subject and bodies are UTF-8; addresses are plain ASCII addr-specs
// (IsValidMailAddress in mime.hpp). Names may be empty.
struct MailMessage {
  std::string from_address;
  std::string from_name;
  std::string to_address;
  std::string to_name;
  std::string subject;
  std::string text_body;
  std::string html_body;  // optional: empty = text only
  // Extra header fields written after Subject, e.g. the header a mail filter
  // allow-lists simulations on. Names must be "X-" followed by letters, digits and
  // hyphens; values are header text (non-ASCII becomes RFC 2047 encoded-words).
  std::vector<std::pair<std::string, std::string>> extra_headers = {};
  std::string reply_to = {};  // optional Reply-To address
  // SMTP MAIL FROM (where bounces go); empty = from_address. Not a header.
  std::string envelope_from = {};
};

// The full message with CRLF line endings: Date (UTC), Message-ID "<message_id>", From,
// To, Subject, MIME-Version, then either one text/plain part or a multipart/alternative
// with text/plain then text/html. Bodies are quoted-printable UTF-8. Display names are
// written as atoms, as a quoted string, or as RFC 2047 encoded-words when they hold
// non-ASCII or look like encoded-words; the subject likewise. The multipart boundary
// is derived from `message_id`, so the output is a pure function of its arguments.
//
// Throws std::invalid_argument (whose message names the field, never its value) when
// an address is invalid, a name or the subject contains CR or LF (header injection), a
// text field is not UTF-8, or `message_id` does not have the form of an address.
std::string RenderMessage(const MailMessage& message, core::UnixSeconds date,
                          std::string_view message_id);

// "<32 random hex digits>@domain", without angle brackets, for RenderMessage.
// Thread-safe. Throws std::invalid_argument if `domain` is not a valid domain name.
std::string NewMessageId(std::string_view domain);

}  // namespace vigie::mail
