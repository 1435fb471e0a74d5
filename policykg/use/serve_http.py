"""The HTTP side of `policykg serve`: a read-only SPARQL 1.1 Protocol endpoint on a loopback address.

``/query`` takes a query by GET (``?query=``), by POST of a form or of the query itself
(``application/sparql-query``), with ``default-graph-uri`` and ``named-graph-uri`` when wanted; the
answer's format follows the Accept header (serve_answer). ``/`` is a small query page. HEAD is answered as
GET without the body, OPTIONS with the methods a path takes (Allow). Nothing can
change the graphs: ``/update``, ``/store``, an ``update`` parameter, a sparql-update body and every PUT,
DELETE or PATCH get 403. ``SERVICE`` is refused (400). A request without one well-formed Host gets 400
(RFC 9112 §3.2), a Host that is not a loopback name 403 (DNS rebinding); an absolute-form target is
checked by its own authority (serve_target). A body whose end is unclear
closes the connection. Each connection has a thread, at most MAX_OPEN at once (serve_limit); each query a
worker process (serve_workers). What a request asks is read by serve_request. Errors are one line of
text/plain.
"""
from __future__ import annotations

import io
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from .serve_clock import BODY_RATE, DeadlineReader, body_deadline
from .serve_limit import MAX_OPEN, Capped
from .serve_request import MAX_BODY, READ_ONLY, _UNFRAMED, HttpError, _body, _length, read_request  # noqa: F401
from .serve_target import origin_form, shown_path, target_refusal
from .serve_workers import Cancelled, Workers

# http.server's 414 said "Request-URI Too Long", the --store front closed without a word (past 64 KiB)
LONG_LINE = "the request line is longer than 64 KiB; send a long query by POST (Content-Type: application/sparql-query)"
HEAD_TIMEOUT = 15    # seconds a client may take to send a request line and headers in all (slow clients hold threads)
SERVICE = "SERVICE is refused: policykg serve does not query other endpoints"
TEXT = "text/plain; charset=utf-8"
# what OPTIONS answers (RFC 9110 §9.3.7); HEAD is a GET without its body (§9.3.2: every server must take it)
ALLOWED = {"/": "GET, HEAD, OPTIONS", "/query": "GET, HEAD, POST, OPTIONS", "*": "GET, HEAD, POST, OPTIONS"}


@dataclass
class App:
    """What every request handler needs: the workers and the server's settings."""
    workers: Workers
    timeout: float | None
    union: bool
    page: bytes


class Server(Capped, ThreadingHTTPServer):
    daemon_threads = True
    app: App

    def handle_error(self, request, client_address):  # a client gone mid-answer: nothing to print
        pass

    def open_cap(self) -> int:
        return MAX_OPEN


