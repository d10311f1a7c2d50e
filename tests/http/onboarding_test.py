#!/usr/bin/env python3
"""Invitations and password resets end to end: the mail goes through the real SMTP
server started by the test command (VIGIE_TEST_SMTP_URL, VIGIE_TEST_MAILDIR), the
test reads it from the Maildir, follows the link and uses the account.
Usage: onboarding_test.py PATH_TO_VIGIE [--postgres-from-env]
With --postgres-from-env the server runs on PostgreSQL without its own job workers,
and mails are sent by a separate `vigie worker` process sharing the database."""
import os
import re
import subprocess
import sys
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402

SERVER = None
MAILDIR = None


def wait_for_mail(to_address, timeout=20):
    return harness.wait_for_mail(MAILDIR, to_address, timeout)


def link_in(message):
    text = message.get_body(preferencelist=("plain",)).get_content()
    match = re.search(r"(http://127\.0\.0\.1:\d+/\S+)", text)
    assert match, text
    return match.group(1).split(str(SERVER.port), 1)[1]


class OnboardingTest(unittest.TestCase):
    def test_invitation_creates_an_account_once(self):
        director = harness.Browser(SERVER)
        self.assertEqual(director.login("direction@tilleuls.example"), 303)
        _, _, page = director.request("GET", "/utilisateurs/inviter")
        structure = re.search(r'<option value="([0-9a-z]{26})"[^>]*>EHPAD Les Tilleuls', page).group(1)
        address = f"nouvelle-{uuid.uuid4().hex[:6]}@example.test"
        status, _, body = director.post_form("/utilisateurs/inviter", {
            "email": address, "display_name": "Élodie Nouvelle", "role": "structure_reader",
            "structure_id": structure})
        self.assertEqual(status, 303, body[:500])

        message = wait_for_mail(address)
        self.assertIn("Invitation", message["Subject"])
        self.assertTrue(message["Message-ID"])
        self.assertTrue(message["Date"])
        path = link_in(message)
        self.assertTrue(path.startswith("/invitation/"))

        guest = harness.Browser(SERVER)
        status, _, page = guest.request("GET", path)
        self.assertEqual(status, 200)
        self.assertIn(address, page)
        status, _, page = guest.post_form(path, {"password": "court"})
        self.assertEqual(status, 422)
        self.assertIn("au moins 12 caractères", page)
        status, headers, _ = guest.post_form(path, {"password": "une phrase de passe solide"})
        self.assertEqual(status, 303)
        self.assertEqual(harness.Browser(SERVER).login(address, "une phrase de passe solide"), 303)

        status, _, page = harness.Browser(SERVER).request("GET", path)
        self.assertEqual(status, 409, "a used invitation link does not work twice")
        self.assertIn("déjà été utilisée", page)

    def test_altered_link_is_refused_with_a_clear_message(self):
        status, _, page = harness.Browser(SERVER).request("GET", "/invitation/YWJj.1999999999.AAAA")
        self.assertEqual(status, 422)
        self.assertIn("lien n&apos;est pas valide", page)

    def test_password_reset_by_email(self):
        address = f"reset-{uuid.uuid4().hex[:6]}@example.test"
        SERVER.run_cli("user", "create", "--email", address, "--role", "structure_reader", "--structure",
                       harness.finess_with_key("21000123"), "--password-stdin", stdin="ancien mot de passe 1\n")
        visitor = harness.Browser(SERVER)
        status, _, page = visitor.post_form("/mot-de-passe/oubli", {"email": address})
        self.assertEqual(status, 200)
        self.assertIn("Si un compte existe", page)
        # An unknown address gets exactly the same answer.
        status, _, unknown = visitor.post_form("/mot-de-passe/oubli", {"email": "personne@example.test"})
        self.assertEqual((status, "Si un compte existe" in unknown), (200, True))

        path = link_in(wait_for_mail(address))
        status, _, page = visitor.post_form(path, {"password": "nouveau mot de passe 2"})
        self.assertEqual(status, 303)
        self.assertEqual(harness.Browser(SERVER).login(address, "ancien mot de passe 1"), 401)
        self.assertEqual(harness.Browser(SERVER).login(address, "nouveau mot de passe 2"), 303)
        status, _, _ = visitor.request("GET", path)
        self.assertEqual(status, 422, "a used reset link does not work twice")


def main():
    global SERVER, MAILDIR
    smtp = os.environ.get("VIGIE_TEST_SMTP_URL")
    MAILDIR = os.environ.get("VIGIE_TEST_MAILDIR")
    if not smtp or not MAILDIR:
        print("no SMTP server configured (VIGIE_TEST_SMTP_URL, VIGIE_TEST_MAILDIR): skipped")
        sys.exit(harness.SKIP)
    separate_worker = len(sys.argv) > 2 and sys.argv[2] == "--postgres-from-env"
    postgres = harness.postgres_from_env() if separate_worker else None
    mail_args = ["--smtp-url", smtp, "--mail-from", "vigie@example.test"]
    SERVER = harness.Server(sys.argv[1], postgres_url=postgres,
                            extra_args=mail_args + (["--no-jobs"] if separate_worker else []))
    worker = None
    if separate_worker:
        worker = subprocess.Popen([SERVER.binary, "worker", "--data-dir", SERVER.data_dir, *SERVER.db_args, *mail_args],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ok = unittest.main(argv=[sys.argv[0]], exit=False, verbosity=1).result.wasSuccessful()
    finally:
        if worker:
            worker.terminate()
            if worker.wait(timeout=15) != 0:
                print("vigie worker did not stop cleanly", file=sys.stderr)
                ok = False
        code = SERVER.stop()
    sys.exit(0 if ok and code == 0 else 1)


if __name__ == "__main__":
    main()
