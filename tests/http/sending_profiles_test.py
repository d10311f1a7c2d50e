#!/usr/bin/env python3
"""Sending profiles of awareness campaigns against the real binary and a real SMTP
server (exim on 127.0.0.1, started by the test command): every wrong field named, the
relay password sealed at rest and never returned, a test message delivered with the
allow-list header, a refused relay reported, rights.
Usage: sending_profiles_test.py PATH_TO_VIGIE [--postgres-from-env]"""
import os
import sqlite3
import sys
import unittest
import urllib.parse
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402

SERVER = None
SMTP = os.environ.get("VIGIE_TEST_SMTP_URL", "")
MAILDIR = os.environ.get("VIGIE_TEST_MAILDIR", "")


def wait_for_mail(to_address, timeout=20):
    return harness.wait_for_mail(MAILDIR, to_address, timeout)


class SendingProfilesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.director = harness.ApiClient(SERVER, "direction@tilleuls.example")
        _, structures = cls.director.call("GET", "/api/v1/structures?per_page=50")
        cls.tilleuls = next(s["id"] for s in structures["items"] if s["name"] == "EHPAD Les Tilleuls")
        relay = urllib.parse.urlparse(SMTP)
        cls.host, cls.port = relay.hostname, relay.port

    def create(self, **fields):
        body = {"name": "Relais " + uuid.uuid4().hex[:6], "host": self.host, "port": self.port, "security": "none",
                "envelope_from": "retours@example.test", "header_name": "X-Vigie-Simulation",
                "header_value": "campagne-test", "rate_per_minute": 20, "window_start": "8h", "window_end": "18:30",
                "days": "1,2,3,4,5", "spread_days": 2}
        body.update(fields)
        return self.director.call("POST", f"/api/v1/structures/{self.tilleuls}/sending-profiles", body)

    def test_every_wrong_field_is_named(self):
        status, error = self.create(host="smtp relais", port=0, security="ssl", envelope_from="faux",
                                    header_name="Vigie", rate_per_minute=601, window_start="19:00", window_end="07:00",
                                    days="8", spread_days=0)
        self.assertEqual(status, 422)
        self.assertEqual({f["field"] for f in error["error"]["fields"]},
                         {"host", "port", "security", "envelope_from", "header_name", "rate_per_minute", "window_end",
                          "days", "spread_days"})

    def test_password_is_sealed_and_never_returned(self):
        secret = "Mot-de-passe-du-relais-" + uuid.uuid4().hex
        status, profile = self.create(username="envoi", password=secret)
        self.assertEqual(status, 201, profile)
        self.assertTrue(profile["has_password"])
        self.assertNotIn(secret, str(profile))
        _, again = self.director.call("GET", f"/api/v1/sending-profiles/{profile['id']}")
        self.assertNotIn("password\": \"", str(again))
        _, _, page = self.director.browser.request("GET", f"/profils-envoi/{profile['id']}")
        self.assertNotIn(secret, page)
        if SERVER.pg_admin is None:
            db = sqlite3.connect(os.path.join(SERVER.data_dir, "vigie.db"))
            stored = db.execute("SELECT password_sealed FROM sending_profiles WHERE id = ?", (profile["id"],)).fetchone()[0]
            self.assertTrue(stored.startswith("v1:"), "sealed with SecretBox")
            self.assertNotIn(secret, stored)
        status, cleared = self.director.call("PATCH", f"/api/v1/sending-profiles/{profile['id']}", {"password": None})
        self.assertEqual((status, cleared["has_password"]), (200, False))

    def test_a_test_message_arrives_with_the_allow_list_header(self):
        status, profile = self.create()
        self.assertEqual(status, 201, profile)
        to = f"essai-{uuid.uuid4().hex[:8]}@example.test"
        status, body = self.director.call("POST", f"/api/v1/sending-profiles/{profile['id']}/test", {"to": to})
        self.assertEqual(status, 200, body)
        message = wait_for_mail(to)
        self.assertEqual(message["X-Vigie-Simulation"], "campagne-test")
        self.assertIn(profile["name"], str(message["Subject"]))
        # A relay that refuses (unknown domain at exim): a clear 503, nothing hidden.
        status, error = self.director.call("POST", f"/api/v1/sending-profiles/{profile['id']}/test",
                                           {"to": "quelquun@ailleurs.example"})
        self.assertEqual(status, 503, error)
        self.assertIn("serveur d'envoi", error["error"]["message"])

    def test_rights(self):
        status, profile = self.create()
        reader = harness.ApiClient(SERVER, "lecteur@tilleuls.example")
        self.assertEqual(reader.call("GET", f"/api/v1/sending-profiles/{profile['id']}")[0], 403)
        other = harness.ApiClient(SERVER, "direction@chene.example")
        self.assertEqual(other.call("POST", f"/api/v1/sending-profiles/{profile['id']}/test", {"to": "x@example.test"})[0], 403)


def main():
    if not SMTP or not MAILDIR:
        print("no SMTP server configured (VIGIE_TEST_SMTP_URL, VIGIE_TEST_MAILDIR): skipped")
        sys.exit(harness.SKIP)
    harness.run_unittests(globals())


if __name__ == "__main__":
    main()
