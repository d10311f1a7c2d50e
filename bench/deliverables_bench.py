#!/usr/bin/env python3
"""Deliverables of a full diagnostic, made natively by Vigie versus the usual approach
of peer platforms (an HTML rendering printed to PDF by headless Chromium), in the same
run on the same data: the demo's validated diagnostic of EHPAD Les Tilleuls.

Native: `vigie report full|synthesis|tracker` end to end (process start, database,
model, rendering, storage), the stored documents deleted before each run so that
every run renders. Chromium: `vigie report html` once, then `chromium --headless
--print-to-pdf` of that file, timed per run. Medians of N runs; the ratio is printed.

Usage: bench/deliverables_bench.py BUILD_DIR [RUNS]   (figures: docs/performance.md)"""
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time


def timed(args):
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    vigie = os.path.abspath(os.path.join(build, "vigie"))
    data = tempfile.mkdtemp(prefix="vigie-deliverables-")
    subprocess.run([vigie, "demo", "--data-dir", data], check=True, stdout=subprocess.DEVNULL)
    db = sqlite3.connect(os.path.join(data, "vigie.db"))
    diagnostic = db.execute(
        "SELECT d.id FROM diagnostics d JOIN structures s ON s.id = d.structure_id "
        "WHERE s.name = 'EHPAD Les Tilleuls' AND d.status = 'locked'").fetchone()[0]
    answers = db.execute("SELECT COUNT(*) FROM diagnostic_answers WHERE diagnostic_id = ?", (diagnostic,)).fetchone()[0]
    items = db.execute("SELECT COUNT(*) FROM action_items a JOIN diagnostics d ON d.structure_id = a.structure_id "
                       "WHERE d.id = ?", (diagnostic,)).fetchone()[0]
    print(f"diagnostic {diagnostic}: {answers} answers, {items} action items; {runs} runs, medians")

    native = {}
    for kind, suffix in (("full", "pdf"), ("synthesis", "pdf"), ("tracker", "xlsx")):
        times = []
        for _ in range(runs):
            db.execute("DELETE FROM diagnostic_documents")
            db.commit()
            out = os.path.join(data, f"{kind}.{suffix}")
            times.append(timed([vigie, "report", kind, "--diagnostic", diagnostic, "--data-dir", data, "--output", out]))
        native[kind] = statistics.median(times)
        print(f"  vigie report {kind:<9}  {native[kind] * 1000:7.0f} ms   {os.path.getsize(out) / 1024:6.0f} KiB")
    total = sum(native.values())
    print(f"  all three documents     {total * 1000:7.0f} ms (three processes)")

    html = os.path.join(data, "rapport.html")
    subprocess.run([vigie, "report", "html", "--diagnostic", diagnostic, "--data-dir", data, "--output", html],
                   check=True, stdout=subprocess.DEVNULL)
    chromium = os.environ.get("VIGIE_CHROMIUM", "/usr/bin/chromium")
    pdf = os.path.join(data, "chromium.pdf")
    times = []
    for i in range(runs):
        profile = tempfile.mkdtemp(prefix="vigie-chromium-")
        times.append(timed([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", "file://" + html]))
    printed = statistics.median(times)
    pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = next((l.split()[-1] for l in pages.splitlines() if l.startswith("Pages:")), "?")
    print(f"  chromium print of the HTML report {printed * 1000:7.0f} ms   {os.path.getsize(pdf) / 1024:6.0f} KiB, {pages} pages")
    print(f"ratio: Chromium takes {printed / native['full']:.1f} × the native full report, "
          f"{printed / total:.1f} × all three native documents")


if __name__ == "__main__":
    main()
