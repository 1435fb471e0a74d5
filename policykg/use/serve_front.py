"""`serve --store` on a loopback address: oxigraph's server behind a front that checks every request's Host.

oxigraph's server answers any Host, so a web page on a DNS name rebound to 127.0.0.1 could read the
store, or make it send SERVICE requests. The front listens on the address asked for, refuses a request
whose Host (or absolute-form target) is missing, doubled or not a loopback name as serve_http does (400,
403), refuses a query using SERVICE (400, as serve_http: oxigraph's server ran it, querying any host it named),
and passes the others byte for byte to oxigraph's server on a private port of 127.0.0.1, with ``Connection: close`` so
each connection carries that one checked request. With --allow-remote oxigraph's server listens on the
address itself (serve_oxigraph), as documented: no Host is then known to be the right one. Connections past
MAX_OPEN get 503 at once (serve_limit).
"""
from __future__ import annotations

import http.client
import io
import socket
import socketserver
import threading
import time
from http import HTTPStatus

from .serve_clock import BODY_RATE, body_deadline, recv_by
from .serve_http import HEAD_TIMEOUT, LONG_LINE, HttpError, _length
from .serve_limit import MAX_OPEN, Capped
from .serve_target import origin_form, target_refusal

MAX_HEAD = 64 << 10   # bytes of a request line and headers
# seconds a client may take to take a part of an answer, as serve_http.Handler.timeout: with none, a client that
# never read a large answer held its connection, and one of MAX_OPEN, for good (MAX_OPEN such and all got 503)
ANSWER_TIMEOUT = 120


class Front(Capped, socketserver.ThreadingTCPServer):
    """At most MAX_OPEN connections at once, as the memory server (serve_limit): each holds two threads and a
    socket to oxigraph's server, and idle ones held by the thousand exhausted both."""
    daemon_threads = True
    # as http.server and oxigraph: without it the TIME_WAIT of its closed connections kept the port from any
    # server, this one, `policykg serve` or oxigraph's, for a minute after it stopped ("Address already in use")
    allow_reuse_address = True
    backend: tuple[str, int]

    def handle_error(self, request, client_address):  # a client gone mid-answer: nothing to print
        pass

    def open_cap(self) -> int:
        return MAX_OPEN


def _reply(sock: socket.socket, status: int, message: str) -> None:
    body = (message + "\n").encode("utf-8")
    reason = HTTPStatus(status).phrase
    sock.sendall(f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                 f"{len(body)}\r\nConnection: close\r\n\r\n".encode("ascii") + body)


def _read_head(sock: socket.socket) -> tuple[bytes, bytes] | None:
    """(request line and headers, what followed them), or None when the client sent no whole head
    within HEAD_TIMEOUT (in all: a byte every few seconds held the thread for good); HttpError past MAX_HEAD."""
    data, buffer, deadline = b"", bytearray(65536), time.monotonic() + HEAD_TIMEOUT
    while b"\r\n\r\n" not in data:
        try:
            size = recv_by(sock, deadline, buffer)
        except TimeoutError:
            return None
        if not size:
            return None
        data += bytes(buffer[:size])
        if len(data) > MAX_HEAD and b"\r\n\r\n" not in data[:MAX_HEAD]:   # it closed without a word
            raise HttpError(414, LONG_LINE) if b"\r\n" not in data[:MAX_HEAD] else HttpError(
                431, "the request's headers are longer than 64 KiB")
    head, rest = data.split(b"\r\n\r\n", 1)
    return head, rest


def _checked(head: bytes) -> tuple[bytes | None, tuple[int, str] | None]:
    """The head to pass on (its Connection header made ``close``), or the refusal."""
    lines = head.decode("latin-1").split("\r\n")
    request = lines[0].split(" ")
    if len(request) != 3:
        return None, (400, "a request line that is not METHOD TARGET VERSION")
    if any(ln and ":" not in ln for ln in lines[1:]):
        return None, (400, "a header line without a colon")
    fields = [(ln.split(":", 1)[0].strip().lower(), ln) for ln in lines[1:]]
    refused = target_refusal(request[1], [ln.split(":", 1)[1] for name, ln in fields if name == "host"],
                             request[2])
    if refused:
        return None, refused
    kept = [ln for name, ln in fields if name not in ("connection", "expect")]   # the front answers Expect
    line = f"{request[0]} {origin_form(request[1])} {request[2]}"   # checked by its authority, passed as a path
    return "\r\n".join([line, *kept, "Connection: close", "", ""]).encode("latin-1"), None


def _content_length(head: bytes) -> tuple[int, HttpError | None]:
    """The body's length, framed as serve_http frames it (0 for none), or the refusal: a chunked body or a
    claimed length over MAX_BODY was passed on with no deadline, or one of days (a byte every few seconds)."""
    try:
        fields = http.client.parse_headers(io.BytesIO(head.partition(b"\r\n")[2] + b"\r\n\r\n"))
        return _length(fields) or 0, None
    except HttpError as exc:
        return 0, exc
    except http.client.HTTPException:   # over 100 header lines: refused as http.server refuses them
        return 0, HttpError(431, "too many header lines")


