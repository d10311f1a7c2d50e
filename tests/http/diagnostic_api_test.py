#!/usr/bin/env python3
"""The maturity diagnostic through the API, against the real binary: create, context
sheet, answers with revisions (a stale revision gets 409 with the current answer),
scores and priorities, lock (then nothing changes), re-assessment from the locked
diagnostic, and the structure's director reading it while another structure cannot.
Usage: diagnostic_api_test.py PATH_TO_VIGIE [--postgres-from-env]"""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402

SERVER = None


class DiagnosticApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.consultant = harness.ApiClient(SERVER, "consultant@vigie.example")
        status, structures = cls.consultant.call("GET", "/api/v1/structures?per_page=50")
        cls.tilleuls = next(s["id"] for s in structures["items"] if s["name"] == "EHPAD Les Tilleuls")

    def create(self):
        status, d = self.consultant.call("POST", "/api/v1/diagnostics", {"structure_id": self.tilleuls})
        self.assertEqual(status, 201, d)
        return d

    def test_full_path_with_conflict_lock_and_reassessment(self):
        d = self.create()
        self.assertEqual(d["status"], "context")
        base = f"/api/v1/diagnostics/{d['id']}"
        status, body = self.consultant.call("PUT", base + "/context", {"care": "medical", "wifi_guests": "none"})
        self.assertEqual((status, body["status"]), (200, "interview"))
        status, body = self.consultant.call("PUT", base + "/context", {"care": "chirurgie"})
        self.assertEqual(status, 422)
        self.assertEqual(body["error"]["fields"][0]["field"], "care")

        status, a = self.consultant.call("PUT", base + "/answers/bak.offline",
                                         {"answer": 0, "comment": "NAS dans la même pièce", "revision": 0})
        self.assertEqual((status, a["revision"]), (200, 1))
        status, a = self.consultant.call("PUT", base + "/answers/bak.offline", {"answer": 1, "revision": 1})
        self.assertEqual((status, a["revision"]), (200, 2))
        # A second consultant's page still shows revision 1: refused, with the current answer.
        status, conflict = self.consultant.call("PUT", base + "/answers/bak.offline", {"answer": 3, "revision": 1})
        self.assertEqual(status, 409)
        self.assertEqual((conflict["current"]["answer"], conflict["current"]["revision"]), ("1", 2))
        for bad in ({"answer": 7}, {"answer": "peut-être"}):
            self.assertEqual(self.consultant.call("PUT", base + "/answers/bak.offline", bad)[0], 422)
        self.assertEqual(self.consultant.call("PUT", base + "/answers/inconnue.question", {"answer": 1})[0], 422)

        status, full = self.consultant.call("GET", base)
        results = full["results"]
        self.assertIsNotNone(results["global"])
        backups = next(x for x in results["domains"] if x["id"] == "backups")
        self.assertEqual(backups["answered"], 1)
        self.assertIn("M-BAK-01", [p["measure"] for p in results["priorities"]])
        network = next(x for x in results["domains"] if x["id"] == "network")
        self.assertLess(network["asked"], 9, "Wi-Fi questions are not applicable without Wi-Fi")

        self.assertEqual(self.consultant.call("POST", base + "/lock")[0], 200)
        status, body = self.consultant.call("PUT", base + "/answers/bak.offline", {"answer": 3, "revision": 2})
        self.assertEqual(status, 409)
        self.assertIn("verrouillé", body["error"]["message"])
        self.assertEqual(self.consultant.call("POST", base + "/lock")[0], 409)

        status, again = self.consultant.call("POST", "/api/v1/diagnostics",
                                             {"structure_id": self.tilleuls, "from_previous": True})
        self.assertEqual(status, 201)
        self.assertEqual(again["previous_diagnostic_id"], d["id"])
        self.assertEqual(next(a for a in again["answers"] if a["question"] == "bak.offline")["answer"], "1")
        self.assertEqual(again["context"]["care"], "medical")
        # The re-assessment puts every backup practice in place: the comparison shows it.
        self.assertEqual(self.consultant.call("PUT", f"/api/v1/diagnostics/{again['id']}/answers/bak.offline",
                                              {"answer": 3, "revision": 1})[0], 200)
        backups_now = next(x for x in again["results"]["domains"] if x["id"] == "backups")
        for question in backups_now["coverage_gaps"]:
            if question != "bak.offline":
                self.assertEqual(self.consultant.call("PUT", f"/api/v1/diagnostics/{again['id']}/answers/{question}",
                                                      {"answer": 3, "revision": 0})[0], 200)
        status, comparison = self.consultant.call("GET", f"/api/v1/diagnostics/{again['id']}/comparison")
        self.assertEqual(status, 200)
        self.assertEqual(comparison["before"], d["id"])
        backups = next(x for x in comparison["domains"] if x["id"] == "backups")
        self.assertGreater(backups["delta"], 0)
        self.assertIn("M-BAK-01", comparison["resolved_measures"])
        status, _, page = self.consultant.browser.request("GET", f"/diagnostics/{again['id']}/comparaison")
        self.assertEqual(status, 200)
        self.assertIn("Mesures qui ne sont plus nécessaires", page)

    def test_comparison_with_any_other_diagnostic_of_the_structure(self):
        fresh = self.create()  # not a re-assessment: compared with the latest validated one
        status, comparison = self.consultant.call("GET", f"/api/v1/diagnostics/{fresh['id']}/comparison")
        self.assertEqual(status, 200, comparison)
        status, listing = self.consultant.call("GET", f"/api/v1/diagnostics?structure={self.tilleuls}")
        locked = [d for d in listing["items"] if d["status"] == "locked" and d["created_at"] <= fresh["created_at"]]
        self.assertEqual(comparison["before"], max(locked, key=lambda d: d["created_at"])["id"])
        other = self.create()
        status, _, page = self.consultant.browser.request("GET", f"/diagnostics/{fresh['id']}/comparaison?avec={other['id']}")
        self.assertEqual(status, 200)
        self.assertRegex(page, f'<option value="{other["id"]}" selected>')
        self.assertEqual(self.consultant.call("GET", f"/api/v1/diagnostics/{fresh['id']}/comparison?with={fresh['id']}")[0], 422)
        _, structures = self.consultant.call("GET", "/api/v1/structures?per_page=50")
        chene = next(s["id"] for s in structures["items"] if s["name"] == "IME Le Chêne")
        status, elsewhere = self.consultant.call("POST", "/api/v1/diagnostics", {"structure_id": chene})
        self.assertEqual(self.consultant.call("GET", f"/api/v1/diagnostics/{fresh['id']}/comparison?with={elsewhere['id']}")[0], 422)

    def test_structure_reads_its_own_diagnostic_only(self):
        d = self.create()
        director = harness.ApiClient(SERVER, "direction@tilleuls.example")
        self.assertEqual(director.call("GET", f"/api/v1/diagnostics/{d['id']}")[0], 200)
        self.assertEqual(director.call("PUT", f"/api/v1/diagnostics/{d['id']}/answers/bak.offline", {"answer": 3})[0], 403)
        other = harness.ApiClient(SERVER, "direction@chene.example")
        self.assertEqual(other.call("GET", f"/api/v1/diagnostics/{d['id']}")[0], 403)
        status, listing = other.call("GET", "/api/v1/diagnostics")
        self.assertEqual([x for x in listing["items"] if x["id"] == d["id"]], [])


def main():
    harness.run_unittests(globals())


if __name__ == "__main__":
    main()
