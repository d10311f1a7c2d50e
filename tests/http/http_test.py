#!/usr/bin/env python3
"""HTTP tests against the real `vigie` binary (standard library only).
Usage: http_test.py PATH_TO_VIGIE [POSTGRES_SERVER_URL]
With a PostgreSQL server URL the same tests run on a fresh database there."""
import http.client
import json
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402

SERVER = None


def Browser():
    return harness.Browser(SERVER)


class HttpTest(unittest.TestCase):
    def test_healthz_reports_database(self):
        status, headers, body = Browser().request("GET", "/healthz")
        self.assertEqual(status, 200)
        self.assertEqual(json.loads(body)["status"], "ok")
        self.assertNotIn("Set-Cookie", headers, "a health check gets no cookie")

    def test_security_headers_on_every_page(self):
        status, headers, _ = Browser().request("GET", "/connexion")
        self.assertEqual(status, 200)
        csp = headers["Content-Security-Policy"]
        self.assertIn("frame-ancestors 'none'", csp)
        self.assertIn("script-src 'self'", csp)
        self.assertNotIn("unsafe-inline", csp)
        self.assertEqual(headers["X-Content-Type-Options"], "nosniff")
        self.assertIn("Referrer-Policy", headers)

    def test_login_sets_httponly_samesite_cookie_and_opens_dashboard(self):
        b = Browser()
        status, headers, _ = b.request("POST", "/connexion", {"_csrf": b.form_token(), "email": "direction@tilleuls.example",
                                                              "password": harness.PASSWORD})
        self.assertEqual(status, 303)
        cookie = [v for k, v in headers.items() if k.lower() == "set-cookie"]
        self.assertTrue(any("vigie_session=" in c and "HttpOnly" in c and "SameSite=Lax" in c for c in cookie), cookie)
        status, _, body = b.request("GET", "/")
        self.assertEqual(status, 200)
        self.assertIn("EHPAD Les Tilleuls", body)

    def test_wrong_password_is_refused_with_a_clear_message(self):
        b = Browser()
        token = b.form_token()
        status, _, body = b.request("POST", "/connexion", {"_csrf": token, "email": "lecteur@tilleuls.example", "password": "mauvais"})
        self.assertEqual(status, 401)
        self.assertIn("incorrect", body)
        self.assertNotIn("mauvais", body, "what was typed as a password is never echoed")

    def test_post_without_csrf_token_is_refused(self):
        b = Browser()
        b.form_token()
        status, _, body = b.request("POST", "/connexion", {"email": "x@example.test", "password": "y"})
        self.assertEqual(status, 403)
        self.assertIn("formulaire a expiré", body)

    def test_text_that_is_not_utf8_is_refused_before_any_handler(self):
        b = Browser()
        b.login("direction@tilleuls.example")
        status, _, body = b.request("GET", "/structures?q=%FF%C3")
        self.assertEqual(status, 400)
        self.assertIn("UTF-8", body)
        status, _, _ = b.request("POST", "/profil/jetons", b"_csrf=x&name=%FF", {"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(status, 400)

    def test_unknown_route_gives_404_page_and_json_error(self):
        status, _, body = Browser().request("GET", "/nulle-part")
        self.assertEqual(status, 404)
        self.assertIn("<html", body)
        status, _, body = Browser().request("GET", "/api/v1/nulle-part")
        self.assertEqual(status, 404)
        self.assertEqual(json.loads(body)["error"]["code"], "not_found")

    def test_oversized_body_gets_413(self):
        # The announced length alone is refused, before the body is read.
        conn = http.client.HTTPConnection("127.0.0.1", SERVER.port, timeout=10)
        conn.putrequest("POST", "/connexion")
        conn.putheader("Content-Type", "application/x-www-form-urlencoded")
        conn.putheader("Content-Length", str(3 * 1024 * 1024))
        conn.endheaders()
        conn.send(b"x" * 1024)
        self.assertEqual(conn.getresponse().status, 413)

    def test_anonymous_page_redirects_to_login(self):
        status, headers, _ = Browser().request("GET", "/structures")
        self.assertEqual(status, 303)
        self.assertIn("/connexion", headers["Location"])

    def test_api_requires_authentication(self):
        status, _, body = Browser().request("GET", "/api/v1/structures")
        self.assertEqual(status, 401)
        self.assertEqual(json.loads(body)["error"]["code"], "unauthenticated")

    def test_structure_role_cannot_see_another_structure(self):
        b = Browser()
        b.login("direction@chene.example")
        status, _, body = b.request("GET", "/api/v1/structures")
        self.assertEqual(status, 200)
        items = json.loads(body)["items"]
        self.assertEqual([s["name"] for s in items], ["IME Le Chêne"])
        other = Browser()
        other.login("direction@tilleuls.example")
        _, _, mine = other.request("GET", "/api/v1/structures")
        tilleuls = json.loads(mine)["items"][0]["id"]
        status, _, _ = b.request("GET", "/structures/" + tilleuls)
        self.assertEqual(status, 403)

    def test_crrc_staff_must_enrol_second_factor(self):
        b = Browser()
        status, headers, _ = b.request("POST", "/connexion", {"_csrf": b.form_token(), "email": "consultant@vigie.example",
                                                              "password": harness.PASSWORD})
        self.assertEqual(status, 303)
        status, headers, _ = b.request("GET", "/structures")
        self.assertEqual(status, 303)
        self.assertIn("/profil/double-authentification", headers["Location"])

    def bearer(self, email="direction@tilleuls.example", role="structure_director"):
        b = Browser()
        b.login(email)
        status, _, page = b.post_form("/profil/jetons", {"name": "script", "role": role}, token_from="/profil")
        self.assertEqual(status, 200, page[:300])
        token = re.search(r'data-copy="(vgt_[A-Za-z0-9_-]+)"', page).group(1)
        return {"Authorization": "Bearer " + token}

    def test_api_token_reads_writes_and_cannot_mint_tokens(self):
        auth = self.bearer()
        b = Browser()
        status, _, body = b.request("GET", "/api/v1/structures", headers=auth)
        self.assertEqual(status, 200)
        structure = json.loads(body)["items"][0]["id"]
        status, _, body = b.request("POST", f"/api/v1/structures/{structure}/sites", headers=auth,
                                    json_body={"name": "Annexe", "address": "2 rue du Parc, Dijon"})
        self.assertEqual(status, 201, body)
        site = json.loads(body)["id"]
        status, _, body = b.request("GET", f"/api/v1/structures/{structure}/sites", headers=auth)
        self.assertIn("Annexe", body)
        self.assertEqual(b.request("DELETE", f"/api/v1/structures/{structure}/sites/{site}", headers=auth)[0], 204)
        status, _, body = b.request("POST", "/api/v1/tokens", headers=auth,
                                    json_body={"name": "autre", "role": "structure_reader"})
        self.assertEqual(status, 403, body)
        status, _, body = b.request("GET", "/structures", headers=auth)
        self.assertEqual(status, 401, "tokens only open the API")

    def test_malformed_json_is_400_and_invalid_fields_422(self):
        auth = self.bearer()
        b = Browser()
        mine = json.loads(b.request("GET", "/api/v1/structures", headers=auth)[2])["items"][0]["id"]
        status, _, body = b.request("PUT", "/api/v1/structures/" + mine, data=b"{pas du json",
                                    headers=dict(auth, **{"Content-Type": "application/json"}))
        self.assertEqual(status, 400)
        self.assertEqual(json.loads(body)["error"]["code"], "malformed")
        status, _, body = b.request("POST", "/api/v1/structures", headers=auth,
                                    json_body={"name": "X", "finess": "123", "category": "ehpad"})
        self.assertEqual(status, 403, "a director cannot create structures")
        status, _, body = b.request("PUT", "/api/v1/structures/" + json.loads(
            b.request("GET", "/api/v1/structures", headers=auth)[2])["items"][0]["id"],
                                    headers=auth, json_body={"name": "X", "finess": "123"})
        self.assertEqual(status, 422)
        fields = {f["field"] for f in json.loads(body)["error"]["fields"]}
        self.assertIn("finess", fields)

    def test_api_lists_are_paginated(self):
        auth = self.bearer("direction@tilleuls.example")
        status, _, body = Browser().request("GET", "/api/v1/users?per_page=2&page=1", headers=auth)
        page = json.loads(body)
        self.assertEqual((status, page["page"], page["per_page"]), (200, 1, 2))
        self.assertLessEqual(len(page["items"]), 2)
        self.assertGreaterEqual(page["total"], 3)

    def test_structures_export_is_a_french_csv_limited_to_the_tenant(self):
        b = Browser()
        b.login("direction@chene.example")
        status, headers, body = b.request("GET", "/structures.csv")
        self.assertEqual(status, 200)
        self.assertTrue(headers["Content-Type"].startswith("text/csv"))
        self.assertIn('filename="structures-', headers["Content-Disposition"])
        self.assertTrue(body.startswith("\ufeff\"Nom\";\"FINESS\""))
        lines = body.strip().split("\r\n")
        self.assertEqual(len(lines), 2, "header and the director's own structure only")
        self.assertIn("IME Le Chêne", lines[1])

    def test_metrics_count_requests(self):
        Browser().request("GET", "/healthz")
        status, _, body = Browser().request("GET", "/metrics")
        self.assertEqual(status, 200)
        self.assertIn('vigie_http_requests_total{route="/healthz",status="200"}', body)
        self.assertIn("vigie_http_request_duration_seconds_bucket", body)


def main():
    global SERVER
    binary = sys.argv[1]
    postgres = sys.argv[2] if len(sys.argv) > 2 else None
    if postgres == "--postgres-from-env":
        postgres = harness.postgres_from_env()
    SERVER = harness.Server(binary, postgres_url=postgres)
    try:
        result = unittest.main(argv=[sys.argv[0]], exit=False, verbosity=1).result
        ok = result.wasSuccessful()
    finally:
        code = SERVER.stop()
    if code != 0:
        print(f"vigie serve did not stop cleanly on SIGTERM (exit {code})", file=sys.stderr)
        ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
