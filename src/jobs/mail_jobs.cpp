#include "jobs/mail_jobs.hpp"

#include <spdlog/spdlog.h>

#include <cctype>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "crypto/random.hpp"
#include "jobs/error_text.hpp"
#include "jobs/queue.hpp"
#include "mail/mime.hpp"
#include "storage/job_repository.hpp"

namespace vigie::jobs {
namespace {

// A syntactically valid sender used only to check, at queue time, that the rest of the
// message renders.
constexpr const char* kValidationSender = "outbox-check@vigie.invalid";

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// `text` as a storable error, with every occurrence of `address` replaced: the mailers
// promise not to echo addresses, this makes sure a server reply cannot leak one either.
std::string MaskedError(std::string_view text, std::string_view address) {
  std::string masked;
  for (std::size_t i = 0; i < text.size();) {
    if (!address.empty() && i + address.size() <= text.size() &&
        EqualsIgnoringAsciiCase(text.substr(i, address.size()), address)) {
      masked += "<recipient>";
      i += address.size();
    } else {
      masked += text[i++];
    }
  }
  return detail::ErrorText(masked);
}

class MailSendHandler {
 public:
  MailSendHandler(storage::Database& db, mail::Mailer& mailer, const core::Clock& clock,
                  MailSender sender)
      : db_(db), mailer_(mailer), clock_(clock), sender_(std::move(sender)) {}

  void operator()(const storage::JobRecord& job) const {
    const std::string& id = job.payload;
    std::optional<storage::OutboxRecord> row;
    db_.Run([&](storage::Session& s) { row = storage::FindOutbox(s, id); });
    if (!row) throw PermanentError("outbox row " + id + " not found");
    if (row->status == "sent") {
      spdlog::info("mail already sent, nothing to do: job={} outbox={}", job.id, id);
      return;
    }
    if (row->status == "failed") throw PermanentError("outbox row " + id + " already failed");

    const mail::MailMessage message{sender_.from_address, sender_.from_name, row->to_address,
                                    row->to_name,         row->subject,      row->text_body,
                                    row->html_body};
    try {
      mailer_.Send(message);
    } catch (const mail::MailError& e) {
      RecordFailure(job, *row, e.what(), !e.retryable());
    } catch (const std::invalid_argument& e) {
      RecordFailure(job, *row, std::string("message cannot be rendered: ") + e.what(), true);
    } catch (const std::exception& e) {
      RecordFailure(job, *row, e.what(), false);
    }
    // The remaining duplicate window (see the header) is between Send and this commit.
    db_.Run([&](storage::Session& s) { storage::MarkOutboxSent(s, id, clock_.Now()); });
  }

 private:
  // Counts the attempt on the row and throws the job outcome.
  [[noreturn]] void RecordFailure(const storage::JobRecord& job, const storage::OutboxRecord& row,
                                  std::string_view what, bool permanent) const {
    const std::string error = MaskedError(what, row.to_address);
    const bool last = permanent || job.attempts >= job.max_attempts;
    db_.Run([&](storage::Session& s) { storage::MarkOutboxAttempt(s, row.id, error, last); });
    if (permanent) throw PermanentError(error);
    throw RetryableError(error);
  }

  storage::Database& db_;
  mail::Mailer& mailer_;
  const core::Clock& clock_;
  const MailSender sender_;
};

}  // namespace

std::string QueueMail(storage::Session& s, const core::Clock& clock,
                      const mail::MailMessage& message) {
  mail::MailMessage check = message;
  check.from_address = kValidationSender;
  check.from_name.clear();
  static_cast<void>(mail::RenderMessage(check, clock.Now(), kValidationSender));

  storage::OutboxRecord row;
  row.id = crypto::NewId();
  row.to_address = message.to_address;
  row.to_name = message.to_name;
  row.subject = message.subject;
  row.text_body = message.text_body;
  row.html_body = message.html_body;
  row.created_at = clock.Now();
  storage::InsertOutbox(s, row);

  EnqueueOptions options;
  options.idempotency_key = "mail:" + row.id;
  JobQueue::EnqueueIn(s, clock, kMailSendKind, row.id, options);
  return row.id;
}

void RegisterMailHandler(Worker& worker, storage::Database& db, mail::Mailer& mailer,
                         const core::Clock& clock, MailSender sender) {
  if (!mail::IsValidMailAddress(sender.from_address)) {
    throw std::invalid_argument("mail sender from_address is not a valid address");
  }
  // Also rejects a from_name that cannot be rendered (line break, invalid UTF-8).
  static_cast<void>(mail::RenderMessage(
      {sender.from_address, sender.from_name, sender.from_address, "", "check", "check", ""}, 0,
      kValidationSender));
  worker.Register(kMailSendKind, MailSendHandler(db, mailer, clock, std::move(sender)));
}

}  // namespace vigie::jobs
