#!/usr/bin/env python3
"""Awareness recipients against the real binary: groups per structure (unique names,
rename, archive), members added, edited and archived with every wrong field named,
sites matched to the structure's own, pagination, rights, and the pages.
Usage: recipients_test.py PATH_TO_VIGIE [--postgres-from-env]"""
import io
import json
import os
import re
import sys
import unittest
import uuid

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402

SERVER = None


class RecipientsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.director = harness.ApiClient(SERVER, "direction@tilleuls.example")
        _, structures = cls.director.call("GET", "/api/v1/structures?per_page=50")
        cls.tilleuls = next(s["id"] for s in structures["items"] if s["name"] == "EHPAD Les Tilleuls")

    def new_group(self, client=None):
        status, group = (client or self.director).call(
            "POST", f"/api/v1/structures/{self.tilleuls}/recipient-groups", {"name": "Groupe " + uuid.uuid4().hex[:6]})
        self.assertEqual(status, 201, group)
        return group

    def test_demo_groups_and_unique_names(self):
        status, groups = self.director.call("GET", f"/api/v1/structures/{self.tilleuls}/recipient-groups")
        names = {g["name"]: g["member_count"] for g in groups["items"]}
        self.assertEqual(names.get("Équipe soignante"), 6)
        status, error = self.director.call("POST", f"/api/v1/structures/{self.tilleuls}/recipient-groups",
                                           {"name": "Équipe soignante"})
        self.assertEqual(status, 422)
        self.assertEqual(error["error"]["fields"][0]["field"], "name")
        group = self.new_group()
        status, renamed = self.director.call("PATCH", f"/api/v1/recipient-groups/{group['id']}",
                                             {"name": group["name"] + " bis"})
        self.assertEqual((status, renamed["name"]), (200, group["name"] + " bis"))
        status, archived = self.director.call("PATCH", f"/api/v1/recipient-groups/{group['id']}", {"archived": True})
        self.assertTrue(archived["archived"])
        _, active = self.director.call("GET", f"/api/v1/structures/{self.tilleuls}/recipient-groups")
        self.assertNotIn(group["id"], [g["id"] for g in active["items"]])

    def test_members_with_validation_sites_and_pages(self):
        group = self.new_group()
        base = f"/api/v1/recipient-groups/{group['id']}/recipients"
        status, person = self.director.call("POST", base, {"email": " Nadia.Benali@Tilleuls.example ", "first_name": "Nadia",
                                                           "last_name": "Benali", "site": "batiment PRINCIPAL"})
        self.assertEqual(status, 201, person)
        self.assertEqual((person["email"], person["site"]), ("nadia.benali@tilleuls.example", "Bâtiment principal"))
        status, error = self.director.call("POST", base, {"email": "nadia.benali@tilleuls.example"})
        self.assertEqual(status, 422, "the same address twice in a group")
        status, error = self.director.call("POST", base, {"email": "pas-une-adresse", "site": "Ailleurs"})
        self.assertEqual(status, 422)
        self.assertEqual({f["field"] for f in error["error"]["fields"]}, {"email", "site"})
        for i in range(55):
            self.assertEqual(self.director.call("POST", base, {"email": f"agent{i:02d}@tilleuls.example",
                                                               "last_name": f"Agent {i:02d}"})[0], 201)
        status, page = self.director.call("GET", f"/api/v1/recipient-groups/{group['id']}?per_page=50&page=2")
        self.assertEqual((page["members"]["total"], len(page["members"]["items"])), (56, 6))
        status, edited = self.director.call("PATCH", f"/api/v1/recipients/{person['id']}",
                                            {"department": "Soins de nuit", "archived": True})
        self.assertEqual((status, edited["department"], edited["archived"]), (200, "Soins de nuit", True))
        _, after = self.director.call("GET", f"/api/v1/recipient-groups/{group['id']}")
        self.assertEqual(after["member_count"], 55)

    def upload(self, group, csv_text, apply=False, name="liste.csv", data=None):
        path = f"/api/v1/recipient-groups/{group['id']}/import" + ("" if apply else "/preview") + f"?name={name}"
        headers = {"X-CSRF-Token": self.director.csrf, "Content-Type": "application/octet-stream"}
        status, _, text = self.director.browser.request("POST", path, data=data if data is not None else csv_text.encode(),
                                                         headers=headers)
        return status, json.loads(text)

    def test_import_reports_every_problem_before_saving(self):
        group = self.new_group()
        bad = ("Adresse électronique;Prénom;Nom;Site;Service\r\n"
               "anne.roux@tilleuls.example;Anne;Roux;Bâtiment principal;Soins\r\n"
               "pas-une-adresse;Jean;Vidal;Bâtiment principal;Soins\r\n"
               "anne.roux@tilleuls.example;Anne;Roux;Bâtiment principal;Soins\r\n"
               "luc.girard@tilleuls.example;Luc;Girard;Annexe inconnue;Cuisine\r\n")
        status, report = self.upload(group, bad)
        self.assertEqual(status, 422)
        self.assertFalse(report["ok"])
        messages = {(p["line"], p["severity"]) for p in report["problems"]}
        for line in (3, 4, 5):
            self.assertIn((line, "error"), messages, report["problems"])
        status, _ = self.upload(group, bad, apply=True)
        self.assertEqual(status, 422)
        _, after = self.director.call("GET", f"/api/v1/recipient-groups/{group['id']}")
        self.assertEqual(after["member_count"], 0, "nothing saved from a file with errors")

        good = ("courriel,prénom,nom,service\n"
                "anne.roux@tilleuls.example,Anne,Roux,Soins\n"
                "\"luc.girard@tilleuls.example\",\"Luc\",\"Girard, dit « Lulu »\",Cuisine\n")
        status, report = self.upload(group, good)
        self.assertEqual((status, report["new"], report["updates"]), (200, 2, 0), report)
        status, applied = self.upload(group, good, apply=True)
        self.assertEqual((status, applied["added"], applied["updated"]), (200, 2, 0))
        status, again = self.upload(group, good, apply=True)
        self.assertEqual((again["added"], again["updated"]), (0, 2), "a re-import updates, never duplicates")
        _, page = self.director.call("GET", f"/api/v1/recipient-groups/{group['id']}")
        self.assertEqual(page["member_count"], 2)
        self.assertIn("Girard, dit « Lulu »", [m["last_name"] for m in page["members"]["items"]])

    def test_import_of_an_excel_file_and_of_garbage(self):
        group = self.new_group()
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Destinataires"
        sheet.append(["E-mail", "First name", "Last name", "Department", "Job family"])
        sheet.append(["Sara.Blanc@Tilleuls.example", "Sara", "Blanc", "Soins de nuit", "Aide-soignante"])
        buffer = io.BytesIO()
        book.save(buffer)
        status, report = self.upload(group, "", name="liste.xlsx", data=buffer.getvalue())
        self.assertEqual((status, report["new"]), (200, 1), report)
        self.assertEqual(report["rows"][0]["email"], "sara.blanc@tilleuls.example")
        status, report = self.upload(group, "", name="liste.pdf", data=b"%PDF-1.5\n\x00\x01\x02")
        self.assertEqual(status, 422)
        self.assertTrue(report["problems"])

    def test_template_catalogue_and_preview(self):
        browser = self.director.browser
        status, _, page = browser.request("GET", "/sensibilisation/modeles")
        self.assertEqual(status, 200)
        ids = set(re.findall(r'href="/sensibilisation/modeles/([a-z0-9-]+)"', page))
        self.assertGreaterEqual(len(ids), 8)
        for template in sorted(ids):
            status, _, preview = browser.request("GET", f"/sensibilisation/modeles/{template}")
            self.assertEqual(status, 200, template)
            self.assertIn("CECI EST UNE TENTATIVE DE PHISHING", preview)
            self.assertGreaterEqual(preview.count("<mark>"), 2, template)
            self.assertIn("EHPAD Les Tilleuls", preview, "the director's structure in the example")
            if "fausse-page" in preview:
                fake = preview[preview.index('class="fake-login"'):]
                fake = fake[:fake.index("</section>")]
                self.assertNotIn("name=", fake, "typed values can never be sent")
        self.assertEqual(browser.request("GET", "/sensibilisation/modeles/inconnu")[0], 404)
        reader = harness.ApiClient(SERVER, "lecteur@tilleuls.example")
        self.assertEqual(reader.browser.request("GET", "/sensibilisation/modeles")[0], 403)

    def test_rights(self):
        group = self.new_group()
        reader = harness.ApiClient(SERVER, "lecteur@tilleuls.example")
        self.assertEqual(reader.call("GET", f"/api/v1/recipient-groups/{group['id']}")[0], 403)
        other = harness.ApiClient(SERVER, "direction@chene.example")
        self.assertEqual(other.call("GET", f"/api/v1/structures/{self.tilleuls}/recipient-groups")[0], 403)
        self.assertEqual(other.call("POST", f"/api/v1/recipient-groups/{group['id']}/recipients",
                                    {"email": "intrus@chene.example"})[0], 403)
        consultant = harness.ApiClient(SERVER, "consultant@vigie.example")
        self.assertEqual(consultant.call("GET", f"/api/v1/recipient-groups/{group['id']}")[0], 200, "operated mode")

    def test_pages(self):
        browser = self.director.browser
        status, _, page = browser.request("GET", f"/structures/{self.tilleuls}/destinataires")
        self.assertEqual(status, 200)
        self.assertIn("Équipe soignante", page)
        status, headers, _ = browser.post_form(f"/structures/{self.tilleuls}/destinataires",
                                               {"name": "Équipe de nuit " + uuid.uuid4().hex[:4]})
        self.assertEqual(status, 303)
        group_path = headers["Location"]
        status, _, page = browser.post_form(group_path + "/membres", {"email": "faux", "site": ""}, token_from=group_path)
        self.assertEqual(status, 422)
        self.assertIn("n'est pas une adresse électronique valide", page.replace("&#39;", "'").replace("&apos;", "'"))
        status, _, _ = browser.post_form(group_path + "/membres", {"email": "veilleur@tilleuls.example",
                                                                   "first_name": "Yann", "last_name": "Le Gall",
                                                                   "site": "Bâtiment principal"}, token_from=group_path)
        self.assertEqual(status, 303)
        _, _, page = browser.request("GET", group_path)
        self.assertIn("veilleur@tilleuls.example", page)
        self.assertIn("Yann Le Gall", page)
        person = re.search(r'href="(/destinataires/[0-9a-z]+)"', page).group(1)
        status, _, _ = browser.post_form(person + "/archiver", {}, token_from=person)
        self.assertEqual(status, 303)
        _, _, page = browser.request("GET", group_path)
        self.assertIn("archivée", page)


def main():
    harness.run_unittests(globals())


if __name__ == "__main__":
    main()
