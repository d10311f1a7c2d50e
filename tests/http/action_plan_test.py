#!/usr/bin/env python3
"""The action plan against the real binary: locking a diagnostic fills the plan, a
re-assessment adds no duplicate of an open item; follow-up through the API with
history, revisions (409 with the stored item) and validation naming the field; the
three views; who may read and edit; and the same through the pages.
Usage: action_plan_test.py PATH_TO_VIGIE [--postgres-from-env]"""
import datetime
import os
import re
import sys
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402

SERVER = None


def paris_today():
    # Good enough for a test run far from midnight; the server uses the EU rule.
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=1)).date().isoformat()


class ActionPlanTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.consultant = harness.ApiClient(SERVER, "consultant@vigie.example")
        cls.director = harness.ApiClient(SERVER, "direction@tilleuls.example")
        _, structures = cls.consultant.call("GET", "/api/v1/structures?per_page=50")
        cls.tilleuls = next(s["id"] for s in structures["items"] if s["name"] == "EHPAD Les Tilleuls")
        _, regions = cls.consultant.call("GET", "/api/v1/regions")
        cls.bfc = next(r["id"] for r in regions["items"] if r["code"] == "bfc")

    def plan(self, client, structure, view=None):
        status, body = client.call("GET", f"/api/v1/structures/{structure}/action-plan" + (f"?view={view}" if view else ""))
        self.assertEqual(status, 200, body)
        return body

    def new_structure(self):
        finess = harness.finess_with_key("21" + str(uuid.uuid4().int)[:6])
        status, body = self.consultant.call("POST", "/api/v1/structures", {
            "name": "EHPAD du plan " + uuid.uuid4().hex[:6], "finess": finess, "category": "ehpad", "capacity": 40,
            "staff_count": 30, "workstation_count": 12, "it_organisation": "none", "department": "21",
            "access_mode": "operated", "region_id": self.bfc})
        self.assertEqual(status, 201, body)
        return body["id"]

    def locked_diagnostic(self, structure, from_previous=False, answers=None):
        status, d = self.consultant.call("POST", "/api/v1/diagnostics",
                                         {"structure_id": structure, "from_previous": from_previous})
        self.assertEqual(status, 201, d)
        base = f"/api/v1/diagnostics/{d['id']}"
        self.assertEqual(self.consultant.call("PUT", base + "/context", {"care": "medical"})[0], 200)
        revisions = {a["question"]: a["revision"] for a in d["answers"]}
        for question, answer in (answers or {}).items():
            status, body = self.consultant.call("PUT", f"{base}/answers/{question}",
                                                {"answer": answer, "revision": revisions.get(question, 0)})
            self.assertEqual(status, 200, body)
        status, locked = self.consultant.call("POST", base + "/lock")
        self.assertEqual(status, 200, locked)
        return locked

    def test_lock_fills_the_plan_and_a_reassessment_adds_no_duplicate(self):
        structure = self.new_structure()
        self.assertEqual(self.plan(self.consultant, structure)["items"], [])
        first = self.locked_diagnostic(structure, answers={"bak.offline": 0, "adm.local_admin": 0})
        plan = self.plan(self.consultant, structure)
        measures = [i["measure"]["id"] for i in plan["items"]]
        expected = [p["measure"] for p in first["results"]["priorities"]]
        self.assertEqual(sorted(measures), sorted(expected))
        self.assertEqual(len(measures), len(set(measures)))
        backup = next(i for i in plan["items"] if i["measure"]["id"] == "M-BAK-01")
        self.assertEqual((backup["status"], backup["source_id"], backup["priority"]), ("todo", first["id"], "P1"))
        self.assertTrue(backup["owner"])
        self.assertGreater(backup["due_date"], paris_today())
        self.assertEqual(plan["summary"]["total"], len(measures))

        # The backup is done; another measure is under way.
        status, done = self.consultant.call("PATCH", f"/api/v1/action-items/{backup['id']}",
                                            {"status": "done", "revision": backup["revision"]})
        self.assertEqual((status, done["progress"]), (200, 100))
        other = next(i for i in plan["items"] if i["id"] != backup["id"])
        self.assertEqual(self.consultant.call("PATCH", f"/api/v1/action-items/{other['id']}",
                                              {"status": "doing", "progress": 20, "revision": other["revision"]})[0], 200)

        # The re-assessment still finds no offline copy: the done item comes back as a new
        # one; the open item is kept with its follow-up, not duplicated.
        second = self.locked_diagnostic(structure, from_previous=True)
        plan = self.plan(self.consultant, structure)
        backups = [i for i in plan["items"] if i["measure"]["id"] == "M-BAK-01"]
        self.assertEqual(sorted((i["status"], i["source_id"]) for i in backups),
                         sorted([("done", first["id"]), ("todo", second["id"])]))
        kept = [i for i in plan["items"] if i["measure"]["id"] == other["measure"]["id"]]
        self.assertEqual([(i["status"], i["progress"], i["source_id"]) for i in kept], [("doing", 20, first["id"])])
        open_measures = [i["measure"]["id"] for i in plan["items"] if i["status"] in ("todo", "doing")]
        self.assertEqual(len(open_measures), len(set(open_measures)))

    def test_follow_up_keeps_history_refuses_stale_revisions_and_names_wrong_fields(self):
        item = self.plan(self.director, self.tilleuls, "priority")["items"][-1]
        url = f"/api/v1/action-items/{item['id']}"
        status, body = self.director.call("PATCH", url, {"status": "doing", "progress": 40, "owner": "Marc Petit",
                                                         "due_date": "2027-06-30", "revision": item["revision"]})
        self.assertEqual(status, 200, body)
        self.assertEqual((body["status"], body["progress"], body["owner"], body["revision"]),
                         ("doing", 40, "Marc Petit", item["revision"] + 1))
        status, conflict = self.director.call("PATCH", url, {"progress": 80, "revision": item["revision"]})
        self.assertEqual(status, 409)
        self.assertEqual(conflict["current"]["progress"], 40)
        revision = body["revision"]
        for bad, field in (({"status": "fini"}, "status"), ({"status": "abandoned"}, "abandon_reason"),
                           ({"due_date": "2027-02-30"}, "due_date"), ({"progress": 140}, "progress"),
                           ({"progress": "beaucoup"}, "progress"), ({}, "revision")):
            payload = dict(bad)
            if field != "revision":
                payload["revision"] = revision
            status, error = self.director.call("PATCH", url, payload)
            self.assertEqual(status, 422, (bad, error))
            self.assertIn(field, [f["field"] for f in error["error"]["fields"]], bad)
        status, full = self.director.call("GET", url)
        self.assertEqual(full["revision"], revision, "a refused change saves nothing")
        changes = {(h["field"], h["old"], h["new"]) for h in full["history"]}
        self.assertIn(("status", item["status"], "doing"), changes)
        self.assertIn(("progress", str(item["progress"]), "40"), changes)
        self.assertEqual({h["changed_by"] for h in full["history"] if h["new"] == "Marc Petit"}, {"Anne Lefèvre"})

    def test_views_by_owner_and_overdue(self):
        today = paris_today()
        late = self.plan(self.director, self.tilleuls, "overdue")
        self.assertGreaterEqual(len(late["items"]), 1)
        self.assertEqual(late["summary"]["overdue"], len(late["items"]))
        for i in late["items"]:
            self.assertLess(i["due_date"], today)
            self.assertIn(i["status"], ("todo", "doing"))
            self.assertTrue(i["overdue"])
        owners = [i["owner"] for i in self.plan(self.director, self.tilleuls, "owner")["items"]]
        named = [o for o in owners if o]
        self.assertEqual(named, sorted(named))
        self.assertEqual(owners[:len(named)], named, "unassigned items come last")
        self.assertEqual(self.director.call("GET", f"/api/v1/structures/{self.tilleuls}/action-plan?view=retard")[0], 422)

    def test_readers_read_other_structures_see_nothing(self):
        item = self.plan(self.director, self.tilleuls)["items"][0]
        reader = harness.ApiClient(SERVER, "lecteur@tilleuls.example")
        self.assertEqual(reader.call("GET", f"/api/v1/action-items/{item['id']}")[0], 200)
        self.assertEqual(reader.call("PATCH", f"/api/v1/action-items/{item['id']}",
                                     {"progress": 10, "revision": item["revision"]})[0], 403)
        other = harness.ApiClient(SERVER, "direction@chene.example")
        self.assertEqual(other.call("GET", f"/api/v1/structures/{self.tilleuls}/action-plan")[0], 403)
        self.assertEqual(other.call("GET", f"/api/v1/action-items/{item['id']}")[0], 403)
        referent = harness.ApiClient(SERVER, "referent@tilleuls.example")
        status, body = referent.call("PATCH", f"/api/v1/action-items/{item['id']}",
                                     {"comment": "Vu avec le prestataire.", "revision": item["revision"]})
        self.assertIn(status, (200, 409), body)  # 409 only if another test moved this item first

    def test_pages_edit_with_errors_and_conflicts(self):
        browser = self.director.browser
        status, _, page = browser.request("GET", f"/structures/{self.tilleuls}/plan-action?vue=responsable")
        self.assertEqual(status, 200)
        self.assertIn("Par responsable", page)
        item_id = re.search(r'href="/plan-action/([0-9a-z]+)"', page).group(1)
        path = f"/plan-action/{item_id}"
        _, _, page = browser.request("GET", path)
        revision = re.search(r'name="revision" value="(\d+)"', page).group(1)
        form = {"status": "abandoned", "abandon_reason": "", "progress": "0", "owner": "Direction",
                "due_date": "2027-01-15", "comment": "", "revision": revision}
        status, _, page = browser.post_form(path, form)
        self.assertEqual(status, 422)
        self.assertIn("Indiquez pourquoi cette mesure est abandonnée.", page)
        form["abandon_reason"] = "Remplacé par la migration vers la messagerie hébergée."
        status, headers, _ = browser.post_form(path, form)
        self.assertEqual(status, 303)
        # The same form sent again carries a stale revision: refused, the stored version shown.
        form["comment"] = "Ajout tardif"
        status, _, page = browser.post_form(path, form)
        self.assertEqual(status, 409)
        self.assertIn("Quelqu’un a modifié cette action", page)
        self.assertIn("Ajout tardif", page)
        _, _, page = browser.request("GET", path)
        self.assertIn("Remplacé par la migration vers la messagerie hébergée.", page)
        self.assertIn("Abandonné", page)


def main():
    harness.run_unittests(globals())


if __name__ == "__main__":
    main()
