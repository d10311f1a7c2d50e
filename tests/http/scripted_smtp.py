"""A small SMTP server for tests that need to control the relay's answers: hang after
the message data (to kill Vigie mid-send), refuse an address for good (550). It speaks
just enough SMTP for libcurl (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and records
the deliveries it acknowledged with 250. Listens on 127.0.0.1 only."""
import socket
import socketserver
import threading


class ScriptedSmtp:
    def __init__(self):
        self.lock = threading.Lock()
        self.delivered = []          # recipient addresses, one per acknowledged message
        self.refuse = set()          # addresses answered 550 at RCPT
        self.hang_after = None       # acknowledge this many messages, then hang on the next
        self.hanging = threading.Event()  # set once a message's data arrived and was not answered
        self.release = threading.Event()
        owner = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                self.wfile.write(b"220 scripted.example.test ESMTP\r\n")
                rcpt = []
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    verb = line.decode("ascii", "replace").strip().upper()
                    if verb.startswith(("EHLO", "HELO")):
                        self.wfile.write(b"250-scripted.example.test\r\n250 8BITMIME\r\n")
                    elif verb.startswith("MAIL FROM"):
                        rcpt = []
                        self.wfile.write(b"250 OK\r\n")
                    elif verb.startswith("RCPT TO"):
                        address = verb.split("<", 1)[-1].rstrip(">").lower()
                        if address in owner.refuse:
                            self.wfile.write(b"550 5.1.1 unknown user\r\n")
                        else:
                            rcpt.append(address)
                            self.wfile.write(b"250 OK\r\n")
                    elif verb == "DATA":
                        self.wfile.write(b"354 go ahead\r\n")
                        while self.rfile.readline() not in (b".\r\n", b".\n", b""):
                            pass
                        with owner.lock:
                            hang = owner.hang_after is not None and len(owner.delivered) >= owner.hang_after
                        if hang:
                            owner.hanging.set()
                            owner.release.wait(60)
                            return  # the connection drops without an answer
                        with owner.lock:
                            owner.delivered.extend(rcpt)
                        self.wfile.write(b"250 queued\r\n")
                    elif verb == "QUIT":
                        self.wfile.write(b"221 bye\r\n")
                        return
                    else:
                        self.wfile.write(b"250 OK\r\n")

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def deliveries(self):
        with self.lock:
            return list(self.delivered)

    def stop(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
