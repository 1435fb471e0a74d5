"""The cap on the connections a `policykg serve` server holds open at once (the memory server and the
`--store` front alike): each holds a thread (the front two, and a socket to oxigraph's server), so a client
opening thousands of idle connections exhausted threads and file descriptors. Past the cap a connection
gets a one-line 503 at once and is closed; one freed is counted free before its socket closes.
"""
from __future__ import annotations

import threading

MAX_OPEN = 256       # connections served at once (a thread each); more get 503 at once, not a dropped line
BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 42\r\n"
        b"Connection: close\r\n\r\ntoo many open connections; try again soon\n")


class Capped:
    """Mixed in before a socketserver.ThreadingMixIn server: at most open_cap() connections at once."""
    _open = 0
    _count = threading.Lock()

    def open_cap(self) -> int:   # read at each connection, from the server's module (tests lower it)
        return MAX_OPEN

    def process_request(self, request, client_address):
        with self._count:
            busy = self._open >= self.open_cap()
            self._open += not busy
        if not busy:
            try:
                return super().process_request(request, client_address)
            except RuntimeError:  # no thread could be started
                self._closed()
        try:
            request.settimeout(1)
            request.sendall(BUSY)
        except OSError:
            pass
        self.shutdown_request(request)

    def process_request_thread(self, request, client_address):
        # the connection is counted free before its socket closes: freed after (socketserver closes it first),
        # a client that reconnected the moment it saw the close could still get the 503 (a flaky CI run)
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self._closed()
            self.shutdown_request(request)

    def _closed(self) -> None:
        with self._count:
            self._open -= 1
