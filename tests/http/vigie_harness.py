"""Shared harness for the HTTP tests: runs the real `vigie` binary on a free loopback
port with a fresh database (SQLite, or PostgreSQL when asked), and a cookie-keeping
client that signs in like a person would, second factor included."""
import base64
import hashlib
import hmac
import http.client
import http.cookiejar
import json
import os
import re
import socket
import struct
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

PASSWORD = "Vigie-demo-2026!"


SKIP = 77  # ctest SKIP_RETURN_CODE


def postgres_from_env():
    """The test PostgreSQL server URL; exits with SKIP when none is configured, or
    fails when the test command requires one (VIGIE_REQUIRE_POSTGRES)."""
    import sys
    url = os.environ.get("VIGIE_TEST_POSTGRES_URL")
    if url:
        return url
    if os.environ.get("VIGIE_REQUIRE_POSTGRES"):
        print("VIGIE_REQUIRE_POSTGRES is set but VIGIE_TEST_POSTGRES_URL is not", file=sys.stderr)
        sys.exit(1)
    print("no PostgreSQL server configured: skipped", file=sys.stderr)
    sys.exit(SKIP)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def totp(secret_b32, at=None):
    """RFC 6238 code (SHA-1, 30 s, 6 digits) for a base32 secret."""
    key = base64.b32decode(secret_b32.replace(" ", "").upper() + "=" * (-len(secret_b32.replace(" ", "")) % 8))
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1000000:06d}"


def finess_with_key(eight_digits):
    """Appends the Luhn check digit, as FINESS numbers carry."""
    total = 0
    for i, c in enumerate(eight_digits):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return eight_digits + str((10 - total % 10) % 10)


