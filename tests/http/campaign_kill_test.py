#!/usr/bin/env python3
"""Exactly once under a crash: Vigie is killed (SIGKILL) while the relay holds a
campaign message without answering. After a restart, the send resumes: nobody gets two
messages, nobody is skipped silently, and the one message whose fate is unknown is
listed as uncertain until a person decides. A relay's permanent refusal shows as a
failure with its answer. The relay is a scripted SMTP server on 127.0.0.1.
Usage: campaign_kill_test.py PATH_TO_VIGIE [--postgres-from-env]"""
import os
import subprocess
import sys
import tempfile
import time
import types
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402
from scripted_smtp import ScriptedSmtp  # noqa: E402

PEOPLE = 8
LEASE = 4


def start_serve(server, config):
    port = harness.free_port()
    process = subprocess.Popen([server.binary, "serve", "--data-dir", server.data_dir, "--listen",
                                f"127.0.0.1:{port}", "--config", config, *server.db_args],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            import http.client
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return process, types.SimpleNamespace(base=base, port=port)
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError("vigie serve did not restart")


def wait(predicate, timeout, what):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def main():
    binary = sys.argv[1]
    postgres = harness.postgres_from_env() if "--postgres-from-env" in sys.argv else None
    config = os.path.join(tempfile.mkdtemp(prefix="vigie-kill-"), "vigie.toml")
    with open(config, "w") as f:
        f.write(f"campaign_claim_lease_seconds = {LEASE}\ncampaign_smtp_timeout_seconds = 2\n"
                "campaign_sender_threads = 1\n")
    smtp = ScriptedSmtp()
    server = harness.Server(binary, postgres_url=postgres, extra_args=["--config", config])
    restarted = None
    try:
        director = harness.ApiClient(server, "direction@tilleuls.example")
        _, structures = director.call("GET", "/api/v1/structures?per_page=50")
        tilleuls = next(s["id"] for s in structures["items"] if s["name"] == "EHPAD Les Tilleuls")
        status, profile = director.call("POST", f"/api/v1/structures/{tilleuls}/sending-profiles", {
            "name": "Relais scripté", "host": "127.0.0.1", "port": smtp.port, "security": "none",
            "envelope_from": "retours@example.test", "rate_per_minute": 600, "window_start": "00:00",
            "window_end": "23:59", "days": "1,2,3,4,5,6,7", "spread_days": 1})
        assert status == 201, profile
        run = uuid.uuid4().hex[:6]
        _, group = director.call("POST", f"/api/v1/structures/{tilleuls}/recipient-groups", {"name": "Arrêt " + run})
        people = [f"personne{i}.{run}@example.test" for i in range(PEOPLE)]
        for email in people:
            status, body = director.call("POST", f"/api/v1/recipient-groups/{group['id']}/recipients",
                                         {"email": email, "last_name": "Essai"})
            assert status == 201, body
        refused = people[-1]
        smtp.refuse.add(refused)
        smtp.hang_after = 3
        director.call("PUT", f"/api/v1/structures/{tilleuls}/awareness-settings",
                      {"retention_months": 12, "publish_information": True})
        _, c = director.call("POST", f"/api/v1/structures/{tilleuls}/campaigns", {
            "name": "Arrêt brutal " + run, "template_id": "colis-avis-de-passage",
            "sending_profile_id": profile["id"], "group_ids": [group["id"]]})
        for action in ("submit", "approve", "launch"):
            status, c = director.call("POST", f"/api/v1/campaigns/{c['id']}/actions",
                                      {"action": action, "revision": c["revision"]})
            assert status == 200, c

        # Vigie has handed the 4th message over and waits for the relay's answer: kill it.
        assert smtp.hanging.wait(30), "the relay never received a 4th message"
        server.process.kill()
        server.process.wait(10)
        assert len(smtp.deliveries()) == 3, smtp.deliveries()
        smtp.hang_after = None
        smtp.release.set()

        restarted, address = start_serve(server, config)
        director = harness.ApiClient(address, "direction@tilleuls.example")

        def settled():
            _, now = director.call("GET", f"/api/v1/campaigns/{c['id']}")
            p = now["progress"]
            return now if p["pending"] == 0 and p["sending"] == 0 and p["uncertain"] == 1 else None

        now = wait(settled, 60, "the send to resume and the interrupted message to become uncertain")
        p = now["progress"]
        delivered = smtp.deliveries()
        assert sorted(set(delivered)) == sorted(delivered), f"someone got two messages: {delivered}"
        assert p["sent"] == PEOPLE - 2 and p["failed"] == 1, p
        _, uncertain = director.call("GET", f"/api/v1/campaigns/{c['id']}/uncertain")
        assert len(uncertain["items"]) == 1, uncertain
        interrupted = uncertain["items"][0]["email"]
        assert interrupted not in delivered and interrupted != refused, (interrupted, delivered)
        assert set(delivered) | {interrupted, refused} == set(people), "nobody is skipped silently"
        _, page = director.call("GET", f"/api/v1/campaigns/{c['id']}")
        assert page["status"] == "sending", "an undecided message keeps the campaign open"
        status, _, html = director.browser.request("GET", f"/campagnes/{c['id']}")
        assert status == 200 and "550" in html and interrupted in html, "failure and uncertain send shown"

        # The person decides to send it again: it leaves once, and the campaign completes.
        status, _ = director.call("POST", f"/api/v1/campaigns/{c['id']}/uncertain/{uncertain['items'][0]['target_id']}",
                                  {"decision": "resend"})
        assert status == 204, status
        wait(lambda: interrupted in smtp.deliveries(), 30, "the resent message")
        done = wait(lambda: (lambda r: r[1] if r[1]["status"] == "completed" else None)(
            director.call("GET", f"/api/v1/campaigns/{c['id']}")), 30, "completion")
        delivered = smtp.deliveries()
        assert sorted(delivered) == sorted(set(people) - {refused}), delivered
        assert done["progress"]["sent"] == PEOPLE - 1
        print(f"kill test: {len(delivered)} delivered once each, 1 uncertain resolved, 1 refused")
    finally:
        if restarted:
            restarted.terminate()
            try:
                restarted.wait(15)
            except subprocess.TimeoutExpired:
                restarted.kill()
        if server.process.poll() is None:
            server.process.kill()
        server.process = types.SimpleNamespace(terminate=lambda: None, wait=lambda timeout=None: 0,
                                               kill=lambda: None)
        server.stop()
        smtp.stop()


if __name__ == "__main__":
    main()
