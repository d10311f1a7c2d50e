#!/usr/bin/env python3
"""The deliverables of a validated diagnostic against the real binary: the full report
and the synthesis read back with poppler and qpdf, the tracker read with openpyxl and
uploaded back (preview, apply with history, the same file again changes nothing,
another structure's file, a file that is not a workbook, a wrong cell), rights, and
`vigie report` reusing the stored document until the plan changes.
Usage: documents_test.py PATH_TO_VIGIE [--postgres-from-env]"""
import hashlib
import io
import os
import re
import subprocess
import sys
import tempfile
import unittest

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402

SERVER = None


def run(*args, data=None):
    return subprocess.run(list(args), input=data, capture_output=True, check=False)


class DocumentsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.director = harness.ApiClient(SERVER, "direction@tilleuls.example")
        _, structures = cls.director.call("GET", "/api/v1/structures?per_page=50")
        cls.tilleuls = next(s["id"] for s in structures["items"] if s["name"] == "EHPAD Les Tilleuls")
        _, listing = cls.director.call("GET", f"/api/v1/diagnostics?structure={cls.tilleuls}")
        cls.diagnostic = next(d["id"] for d in listing["items"] if d["status"] == "locked")

    def download(self, client, kind):
        status, headers, body = client.browser.request(
            "GET", f"/api/v1/diagnostics/{self.diagnostic}/documents/{kind}", raw=True)
        return status, headers, body

    def pdf_text(self, body):
        with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as f:
            f.write(body)
        try:
            self.assertEqual(run("qpdf", "--check", f.name).returncode, 0, "qpdf --check must pass")
            fonts = run("pdffonts", f.name).stdout.decode().splitlines()[2:]
            self.assertTrue(fonts, "the PDF must use fonts")
            for line in fonts:
                self.assertIn(" yes ", line, f"every font is embedded: {line}")
            info = run("pdfinfo", f.name).stdout.decode()
            pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            return run("pdftotext", f.name, "-").stdout.decode(), pages, info
        finally:
            os.unlink(f.name)

    def test_full_report_and_synthesis(self):
        _, full = self.director.call("GET", f"/api/v1/diagnostics/{self.diagnostic}")
        _, plan = self.director.call("GET", f"/api/v1/structures/{self.tilleuls}/action-plan")
        titles = {i["measure"]["id"]: i["measure"]["title"] for i in plan["items"]}
        top = [titles[p["measure"]] for p in full["results"]["priorities"][:6]]
        for kind, min_pages, max_pages in (("full", 15, 200), ("synthesis", 2, 4)):
            status, headers, body = self.download(self.director, kind)
            self.assertEqual(status, 200)
            self.assertEqual(headers["Content-Type"], "application/pdf")
            self.assertEqual(headers["X-Content-SHA256"], hashlib.sha256(body).hexdigest())
            text, pages, info = self.pdf_text(body)
            self.assertTrue(min_pages <= pages <= max_pages, (kind, pages))
            self.assertIn("Title:", info)
            flat = re.sub(r"\s+", " ", text)
            self.assertIn("EHPAD Les Tilleuls", flat)
            self.assertIn(f"page {pages} / {pages}", flat)  # running footers count every page
            positions = [flat.find(re.sub(r"\s+", " ", t)[:30]) for t in top]
            self.assertNotIn(-1, positions, (kind, top))
            if kind == "full":
                self.assertEqual(positions, sorted(positions), "the six priorities in rank order")
                self.assertIn("210001236", flat)  # the FINESS on the cover

    def test_html_report_page_and_printable_file(self):
        status, _, page = self.director.browser.request("GET", f"/diagnostics/{self.diagnostic}/rapport")
        self.assertEqual(status, 200)
        self.assertIn("Rapport de diagnostic — EHPAD Les Tilleuls", page)
        self.assertIn('id="glossaire"', page)
        self.assertNotIn("<script>", page)
        out = os.path.join(SERVER.data_dir, "rapport.html")
        SERVER.run_cli("report", "html", "--diagnostic", self.diagnostic, "--output", out)
        with open(out, encoding="utf-8") as f:
            html = f.read()
        self.assertTrue(html.startswith("<!DOCTYPE html>"))
        self.assertIn("<style>", html)
        self.assertIn("Correspondance avec les référentiels", html)

    def test_tracker_round_trip(self):
        status, headers, body = self.download(self.director, "tracker")
        self.assertEqual(status, 200)
        book = openpyxl.load_workbook(io.BytesIO(body))
        self.assertIn("Plan d'action", book.sheetnames)
        self.assertIn("Synthèse", book.sheetnames)
        self.assertIn("Mode d'emploi", book.sheetnames)
        sheet = book["Plan d'action"]
        header = [c.value for c in sheet[1]]
        status_col = header.index("Statut") + 1
        progress_col = header.index("Avancement (%)") + 1 if "Avancement (%)" in header else next(
            i + 1 for i, h in enumerate(header) if h and h.startswith("Avancement"))
        comment_col = header.index("Commentaire") + 1
        row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, status_col).value == "À faire")
        sheet.cell(row, status_col).value = "En cours"
        sheet.cell(row, progress_col).value = 35
        sheet.cell(row, comment_col).value = "Devis demandé au prestataire & relancé."
        edited = io.BytesIO()
        book.save(edited)
        edited = edited.getvalue()

        base = f"/api/v1/structures/{self.tilleuls}/action-plan/tracker"
        headers = {"X-CSRF-Token": self.director.csrf, "Content-Type": "application/octet-stream"}
        status, _, preview = self.director.browser.request("POST", base + "/preview", data=edited, headers=headers)
        self.assertEqual(status, 200, preview)
        self.assertIn('"change_count":3', preview.replace(" ", ""))
        status, _, applied = self.director.browser.request("POST", base, data=edited, headers=headers)
        self.assertEqual(status, 200, applied)
        self.assertIn('"applied_items":1', applied.replace(" ", ""))
        status, _, again = self.director.browser.request("POST", base + "/preview", data=edited, headers=headers)
        self.assertIn('"change_count":0', again.replace(" ", ""), "the same file again changes nothing")
        _, plan = self.director.call("GET", f"/api/v1/structures/{self.tilleuls}/action-plan")
        changed = [i for i in plan["items"] if i["comment"] == "Devis demandé au prestataire & relancé."]
        self.assertEqual([(i["status"], i["progress"]) for i in changed], [("doing", 35)])
        _, item = self.director.call("GET", f"/api/v1/action-items/{changed[0]['id']}")
        self.assertIn(("status", "todo", "doing"), {(h["field"], h["old"], h["new"]) for h in item["history"]})

        # A wrong cell: named by sheet, row and column; nothing applied.
        sheet.cell(row, status_col).value = "Presque fini"
        broken = io.BytesIO()
        book.save(broken)
        status, _, refused = self.director.browser.request("POST", base, data=broken.getvalue(), headers=headers)
        self.assertEqual(status, 422, refused)
        self.assertIn(f"ligne {row}", refused)
        self.assertIn("Statut", refused)
        # Not a workbook at all.
        status, _, refused = self.director.browser.request("POST", base + "/preview", data=b"%PDF-1.5 pas un classeur",
                                                           headers=headers)
        self.assertEqual(status, 422)
        # Another structure's plan: its director may not even try on Tilleuls, and the
        # Tilleuls file is refused on the other plan.
        other = harness.ApiClient(SERVER, "direction@chene.example")
        _, structures = other.call("GET", "/api/v1/structures?per_page=50")
        chene = next(s["id"] for s in structures["items"] if s["name"] == "IME Le Chêne")
        other_headers = {"X-CSRF-Token": other.csrf, "Content-Type": "application/octet-stream"}
        self.assertEqual(other.browser.request("POST", base + "/preview", data=edited, headers=other_headers)[0], 403)
        status, _, refused = other.browser.request(
            "POST", f"/api/v1/structures/{chene}/action-plan/tracker/preview", data=edited, headers=other_headers)
        self.assertEqual(status, 422)
        self.assertIn('"wrong_plan":true', refused.replace(" ", ""))

    def test_rights_and_unlocked_diagnostics(self):
        reader = harness.ApiClient(SERVER, "lecteur@tilleuls.example")
        self.assertEqual(self.download(reader, "full")[0], 403)
        other = harness.ApiClient(SERVER, "direction@chene.example")
        self.assertEqual(self.download(other, "synthesis")[0], 403)
        consultant = harness.ApiClient(SERVER, "consultant@vigie.example")
        status, d = consultant.call("POST", "/api/v1/diagnostics", {"structure_id": self.tilleuls})
        status, _, _ = consultant.browser.request("GET", f"/api/v1/diagnostics/{d['id']}/documents/full", raw=True)
        self.assertEqual(status, 409, "documents come from validated diagnostics only")
        self.assertEqual(self.download(self.director, "annexe")[0], 404)

    def test_command_line_reuses_the_stored_document_until_the_plan_changes(self):
        out = os.path.join(SERVER.data_dir, "suivi.xlsx")
        first = SERVER.run_cli("report", "synthesis", "--diagnostic", self.diagnostic, "--output", out)
        second = SERVER.run_cli("report", "synthesis", "--diagnostic", self.diagnostic, "--output", out)
        self.assertIn("toujours à jour", second.stdout)
        sha = re.search(r"SHA-256 ([0-9a-f]{64})", second.stdout).group(1)
        with open(out, "rb") as f:
            self.assertEqual(hashlib.sha256(f.read()).hexdigest(), sha)
        self.assertIn("SHA-256", first.stdout)
        _, plan = self.director.call("GET", f"/api/v1/structures/{self.tilleuls}/action-plan")
        item = plan["items"][-1]
        self.assertEqual(self.director.call("PATCH", f"/api/v1/action-items/{item['id']}",
                                            {"comment": "Point fait en comité.", "revision": item["revision"]})[0], 200)
        third = SERVER.run_cli("report", "synthesis", "--diagnostic", self.diagnostic, "--output", out)
        self.assertIn("produit maintenant", third.stdout)
        missing = SERVER.run_cli("report", "full", "--diagnostic", "absent", "--output", out, check=False)
        self.assertNotEqual(missing.returncode, 0)
        self.assertIn("n'existe pas", missing.stderr)


def main():
    harness.run_unittests(globals())


if __name__ == "__main__":
    main()
