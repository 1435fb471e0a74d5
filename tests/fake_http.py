"""A fake HTTP server on 127.0.0.1 that records every request and answers as a test says, for the query,
push and serve tests."""
from __future__ import annotations

import http.server
import json
import threading
from contextlib import contextmanager


class Recorder(http.server.BaseHTTPRequestHandler):
    """Records (method, path, body, Authorization) of every request; answers with self.server.answer."""

    def _handle(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.seen.append((self.command, self.path, body, self.headers.get("Authorization")))
        self.server.answer(self, body)

    do_GET = do_POST = do_PUT = _handle

    def log_message(self, *args):
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False


@contextmanager
def fake_server(answer):
    server = _Server(("127.0.0.1", 0), Recorder)
    server.seen, server.answer = [], answer
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", server.seen
    finally:
        server.shutdown()
        server.server_close()


def reply(handler, code=200, body=b"", ctype="application/sparql-results+json", headers=()):
    handler.send_response(code)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    for k, v in headers:
        handler.send_header(k, v)
    handler.end_headers()
    handler.wfile.write(body)


def then_close(body: bytes, headers=(), code: int = 200):
    """An answer that sends ``body`` under ``headers`` and closes the connection, whatever the headers promise:
    a cut, chunked-but-broken or unframed answer."""
    def answer(handler, _):
        handler.send_response(code)
        for k, v in headers:
            handler.send_header(k, v)
        handler.end_headers()
        handler.wfile.write(body)
        handler.close_connection = True
    return answer


def count_json(handler, body):
    reply(handler, body=json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
        {"n": {"type": "literal", "value": "0", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}).encode())

