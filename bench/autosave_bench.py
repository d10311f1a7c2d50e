#!/usr/bin/env python3
"""Answer autosave round trip under concurrent clients (issue 3's benchmark): a
consultant's session, N client threads, each saving its own question of one
diagnostic again and again with the revision it last got (as the interview page
does), for D seconds. Prints requests/s and latency percentiles. Loopback only.
Usage: autosave_bench.py PATH_TO_VIGIE [CLIENTS=32] [SECONDS=10] [--postgres URL]
The client is Python (http.client, one connection per thread): its own overhead is
part of the figures, so they are an upper bound of the server's latency."""
import http.client
import json
import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "http"))
import vigie_harness as harness  # noqa: E402


def main():
    binary = sys.argv[1]
    clients = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 32
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3].replace(".", "").isdigit() else 10
    postgres = sys.argv[sys.argv.index("--postgres") + 1] if "--postgres" in sys.argv else None
    server = harness.Server(binary, postgres_url=postgres)
    try:
        b = harness.Browser(server)
        b.login("direction@tilleuls.example")  # warm-up of the harness
        consultant = harness.Browser(server)
        consultant.login("consultant@vigie.example")
        csrf = consultant.meta_token("/profil")
        structures = json.loads(consultant.request("GET", "/api/v1/structures?per_page=50")[2])["items"]
        tilleuls = next(s["id"] for s in structures if s["name"] == "EHPAD Les Tilleuls")
        status, _, body = consultant.request("POST", "/api/v1/diagnostics", headers={"X-CSRF-Token": csrf},
                                             json_body={"structure_id": tilleuls})
        diagnostic = json.loads(body)
        questions = [q for d in diagnostic["results"]["domains"] for q in d["coverage_gaps"]]
        cookie = "; ".join(f"{c.name}={c.value}" for c in consultant.jar)
        latencies = []
        errors = [0]
        lock = threading.Lock()
        deadline = time.time() + seconds

        def client(index):
            question = questions[index % len(questions)]
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            revision = 0
            level = 0
            mine = []
            while time.time() < deadline:
                level = (level + 1) % 4
                payload = json.dumps({"answer": level, "comment": "", "evidence": "", "revision": revision})
                started = time.perf_counter()
                conn.request("PUT", f"/api/v1/diagnostics/{diagnostic['id']}/answers/{question}", payload,
                             {"Content-Type": "application/json", "Cookie": cookie, "X-CSRF-Token": csrf})
                response = conn.getresponse()
                data = response.read()
                mine.append(time.perf_counter() - started)
                if response.status == 200:
                    revision = json.loads(data)["revision"]
                elif response.status == 409:
                    revision = json.loads(data)["current"]["revision"]
                else:
                    with lock:
                        errors[0] += 1
            with lock:
                latencies.extend(mine)

        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        latencies.sort()
        count = len(latencies)
        pct = lambda p: latencies[min(count - 1, int(count * p))] * 1000  # noqa: E731
        engine = "postgresql" if postgres else "sqlite"
        print(f"autosave, {clients} clients, {seconds:.0f} s, {engine}: {count / seconds:.0f} req/s, "
              f"p50 {pct(0.50):.1f} ms, p95 {pct(0.95):.1f} ms, p99 {pct(0.99):.1f} ms, max {latencies[-1] * 1000:.1f} ms, "
              f"errors {errors[0]}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
