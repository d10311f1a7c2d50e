#pragma once
// QR codes as SVG (libqrencode computes the modules), for the authenticator-app
// enrolment page: people scan the otpauth:// link instead of typing the key.

#include <optional>
#include <string>
#include <string_view>

namespace vigie::web {

// An SVG image of `text` (error correction M, 4-module quiet zone), or nullopt when
// the text is too long for a QR code.
std::optional<std::string> QrCodeSvg(std::string_view text);

// "data:image/svg+xml,…" for an <img src> (allowed by the CSP's img-src data:).
std::string SvgDataUri(std::string_view svg);

}  // namespace vigie::web
