#include "mail/recording_mailer.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace vigie::mail {
namespace {

MailMessage Message(std::string to) {
  MailMessage message;
  message.from_address = "noreply@vigie.example";
  message.to_address = std::move(to);
  message.subject = "Réinitialisation du mot de passe";
  message.text_body = "Bonjour,\n";
  return message;
}

TEST(RecordingMailer, RecordsSentMessagesInOrder) {
  RecordingMailer mailer;
  mailer.Send(Message("a@example.test"));
  mailer.Send(Message("b@example.test"));
  ASSERT_EQ(mailer.sent_count(), 2u);
  EXPECT_EQ(mailer.sent()[0].to_address, "a@example.test");
  EXPECT_EQ(mailer.sent()[1].to_address, "b@example.test");
  mailer.Clear();
  EXPECT_EQ(mailer.sent_count(), 0u);
}

TEST(RecordingMailer, FailsTheNextSendsThenRecovers) {
  RecordingMailer mailer;
  mailer.FailNextSends(2);
  for (int i = 0; i < 2; ++i) {
    try {
      mailer.Send(Message("a@example.test"));
      FAIL() << "expected MailError";
    } catch (const MailError& error) {
      EXPECT_TRUE(error.retryable());
    }
  }
  mailer.Send(Message("a@example.test"));
  EXPECT_EQ(mailer.sent_count(), 1u);

  mailer.FailNextSends(1, /*retryable=*/false);
  try {
    mailer.Send(Message("a@example.test"));
    FAIL() << "expected MailError";
  } catch (const MailError& error) {
    EXPECT_FALSE(error.retryable());
  }
  EXPECT_EQ(mailer.sent_count(), 1u);
}

TEST(RecordingMailer, RejectsWhatSmtpMailerWouldReject) {
  RecordingMailer mailer;
  mailer.FailNextSends(1);
  EXPECT_THROW(mailer.Send(Message("a@b.test\r\nBcc: x@y")), std::invalid_argument);
  EXPECT_EQ(mailer.sent_count(), 0u);
  // The pending failure was not used up by the invalid message.
  EXPECT_THROW(mailer.Send(Message("a@example.test")), MailError);
}

}  // namespace
}  // namespace vigie::mail
