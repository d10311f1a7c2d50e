#!/usr/bin/env python3
"""Slow and idle clients cannot hold the server: a request that does not arrive
whole within read_timeout_seconds is cut, idle keep-alive connections close, and
meanwhile other clients are served without delay. Runs with a 1-second read
timeout set in a TOML configuration file. Usage: slow_client_test.py PATH_TO_VIGIE"""
import os
import socket
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vigie_harness as harness  # noqa: E402

SERVER = None


def connect():
    s = socket.create_connection(("127.0.0.1", SERVER.port), timeout=10)
    return s


def closed_by_server(sock, within):
    """True when the server closes the connection, without answering, within `within` s."""
    sock.settimeout(within)
    try:
        return sock.recv(65536) == b""
    except socket.timeout:
        return False
    except ConnectionResetError:
        return True


class SlowClientTest(unittest.TestCase):
    def test_partial_headers_are_cut_after_the_read_timeout(self):
        s = connect()
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # never finished
        started = time.time()
        self.assertTrue(closed_by_server(s, 5))
        self.assertLess(time.time() - started, 4)

    def test_body_trickled_too_slowly_is_cut(self):
        s = connect()
        s.sendall(b"POST /connexion HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n"
                  b"Content-Type: application/x-www-form-urlencoded\r\n\r\nemail=")
        self.assertTrue(closed_by_server(s, 5))

    def test_many_slow_clients_do_not_delay_others(self):
        slow = []
        for _ in range(60):  # far more than the 8 handler threads
            s = connect()
            s.sendall(b"GET / HTTP/1.1\r\n")
            slow.append(s)
        started = time.time()
        for _ in range(20):
            b = harness.Browser(SERVER)
            status, _, _ = b.request("GET", "/healthz")
            self.assertEqual(status, 200)
        self.assertLess(time.time() - started, 2.0, "healthy clients waited behind slow ones")
        for s in slow:
            s.close()

    def test_keep_alive_serves_several_requests_on_one_connection(self):
        s = connect()
        for _ in range(3):
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            data = b""
            while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
                chunk = s.recv(65536)
                self.assertTrue(chunk, "connection closed between keep-alive requests")
                data += chunk
            self.assertTrue(data.startswith(b"HTTP/1.1 200"))
        s.close()


def main():
    conf = os.path.join(tempfile.mkdtemp(prefix="vigie-conf-"), "vigie.toml")
    with open(conf, "w") as f:
        f.write("read_timeout_seconds = 1\nidle_timeout_seconds = 2\n")
    harness.run_unittests(globals(), extra_args=["--config", conf])


if __name__ == "__main__":
    main()
