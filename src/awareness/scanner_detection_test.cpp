// Scanner detection: each sign, the order they are checked in, ordinary browsers left
// alone, Gmail's image proxy standing for a person opening the message.

#include "awareness/scanner_detection.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>

namespace vigie::awareness {
namespace {

constexpr std::string_view kFirefox =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
constexpr std::string_view kChrome =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36";
constexpr std::string_view kEdge =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0";
constexpr std::string_view kSafari =
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 "
    "Safari/605.1.15";
constexpr std::string_view kIphone =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1";
constexpr std::string_view kCubotPhone =
    "Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Mobile "
    "Safari/537.36";
constexpr std::string_view kOutlook = "Mozilla/4.0 (compatible; ms-office; MSOffice 16)";
constexpr std::string_view kGmailProxy =
    "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)";

// A click by a person: GET, a browser, an hour after delivery.
HitFacts Click(std::string_view agent = kFirefox) {
  return HitFacts{HitKind::kClick, "GET", agent, "", 3600};
}

HitFacts Hit(HitKind kind, std::string_view agent, long long seconds = 3600) {
  return HitFacts{kind, kind == HitKind::kSubmit ? "POST" : "GET", agent, "", seconds};
}

TEST(ScannerDetection, OrdinaryBrowsersAreNotScanners) {
  for (const auto agent : {kFirefox, kChrome, kEdge, kSafari, kIphone, kCubotPhone, kOutlook}) {
    for (const auto kind : {HitKind::kOpen, HitKind::kClick, HitKind::kSubmit, HitKind::kReport}) {
      EXPECT_EQ(ClassifyHit(Hit(kind, agent)), ScannerSign::kNone) << agent;
    }
  }
  EXPECT_EQ(ClassifyHit(Hit(HitKind::kClick, kChrome, -1)),
            ScannerSign::kNone);  // delivery time unknown
}

TEST(ScannerDetection, HeadRequest) {
  HitFacts hit = Click();
  hit.method = "HEAD";
  EXPECT_EQ(ClassifyHit(hit), ScannerSign::kHeadRequest);
}

TEST(ScannerDetection, PrefetchOrPreviewPurpose) {
  for (const std::string_view purpose : {"prefetch", "prefetch;prerender", "preview"}) {
    HitFacts hit = Click();
    hit.purpose_header = purpose;
    EXPECT_EQ(ClassifyHit(hit), ScannerSign::kPrefetch) << purpose;
  }
  HitFacts hit = Click();
  hit.purpose_header = "navigate";
  EXPECT_EQ(ClassifyHit(hit), ScannerSign::kNone);
}

TEST(ScannerDetection, NoAgentEvenForAReport) {
  for (const auto kind : {HitKind::kOpen, HitKind::kClick, HitKind::kSubmit, HitKind::kReport}) {
    EXPECT_EQ(ClassifyHit(Hit(kind, "")), ScannerSign::kNoAgent);
    EXPECT_EQ(ClassifyHit(Hit(kind, " \t")), ScannerSign::kNoAgent);
  }
}

TEST(ScannerDetection, KnownAgents) {
  constexpr std::string_view kAgents[] = {
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; AhrefsBot/7.0)",
      "Mozilla/5.0 (compatible; Yahoo! Slurp)",
      "curl/8.5.0",
      "Wget/1.21.4",
      "python-requests/2.31.0",
      "Python-urllib/3.11",
      "Go-http-client/1.1",
      "Java/17.0.2",
      "okhttp/4.12.0",
      "Apache-HttpClient/4.5.14 (Java/17)",
      "libwww-perl/6.72",
      "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/126.0.0.0 Safari/537.36",
      "facebookexternalhit/1.1",
      "WhatsApp/2.23.20.0 A",
      "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5",
      "Microsoft Office Existence Discovery",
      "Barracuda Sentinel (EE)",
      "Mimecast URL Protect",
  };
  for (const std::string_view agent : kAgents) {
    EXPECT_EQ(ClassifyHit(Click(agent)), ScannerSign::kKnownAgent) << agent;
  }
}

TEST(ScannerDetection, CaseDoesNotMatter) {
  EXPECT_EQ(ClassifyHit(Click("CURL/8.5.0")), ScannerSign::kKnownAgent);
  EXPECT_EQ(ClassifyHit(Click("Mozilla/5.0 (compatible; GOOGLEBOT/2.1)")),
            ScannerSign::kKnownAgent);
  EXPECT_EQ(ClassifyHit(Click("microsoft OFFICE existence DISCOVERY")), ScannerSign::kKnownAgent);
  HitFacts head = Click();
  head.method = "Head";
  EXPECT_EQ(ClassifyHit(head), ScannerSign::kHeadRequest);
  HitFacts prefetch = Click();
  prefetch.purpose_header = "PreFetch";
  EXPECT_EQ(ClassifyHit(prefetch), ScannerSign::kPrefetch);
}

TEST(ScannerDetection, GmailImageProxyOpensForAPerson) {
  EXPECT_EQ(ClassifyHit(Hit(HitKind::kOpen, kGmailProxy)), ScannerSign::kNone);
  EXPECT_EQ(ClassifyHit(Hit(HitKind::kClick, kGmailProxy)), ScannerSign::kKnownAgent);
  EXPECT_EQ(ClassifyHit(Hit(HitKind::kSubmit, kGmailProxy)), ScannerSign::kKnownAgent);
}

TEST(ScannerDetection, TooSoonAfterDelivery) {
  for (const auto kind : {HitKind::kOpen, HitKind::kClick, HitKind::kSubmit}) {
    EXPECT_EQ(ClassifyHit(Hit(kind, kChrome, 0)), ScannerSign::kTooSoonAfterDelivery);
    EXPECT_EQ(ClassifyHit(Hit(kind, kChrome, kHumanReactionSeconds - 1)),
              ScannerSign::kTooSoonAfterDelivery);
    EXPECT_EQ(ClassifyHit(Hit(kind, kChrome, kHumanReactionSeconds)), ScannerSign::kNone);
  }
  EXPECT_EQ(ClassifyHit(Hit(HitKind::kReport, kChrome, 2)),
            ScannerSign::kNone);  // a quick report is welcome
}

TEST(ScannerDetection, StrongestSignWins) {
  HitFacts hit{HitKind::kClick, "HEAD", "curl/8.5.0", "prefetch", 1};
  EXPECT_EQ(ClassifyHit(hit), ScannerSign::kHeadRequest);
  hit.method = "GET";
  EXPECT_EQ(ClassifyHit(hit), ScannerSign::kPrefetch);
  hit.purpose_header = "";
  EXPECT_EQ(ClassifyHit(hit), ScannerSign::kKnownAgent);
  hit.user_agent = "";
  EXPECT_EQ(ClassifyHit(hit), ScannerSign::kNoAgent);
  hit.user_agent = kEdge;
  EXPECT_EQ(ClassifyHit(hit), ScannerSign::kTooSoonAfterDelivery);
}

TEST(ScannerDetection, LooksOnlyAtTheStartOfAHugeAgent) {
  const std::string agent = std::string(kAgentScanLimit, 'x') + "curl/8.5.0";
  EXPECT_EQ(ClassifyHit(Click(agent)), ScannerSign::kNone);
  EXPECT_EQ(ClassifyHit(Click(agent.substr(kAgentScanLimit - 4))), ScannerSign::kKnownAgent);
}

TEST(ScannerDetection, CodesAndLabels) {
  EXPECT_EQ(ScannerSignCode(ScannerSign::kNone), "none");
  EXPECT_EQ(ScannerSignCode(ScannerSign::kHeadRequest), "head");
  EXPECT_EQ(ScannerSignCode(ScannerSign::kKnownAgent), "agent");
  EXPECT_EQ(ScannerSignCode(ScannerSign::kNoAgent), "no_agent");
  EXPECT_EQ(ScannerSignCode(ScannerSign::kTooSoonAfterDelivery), "too_soon");
  EXPECT_EQ(ScannerSignCode(ScannerSign::kPrefetch), "prefetch");
  EXPECT_EQ(ScannerSignLabel(ScannerSign::kHeadRequest), "requête HEAD");
  EXPECT_EQ(ScannerSignLabel(ScannerSign::kTooSoonAfterDelivery),
            "moins de 10\u00A0s après la remise");
  std::set<std::string_view> labels;
  for (const auto sign :
       {ScannerSign::kNone, ScannerSign::kHeadRequest, ScannerSign::kKnownAgent,
        ScannerSign::kNoAgent, ScannerSign::kTooSoonAfterDelivery, ScannerSign::kPrefetch}) {
    EXPECT_TRUE(labels.insert(ScannerSignLabel(sign)).second);
  }
}

}  // namespace
}  // namespace vigie::awareness
