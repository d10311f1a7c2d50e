#!/usr/bin/env python3
"""HTTP tests against the real `vigie` binary: starts `vigie demo` + `vigie serve` on a
free loopback port with a fresh SQLite data directory, then checks behaviour through
plain HTTP (standard library only). Usage: http_test.py PATH_TO_VIGIE"""
import http.client
import http.cookiejar
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request

BINARY = None
BASE = None
PASSWORD = "Vigie-demo-2026!"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A cookie-keeping client that does not follow redirects."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, method, path, data=None, headers=None):
        body = urllib.parse.urlencode(data).encode() if isinstance(data, dict) else data
        req = urllib.request.Request(BASE + path, data=body, method=method, headers=headers or {})
        if isinstance(data, dict):
            req.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with self.opener.open(req) as resp:
                return resp.status, dict(resp.headers), resp.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read().decode()

    def csrf(self, path="/connexion"):
        _, _, body = self.request("GET", path)
        m = re.search(r'name="_csrf" value="([^"]+)"', body)
        return m.group(1) if m else ""

    def login(self, email):
        token = self.csrf()
        return self.request("POST", "/connexion", {"_csrf": token, "email": email, "password": PASSWORD, "suite": "/"})


class HttpTest(unittest.TestCase):
    def test_healthz_reports_database(self):
        status, headers, body = Browser().request("GET", "/healthz")
        self.assertEqual(status, 200)
        self.assertEqual(json.loads(body)["status"], "ok")

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
        status, headers, _ = b.login("direction@tilleuls.example")
        self.assertEqual(status, 303)
        cookie = [v for k, v in headers.items() if k.lower() == "set-cookie"]
        self.assertTrue(any("vigie_session=" in c and "HttpOnly" in c and "SameSite=Lax" in c for c in cookie), cookie)
        status, _, body = b.request("GET", "/")
        self.assertEqual(status, 200)
        self.assertIn("EHPAD Les Tilleuls", body)

    def test_wrong_password_is_refused_with_a_clear_message(self):
        b = Browser()
        token = b.csrf()
        status, _, body = b.request("POST", "/connexion", {"_csrf": token, "email": "lecteur@tilleuls.example", "password": "mauvais"})
        self.assertEqual(status, 401)
        self.assertIn("incorrect", body)

    def test_post_without_csrf_token_is_refused(self):
        b = Browser()
        b.csrf()
        status, _, body = b.request("POST", "/connexion", {"email": "x@example.test", "password": "y"})
        self.assertEqual(status, 403)
        self.assertIn("formulaire a expiré", body)

    def test_unknown_route_gives_404_page_and_json_error(self):
        status, _, body = Browser().request("GET", "/nulle-part")
        self.assertEqual(status, 404)
        self.assertIn("<html", body)
        status, _, body = Browser().request("GET", "/api/v1/nulle-part")
        self.assertEqual(status, 404)
        self.assertEqual(json.loads(body)["error"]["code"], "not_found")

    def test_oversized_body_gets_413(self):
        # The announced length alone is refused, before the body is read.
        conn = http.client.HTTPConnection(BASE.split("//")[1], timeout=10)
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
        status, headers, _ = b.login("consultant@vigie.example")
        self.assertEqual(status, 303)
        status, headers, _ = b.request("GET", "/structures")
        self.assertEqual(status, 303)
        self.assertIn("/profil/double-authentification", headers["Location"])

    def test_metrics_count_requests(self):
        Browser().request("GET", "/healthz")
        status, _, body = Browser().request("GET", "/metrics")
        self.assertEqual(status, 200)
        self.assertIn('vigie_http_requests_total{route="/healthz",status="200"}', body)
        self.assertIn("vigie_http_request_duration_seconds_bucket", body)


def main():
    global BINARY, BASE
    BINARY = os.path.abspath(sys.argv[1])
    data_dir = tempfile.mkdtemp(prefix="vigie-http-")
    subprocess.run([BINARY, "demo", "--data-dir", data_dir], check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    BASE = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([BINARY, "serve", "--data-dir", data_dir, "--listen", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/healthz")
                break
            except OSError:
                time.sleep(0.05)
        result = unittest.main(argv=[sys.argv[0]], exit=False, verbosity=1).result
        ok = result.wasSuccessful()
    finally:
        server.terminate()
        try:
            code = server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            code = -1
    if code != 0:
        print(f"vigie serve did not stop cleanly on SIGTERM (exit {code})", file=sys.stderr)
        ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
