#pragma once
// The mail outbox: mail is queued in the database with the change that causes it, and
// sent by a job of kind "mail.send" whose payload is the outbox row's id.
//
// Delivery is at least once, and the handler is idempotent where it can be: a row
// already marked 'sent' is never sent again. The window that remains is between the
// SMTP server accepting the message and the 'sent' mark committing: if the process
// dies there, the database fails that one UPDATE, or the send outlives the worker's
// visibility timeout (another worker may then claim the job and send concurrently —
// keep the SMTP timeout below the visibility timeout), the recipient gets the message
// twice. SMTP offers no way to close that window; a duplicate is preferred to a loss.
//
// Outbox row states: queued -> sent, or queued -> failed (permanent rejection, invalid
// message, or retryable failures until the job's last attempt). last_error never holds
// the recipient's address (the mailer's texts do not; the handler also masks it).
// A row whose job was abandoned by a worker that died during the last attempt stays
// 'queued' while its job is 'failed' (worker.hpp); requeueing it is an operator's call.

#include <string>

#include "core/clock.hpp"
#include "jobs/worker.hpp"
#include "mail/mailer.hpp"
#include "mail/message.hpp"
#include "storage/database.hpp"

namespace vigie::jobs {

inline constexpr const char* kMailSendKind = "mail.send";

// The envelope and From header of every queued message (not stored per row).
struct MailSender {
  std::string from_address;
  std::string from_name;
};

// Inserts an outbox row for `message` (its from_* fields are ignored) and enqueues a
// "mail.send" job, idempotency key "mail:" + row id, both in the caller's transaction
// `s`. Returns the row id. Throws std::invalid_argument, before writing anything, when
// the message could not be rendered (invalid recipient address, line break in a header,
// text that is not UTF-8): it would fail permanently anyway. Call Worker::Wake() after
// the commit to send without waiting for the next poll.
std::string QueueMail(storage::Session& s, const core::Clock& clock,
                      const mail::MailMessage& message);

// Registers the "mail.send" handler on `worker`. The handler loads the row; does nothing
// if it is already 'sent'; otherwise sends it through `mailer` from `sender` and marks
// it sent. A retryable MailError (or unexpected exception) counts an attempt on the row
// and throws RetryableError (the row becomes 'failed' on the job's last attempt); a
// permanent MailError or an unrenderable message marks the row failed and throws
// PermanentError; so does a missing or already failed row.
// `db`, `mailer` and `clock` must outlive the worker. Throws std::invalid_argument if
// sender.from_address is not a valid address.
void RegisterMailHandler(Worker& worker, storage::Database& db, mail::Mailer& mailer,
                         const core::Clock& clock, MailSender sender);

}  // namespace vigie::jobs
