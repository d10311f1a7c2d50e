#include "mail/smtp_mailer.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "mail/message.hpp"
#include "mail/mime_reader_for_tests.hpp"

// Unit tests run everywhere. The integration tests need a real SMTP server that stores
// what it receives in a Maildir (scripts/test-services/smtp.sh):
//   bash scripts/test-services/smtp.sh start /tmp/vigie-smtp 2525
//   export VIGIE_TEST_SMTP_URL=smtp://127.0.0.1:2525
//   export VIGIE_TEST_MAILDIR=$(bash scripts/test-services/smtp.sh maildir /tmp/vigie-smtp)
//   build/src/mail/vigie_mail_test
//   bash scripts/test-services/smtp.sh stop /tmp/vigie-smtp
// The server accepts any local part at example.test, except that local parts starting
// with "defer" get 451 (temporary); it rejects other domains with 550.

namespace vigie::mail {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr core::UnixSeconds kSunday29Nov2026 = 1795957500;  // 13:05:00 UTC

// A TCP port on 127.0.0.1 that nothing listens on (bound, then released).
int ClosedPort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    throw std::runtime_error("cannot find a free port");
  }
  close(fd);
  return ntohs(address.sin_port);
}

std::string Random32Hex() { return NewMessageId("x.test").substr(0, 32); }

MailMessage FrenchInvitation(std::string to_address, const std::string& marker) {
  MailMessage message;
  message.from_address = "noreply@vigie.example";
  message.from_name = "Vigie — Sécurité";
  message.to_address = std::move(to_address);
  message.to_name = "Mélanie Lefèvre";
  message.subject = "Invitation à rejoindre Vigie — Centre régional";
  message.text_body = "Bonjour Mélanie,\n\nVous êtes invitée à rejoindre l'espace « Centre "
                      "régional » sur Vigie.\n.\nRéférence : " + marker + "\n";
  message.html_body = "<p>Bonjour Mélanie,</p><p>Vous êtes invitée à rejoindre l'espace "
                      "« Centre régional ».</p><p>Référence : " + marker + "</p>";
  return message;
}

TEST(SmtpMailer, RejectsBadSettings) {
  const core::FakeClock clock(kSunday29Nov2026);
  auto with = [](auto change) {
    SmtpSettings settings;
    change(settings);
    return settings;
  };
  EXPECT_THROW(SmtpMailer(with([](SmtpSettings& s) { s.url = "http://127.0.0.1:25"; }), clock),
               std::invalid_argument);
  EXPECT_THROW(SmtpMailer(with([](SmtpSettings& s) { s.url = "smtp://host/path"; }), clock),
               std::invalid_argument);
  EXPECT_THROW(SmtpMailer(with([](SmtpSettings& s) { s.timeout_seconds = 0; }), clock),
               std::invalid_argument);
  EXPECT_THROW(SmtpMailer(with([](SmtpSettings& s) { s.helo_domain = "a b"; }), clock),
               std::invalid_argument);
  EXPECT_NO_THROW(SmtpMailer(with([](SmtpSettings& s) { s.url = "smtps://mail.example:465/"; }),
                             clock));
}

TEST(SmtpMailer, InvalidMessageFailsBeforeConnecting) {
  const core::FakeClock clock(kSunday29Nov2026);
  SmtpSettings settings;
  settings.url = "smtp://127.0.0.1:" + std::to_string(ClosedPort());
  SmtpMailer mailer(settings, clock);
  EXPECT_THROW(mailer.Send(FrenchInvitation("a@b.test\r\nBcc: x@y", "x")), std::invalid_argument);
}

TEST(SmtpMailer, UnreachableServerIsRetryableAndQuick) {
  const core::FakeClock clock(kSunday29Nov2026);
  SmtpSettings settings;
  settings.url = "smtp://127.0.0.1:" + std::to_string(ClosedPort());
  settings.timeout_seconds = 5;
  SmtpMailer mailer(settings, clock);
  const auto start = std::chrono::steady_clock::now();
  try {
    mailer.Send(FrenchInvitation("melanie.lefevre@example.test", "x"));
    FAIL() << "expected MailError";
  } catch (const MailError& error) {
    EXPECT_TRUE(error.retryable()) << error.what();
    EXPECT_THAT(error.what(), HasSubstr("127.0.0.1:"));
    EXPECT_THAT(error.what(), Not(HasSubstr("melanie")));
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(SmtpMailer, SilentServerTimesOutRetryably) {
  // A listening socket that never accepts: the kernel completes the TCP handshake, but
  // no SMTP greeting ever comes.
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(listen(fd, 4), 0);
  ASSERT_EQ(getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length), 0);

  const core::FakeClock clock(kSunday29Nov2026);
  SmtpSettings settings;
  settings.url = "smtp://127.0.0.1:" + std::to_string(ntohs(address.sin_port));
  settings.timeout_seconds = 1;
  SmtpMailer mailer(settings, clock);
  const auto start = std::chrono::steady_clock::now();
  try {
    mailer.Send(FrenchInvitation("melanie.lefevre@example.test", "x"));
    ADD_FAILURE() << "expected MailError";
  } catch (const MailError& error) {
    EXPECT_TRUE(error.retryable()) << error.what();
    EXPECT_THAT(error.what(), HasSubstr("curl 28"));  // CURLE_OPERATION_TIMEDOUT
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
  close(fd);
}

// Integration tests against a live server (see the top of this file).
class SmtpMailerLive : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* url = std::getenv("VIGIE_TEST_SMTP_URL");
    const char* maildir = std::getenv("VIGIE_TEST_MAILDIR");
    if (url == nullptr || *url == '\0' || maildir == nullptr || *maildir == '\0') {
      GTEST_SKIP() << "VIGIE_TEST_SMTP_URL and VIGIE_TEST_MAILDIR are not set; start a test "
                      "server with scripts/test-services/smtp.sh";
    }
    settings_.url = url;
    settings_.timeout_seconds = 10;
    maildir_ = fs::path(maildir) / "new";
  }

  // The one delivered file containing `marker`, waiting for exim's background delivery.
  std::string WaitForDelivery(const std::string& marker) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
      std::vector<std::string> matches;
      for (const fs::directory_entry& entry : fs::directory_iterator(maildir_)) {
        std::ifstream file(entry.path(), std::ios::binary);
        std::stringstream content;
        content << file.rdbuf();
        if (content.str().find(marker) != std::string::npos) matches.push_back(content.str());
      }
      if (matches.size() > 1) throw std::runtime_error("marker delivered more than once");
      if (matches.size() == 1) return matches.front();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    throw std::runtime_error("no delivery within 10 s in " + maildir_.string());
  }

  SmtpSettings settings_;
  fs::path maildir_;
  const core::FakeClock clock_{kSunday29Nov2026};
};

