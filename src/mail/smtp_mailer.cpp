#include "mail/smtp_mailer.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <tuple>
#include <utility>

#include "mail/mime.hpp"

namespace vigie::mail {
namespace {

struct EasyDeleter {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
struct UrlDeleter {
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
struct CurlString {
  char* text = nullptr;
  ~CurlString() { curl_free(text); }
};

void InitializeCurlOnce() {
  // curl_global_init is not thread-safe in every libcurl build; a function-local static
  // runs it exactly once. curl_global_cleanup is never called: the process keeps it.
  static const CURLcode result = curl_global_init(CURL_GLOBAL_DEFAULT);
  if (result != CURLE_OK) throw std::runtime_error("libcurl initialisation failed");
}

// The message being uploaded as SMTP DATA.
struct Upload {
  std::string_view data;
  std::size_t offset = 0;
};

std::size_t ReadUpload(char* buffer, std::size_t size, std::size_t count, void* user_data) {
  auto* upload = static_cast<Upload*>(user_data);
  const std::size_t length = std::min(size * count, upload->data.size() - upload->offset);
  std::memcpy(buffer, upload->data.data() + upload->offset, length);
  upload->offset += length;
  return length;
}

template <typename Value>
void SetOption(CURL* handle, CURLoption option, Value value) {
  if (curl_easy_setopt(handle, option, value) != CURLE_OK) {
    throw MailError("SMTP: libcurl refused an option (libcurl too old?)", true);
  }
}

// Splits settings.url into the URL libcurl gets (HELO domain as path) and "host:port".
std::pair<std::string, std::string> ParseUrl(const SmtpSettings& settings) {
  std::unique_ptr<CURLU, UrlDeleter> url(curl_url());
  if (!url) throw std::runtime_error("libcurl could not allocate a URL");
  if (curl_url_set(url.get(), CURLUPART_URL, settings.url.c_str(), 0) != CURLUE_OK) {
    throw std::invalid_argument("SMTP URL is malformed");
  }
  CurlString scheme, path, host, port;
  curl_url_get(url.get(), CURLUPART_SCHEME, &scheme.text, 0);
  if (scheme.text == nullptr ||
      (std::strcmp(scheme.text, "smtp") != 0 && std::strcmp(scheme.text, "smtps") != 0)) {
    throw std::invalid_argument("SMTP URL must start with smtp:// or smtps://");
  }
  curl_url_get(url.get(), CURLUPART_PATH, &path.text, 0);
  if (path.text != nullptr && std::strcmp(path.text, "/") != 0 && path.text[0] != '\0') {
    throw std::invalid_argument("SMTP URL must not have a path (use helo_domain)");
  }
  const std::string helo_path = "/" + settings.helo_domain;
  char* full = nullptr;
  if (curl_url_set(url.get(), CURLUPART_PATH, helo_path.c_str(), 0) != CURLUE_OK ||
      curl_url_get(url.get(), CURLUPART_URL, &full, 0) != CURLUE_OK) {
    throw std::invalid_argument("SMTP URL is malformed");
  }
  CurlString full_url{full};
  curl_url_get(url.get(), CURLUPART_HOST, &host.text, 0);
  curl_url_get(url.get(), CURLUPART_PORT, &port.text, CURLU_DEFAULT_PORT);
  std::string server = host.text != nullptr ? host.text : "?";
  if (port.text != nullptr) server += std::string(":") + port.text;
  return {full_url.text, server};
}

}  // namespace

SmtpMailer::SmtpMailer(SmtpSettings settings, const core::Clock& clock)
    : settings_(std::move(settings)), clock_(clock) {
  InitializeCurlOnce();
  if (!IsValidMailAddress("x@" + settings_.helo_domain)) {
    throw std::invalid_argument("SMTP HELO domain is not a valid domain name");
  }
  if (!IsValidMailAddress("x@" + settings_.message_id_domain)) {
    throw std::invalid_argument("Message-ID domain is not a valid domain name");
  }
  if (settings_.timeout_seconds <= 0) throw std::invalid_argument("SMTP timeout must be positive");
  std::tie(url_, server_) = ParseUrl(settings_);
}

void SmtpMailer::Send(const MailMessage& message) {
  const std::string payload =
      RenderMessage(message, clock_.Now(), NewMessageId(settings_.message_id_domain));
  if (!message.envelope_from.empty() && !IsValidMailAddress(message.envelope_from)) {
    throw std::invalid_argument("envelope sender is not a valid address");
  }
  const std::string from =
      "<" + (message.envelope_from.empty() ? message.from_address : message.envelope_from) + ">";
  const std::string to = "<" + message.to_address + ">";

  std::unique_ptr<CURL, EasyDeleter> easy(curl_easy_init());
  std::unique_ptr<curl_slist, SlistDeleter> recipients(curl_slist_append(nullptr, to.c_str()));
  if (!easy || !recipients) throw MailError("SMTP: libcurl could not allocate a handle", true);
  CURL* handle = easy.get();
  Upload upload{payload};
  char detail[CURL_ERROR_SIZE] = {};

  SetOption(handle, CURLOPT_ERRORBUFFER, detail);
  SetOption(handle, CURLOPT_URL, url_.c_str());
  SetOption(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  SetOption(handle, CURLOPT_NOSIGNAL, 1L);
  SetOption(handle, CURLOPT_CONNECTTIMEOUT, settings_.timeout_seconds);
  SetOption(handle, CURLOPT_TIMEOUT, settings_.timeout_seconds);
  SetOption(handle, CURLOPT_USE_SSL,
            static_cast<long>(settings_.require_starttls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
  SetOption(handle, CURLOPT_SSL_VERIFYPEER, settings_.verify_tls ? 1L : 0L);
  SetOption(handle, CURLOPT_SSL_VERIFYHOST, settings_.verify_tls ? 2L : 0L);
  if (!settings_.username.empty()) {
    SetOption(handle, CURLOPT_USERNAME, settings_.username.c_str());
    SetOption(handle, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  SetOption(handle, CURLOPT_MAIL_FROM, from.c_str());
  SetOption(handle, CURLOPT_MAIL_RCPT, recipients.get());
  SetOption(handle, CURLOPT_UPLOAD, 1L);
  SetOption(handle, CURLOPT_READFUNCTION, &ReadUpload);
  SetOption(handle, CURLOPT_READDATA, &upload);
  SetOption(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(payload.size()));

  const CURLcode result = curl_easy_perform(handle);
  if (result == CURLE_OK) return;

  long reply = 0;
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
  // libcurl's SMTP messages carry reply codes only, but never risk logging an address.
  const bool usable_detail = detail[0] != '\0' && std::strchr(detail, '@') == nullptr;
  std::string text = "SMTP delivery via " + server_ + " failed (curl " +
                     std::to_string(static_cast<int>(result)) + ", reply " +
                     std::to_string(reply) + "): " +
                     (usable_detail ? detail : curl_easy_strerror(result));
  const bool permanent = reply >= 500 && reply <= 599;
  // Every byte read and no reply code to DATA's end: the server may have queued it.
  const bool handed_over = upload.offset >= payload.size() && !permanent && (reply < 400 || reply > 499);
  throw MailError(text, !permanent, handed_over);
}

}  // namespace vigie::mail