class Server:
    """`vigie demo` then `vigie serve` in a fresh data directory. With `postgres_url`
    (a server URL), a new database is created on that server for this run."""

    def __init__(self, binary, postgres_url=None, extra_args=(), before_serve=None):
        self.binary = os.path.abspath(binary)
        self.data_dir = tempfile.mkdtemp(prefix="vigie-http-")
        self.db_args = []
        self.pg_admin = None
        if postgres_url:
            name = "vigie_http_" + uuid.uuid4().hex[:12]
            self.pg_admin = (postgres_url, name)
            subprocess.run(["psql", postgres_url, "-q", "-c", f"CREATE DATABASE {name}"], check=True,
                           stdout=subprocess.DEVNULL)
            self.db_args = ["--database", postgres_url.rsplit("/", 1)[0] + "/" + name]
        self.run_cli("demo")
        if before_serve:
            before_serve(self)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [self.binary, "serve", "--data-dir", self.data_dir, "--listen", f"127.0.0.1:{self.port}",
             *self.db_args, *extra_args],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(200):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError("vigie serve did not start: " + self.process.stderr.read1(4096).decode())

    def run_cli(self, *args, stdin=None, check=True):
        return subprocess.run([self.binary, *args, "--data-dir", self.data_dir, *self.db_args],
                              input=stdin, capture_output=True, text=True, check=check)

    def stop(self):
        """SIGTERM; returns the exit code (0 when the shutdown was graceful)."""
        self.process.terminate()
        try:
            code = self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = -1
        if self.pg_admin:
            url, name = self.pg_admin
            subprocess.run(["psql", url, "-q", "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return code


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A cookie-keeping client that does not follow redirects. Recovery codes from
    second-factor enrolment are kept per email (class-wide) for later sign-ins."""

    recovery_codes = {}

    def __init__(self, server):
        self.server = server
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)

    def request(self, method, path, data=None, headers=None, json_body=None, raw=False):
        """(status, headers, body): text and JSON bodies decoded as UTF-8 (strictly:
        a page in another encoding fails the test), other bodies (PDF, XLSX) and any
        body with raw=True as bytes."""
        headers = dict(headers or {})
        body = None
        if json_body is not None:
            body = json.dumps(json_body).encode()
            headers.setdefault("Content-Type", "application/json")
        elif isinstance(data, dict):
            body = urllib.parse.urlencode(data).encode()
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        elif data is not None:
            body = data
        req = urllib.request.Request(self.server.base + path, data=body, method=method, headers=headers)
        try:
            with self.opener.open(req) as resp:
                return resp.status, dict(resp.headers), self._body(resp.read(), resp.headers, raw)
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), self._body(e.read(), e.headers, raw)

    @staticmethod
    def _body(content, headers, raw):
        kind = headers.get("Content-Type", "text/plain").split(";")[0].strip()
        textual = (kind.startswith("text/") or kind in ("application/json", "application/xml", "application/javascript")
                   or kind.endswith(("+json", "+xml")))
        return content if raw or not textual else content.decode()

    def form_token(self, path="/connexion"):
        _, _, body = self.request("GET", path)
        m = re.search(r'name="_csrf" value="([^"]+)"', body)
        return m.group(1) if m else ""

    def meta_token(self, path="/profil"):
        _, _, body = self.request("GET", path)
        m = re.search(r'<meta name="csrf-token" content="([^"]*)"', body)
        return m.group(1) if m else ""

    def post_form(self, path, fields, token_from=None):
        fields = dict(fields)
        fields.setdefault("_csrf", self.form_token(token_from or path))
        return self.request("POST", path, fields)

    def login(self, email, password=PASSWORD):
        """Signs in, enrolling or passing the second factor when asked. Returns the
        final status of the sign-in POST chain's last step."""
        status, headers, body = self.request(
            "POST", "/connexion", {"_csrf": self.form_token(), "email": email, "password": password, "suite": "/"})
        if status != 303:
            return status
        location = headers.get("Location", "")
        if location.endswith("/profil/double-authentification"):
            _, _, page = self.request("GET", "/profil/double-authentification")
            secret = re.search(r'data-copy="([A-Z2-7]+)"', page).group(1)
            token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
            status, _, page = self.request("POST", "/profil/double-authentification",
                                           {"_csrf": token, "code": totp(secret)})
            codes = re.findall(r"\b[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{2}\b", page)
            Browser.recovery_codes[email] = codes
            return status
        if location.endswith("/connexion/verification"):
            code = Browser.recovery_codes[email].pop()
            status, _, _ = self.request("POST", "/connexion/verification",
                                        {"_csrf": self.form_token("/connexion/verification"), "code": code})
            return status
        return status


class ApiClient:
    """A signed-in account calling the JSON API with its CSRF token; answers are
    (status, parsed JSON or None)."""

    def __init__(self, server, email):
        self.browser = Browser(server)
        assert self.browser.login(email) in (200, 303)
        self.csrf = self.browser.meta_token("/profil")

    def call(self, method, path, body=None):
        headers = {"X-CSRF-Token": self.csrf}
        status, _, text = self.browser.request(method, path, headers=headers,
                                               json_body=body if body is not None else ({} if method != "GET" else None))
        return status, (json.loads(text) if text else None)


def run_unittests(module_globals, **server_args):
    """Starts a Server (on PostgreSQL with --postgres-from-env), stores it as the
    module's SERVER, runs the module's unittest cases, stops the server, and exits 0
    only when every case passed and the server stopped cleanly."""
    import sys
    import unittest
    postgres = postgres_from_env() if "--postgres-from-env" in sys.argv else None
    server = Server(sys.argv[1], postgres_url=postgres, **server_args)
    module_globals["SERVER"] = server
    try:
        ok = unittest.main(argv=[sys.argv[0]], exit=False, verbosity=1).result.wasSuccessful()
    finally:
        code = server.stop()
    sys.exit(0 if ok and code == 0 else 1)


def wait_for_mail(maildir, to_address, timeout=20):
    """The parsed message delivered to `to_address` in the test SMTP server's Maildir,
    waiting up to `timeout` seconds (delivery may go through the job worker)."""
    import email
    import email.policy
    deadline = time.time() + timeout
    while time.time() < deadline:
        for folder in ("new", "cur"):
            path = os.path.join(maildir, folder)
            for name in sorted(os.listdir(path)) if os.path.isdir(path) else []:
                with open(os.path.join(path, name), "rb") as f:
                    message = email.message_from_binary_file(f, policy=email.policy.default)
                if to_address in str(message["To"]):
                    return message
        time.sleep(0.2)
    raise AssertionError(f"no mail for {to_address} within {timeout} s")