TEST_F(SmtpMailerLive, DeliversMultipartFrenchMessage) {
  const std::string marker = Random32Hex();
  SmtpMailer mailer(settings_, clock_);
  const MailMessage message = FrenchInvitation("melanie.lefevre@example.test", marker);
  mailer.Send(message);

  const testing::Entity delivered = testing::ParseEntity(WaitForDelivery(marker));
  EXPECT_THAT(delivered.Header("Subject"), HasSubstr("=?UTF-8?Q?Invitation_=C3=A0_rejoindre"));
  EXPECT_EQ(testing::DecodeHeader(delivered.Header("Subject")), message.subject);
  EXPECT_EQ(testing::DecodeHeader(delivered.Header("From")),
            "Vigie — Sécurité <noreply@vigie.example>");
  EXPECT_EQ(testing::DecodeHeader(delivered.Header("To")),
            "Mélanie Lefèvre <melanie.lefevre@example.test>");
  EXPECT_TRUE(std::regex_match(delivered.Header("Message-ID"),
                               std::regex("<[0-9a-f]{32}@vigie\\.local>")))
      << delivered.Header("Message-ID");
  EXPECT_EQ(delivered.Header("Date"), "Sun, 29 Nov 2026 13:05:00 +0000");
  EXPECT_EQ(delivered.Header("Envelope-to"), "melanie.lefevre@example.test");
  EXPECT_EQ(delivered.Header("Return-path"), "<noreply@vigie.example>");

  const std::vector<testing::Entity> parts = testing::SplitMultipart(
      delivered.body, testing::BoundaryOf(delivered.Header("Content-Type")));
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].Header("Content-Type"), "text/plain; charset=UTF-8");
  const std::string text = testing::DecodeQuotedPrintable(parts[0].body);
  EXPECT_THAT(text, HasSubstr("Vous êtes invitée à rejoindre l'espace « Centre régional »"));
  EXPECT_EQ(text, message.text_body);  // including the line holding a single dot
  EXPECT_EQ(testing::DecodeQuotedPrintable(parts[1].body), message.html_body);
}

TEST_F(SmtpMailerLive, ConcurrentSendsAllArrive) {
  SmtpMailer mailer(settings_, clock_);
  std::vector<std::string> markers;
  for (int i = 0; i < 4; ++i) markers.push_back(Random32Hex());
  std::vector<std::thread> threads;
  for (const std::string& marker : markers) {
    threads.emplace_back([&mailer, &marker] {
      mailer.Send(FrenchInvitation("equipe@example.test", marker));
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& marker : markers) {
    EXPECT_THAT(WaitForDelivery(marker), HasSubstr(marker));
  }
}

TEST_F(SmtpMailerLive, RejectedRecipientIsPermanentAndNotLogged) {
  SmtpMailer mailer(settings_, clock_);
  try {
    mailer.Send(FrenchInvitation("someone.private@elsewhere.test", Random32Hex()));
    FAIL() << "expected MailError";
  } catch (const MailError& error) {
    EXPECT_FALSE(error.retryable()) << error.what();
    EXPECT_THAT(error.what(), HasSubstr("550"));
    EXPECT_THAT(error.what(), Not(HasSubstr("someone.private")));
    EXPECT_THAT(error.what(), Not(HasSubstr("Bonjour")));
  }
}

TEST_F(SmtpMailerLive, TemporaryRejectionIsRetryable) {
  SmtpMailer mailer(settings_, clock_);
  try {
    mailer.Send(FrenchInvitation("defer.me@example.test", Random32Hex()));
    FAIL() << "expected MailError";
  } catch (const MailError& error) {
    EXPECT_TRUE(error.retryable()) << error.what();
    EXPECT_THAT(error.what(), HasSubstr("451"));
    EXPECT_THAT(error.what(), Not(HasSubstr("defer.me")));
  }
}

}  // namespace
}  // namespace vigie::mail