class Handler(BaseHTTPRequestHandler):
    """One connection (HTTP/1.1, kept alive); every answer has a Content-Length."""
    protocol_version = "HTTP/1.1"
    server_version = "policykg-serve"
    sys_version = ""
    # http.server's own refusals (a bad request line, 431, 501 for TRACE) as one line of text too
    error_content_type, error_message_format = TEXT, "%(message)s\n"
    timeout = 120  # seconds a client may take to send a request, or to take a part of an answer
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms wait for a delayed ACK
    server: Server

    def setup(self):
        super().setup()
        self.rfile.close()
        self.reader = DeadlineReader(self.connection)
        self.rfile = io.BufferedReader(self.reader)
        self.answered = 0

    def handle_one_request(self):
        self.connection.settimeout(HEAD_TIMEOUT)  # the answer then has Handler.timeout (see _dispatch)
        self.reader.deadline = time.monotonic() + HEAD_TIMEOUT  # the whole head, not each read of it
        if self.answered and not self.server.kept_alive(self.connection, self._next_request):
            self.close_connection = True  # closed for a new connection while idle (serve_limit)
            return
        super().handle_one_request()
        self.answered += 1

    def _next_request(self) -> None:
        """Wait for the first byte of the next request on a kept-alive connection."""
        try:
            self.rfile.peek(1)
        except OSError:
            pass  # a timeout or a reset: the request line's read meets it again and closes the connection

    def send_error(self, code, message=None, explain=None):
        # http.server refuses a bad version (400, 505) while it still takes the request for HTTP/0.9, whose
        # answers have no status line: `GET / HTTP/2.0` got a bare body. Three words are no HTTP/0.9 request.
        if self.request_version == "HTTP/0.9" and len(self.requestline.split()) == 3:
            self.request_version = "HTTP/1.1"
        super().send_error(code, LONG_LINE if code == 414 else message, explain)

    def do_GET(self):
        self._dispatch("GET")

    def do_POST(self):
        self._dispatch("POST")

    def do_HEAD(self):
        self._dispatch("GET")  # the GET's status and headers; _head and _answer send no body for HEAD

    def do_OPTIONS(self):
        self._dispatch("OPTIONS")

    def do_PUT(self):
        self._dispatch("PUT")

    do_DELETE = do_PATCH = do_PUT

    def _dispatch(self, method: str) -> None:
        self.connection.settimeout(self.timeout)
        try:
            length = _length(self.headers) or 0
        except HttpError:
            length = 0  # refused below, before any body is read
        self.reader.deadline = body_deadline(length, HEAD_TIMEOUT)
        try:
            self._check_host()
            url = urlsplit(origin_form(self.path))
            if not (method == "POST" and url.path == "/query"):
                self._drain()  # a body nobody reads, left unread, would be taken for the next request
            if method == "OPTIONS" and url.path in ALLOWED:
                self._send(200, TEXT, b"", (("Allow", ALLOWED[url.path]),))
                return
            if method not in ("GET", "POST", "OPTIONS") or url.path in ("/update", "/store"):
                raise HttpError(403, READ_ONLY)
            if url.path == "/query":
                self._answer(read_request(method, url.query, self.headers, self.rfile))
            elif url.path == "/" and method == "GET":
                self._send(200, "text/html; charset=utf-8", self.server.app.page)
            elif url.path == "/":
                raise HttpError(405, "POST queries to /query", (("Allow", ALLOWED["/"]),))
            else:
                raise HttpError(404, f"no such page: {shown_path(url.path)} (the endpoint is /query)")
        except TimeoutError:  # the body came too slowly (writes catch their own OSError)
            self.close_connection = True
            self._send(408, TEXT, f"the request's body came too slowly (it may take {HEAD_TIMEOUT} s, plus "
                                  f"a second for each {BODY_RATE >> 10} KiB)\n".encode("utf-8"))
        except HttpError as exc:
            if exc.status in (411, 413) or exc.message in _UNFRAMED:  # an unread body would be the next request
                self.close_connection = True
            self._send(exc.status, TEXT, (exc.message + "\n").encode("utf-8"), exc.headers)

    def _check_host(self) -> None:
        asterisk = self.command == "OPTIONS" and self.path == "*"   # the server as a whole (RFC 9112 §3.2.4)
        refused = target_refusal("/" if asterisk else self.path, self.headers.get_all("Host") or [],
                                 self.request_version)
        if refused:
            self._drain()
            if refused[0] == 400:
                self.close_connection = True
            raise HttpError(*refused)

    def _drain(self) -> None:
        """Read a body nobody will use, so the connection stays usable; close it when the body's end is
        unclear (chunked, two lengths, too big): its bytes would be read as the next request."""
        try:
            self.rfile.read(_length(self.headers) or 0)
        except HttpError:
            self.close_connection = True

    def _answer(self, request: dict) -> None:
        from .sparql_form import _mentions_service, shape_problem

        app = self.server.app
        problem = shape_problem(request["query"])
        if problem:
            raise HttpError(400, problem)
        if _mentions_service(request["query"]):
            raise HttpError(400, SERVICE)
        request.update(accept=self.headers.get("Accept"), union=app.union)
        start = time.monotonic()
        try:
            status, media, length, body = app.workers.ask(request, app.timeout)
        except TimeoutError as exc:
            raise HttpError(503, f"busy: {exc}") from None
        except OSError:
            raise HttpError(500, "the query workers are not running (see the server's output)") from None
        except Cancelled:
            if app.timeout and time.monotonic() - start >= app.timeout * 0.9:
                raise HttpError(503, f"query cancelled after {app.timeout:g} s (policykg serve --timeout); "
                                     f"narrow it, or serve with a longer --timeout") from None
            raise HttpError(500, "the query's worker process ended without an answer") from None
        try:
            self._head(status, media, length)
            for chunk in body.chunks(length) if self.command != "HEAD" else ():
                self.wfile.write(chunk)
        except (EOFError, OSError):
            self.close_connection = True  # the client sees fewer bytes than the Content-Length
        finally:
            body.close()

    def _head(self, status: int, media: str, length: int, headers=()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(length))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()

    def _send(self, status: int, media: str, body: bytes, headers=()) -> None:
        try:
            self._head(status, media, len(body), headers)
            if self.command != "HEAD":
                self.wfile.write(body)
        except OSError:
            self.close_connection = True

    def log_message(self, format, *args):  # noqa: A002 — quiet: serve prints only its own lines
        pass

