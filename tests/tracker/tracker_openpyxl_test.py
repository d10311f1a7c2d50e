#!/usr/bin/python3
"""The action-plan tracker read and edited by a real spreadsheet library (openpyxl).

Usage: tracker_openpyxl_test.py PATH/TO/vigie_tracker_samples
Writes the 60-row sample tracker, checks its structure with openpyxl (sheets, header,
values, status list, autofilter, frozen panes, conditional formats, formulas and their
stored values, the plan key), then edits cells with openpyxl and checks that the tool
reconciles exactly those changes, and that bad values are named by sheet, row and
column. Exit 77 (skipped) when openpyxl is missing.
"""

import datetime
import json
import os
import subprocess
import sys
import tempfile
import unittest

try:
    import openpyxl
except ImportError:  # pragma: no cover
    print("python3-openpyxl is not installed: skipped")
    sys.exit(77)

TOOL = None
PLAN_SHEET = "Plan d'action"
HEADERS = ["Identifiant Vigie", "Révision", "Domaine", "Mesure", "Pourquoi", "Comment", "Priorité", "Horizon",
           "Responsable", "Échéance", "Statut", "Avancement (%)", "Commentaire", "Motif d'abandon"]
LABELS = {"todo": "À faire", "doing": "En cours", "done": "Fait", "abandoned": "Abandonné"}
TODAY = "2026-11-29"


def run(*args):
    out = subprocess.run([TOOL, *args], check=True, capture_output=True, text=True)
    return out.stdout


def read(path, *extra):
    return json.loads(run("read", path, "--json", *extra))


class TrackerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.dir.name, "suivi.xlsx")
        run("write", cls.path, "--today", TODAY)
        cls.plan = json.loads(run("plan"))
        cls.wb = openpyxl.load_workbook(cls.path)
        cls.values = openpyxl.load_workbook(cls.path, data_only=True)

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def edited(self, name, edit):
        wb = openpyxl.load_workbook(self.path)
        edit(wb[PLAN_SHEET])
        path = os.path.join(self.dir.name, name)
        wb.save(path)
        return path

    def test_sheets_and_key(self):
        self.assertEqual(self.wb.sheetnames, [PLAN_SHEET, "Synthèse", "Mode d'emploi", "Vigie"])
        self.assertEqual(self.wb["Vigie"].sheet_state, "hidden")
        self.assertEqual(self.wb[PLAN_SHEET].sheet_state, "visible")
        names = [d for d in self.wb.defined_names.definedName if d.name == "VigiePlanKey"]
        self.assertEqual(len(names), 1)
        self.assertEqual(names[0].attr_text, '"plan-01JDQ8STRUCTURE00000000001"')
        guide = self.wb["Mode d'emploi"]
        self.assertEqual(guide["A1"].value, "Mode d'emploi")
        self.assertTrue(guide["A3"].value.startswith("Ce fichier est le plan d'action"))

    def test_header_and_rows(self):
        ws = self.wb[PLAN_SHEET]
        self.assertEqual([c.value for c in ws[1]], HEADERS)
        self.assertEqual(ws.max_row, 61)
        self.assertTrue(ws.column_dimensions["A"].hidden)
        self.assertTrue(ws.column_dimensions["B"].hidden)
        for i, item in enumerate(self.plan):
            row = [c.value for c in ws[i + 2]]
            self.assertEqual(row[0], item["item_id"])
            self.assertEqual(row[1], item["revision"])
            self.assertEqual(row[2], item["domain"])
            self.assertEqual(row[3], item["title"])
            self.assertEqual(row[4], item["why"])
            self.assertEqual(row[5], item["how"])
            self.assertEqual(row[6], "P%d" % item["priority"])
            self.assertEqual(row[7], item["horizon"])
            self.assertEqual(row[8], item["owner"] or None)
            if item["due_date"]:
                self.assertEqual(row[9], datetime.datetime.fromisoformat(item["due_date"]))
                self.assertEqual(ws.cell(i + 2, 10).number_format, "dd/mm/yyyy")
            else:
                self.assertIsNone(row[9])
            self.assertEqual(row[10], LABELS[item["status"]])
            self.assertEqual(row[11], item["progress"])
            self.assertEqual(row[12], item["comment"] or None)
            self.assertEqual(row[13], item["abandon_reason"] or None)
        special = [item["title"] for item in self.plan if "«" in item["title"]]
        self.assertTrue(special, "sample titles carry « »")
        self.assertTrue(any("&" in item["comment"] and "<" in item["comment"] for item in self.plan))

    def test_validation_filter_panes_and_formats(self):
        ws = self.wb[PLAN_SHEET]
        lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
        self.assertEqual(len(lists), 1)
        self.assertEqual(lists[0].formula1, '"À faire,En cours,Fait,Abandonné"')
        self.assertEqual(str(lists[0].sqref), "K2:K61")
        by_type = {dv.type: dv for dv in ws.data_validations.dataValidation}
        self.assertEqual((by_type["whole"].formula1, by_type["whole"].formula2), ("0", "100"))
        self.assertEqual(str(by_type["whole"].sqref), "L2:L61")
        self.assertEqual(str(by_type["date"].sqref), "J2:J61")
        self.assertEqual(ws.auto_filter.ref, "A1:N61")
        self.assertEqual(ws.freeze_panes, "E2")
        formulas = [rule.formula[0] for cf in ws.conditional_formatting for rule in cf.rules]
        self.assertTrue(any("TODAY()" in f and "$J2" in f for f in formulas), formulas)
        self.assertIn('$K2="Fait"', formulas)
        self.assertNotEqual(ws["I2"].fill.fgColor.rgb, ws["D2"].fill.fgColor.rgb)  # editable vs read-only
        self.assertFalse(ws["I2"].protection.locked)

    def test_summary_formulas_and_cached_values(self):
        ws, cached = self.wb["Synthèse"], self.values["Synthèse"]
        status_range = "'Plan d''action'!$K$2:$K$61"
        counts = {code: sum(1 for item in self.plan if item["status"] == code) for code in LABELS}
        for offset, code in enumerate(["todo", "doing", "done", "abandoned"]):
            row = 5 + offset
            self.assertEqual(ws.cell(row, 1).value, LABELS[code])
            self.assertEqual(ws.cell(row, 2).value, "=COUNTIF(%s,$A$%d)" % (status_range, row))
            self.assertEqual(cached.cell(row, 2).value, counts[code])
        self.assertEqual(ws["B9"].value, "=COUNTA('Plan d''action'!$A$2:$A$61)")
        self.assertEqual(cached["B9"].value, 60)
        for p in range(1, 5):
            row = 11 + p
            self.assertEqual(ws.cell(row, 1).value, "P%d" % p)
            self.assertTrue(ws.cell(row, 2).value.startswith("=COUNTIF('Plan d''action'!$G$2:$G$61"))
            self.assertTrue(ws.cell(row, 3).value.startswith("=COUNTIFS("))
            self.assertEqual(cached.cell(row, 2).value, sum(1 for i in self.plan if i["priority"] == p))
            self.assertEqual(cached.cell(row, 3).value,
                             sum(1 for i in self.plan if i["priority"] == p and i["status"] == "done"))
        self.assertIn("TODAY()", ws["B17"].value)
        overdue = sum(1 for i in self.plan
                      if i["due_date"] and i["due_date"] < TODAY and i["status"] in ("todo", "doing"))
        self.assertEqual(cached["B17"].value, overdue)
        self.assertTrue(ws["B18"].value.startswith("=IF("))
        self.assertAlmostEqual(cached["B18"].value, counts["done"] / (60 - counts["abandoned"]))

    def test_unchanged_file_changes_nothing(self):
        result = read(self.path)
        self.assertTrue(result["ok"])
        self.assertEqual(result["items"], [])
        self.assertEqual(result["unchanged"], 60)

    def test_file_saved_by_openpyxl_without_edits_changes_nothing(self):
        result = read(self.edited("resaved.xlsx", lambda ws: None))
        self.assertTrue(result["ok"], result["errors"])
        self.assertEqual(result["items"], [])

    def test_edits_come_back_as_exactly_those_changes(self):
        plan = self.plan

        def edit(ws):
            ws["K2"] = "En cours"                       # item 0: todo -> doing
            ws["L2"] = 25
            ws["I3"] = "Mme Martin (IDEC)"              # item 1
            ws["M4"] = "Vérifié & clos « ok » <fin>"    # item 2
            ws["J5"] = datetime.date(2027, 3, 31)       # item 3 had no due date
            ws["L6"] = 0.75                             # item 4 (doing, 50): 75 % as a percentage
            ws["L6"].number_format = "0%"
            ws["K8"] = "fait"                           # item 6: todo -> done, progress -> 100
            ws["D10"] = "Intitulé changé"               # read-only: a notice, no change

        result = read(self.edited("edited.xlsx", edit))
        self.assertTrue(result["ok"], result["errors"])
        got = {(i["item_id"], c["field"], c["new"]) for i in result["items"] for c in i["changes"]}
        expected = {
            (plan[0]["item_id"], "status", "doing"),
            (plan[0]["item_id"], "progress", "25"),
            (plan[1]["item_id"], "owner", "Mme Martin (IDEC)"),
            (plan[2]["item_id"], "comment", "Vérifié & clos « ok » <fin>"),
            (plan[3]["item_id"], "due_date", "2027-03-31"),
            (plan[4]["item_id"], "progress", "75"),
            (plan[6]["item_id"], "status", "done"),
        }
        if plan[6]["progress"] != 100:
            expected.add((plan[6]["item_id"], "progress", "100"))
        self.assertEqual(got, expected)
        self.assertEqual(result["unchanged"], 60 - 6)
        self.assertEqual([(n["row"], n["column"]) for n in result["notices"]], [(10, "D")])
        first = result["items"][0]
        self.assertEqual((first["row"], first["revision"]), (2, plan[0]["revision"]))
        status = [c for c in first["changes"] if c["field"] == "status"][0]
        self.assertEqual((status["old_display"], status["new_display"], status["column"]), ("À faire", "En cours", "K"))

    def test_invalid_values_are_named_by_sheet_row_and_column(self):
        abandoned_row = next(i for i, item in enumerate(self.plan) if item["status"] == "abandoned") + 2

        def edit(ws):
            ws["K2"] = "Peut-être"
            ws["L3"] = 150
            ws["J4"] = "31/02/2027"
            ws["A5"] = "INCONNU"
            ws["N%d" % abandoned_row] = None            # abandoned without a reason
            ws["I9"] = "Valide mais non appliqué ?"     # a valid row: still listed

        result = read(self.edited("invalid.xlsx", edit))
        self.assertFalse(result["ok"])
        located = sorted((e["sheet"], e["row"], e["column"]) for e in result["errors"])
        self.assertEqual(located, sorted([(PLAN_SHEET, 2, "K"), (PLAN_SHEET, 3, "L"), (PLAN_SHEET, 4, "J"),
                                          (PLAN_SHEET, 5, "A"), (PLAN_SHEET, abandoned_row, "N")]))
        texts = [e["text"] for e in result["errors"]]
        self.assertIn("Feuille « Plan d'action », ligne 2, colonne K (Statut) : Statut « Peut-être » inconnu", texts[0])
        self.assertEqual(result["rejected_rows"], sorted([2, 3, 4, 5, abandoned_row]))
        self.assertIn(self.plan[3]["item_id"], result["missing_item_ids"])
        self.assertEqual([i["row"] for i in result["items"]], [9])

    def test_other_structure_and_not_a_spreadsheet(self):
        result = read(self.path, "--key", "plan-another-structure")
        self.assertTrue(result["wrong_plan"])
        self.assertEqual(len(result["errors"]), 1)
        self.assertEqual(result["items"], [])
        text = os.path.join(self.dir.name, "notes.xlsx")
        with open(text, "w", encoding="utf-8") as f:
            f.write("id;statut\n")
        result = read(text)
        self.assertEqual(len(result["errors"]), 1)
        self.assertIn("n'est pas un classeur Excel", result["errors"][0]["message"])
        result = read(self.path, "--max-bytes", "1000")
        self.assertIn("trop volumineux", result["errors"][0]["message"])


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    TOOL = sys.argv.pop(1)
    unittest.main(verbosity=1)
