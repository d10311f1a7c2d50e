#!/usr/bin/env python3
"""Golden tests of the diagnostic: each tests/golden/diagnostic/<name>.answers.json is
scored by `vigie diagnostic score` against the shipped referential and compared with
<name>.expected.json (scores, levels, coverage gaps, priorities in order and why).
Usage: run_golden.py PATH_TO_VIGIE [--update]"""
import difflib
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
REFERENTIAL = os.path.join(ROOT, "data", "referentials", "vigie")


def main():
    binary = sys.argv[1]
    update = "--update" in sys.argv
    failures = 0
    cases = sorted(glob.glob(os.path.join(HERE, "diagnostic", "*.answers.json")))
    for answers in cases:
        expected_path = answers.replace(".answers.json", ".expected.json")
        run = subprocess.run([binary, "diagnostic", "score", "--referential", REFERENTIAL, "--answers", answers],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(f"FAIL {os.path.basename(answers)}: exit {run.returncode}\n{run.stderr}")
            failures += 1
            continue
        if update:
            with open(expected_path, "w") as f:
                f.write(run.stdout)
            continue
        with open(expected_path) as f:
            expected = f.read()
        if run.stdout != expected:
            failures += 1
            diff = difflib.unified_diff(expected.splitlines(), run.stdout.splitlines(), "expected", "actual", lineterm="")
            print(f"FAIL {os.path.basename(answers)}:\n" + "\n".join(list(diff)[:60]))
    print(f"{len(cases) - failures} passed, {failures} failed")
    sys.exit(1 if failures or not cases else 0)


if __name__ == "__main__":
    main()
