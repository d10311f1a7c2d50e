#!/usr/bin/python3
"""Reads the sample deliverables back with real PDF tools (poppler, qpdf).

Usage: python3 pdf_documents_test.py PATH_TO_vigie_document_samples

The sample writer renders tests/documents/sample_report_model.cpp's model into
full.pdf and synthesis.pdf; this test checks what a reader of those files sees.
"""

import os
import re
import subprocess
import sys
import tempfile
import unittest

SAMPLES = None

STRUCTURE = "EHPAD Les Tilleuls & Les Acacias"
# The sample's six priority measures, by rank (a prefix that never wraps).
PRIORITIES = [
    "Signer avec le prestataire informatique",
    "Verrouiller les accès à distance",
    "Donner à chaque professionnel",
    "Activer la double authentification",
    "Fermer les accès directs",
    "Faire administrer un pare-feu",
]


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def normalize(text):
    """No-break spaces (French typography) read as ordinary spaces."""
    return re.sub("[\u00a0\u202f]", " ", text)


def collapse(text):
    """Runs of spaces (justified lines, columns) as one."""
    return re.sub(r" +", " ", text)


def pages_of(path, mode="-layout"):
    text = run("pdftotext", mode, path, "-")
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [normalize(page) for page in pages]


def info_of(path):
    info = {}
    for line in run("pdfinfo", path).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


