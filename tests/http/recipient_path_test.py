#!/usr/bin/env python3
"""The pages behind the links of a phishing-simulation e-mail (/p/...), for what needs
no sent campaign: an unknown or malformed token gets a neutral 404 page that records
nothing and reveals nothing on every route, the open-tracking image is served
whatever the token, posts need the anonymous CSRF token, the training page, the
staff information page of a structure that has not published it, and the headers.
Usage: recipient_path_test.py PATH_TO_VIGIE [--postgres-from-env]"""
import base64
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402

SERVER = None

# A transparent 1x1 GIF89a, as served by /p/{token}/i.gif.
PIXEL = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")


def unknown_token():
    """24 base64url characters, the shape of a real token, matching no target."""
    return base64.urlsafe_b64encode(os.urandom(18)).decode()


class RecipientPathTest(unittest.TestCase):
    def setUp(self):
        self.browser = harness.Browser(SERVER)

    def assert_private(self, headers, what):
        self.assertEqual(headers.get("Cache-Control"), "no-store", what)
        self.assertEqual(headers.get("Referrer-Policy"), "no-referrer", what)
        self.assertIn("frame-ancestors 'none'", headers.get("Content-Security-Policy", ""), what)
        self.assertEqual(headers.get("X-Content-Type-Options"), "nosniff", what)

    def assert_neutral(self, status, headers, body, what):
        self.assertEqual(status, 404, what)
        self.assert_private(headers, what)
        self.assertIn("Ce lien n’est plus actif", body, what)
        self.assertEqual(body.count("<h1"), 1, what)
        self.assertIn('<html lang="fr">', body, what)
        self.assertNotIn("vigie", body.lower(), what + ": nothing tells which platform runs the exercise")
        self.assertNotIn("<script", body, what)
        self.assertNotIn("<form", body, what)
        self.assertIn('<meta name="referrer" content="no-referrer">', body, what)

    def anonymous_csrf(self):
        return self.browser.form_token("/connexion")

    def test_unknown_token_on_every_page(self):
        token = unknown_token()
        for path in (f"/p/{token}", f"/p/{token}/sensibilisation", f"/p/{token}/signaler"):
            self.assert_neutral(*self.browser.request("GET", path), path)
        csrf = self.anonymous_csrf()
        for path in (f"/p/{token}/connexion", f"/p/{token}/signaler"):
            self.assert_neutral(*self.browser.request("POST", path, {"_csrf": csrf}), "POST " + path)

    def test_malformed_tokens(self):
        # Right characters, wrong length: the route matches and the page is neutral.
        for token in ("abc", "A" * 23, "A" * 25, "a.b.c"):
            self.assert_neutral(*self.browser.request("GET", f"/p/{token}"), token)
            self.assert_neutral(*self.browser.request("GET", f"/p/{token}/signaler"), token)
        # Characters no token has, or too long: no route matches.
        for path in ("/p/abc$def", "/p/" + "A" * 600, "/p/abc%20def/signaler"):
            self.assertEqual(self.browser.request("GET", path)[0], 404, path)

    def test_open_tracking_image_whatever_the_token(self):
        for token in (unknown_token(), "abc", "A" * 24):
            for method in ("GET", "HEAD"):
                status, headers, body = self.browser.request(method, f"/p/{token}/i.gif")
                self.assertEqual(status, 200, (method, token))
                self.assertEqual(headers.get("Content-Type"), "image/gif", token)
                self.assert_private(headers, token)
                if method == "GET":
                    self.assertEqual(body, PIXEL, token)
                    self.assertNotIn("Set-Cookie", headers, "the image sets no cookie")

    def test_posts_need_the_csrf_token(self):
        token = unknown_token()
        for path in (f"/p/{token}/connexion", f"/p/{token}/signaler"):
            status, _, _ = self.browser.request("POST", path, {})
            self.assertEqual(status, 403, path)
            status, _, _ = self.browser.request("POST", path, {"_csrf": "faux"})
            self.assertEqual(status, 403, path)
        status, _, _ = self.browser.request("POST", f"/p/{token}/signaler", {"_csrf": self.anonymous_csrf()},
                                            headers={"Origin": "https://ailleurs.example"})
        self.assertEqual(status, 403, "a post from another site")

    def test_report_page_of_unknown_token_has_no_button(self):
        """Nothing on the page tells a scanner or a curious person that the link was
        a test."""
        status, _, body = self.browser.request("GET", f"/p/{unknown_token()}/signaler",
                                               headers={"Sec-Purpose": "prefetch", "User-Agent": ""})
        self.assertEqual(status, 404)
        self.assertNotIn("Je signale", body)

    def test_training_page(self):
        status, headers, body = self.browser.request("GET", "/p/formation")
        self.assertEqual(status, 200)
        self.assert_private(headers, "/p/formation")
        self.assertIn('<html lang="fr">', body)
        self.assertEqual(body.count("<h1"), 1)
        self.assertIn("Repérer un message piégé", body)
        reflexes = body[body.index('<ol class="reflexes">'):body.index("</ol>")]
        self.assertTrue(6 <= reflexes.count("<li>") <= 8, reflexes.count("<li>"))
        self.assertNotIn("<script", body)
        self.assertIn('href="/assets/recipient.css"', body)
        status, headers, css = self.browser.request("GET", "/assets/recipient.css")
        self.assertEqual((status, headers.get("Content-Type")), (200, "text/css; charset=utf-8"))
        self.assertIn(".lure", css)
        self.assertEqual(self.browser.request("POST", "/p/formation", {"_csrf": self.anonymous_csrf()})[0], 405)

    def test_information_page_of_unknown_or_unpublished_structure(self):
        self.assert_neutral(*self.browser.request("GET", "/p/info/inconnue"), "unknown structure")
        director = harness.ApiClient(SERVER, "direction@chene.example")
        _, structures = director.call("GET", "/api/v1/structures?per_page=50")
        chene = next(s["id"] for s in structures["items"] if s["name"] == "IME Le Chêne")
        self.assert_neutral(*self.browser.request("GET", f"/p/info/{chene}"), "not published yet")
        # The demo EHPAD published its page: what is measured, who sees what, for how long.
        director = harness.ApiClient(SERVER, "direction@tilleuls.example")
        _, structures = director.call("GET", "/api/v1/structures?per_page=50")
        tilleuls = next(s["id"] for s in structures["items"] if s["name"] == "EHPAD Les Tilleuls")
        status, _, body = self.browser.request("GET", f"/p/info/{tilleuls}")
        self.assertEqual(status, 200)
        self.assertIn("EHPAD Les Tilleuls", body)
        self.assertIn("12 mois", body)

    def test_fixed_pages_are_not_taken_for_tokens(self):
        status, _, body = self.browser.request("GET", "/p/formation")
        self.assertEqual(status, 200)
        self.assertNotIn("Ce lien n’est plus actif", body)
        self.assertEqual(self.browser.request("GET", "/p/info")[0], 404)

    def test_template_preview_still_highlights_the_clues(self):
        """The preview shares its e-mail and clue partials with the recipient pages."""
        director = harness.ApiClient(SERVER, "direction@tilleuls.example")
        status, _, page = director.browser.request("GET", "/sensibilisation/modeles/bulletin-paie-disponible")
        self.assertEqual(status, 200)
        numbers = re.findall(r'<mark>[^<]*<sup><span class="visually-hidden"> \(indice </span>(\d+)', page)
        self.assertGreaterEqual(len(numbers), 2)
        listed = page[page.index('<ol class="clues">'):]
        listed = listed[:listed.index("</ol>")]
        for n in numbers:
            self.assertLessEqual(int(n), listed.count("<li>"), "each mark's number is a clue of the list")


if __name__ == "__main__":
    harness.run_unittests(globals())
