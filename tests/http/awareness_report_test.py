#!/usr/bin/env python3
"""The quarterly awareness report (PDF) end to end: a campaign sent through a real SMTP
server (exim on 127.0.0.1) and clicked, then the structure's report and the centre's
portfolio downloaded from the pages, the API and the command line; the PDF is read
back with pdftotext (quarter, structure, key words; never a recipient's address or
name) and checked with qpdf. Wrong quarters give 422, a structure reader 403.
Usage: awareness_report_test.py PATH_TO_VIGIE [--postgres-from-env]"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse
import uuid
import zoneinfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402

SERVER = None
SMTP = os.environ.get("VIGIE_TEST_SMTP_URL", "")
MAILDIR = os.environ.get("VIGIE_TEST_MAILDIR", "")
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
TOKEN_LINK = re.compile(r"https?://[^/\s\"<>]+/p/([A-Za-z0-9_-]{24})")
STRUCTURE = "EHPAD Les Tilleuls"
CENTRE = "Centre régional de ressources cyber BFC"


def current_quarter():
    """("2026-T4", "T4 2026") for today in Paris, as the server computes it."""
    today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Paris")).date()
    q = (today.month - 1) // 3 + 1
    return f"{today.year}-T{q}", f"T{q} {today.year}"


def pdf_text(data):
    """The PDF's text (pdftotext), every run of spaces (no-break ones too) one space;
    the file must pass `qpdf --check`."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        check = subprocess.run(["qpdf", "--check", f.name], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", f.name, "-"], capture_output=True, check=True).stdout
    return re.sub(r"[\s\u00a0\u202f]+", " ", text.decode("utf-8"))


class AwarenessReportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.director = harness.ApiClient(SERVER, "direction@tilleuls.example")
        cls.consultant = harness.ApiClient(SERVER, "consultant@vigie.example")
        _, structures = cls.director.call("GET", "/api/v1/structures?per_page=50")
        cls.tilleuls = next(s["id"] for s in structures["items"] if s["name"] == STRUCTURE)
        _, regions = cls.consultant.call("GET", "/api/v1/regions")
        cls.bfc = next(r["id"] for r in regions["items"] if r["code"] == "bfc")
        cls.run_id = uuid.uuid4().hex[:8]
        relay = urllib.parse.urlparse(SMTP)
        status, profile = cls.director.call("POST", f"/api/v1/structures/{cls.tilleuls}/sending-profiles", {
            "name": "Relais " + cls.run_id, "host": relay.hostname, "port": relay.port,
            "security": "none", "envelope_from": "retours@example.test", "header_name": "X-Vigie-Simulation",
            "header_value": "campagne-autorisee", "rate_per_minute": 600, "window_start": "00:00",
            "window_end": "23:59", "days": "1,2,3,4,5,6,7", "spread_days": 1})
        assert status == 201, profile
        status, group = cls.director.call("POST", f"/api/v1/structures/{cls.tilleuls}/recipient-groups",
                                          {"name": "Rapport " + cls.run_id})
        assert status == 201, group
        cls.people = []
        for i in range(6):
            email = f"agent{i}.{cls.run_id}@example.test"
            status, body = cls.director.call("POST", f"/api/v1/recipient-groups/{group['id']}/recipients", {
                "email": email, "first_name": f"Prenomtest{i}", "last_name": f"Nomtest{cls.run_id}",
                "site": "Bâtiment principal", "department": "Soins" if i < 5 else "Cuisine",
                "job_family": "Soignant"})
            assert status == 201, body
            cls.people.append(email)
        status, _ = cls.director.call("PUT", f"/api/v1/structures/{cls.tilleuls}/awareness-settings",
                                      {"retention_months": 12, "centre_sees_individuals": False,
                                       "publish_information": True})
        assert status == 204, status
        cls.campaign_name = "Campagne " + cls.run_id
        status, c = cls.director.call("POST", f"/api/v1/structures/{cls.tilleuls}/campaigns", {
            "name": cls.campaign_name, "template_id": "colis-avis-de-passage",
            "sending_profile_id": profile["id"], "group_ids": [group["id"]]})
        assert status == 201, c
        for action in ("submit", "approve", "launch"):
            status, c = cls.director.call("POST", f"/api/v1/campaigns/{c['id']}/actions",
                                          {"action": action, "revision": c["revision"]})
            assert status == 200, (action, c)
        deadline = time.time() + 30
        while c["progress"]["sent"] < 6:
            assert time.time() < deadline, c
            time.sleep(0.3)
            _, c = cls.director.call("GET", f"/api/v1/campaigns/{c['id']}")
        tokens = []
        for email in cls.people:
            message = harness.wait_for_mail(MAILDIR, email)
            text = message.get_body(preferencelist=("plain",)).get_content()
            tokens.append(TOKEN_LINK.search(text).group(1))
        # Links followed within seconds of delivery are a mail filter's: wait like a person.
        time.sleep(11)
        for token in tokens[:2]:
            status, _, _ = harness.Browser(SERVER).request("GET", f"/p/{token}", headers={"User-Agent": FIREFOX})
            assert status == 200, status
        _, results = cls.director.call("GET", f"/api/v1/campaigns/{c['id']}/results")
        assert results["funnel"]["clicked"] == 2, results["funnel"]
        cls.code, cls.label = current_quarter()

    def download(self, client, path, expected_name=None):
        status, headers, body = client.browser.request("GET", path, raw=True)
        self.assertEqual(status, 200, body[:300])
        self.assertEqual(headers["Content-Type"], "application/pdf")
        self.assertTrue(body.startswith(b"%PDF-"))
        disposition = headers["Content-Disposition"]
        self.assertTrue(disposition.startswith('attachment; filename="sensibilisation-'), disposition)
        if expected_name:
            self.assertEqual(disposition, f'attachment; filename="{expected_name}"')
        self.assertIn("no-store", headers["Cache-Control"])
        return pdf_text(body)

    def assert_pseudonymous(self, text):
        for email in self.people:
            self.assertNotIn(email, text)
        self.assertNotIn("@example.test", text)
        self.assertNotIn("Prenomtest", text)
        self.assertNotIn("Nomtest", text)

    def test_1_the_structure_report_from_the_page_and_the_api(self):
        quarter, year = self.label.split()
        name = f"sensibilisation-{quarter}-{year}-EHPAD-Les-Tilleuls.pdf"
        text = self.download(self.director, f"/structures/{self.tilleuls}/sensibilisation/rapport-trimestriel", name)
        for expected in (self.label, STRUCTURE, "rapport trimestriel", "Les campagnes du trimestre",
                         "Recommandations", "Méthode et confidentialité", self.campaign_name, "Bâtiment principal",
                         "moins de 5 personnes"):
            self.assertIn(expected, text)
        self.assert_pseudonymous(text)
        text = self.download(self.consultant,
                             f"/api/v1/structures/{self.tilleuls}/awareness-report?quarter={self.code}", name)
        self.assertIn(self.campaign_name, text)
        self.assert_pseudonymous(text)
        status, _, page = self.director.browser.request("GET", f"/structures/{self.tilleuls}/campagnes")
        self.assertEqual(status, 200)
        self.assertIn(f'href="/structures/{self.tilleuls}/sensibilisation/rapport-trimestriel"', page)

    def test_2_the_portfolio_of_the_centre(self):
        for path in (f"/regions/{self.bfc}/sensibilisation/rapport-trimestriel",
                     f"/api/v1/regions/{self.bfc}/awareness-report?quarter={self.code}"):
            text = self.download(self.consultant, path)
            for expected in (self.label, CENTRE, STRUCTURE, "Par structure", f"{self.campaign_name} ({STRUCTURE})"):
                self.assertIn(expected, text)
            self.assert_pseudonymous(text)

    def test_3_a_past_quarter_without_campaign(self):
        # Long before any campaign (the demo data's included).
        text = self.download(self.director,
                             f"/structures/{self.tilleuls}/sensibilisation/rapport-trimestriel?trimestre=2020-T1",
                             "sensibilisation-T1-2020-EHPAD-Les-Tilleuls.pdf")
        self.assertIn("T1 2020", text)
        self.assertIn("Aucune campagne ce trimestre", text)
        self.assertNotIn(self.campaign_name, text)

    def test_4_the_command_line_writes_the_same_report(self):
        out_dir = tempfile.mkdtemp(prefix="vigie-awareness-")
        try:
            out = os.path.join(out_dir, "structure.pdf")
            done = SERVER.run_cli("report", "awareness", "--structure", self.tilleuls, "--quarter", self.code,
                                  "--output", out)
            self.assertIn(self.label, done.stdout)
            with open(out, "rb") as f:
                text = pdf_text(f.read())
            self.assertIn(STRUCTURE, text)
            self.assertIn(self.campaign_name, text)
            self.assert_pseudonymous(text)
            out = os.path.join(out_dir, "portefeuille.pdf")
            SERVER.run_cli("report", "awareness", "--region", "bfc", "--output", out)
            with open(out, "rb") as f:
                text = pdf_text(f.read())
            self.assertIn(CENTRE, text)
            self.assertIn(self.label, text)
            wrong = SERVER.run_cli("report", "awareness", "--structure", self.tilleuls, "--quarter", "2026-T9",
                                   "--output", out, check=False)
            self.assertEqual(wrong.returncode, 2, wrong.stderr)
            self.assertIn("--quarter", wrong.stderr)
            missing = SERVER.run_cli("report", "awareness", "--output", out, check=False)
            self.assertEqual(missing.returncode, 2, missing.stderr)
        finally:
            shutil.rmtree(out_dir, ignore_errors=True)

    def test_5_wrong_quarters_and_refusals(self):
        status, _, page = self.director.browser.request(
            "GET", f"/structures/{self.tilleuls}/sensibilisation/rapport-trimestriel?trimestre=2026-T9")
        self.assertEqual(status, 422)
        self.assertIn("2026-T4", page, "the page says which form is expected")
        status, error = self.director.call("GET", f"/api/v1/structures/{self.tilleuls}/awareness-report?quarter=T4")
        self.assertEqual(status, 422)
        self.assertEqual([f["field"] for f in error["error"]["fields"]], ["quarter"])
        status, error = self.consultant.call("GET", f"/api/v1/regions/{self.bfc}/awareness-report?quarter=2999-T1")
        self.assertEqual(status, 422, "a quarter that has not begun")
        self.assertEqual([f["field"] for f in error["error"]["fields"]], ["quarter"])
        reader = harness.ApiClient(SERVER, "lecteur@tilleuls.example")
        status, _, _ = reader.browser.request("GET", f"/structures/{self.tilleuls}/sensibilisation/rapport-trimestriel")
        self.assertEqual(status, 403)
        status, _ = reader.call("GET", f"/api/v1/structures/{self.tilleuls}/awareness-report")
        self.assertEqual(status, 403)
        status, _ = self.director.call("GET", f"/api/v1/regions/{self.bfc}/awareness-report")
        self.assertEqual(status, 403, "the portfolio is the centre's")


if __name__ == "__main__":
    if not SMTP or not MAILDIR:
        print("VIGIE_TEST_SMTP_URL and VIGIE_TEST_MAILDIR are needed", file=sys.stderr)
        sys.exit(77)
    if not shutil.which("pdftotext") or not shutil.which("qpdf"):
        print("pdftotext and qpdf (poppler-utils, qpdf) are needed", file=sys.stderr)
        sys.exit(77)
    harness.run_unittests(globals())