class PdfDocuments(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        subprocess.run([SAMPLES, cls.tmp.name], check=True)
        cls.full = os.path.join(cls.tmp.name, "full.pdf")
        cls.synthesis = os.path.join(cls.tmp.name, "synthesis.pdf")
        cls.full_pages = pages_of(cls.full)
        cls.synthesis_pages = pages_of(cls.synthesis)
        cls.full_text = collapse("".join(cls.full_pages))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_cover_names_the_structure_and_its_identifiers(self):
        cover = collapse(self.full_pages[0])
        for expected in (STRUCTURE, "FINESS 210012345", "EHPAD", "Camille Martin", "29/11/2026",
                         "Centre régional de ressources cyber Bourgogne-Franche-Comté"):
            self.assertIn(expected, cover)

    def test_global_score_is_shown_in_both_documents(self):
        self.assertIn("46 / 100", self.full_text)
        self.assertIn("46 / 100", self.synthesis_pages[0])

    def test_the_six_priorities_come_in_rank_order(self):
        summary = collapse(next(p for p in self.full_pages[2:] if "Mesures prioritaires" in p))
        positions = [summary.find(title) for title in PRIORITIES]
        self.assertNotIn(-1, positions, summary)
        self.assertEqual(positions, sorted(positions))
        # The slides put them in two columns: the content stream keeps the rank order.
        raw = collapse(pages_of(self.synthesis, "-raw")[1].replace("\n", " "))
        positions = [raw.find(title) for title in PRIORITIES]
        self.assertNotIn(-1, positions, raw)
        self.assertEqual(positions, sorted(positions))

    def test_table_of_contents_page_numbers_match_the_headings(self):
        toc = self.full_pages[1]
        self.assertIn("Sommaire", toc)
        entries = re.findall(r"^ *((?:\d+(?:\.\d+)?|Annexe [A-Z]) \S.*?) {2,}(\d+) *$", toc, re.M)
        self.assertGreaterEqual(len(entries), 20, toc)
        for title, page in entries:
            page = int(page)
            self.assertLess(2, page)
            self.assertLessEqual(page, len(self.full_pages))
            heading = re.compile(r"^ *" + re.escape(title).replace(r"\ ", " +") + r" *$", re.M)
            self.assertRegex(self.full_pages[page - 1], heading, f"{title!r} is not on page {page}")
            for other, text in enumerate(self.full_pages[2:], start=3):
                if other != page:
                    self.assertNotRegex(text, heading, f"{title!r} also on page {other}")

    def test_every_page_after_the_cover_says_page_x_of_y(self):
        total = len(self.full_pages)
        for number, text in enumerate(self.full_pages[1:], start=2):
            self.assertIn(f"page {number} / {total}", collapse(text))
            self.assertIn("Document confidentiel", text)
        for number, text in enumerate(self.synthesis_pages, start=1):
            self.assertIn(f"page {number} / {len(self.synthesis_pages)}", collapse(text))

    def test_data_with_markup_characters_is_printed_as_written(self):
        text = self.full_text
        self.assertIn("Mot de passe « Ehpad2024 » partagé", text)
        self.assertIn("<accueil>", text)
        self.assertIn("Le prestataire & l'éditeur", text)

    def test_french_typography_keeps_marks_with_their_words(self):
        # Text extraction turns no-break spaces back into spaces, but their effect shows:
        # no line starts with a high punctuation mark or a closing guillemet, and no
        # line ends with an opening one.
        for number, text in enumerate(self.full_pages + self.synthesis_pages, start=1):
            for column in re.split(r" {3,}|\n", text):
                self.assertNotRegex(column.strip(), r"^[:;!?»]", f"page {number}: {column!r}")
                self.assertNotRegex(column.strip(), r"«$", f"page {number}: {column!r}")

    def test_qpdf_finds_no_damage(self):
        for path in (self.full, self.synthesis):
            result = subprocess.run(["qpdf", "--check", path], capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertNotIn("WARNING", result.stdout + result.stderr)
            self.assertIn("No syntax or stream encoding errors", result.stdout)

    def test_every_font_is_embedded_noto_sans(self):
        for path in (self.full, self.synthesis):
            rows = run("pdffonts", path).splitlines()[2:]
            self.assertTrue(rows)
            for row in rows:
                tokens = row.split()
                self.assertEqual(tokens[-5], "yes", row)  # the emb column
                self.assertIn("NotoSans", tokens[0], row)

    def test_document_information(self):
        full = info_of(self.full)
        self.assertIn(STRUCTURE, full["Title"])
        self.assertIn("Camille Martin", full["Author"])
        self.assertTrue(full["Subject"])
        self.assertEqual(full["Creator"], "Vigie")
        self.assertGreaterEqual(int(full["Pages"]), 20)
        self.assertIn("A4", full["Page size"])
        synthesis = info_of(self.synthesis)
        self.assertIn(STRUCTURE, synthesis["Title"])
        self.assertIn("Camille Martin", synthesis["Author"])
        self.assertTrue(2 <= int(synthesis["Pages"]) <= 4, synthesis["Pages"])


QUARTERLY_STRUCTURE = "EHPAD Les Tilleuls & Les Acacias"
QUARTERLY_CENTRE = "Centre régional de ressources cyber Bourgogne-Franche-Comté"


class QuarterlyAwarenessReports(unittest.TestCase):
    """The quarterly phishing-simulation reports of document_samples_main.cpp: a
    structure's quarter, the centre's portfolio and a quarter without campaign."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        subprocess.run([SAMPLES, cls.tmp.name], check=True)
        cls.paths = {name: os.path.join(cls.tmp.name, f"{name}.pdf")
                     for name in ("quarterly", "quarterly_portfolio", "quarterly_empty")}
        cls.pages = {name: pages_of(path) for name, path in cls.paths.items()}
        cls.text = {name: collapse("".join(pages)) for name, pages in cls.pages.items()}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_qpdf_finds_no_damage(self):
        for path in self.paths.values():
            result = subprocess.run(["qpdf", "--check", path], capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertNotIn("WARNING", result.stdout + result.stderr)
            self.assertIn("No syntax or stream encoding errors", result.stdout)

    def test_every_font_is_embedded_noto_sans(self):
        for path in self.paths.values():
            rows = run("pdffonts", path).splitlines()[2:]
            self.assertTrue(rows)
            for row in rows:
                tokens = row.split()
                self.assertEqual(tokens[-5], "yes", row)
                self.assertIn("NotoSans", tokens[0], row)

    def test_document_information_and_size(self):
        for name, path in self.paths.items():
            info = info_of(path)
            self.assertIn("rapport trimestriel", info["Title"])
            self.assertIn("A4", info["Page size"])
            self.assertEqual(info["Creator"], "Vigie")
        self.assertIn(QUARTERLY_STRUCTURE, info_of(self.paths["quarterly"])["Title"])
        self.assertIn("T4 2026", info_of(self.paths["quarterly"])["Title"])
        self.assertTrue(5 <= len(self.pages["quarterly"]) <= 9, len(self.pages["quarterly"]))
        self.assertTrue(5 <= len(self.pages["quarterly_portfolio"]) <= 10)
        self.assertEqual(len(self.pages["quarterly_empty"]), 3)

    def test_key_french_words_are_there(self):
        text = self.text["quarterly"]
        cover = collapse(self.pages["quarterly"][0])
        for expected in ("Sensibilisation à l’hameçonnage", "rapport trimestriel", QUARTERLY_STRUCTURE,
                         "T4 2026", "05/01/2027"):
            self.assertIn(expected, cover)
        for expected in ("L’essentiel du trimestre", "Ouverture", "Clic", "Saisie d’identifiants",
                         "Signalement", "Du message reçu au signalement", "Liens cliqués",
                         "Évolution sur les derniers trimestres", "Taux de clic",
                         "Les campagnes du trimestre", "Planning de nuit", "Par site", "Par service",
                         "moins de 5 personnes", "non détaillé", "Recommandations",
                         "Méthode et confidentialité", "pseudonyme", "23 visites automatiques"):
            self.assertIn(expected, text)
        self.assertIn("26 %", text)  # the click rate, in the summary and the funnel
        portfolio = self.text["quarterly_portfolio"]
        for expected in (QUARTERLY_CENTRE, "Par structure", "IME Les Sources", "FAM Le Verger"):
            self.assertIn(expected, portfolio)
        self.assertIn("diffusion restreinte au centre de ressources", portfolio)

    def test_a_quarter_without_campaign_says_so_plainly(self):
        text = self.text["quarterly_empty"]
        self.assertIn("Aucune campagne ce trimestre", text)
        self.assertIn("Aucune simulation n’a été envoyée au cours du trimestre T1 2027", text)
        self.assertIn("Évolution sur les derniers trimestres", text)
        for absent in ("Du message reçu au signalement", "Les campagnes du trimestre",
                       "Résultats par groupe", "Les quatre chiffres clés"):
            self.assertNotIn(absent, text)

    def test_small_groups_show_no_figures(self):
        for name, label in (("quarterly", "Annexe administrative"),
                            ("quarterly_portfolio", "IME Les Sources"),
                            ("quarterly_portfolio", "SSIAD du Val")):
            rows = [line for page in self.pages[name] for line in page.splitlines()
                    if label in line]
            self.assertTrue(rows, f"{label} not found in {name}")
            for row in rows:
                self.assertNotIn("%", row, f"{label} shows a rate in {name}")
                self.assertRegex(row, "moins de 5|non détaillé")

    def test_no_placeholder_is_left(self):
        for name, text in self.text.items():
            self.assertNotIn("{", text, name)
            self.assertNotIn("}", text, name)

    def test_every_page_after_the_cover_has_its_furniture(self):
        for name, pages in self.pages.items():
            for number, text in enumerate(pages[1:], start=2):
                self.assertIn(f"page {number} / {len(pages)}", collapse(text), name)
                self.assertIn("Document confidentiel", text, name)
                self.assertIn("Sensibilisation à l’hameçonnage", text, name)

    def test_french_typography_keeps_marks_with_their_words(self):
        for name, pages in self.pages.items():
            for number, text in enumerate(pages, start=1):
                for column in re.split(r" {3,}|\n", text):
                    self.assertNotRegex(column.strip(), r"^[:;!?»%]", f"{name} p. {number}: {column!r}")
                    self.assertNotRegex(column.strip(), r"«$", f"{name} p. {number}: {column!r}")

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: pdf_documents_test.py PATH_TO_vigie_document_samples")
    SAMPLES = os.path.abspath(sys.argv.pop(1))
    unittest.main()
