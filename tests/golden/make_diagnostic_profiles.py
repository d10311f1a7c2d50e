#!/usr/bin/env python3
"""Writes the answer profiles of the diagnostic golden tests from the referential's
question ids, deterministically. Run after the referential's questions change, then
regenerate the expected outputs (run_golden.py --update) and review the diff.
Usage: make_diagnostic_profiles.py REFERENTIAL_DIR OUTPUT_DIR"""
import json
import os
import sys
import tomllib


def questions(ref_dir):
    with open(os.path.join(ref_dir, "referential.toml"), "rb") as f:
        root = tomllib.load(f)
    ids = []
    for rel in root["files"]:
        with open(os.path.join(ref_dir, rel), "rb") as f:
            data = tomllib.load(f)
        ids += [q["id"] for q in data.get("question", [])]
    return ids


CONTEXT_EHPAD = {"category": "ehpad", "care": "medical", "wifi_guests": "shared", "directory": "ad",
                 "mail_service": "onprem", "servers": "room", "sites": "3"}
CONTEXT_SMALL = {"category": "saad", "care": "none", "wifi_guests": "none", "directory": "none",
                 "mail_service": "office365", "servers": "none", "sites": "1"}


def profile(ids, pattern, context):
    answers = {qid: pattern[i % len(pattern)] for i, qid in enumerate(ids)}
    answers["context"] = context
    return answers


def main():
    ref_dir, out_dir = sys.argv[1], sys.argv[2]
    ids = questions(ref_dir)
    profiles = {
        # An EHPAD with medical care and almost nothing in place.
        "ehpad-faible": profile(ids, [0, 0, 1, 0, "?", 0, 1], CONTEXT_EHPAD),
        # The same EHPAD halfway there.
        "ehpad-moyen": profile(ids, [2, 1, 2, 3, 1, 2, "?", 2], CONTEXT_EHPAD),
        # Mostly in place, a few gaps.
        "ehpad-solide": profile(ids, [3, 3, 2, 3, 3, 3, 2], CONTEXT_EHPAD),
        # A small home-help service: no Wi-Fi, no directory, mail in Office 365, no
        # server, no care: context rules make many questions not applicable.
        "saad-sans-infrastructure": profile(ids, [1, 0, 2, "na", 1], CONTEXT_SMALL),
    }
    for name, answers in profiles.items():
        with open(os.path.join(out_dir, name + ".answers.json"), "w") as f:
            json.dump(answers, f, indent=1, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
