#!/usr/bin/env python3
"""Phishing-simulation campaigns end to end against the real binary and a real SMTP
server (exim on 127.0.0.1): the information page first, a campaign launched, every
message delivered once with its own token, links and allow-list header; tracking
(open, click, fake sign-in, report) with scanners set apart; unknown tokens record
nothing; pseudonymous results; individual results only for people the director names.
Usage: campaigns_test.py PATH_TO_VIGIE [--postgres-from-env]"""
import os
import re
import sys
import time
import unittest
import urllib.parse
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402

SERVER = None
SMTP = os.environ.get("VIGIE_TEST_SMTP_URL", "")
MAILDIR = os.environ.get("VIGIE_TEST_MAILDIR", "")
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
TOKEN_LINK = re.compile(r"https?://[^/\s\"<>]+/p/([A-Za-z0-9_-]{24})")


def body_text(message):
    return message.get_body(preferencelist=("plain",)).get_content()


class CampaignsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.director = harness.ApiClient(SERVER, "direction@tilleuls.example")
        _, structures = cls.director.call("GET", "/api/v1/structures?per_page=50")
        cls.tilleuls = next(s["id"] for s in structures["items"] if s["name"] == "EHPAD Les Tilleuls")
        relay = urllib.parse.urlparse(SMTP)
        status, cls.profile = cls.director.call("POST", f"/api/v1/structures/{cls.tilleuls}/sending-profiles", {
            "name": "Relais " + uuid.uuid4().hex[:6], "host": relay.hostname, "port": relay.port,
            "security": "none", "envelope_from": "retours@example.test", "header_name": "X-Vigie-Simulation",
            "header_value": "campagne-autorisee", "rate_per_minute": 600, "window_start": "00:00",
            "window_end": "23:59", "days": "1,2,3,4,5,6,7", "spread_days": 1})
        assert status == 201, cls.profile
        cls.run_id = uuid.uuid4().hex[:8]
        status, cls.group = cls.director.call("POST", f"/api/v1/structures/{cls.tilleuls}/recipient-groups",
                                              {"name": "Campagne " + cls.run_id})
        assert status == 201, cls.group
        cls.people = []
        for i in range(6):
            email = f"agent{i}.{cls.run_id}@example.test"
            status, body = cls.director.call("POST", f"/api/v1/recipient-groups/{cls.group['id']}/recipients", {
                "email": email, "first_name": f"Agent{i}", "last_name": "Essai",
                "site": "Bâtiment principal", "department": "Soins" if i < 5 else "Cuisine", "job_family": "Soignant"})
            assert status == 201, body
            cls.people.append(email)

    def new_campaign(self, template="colis-avis-de-passage"):
        return self.director.call("POST", f"/api/v1/structures/{self.tilleuls}/campaigns", {
            "name": "Campagne " + uuid.uuid4().hex[:6], "template_id": template,
            "sending_profile_id": self.profile["id"], "group_ids": [self.group["id"]]})

    def act(self, campaign, action):
        return self.director.call("POST", f"/api/v1/campaigns/{campaign['id']}/actions",
                                  {"action": action, "revision": campaign["revision"]})

    def wait_sent(self, campaign_id, expected, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            _, c = self.director.call("GET", f"/api/v1/campaigns/{campaign_id}")
            if c["progress"]["sent"] + c["progress"]["failed"] >= expected:
                return c
            time.sleep(0.3)
        self.fail(f"campaign {campaign_id} did not send {expected} messages: {c}")

    def hit(self, method, path, user_agent=FIREFOX, data=None, extra=None):
        browser = harness.Browser(SERVER)
        headers = {"User-Agent": user_agent} if user_agent else {}
        headers.update(extra or {})
        return browser, browser.request(method, path, data=data, headers=headers)

    def test_0_no_campaign_leaves_before_the_information_page(self):
        consultant = harness.ApiClient(SERVER, "consultant@vigie.example")
        _, structures = consultant.call("GET", "/api/v1/structures?per_page=50")
        chene = next(s["id"] for s in structures["items"] if s["name"] == "IME Le Chêne")
        relay = urllib.parse.urlparse(SMTP)
        _, profile = consultant.call("POST", f"/api/v1/structures/{chene}/sending-profiles", {
            "name": "Relais", "host": relay.hostname, "port": relay.port, "security": "none",
            "envelope_from": "retours@example.test"})
        _, group = consultant.call("POST", f"/api/v1/structures/{chene}/recipient-groups", {"name": "Éducateurs"})
        consultant.call("POST", f"/api/v1/recipient-groups/{group['id']}/recipients",
                        {"email": f"educ.{self.run_id}@example.test", "last_name": "Essai"})
        status, c = consultant.call("POST", f"/api/v1/structures/{chene}/campaigns", {
            "name": "Sans information", "template_id": "colis-avis-de-passage",
            "sending_profile_id": profile["id"], "group_ids": [group["id"]]})
        self.assertEqual((status, c["mode"]), (201, "operated"), c)
        status, error = consultant.call("POST", f"/api/v1/campaigns/{c['id']}/actions",
                                        {"action": "launch", "revision": c["revision"]})
        self.assertEqual(status, 422, error)
        self.assertIn("information", str(error))
        _, again = consultant.call("GET", f"/api/v1/campaigns/{c['id']}")
        self.assertEqual((again["status"], again["target_count"]), ("draft", 0), "nothing was prepared")

    def test_1_a_campaign_is_approved_by_the_director_then_sends_each_person_once(self):
        status, c = self.new_campaign()
        self.assertEqual(status, 201, c)
        self.assertEqual(c["status"], "draft")
        self.assertEqual(c["mode"], "autonomous")
        status, _ = self.director.call("PUT", f"/api/v1/structures/{self.tilleuls}/awareness-settings",
                                       {"retention_months": 12, "centre_sees_individuals": False,
                                        "publish_information": True})
        self.assertEqual(status, 204)
        status, c = self.act(c, "submit")
        self.assertEqual((status, c["status"]), (200, "awaiting_approval"), c)
        referent = harness.ApiClient(SERVER, "referent@tilleuls.example")
        status, _ = referent.call("POST", f"/api/v1/campaigns/{c['id']}/actions",
                                  {"action": "approve", "revision": c["revision"]})
        self.assertEqual(status, 403, "only the director approves")
        status, c = self.act(c, "approve")
        self.assertEqual((status, c["status"]), (200, "scheduled"), c)
        status, c = self.act(c, "launch")
        self.assertEqual((status, c["status"]), (200, "sending"), c)
        self.assertEqual(c["target_count"], 6)
        c = self.wait_sent(c["id"], 6)
        self.assertEqual(c["progress"]["sent"], 6)
        tokens = set()
        for email in self.people:
            message = harness.wait_for_mail(MAILDIR, email)
            self.assertEqual(message["X-Vigie-Simulation"], "campagne-autorisee")
            self.assertTrue(message["From"].addresses[0].domain.endswith(".example"), message["From"])
            self.assertIsNone(message["X-Vigie-Token"])
            text = body_text(message)
            html = message.get_body(preferencelist=("html",)).get_content()
            found = set(TOKEN_LINK.findall(text)) | set(TOKEN_LINK.findall(html))
            self.assertEqual(len(found), 1, "one token per person, in every link")
            self.assertIn("/i.gif", html)
            self.assertIn("Essai", str(message["To"]))
            tokens |= found
        self.assertEqual(len(tokens), 6, "every person has their own token")
        type(self).tokens = sorted(tokens)
        type(self).campaign_id = c["id"]
        # Exactly once: no address got two messages.
        counts = {}
        for folder in ("new", "cur"):
            for name in os.listdir(os.path.join(MAILDIR, folder)):
                with open(os.path.join(MAILDIR, folder, name), "rb") as f:
                    head = f.read(4000).decode("utf-8", "replace")
                for email in self.people:
                    if email in head:
                        counts[email] = counts.get(email, 0) + 1
        self.assertEqual(counts, {email: 1 for email in self.people})

    def test_2_tracking_counts_people_and_sets_scanners_apart(self):
        t = self.tokens
        # A link followed within seconds of delivery is a mail filter's scanner.
        self.hit("GET", f"/p/{t[4]}")
        time.sleep(11)
        _, (status, headers, body) = self.hit("GET", f"/p/{t[0]}/i.gif")
        self.assertEqual(status, 200)
        browser, (status, _, page) = self.hit("GET", f"/p/{t[1]}")
        self.assertEqual(status, 200)
        self.assertIn("colis", page.lower())
        self.hit("HEAD", f"/p/{t[2]}")  # a link checker
        self.hit("GET", f"/p/{t[2]}", user_agent="python-requests/2.31")
        self.hit("GET", f"/p/{t[2]}", extra={"Sec-Purpose": "prefetch"})
        # The report link asks for a confirmation: a GET records nothing.
        browser, (status, _, page) = self.hit("GET", f"/p/{t[3]}/signaler")
        self.assertEqual(status, 200)
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        status, _, _ = browser.request("POST", f"/p/{t[3]}/signaler", data={"_csrf": token},
                                       headers={"User-Agent": FIREFOX})
        self.assertEqual(status, 200)
        _, (status, _, page) = self.hit("GET", "/p/" + "A" * 24)
        self.assertEqual(status, 404)
        _, results = self.director.call("GET", f"/api/v1/campaigns/{self.campaign_id}/results")
        funnel = results["funnel"]
        self.assertEqual(funnel["sent"], 6)
        self.assertEqual(funnel["opened"], 2, "an open, and a click that implies one")
        self.assertEqual(funnel["clicked"], 1)
        self.assertEqual(funnel["reported"], 1)
        self.assertEqual(funnel["scanner_hits"], 4)
        by_department = {s["label"]: s for s in results["by_department"]}
        self.assertTrue(by_department["Cuisine"]["masked"], "one person: no rates")
        self.assertNotIn("funnel", by_department["Cuisine"])
        self.assertTrue(by_department["Soins"]["masked"] is False)
        self.assertNotIn("agent", str(results).lower(), "results are pseudonymous")

    def test_3_individual_results_need_the_directors_explicit_grant(self):
        path = f"/api/v1/campaigns/{self.campaign_id}/people"
        status, _ = self.director.call("GET", path)
        self.assertEqual(status, 403, "not even the director without a grant")
        consultant = harness.ApiClient(SERVER, "consultant@vigie.example")
        status, _ = consultant.call("GET", path)
        self.assertEqual(status, 403, "the centre does not see names by default")
        status, _ = self.director.call("POST", f"/api/v1/structures/{self.tilleuls}/result-viewers",
                                       {"email": "referent@tilleuls.example"})
        self.assertEqual(status, 204)
        referent = harness.ApiClient(SERVER, "referent@tilleuls.example")
        status, page = referent.call("GET", path + "?per_page=10")
        self.assertEqual(status, 200)
        self.assertEqual(page["total"], 6)
        self.assertIn("example.test", page["items"][0]["email"])
        status, _, html_page = referent.browser.request("GET", f"/campagnes/{self.campaign_id}/personnes")
        self.assertEqual(status, 200)
        self.assertIn("@example.test", html_page)
        status, _, _ = self.director.browser.request("GET", f"/campagnes/{self.campaign_id}/personnes")
        self.assertEqual(status, 403)
        status, _ = self.director.call("POST", f"/api/v1/structures/{self.tilleuls}/result-viewers",
                                       {"email": "consultant@vigie.example"})
        self.assertEqual(status, 422, "only the structure's own accounts")
        status, _ = consultant.call("PUT", f"/api/v1/structures/{self.tilleuls}/awareness-settings",
                                    {"retention_months": 12, "centre_sees_individuals": True})
        self.assertEqual(status, 403, "the centre cannot grant itself access")

    def test_4_pages_show_the_campaign(self):
        status, _, page = self.director.browser.request("GET", f"/campagnes/{self.campaign_id}")
        self.assertEqual(status, 200)
        self.assertIn("Entonnoir", page)
        self.assertIn("Moins de 5 personnes", page)
        status, _, page = self.director.browser.request("GET", f"/structures/{self.tilleuls}/campagnes")
        self.assertEqual(status, 200)
        status, _, page = self.director.browser.request(
            "GET", f"/structures/{self.tilleuls}/sensibilisation/confidentialite")
        self.assertEqual(status, 200)
        self.assertIn("referent@tilleuls.example", page)

    def test_5_wrong_fields_and_stale_revisions(self):
        status, error = self.director.call("POST", f"/api/v1/structures/{self.tilleuls}/campaigns", {
            "name": "", "template_id": "inconnu", "sending_profile_id": "x", "group_ids": [],
            "scheduled_at": "demain"})
        self.assertEqual(status, 422)
        self.assertEqual({f["field"] for f in error["error"]["fields"]},
                         {"name", "template_id", "sending_profile_id", "group_ids", "scheduled_at"})
        _, c = self.new_campaign()
        status, _ = self.director.call("POST", f"/api/v1/campaigns/{c['id']}/actions",
                                       {"action": "cancel", "revision": c["revision"] + 5})
        self.assertEqual(status, 409)
        status, c = self.act(c, "cancel")
        self.assertEqual((status, c["status"]), (200, "cancelled"))
        status, _ = self.act(c, "resume")
        self.assertEqual(status, 409, "a cancelled campaign is final")

    def test_6_a_forwarded_message_counts_as_a_report(self):
        # Someone who has not reported yet (the report of test 2 went to tokens[3]).
        message = next(m for m in (harness.wait_for_mail(MAILDIR, p) for p in self.people)
                       if self.tokens[3] not in body_text(m))
        forwarded = "Subject: TR: suspect\r\n\r\nBonjour, ce message me semble louche :\r\n\r\n" + body_text(message)
        result = SERVER.run_cli("awareness", "report-mail", stdin=forwarded)
        self.assertIn("enregistré", result.stdout)
        result = SERVER.run_cli("awareness", "report-mail", stdin="Subject: une vraie arnaque\r\n\r\nhttps://x.example/")
        self.assertIn("rien n'est enregistré", result.stdout)
        _, results = self.director.call("GET", f"/api/v1/campaigns/{self.campaign_id}/results")
        self.assertEqual(results["funnel"]["reported"], 2)

    def test_7_the_retention_purge_keeps_the_figures_and_forgets_the_people(self):
        _, campaigns = self.director.call("GET", f"/api/v1/structures/{self.tilleuls}/campaigns")
        old = next(c for c in campaigns["items"] if c["name"] == "Avis de passage d'un colis")
        _, before = self.director.call("GET", f"/api/v1/campaigns/{old['id']}/results")
        self.assertTrue(before["repeat_clickers"], "the demo history has people who clicked twice")
        result = SERVER.run_cli("awareness", "purge")
        self.assertIn("effacés : 0 personne", result.stdout, "nothing is older than 12 months")
        status, _ = self.director.call("PUT", f"/api/v1/structures/{self.tilleuls}/awareness-settings",
                                       {"retention_months": 1})
        self.assertEqual(status, 204)
        result = SERVER.run_cli("awareness", "purge")
        self.assertIn("effacés : 18 personne", result.stdout, result.stdout)
        _, after = self.director.call("GET", f"/api/v1/campaigns/{old['id']}/results")
        self.assertEqual(after["funnel"], before["funnel"], "the figures stay")
        self.assertEqual(after["timeline"], [], "the individual events are gone")
        self.assertEqual(after["repeat_clickers"], [], "nobody can be followed across campaigns any more")
        _, current = self.director.call("GET", f"/api/v1/campaigns/{self.campaign_id}/results")
        self.assertEqual(current["funnel"]["clicked"], 1, "the recent campaign is kept")

    def test_8_a_centre_launches_one_simulation_for_several_structures(self):
        consultant = harness.ApiClient(SERVER, "consultant@vigie.example")
        _, regions = consultant.call("GET", "/api/v1/regions")
        bfc = next(r["id"] for r in regions["items"] if r["code"] == "bfc")
        _, structures = consultant.call("GET", "/api/v1/structures?per_page=50")
        by_name = {s["name"]: s["id"] for s in structures["items"]}
        status, error = consultant.call("POST", f"/api/v1/regions/{bfc}/campaign-waves", {
            "name": "", "template_id": "inconnu", "structure_ids": [by_name["EHPAD Les Tilleuls"]]})
        self.assertEqual(status, 422)
        self.assertEqual({f["field"] for f in error["error"]["fields"]}, {"name", "template_id"})
        status, error = consultant.call("POST", f"/api/v1/regions/{bfc}/campaign-waves", {
            "name": "Vague", "template_id": "colis-avis-de-passage", "structure_ids": ["inconnue"]})
        self.assertEqual(status, 422, "a structure outside the centre's region")
        status, wave = consultant.call("POST", f"/api/v1/regions/{bfc}/campaign-waves", {
            "name": "Vague du trimestre", "template_id": "colis-avis-de-passage",
            "structure_ids": [by_name["EHPAD Les Tilleuls"], by_name["MAS Horizon"]]})
        self.assertEqual(status, 201, wave)
        outcomes = {o["structure_name"]: o for o in wave["campaigns"]}
        self.assertTrue(outcomes["EHPAD Les Tilleuls"]["campaign_id"])
        self.assertEqual(outcomes["EHPAD Les Tilleuls"]["problem"], "")
        self.assertEqual(outcomes["MAS Horizon"]["campaign_id"], "", "no profile, no people: no campaign")
        self.assertIn("profil d'envoi", outcomes["MAS Horizon"]["problem"])
        status, after = consultant.call("POST", f"/api/v1/regions/{bfc}/campaign-waves/{wave['wave_id']}/actions",
                                        {"action": "launch"})
        self.assertEqual(status, 200, after)
        self.assertEqual([c["status"] for c in after["campaigns"]], ["sending"])
        campaign_id = after["campaigns"][0]["campaign_id"]
        _, c = self.director.call("GET", f"/api/v1/campaigns/{campaign_id}")
        self.assertEqual((c["mode"], c["wave_id"]), ("operated", wave["wave_id"]))
        status, after = consultant.call("POST", f"/api/v1/regions/{bfc}/campaign-waves/{wave['wave_id']}/actions",
                                        {"action": "cancel"})
        self.assertEqual([c["status"] for c in after["campaigns"]], ["cancelled"])
        status, _, page = consultant.browser.request("GET", f"/regions/{bfc}/vagues/{wave['wave_id']}")
        self.assertEqual(status, 200)
        self.assertIn("EHPAD Les Tilleuls", page)
        status, _ = self.director.call("POST", f"/api/v1/regions/{bfc}/campaign-waves", {"structure_ids": []})
        self.assertEqual(status, 403, "a structure does not run waves")

    def test_9_the_centre_writes_its_own_template_checked_like_the_catalogue(self):
        consultant = harness.ApiClient(SERVER, "consultant@vigie.example")
        _, regions = consultant.call("GET", "/api/v1/regions")
        bfc = next(r["id"] for r in regions["items"] if r["code"] == "bfc")
        status, _, page = consultant.browser.request("GET", f"/regions/{bfc}/modeles?depuis=colis-avis-de-passage")
        self.assertEqual(status, 200)
        source = page[page.index("<textarea"):page.index("</textarea>")]
        source = source[source.index(">") + 1:]
        import html
        source = html.unescape(source)
        self.assertIn('id = "colis-avis-de-passage"', source)
        path = f"/api/v1/regions/{bfc}/phishing-templates"
        status, error = consultant.call("POST", path, {"toml": source})
        self.assertEqual(status, 422)
        self.assertIn("déjà pris", str(error), "the catalogue's id is taken")
        own = source.replace('id = "colis-avis-de-passage"', 'id = "colis-du-centre"', 1)
        broken = own.replace("difficulty = ", "difficulty = 9 #", 1)
        status, error = consultant.call("POST", path, {"toml": broken})
        self.assertEqual(status, 422)
        self.assertTrue(any(f["message"].startswith("modèle:") for f in error["error"]["fields"]), error)
        status, created = consultant.call("POST", path, {"toml": own})
        self.assertEqual((status, created["id"]), (201, "colis-du-centre"), created)
        status, _ = consultant.call("PUT", f"{path}/colis-du-centre",
                                    {"toml": own.replace('id = "colis-du-centre"', 'id = "autre"', 1)})
        self.assertEqual(status, 422, "the id of a saved template does not change")
        status, _, preview = self.director.browser.request("GET", "/sensibilisation/modeles/colis-du-centre")
        self.assertEqual(status, 200, "the structures of the centre use it")
        other = harness.ApiClient(SERVER, "direction@volcans.example")
        status, _, _ = other.browser.request("GET", "/sensibilisation/modeles/colis-du-centre")
        self.assertEqual(status, 404, "another region's structures do not see it")
        status, c = self.new_campaign("colis-du-centre")
        self.assertEqual(status, 201, c)
        status, _ = self.director.call("POST", f"/api/v1/regions/{bfc}/phishing-templates", {"toml": own})
        self.assertEqual(status, 403, "structures do not edit the centre's templates")


if __name__ == "__main__":
    if not SMTP or not MAILDIR:
        print("VIGIE_TEST_SMTP_URL and VIGIE_TEST_MAILDIR are needed", file=sys.stderr)
        sys.exit(77)
    harness.run_unittests(globals())
