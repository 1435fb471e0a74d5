"""The cap on the connections a `policykg serve` server holds open at once (the memory server and the
`--store` front alike): each holds a thread (the front two, and a socket to oxigraph's server), so a client
opening thousands of idle connections exhausted threads and file descriptors. Past the cap a new connection
first closes the oldest connection kept alive between two requests (RFC 9112 §9.6 lets a server close an idle
one; clients reopen): 256 such, a client's pool or an attacker's, held everyone else to 503 for good. With
none idle it gets a one-line 503 at once and is closed; one freed is counted free before its socket closes.
"""
from __future__ import annotations

import socket
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

    def kept_alive(self, sock, wait) -> bool:
        """Run WAIT, the wait for the next request on kept-alive SOCK, with SOCK closable for a new connection;
        False when it was closed so."""
        with self._count:
            idle = self.__dict__.setdefault("_idle", {})   # socket → None, oldest first
            idle[sock] = None
        try:
            wait()
        finally:
            with self._count:
                closed = idle.pop(sock, True) is True
        return not closed

    def process_request(self, request, client_address):
        with self._count:
            busy = self._open >= self.open_cap() and not self._close_idle()
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

    def _close_idle(self) -> bool:
        """Shut the oldest connection waiting for its next request (its thread then ends and counts it
        free); False when none waits. Called holding _count."""
        idle = self.__dict__.get("_idle")
        if not idle:
            return False
        sock = next(iter(idle))
        del idle[sock]
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        return True

    def _closed(self) -> None:
        with self._count:
            self._open -= 1