def _whole_body(client: socket.socket, have: bytes, length: int) -> bytes | None:
    """HAVE and the rest of the LENGTH bytes of body (at most MAX_BODY: _content_length), read before oxigraph
    sees any of it, so that the query can be checked; None when they did not come within HEAD_TIMEOUT and a
    second per BODY_RATE bytes (a body sent a byte at a time held the thread for good)."""
    left = length - len(have)
    deadline, buffer, parts = body_deadline(max(left, 0), HEAD_TIMEOUT), bytearray(65536), [have]
    try:
        while left > 0:
            size = recv_by(client, deadline, memoryview(buffer)[:min(left, len(buffer))])
            if not size:
                break   # the client stopped sending: oxigraph answers the short body
            parts.append(bytes(buffer[:size]))
            left -= size
    except TimeoutError:
        return None
    return b"".join(parts)


def _expects_continue(head: bytes) -> bool:
    """Whether the request asks for `100 Continue` before its body (RFC 9110 §10.1.1): the front reads the body
    itself before oxigraph sees the request, so it answers that, as http.server does for the memory server."""
    return any(ln.split(b":", 1)[0].strip().lower() == b"expect" and b"100-continue" in ln.lower()
               for ln in head.split(b"\r\n")[1:])


def _service_refusal(head: bytes, body: bytes) -> tuple[int, str] | None:
    """400 for a query to /query that uses SERVICE, as the memory server answers it: oxigraph's server ran it,
    sending the query's pattern to any host it names (a page on a rebound name, or a `query --endpoint` user,
    made this machine query elsewhere). Any other request is oxigraph's to judge (None)."""
    from urllib.parse import urlsplit

    from .serve_http import SERVICE
    from .serve_request import read_request
    from .sparql_form import _mentions_service

    line, _, fields = head.partition(b"\r\n")
    method, target = line.decode("latin-1").split(" ")[:2]
    url = urlsplit(origin_form(target))
    if url.path != "/query":
        return None
    headers = http.client.parse_headers(io.BytesIO(fields + b"\r\n\r\n"))
    try:
        request = read_request(method, url.query, headers, io.BytesIO(body))
    except HttpError:
        return None
    return (400, SERVICE) if _mentions_service(request["query"]) else None


def _pipe(src: socket.socket, dst: socket.socket, patient: bool = False) -> None:
    """src's bytes on to dst until src ends or either fails; patient: src's silence is no failure (a client
    waiting for its answer, its socket timed for the answer's writes)."""
    try:
        while True:
            try:
                chunk = src.recv(65536)
            except TimeoutError:
                if patient:
                    continue
                raise
            if not chunk:
                break
            dst.sendall(chunk)
    except OSError:
        pass
    finally:
        try:
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass


class Handler(socketserver.BaseRequestHandler):
    server: Front

    def handle(self) -> None:
        client = self.request
        client.settimeout(HEAD_TIMEOUT)
        try:
            read = _read_head(client)
        except HttpError as exc:
            _reply(client, exc.status, exc.message)
            return
        if read is None:
            return
        head, refused = _checked(read[0])
        if refused:
            _reply(client, *refused)
            return
        length, unframed = _content_length(read[0])
        if unframed:
            _reply(client, unframed.status, unframed.message)
            return
        if length > len(read[1]) and _expects_continue(read[0]):   # a client that waits for it sent no body: 408
            client.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
        body = _whole_body(client, read[1], length)
        if body is None:
            _reply(client, 408, f"the request's body came too slowly (it may take {HEAD_TIMEOUT} s, plus a "
                                f"second for each {BODY_RATE >> 10} KiB)")
            return
        if refused := _service_refusal(read[0], body):
            _reply(client, *refused)
            return
        client.settimeout(ANSWER_TIMEOUT)  # a query may take long (oxigraph's --timeout-s): the wait is patient
        with socket.create_connection(self.server.backend) as backend:
            backend.sendall(head + body)
            upstream = threading.Thread(target=_pipe, args=(client, backend, True), daemon=True)
            upstream.start()
            _pipe(backend, client)
            try:
                client.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            upstream.join(5)


def start(front: Front, graphs, store, timeout, union_default_graph, wait, log):
    """Start oxigraph's server on STORE at a free port of 127.0.0.1 and answer through FRONT, already
    bound to the address asked for (so a port in use costs no loading)."""
    from .serve import answer
    from .serve_oxigraph import start as start_oxigraph

    try:
        server = start_oxigraph(graphs, "127.0.0.1", 0, store, timeout, False, union_default_graph, wait, log)
    except BaseException:
        front.server_close()
        raise
    front.backend = ("127.0.0.1", int(server.url.rstrip("/").rsplit(":", 1)[1]))
    return answer(front, server, "policykg-front")
