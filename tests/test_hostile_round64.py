"""Hostile use, round 64 (docs/checks/hostile64.md): HEAD and OPTIONS sent to `serve`, idle kept-alive
connections holding every slot of it, a graph IRI with a bidirectional mark in `push`, a full disk under
`serve --store` and under a new `--out`.

The CLI runs as a real subprocess where the contract is its output; the server runs in this process on a free
port of 127.0.0.1 and is spoken to through raw sockets, as a client would.
"""
from __future__ import annotations

import os
import resource
import socket
import stat
from urllib.parse import urlsplit

import pytest

from cli_helpers import SEED, one_line, run_cli, write_file

GRAPH = '<urn:a> <urn:b> "c" .\n'
ASK = b"/query?query=ASK%7B%7D"


def _server(tmp_path):
    from policykg.use.serve import start

    write_file(tmp_path, "g.nt", GRAPH)
    server = start([str(tmp_path / "g.nt")], port=0, timeout=30)
    return server, urlsplit(server.url).port


def _answer(sock: socket.socket) -> bytes:
    """One whole answer (head and Content-Length bytes of body) from SOCK, or what came before it closed."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(next(ln.split(b":")[1] for ln in head.split(b"\r\n") if ln.lower().startswith(b"content-length")))
    while len(body) < length:
        body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


def _request(method: bytes, target: bytes) -> bytes:
    return method + b" " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


def test_serve_answers_head_as_get_without_its_body_and_options_with_allow(tmp_path):
    """`curl -I` (a monitor's or link checker's HEAD) got "501 Unsupported method ('HEAD')", OPTIONS the same:
    RFC 9110 §9.1 has every server take GET and HEAD. HEAD now gets GET's head and no body (the next request
    on the connection is read right), OPTIONS the methods of the path."""
    server, port = _server(tmp_path)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(_request(b"HEAD", ASK) + _request(b"GET", ASK))
            both = b""
            while both.count(b"HTTP/1.1 ") < 2 or not both.endswith(b"}"):
                chunk = s.recv(65536)
                assert chunk, both
                both += chunk
        head, get = both.split(b"HTTP/1.1 ")[1:]
        assert head.startswith(b"200 OK") and head.endswith(b"\r\n\r\n"), head      # no body after the head
        assert get.startswith(b"200 OK") and get.endswith(b'"boolean":true}'), get
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(_request(b"OPTIONS", b"/query"))
            options = _answer(s)
            s.sendall(_request(b"OPTIONS", b"*"))
            everything = _answer(s)
        assert options.startswith(b"HTTP/1.1 200") and b"\r\nAllow: GET, HEAD, POST, OPTIONS\r\n" in options
        assert everything.startswith(b"HTTP/1.1 200") and b"\r\nAllow: " in everything
    finally:
        server.stop()


def test_idle_kept_alive_connections_make_way_for_a_new_one_at_the_cap(tmp_path, monkeypatch):
    """MAX_OPEN connections each kept alive after one answer (a client's pool, or an attacker repeating one
    request every few seconds) held every slot: each new client got 503 until they went quiet for 15 s. Now a
    new connection at the cap closes the oldest idle one (RFC 9112 §9.6) and is answered."""
    from policykg.use import serve_http

    monkeypatch.setattr(serve_http, "MAX_OPEN", 2)
    server, port = _server(tmp_path)
    try:
        kept = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(2)]
        for s in kept:
            s.sendall(_request(b"GET", ASK))
            assert _answer(s).startswith(b"HTTP/1.1 200")
        with socket.create_connection(("127.0.0.1", port), timeout=10) as new:
            new.sendall(_request(b"GET", ASK))
            assert _answer(new).startswith(b"HTTP/1.1 200 OK")
        assert kept[0].recv(100) == b""           # the oldest idle one was closed for it
        kept[1].sendall(_request(b"GET", ASK))     # the other is still served
        assert _answer(kept[1]).startswith(b"HTTP/1.1 200")
        for s in kept:
            s.close()
    finally:
        server.stop()


@pytest.mark.parametrize("mark", ["\u202e", "\u200f", "\u2066", "\x7f", "\x9b"])
def test_a_graph_iri_with_a_bidi_mark_or_a_control_is_refused_before_any_request(tmp_path, mark):
    """`push --graph-iri 'urn:x<U+202E>abc'` pushed the graph and printed `PUT <urn:x…>` raw: the terminal showed
    the name's tail reversed. RFC 3987 §4.1: an IRI holds no bidirectional formatting character."""
    write_file(tmp_path, "g.nt", GRAPH)
    r = run_cli("push", "--endpoint", "http://127.0.0.1:9/store", "--graph", "g.nt", "--graph-iri",
                f"urn:x{mark}abc", cwd=tmp_path)
    one_line(r, 2, r"^policykg: --graph-iri 'urn:x\\(u20[0-6][0-9a-f]|x7f|x9b)abc': not an absolute IRI")


def test_push_shows_the_graph_iris_of_its_lines_escaped(tmp_path):
    """A named graph `<urn:g<U+202E>abc>` of an N-Quads file (pyoxigraph reads it) was printed raw in push's
    `PUT <…>` line, its tail shown reversed; the store (a local one answering 201) still gets the graph."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    puts = []

    class Store(BaseHTTPRequestHandler):
        def do_PUT(self):
            puts.append(self.path)
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(201)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    write_file(tmp_path, "g.nq", '<urn:s> <urn:p> "a" <urn:g\u202eabc> .\n')
    store = ThreadingHTTPServer(("127.0.0.1", 0), Store)
    threading.Thread(target=store.serve_forever, daemon=True).start()
    try:
        r = run_cli("push", "--endpoint", f"http://127.0.0.1:{store.server_port}/store", "--graph", "g.nq",
                    "--no-verify", cwd=tmp_path)
    finally:
        store.shutdown()
    assert (r.returncode, r.stderr) == (0, ""), r.stderr
    assert r.stdout.splitlines()[0] == "PUT <urn:g\\u202eabc>: 1 triples, HTTP 201", r.stdout
    assert puts == ["/store?graph=urn%3Ag%E2%80%AEabc"]


def test_a_store_that_cannot_be_written_is_named_not_the_graph(tmp_path):
    """`serve --store` on a full disk said "g.trig: not loadable into oxigraph: … No space left on device":
    the graph was blamed for the store's disk. The words are oxigraph load's (RocksDB) on a full tmpfs."""
    from policykg.errors import UsageError
    from policykg.use.serve_oxigraph import load_store

    write_file(tmp_path, "g.nt", GRAPH)
    fake = tmp_path / "oxigraph"
    fake.write_text("#!/bin/sh\necho 'Error: IO error: No space left on device: While appending to file: "
                    "st/bulk-1.sst: No space left on device' >&2\nexit 1\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    with pytest.raises(UsageError, match=r"^--store .*st: cannot fill the store \(No space left on device\); "
                                         r"nothing replaced$"):
        load_store(tmp_path / "st", [str(tmp_path / "g.nt")], binary=str(fake))


def test_a_new_out_that_a_full_disk_refuses_says_nothing_was_written(tmp_path):
    """`build --out new` on a full disk (here: past the file size limit) said "previous output left as it was"
    where there had been none."""
    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (20 * 1024, 20 * 1024))

    r = run_cli("build", SEED, "--out", "new", cwd=tmp_path, preexec_fn=limit)
    assert r.returncode == 2 and r.stderr.endswith(
        "policykg: --out new: cannot write the output (File too large); nothing written\n"), r.stderr
    assert not os.path.lexists(tmp_path / "new")


def test_an_accent_on_a_chinese_character_is_dropped_with_the_invisible_ones(tmp_path):
    """A combining acute (U+0301) left on a character of a park's name in the seed report (a damaged copy):
    the park was lost without a word (11 parks, then 10). It is dropped as the invisible characters are:
    the same graph as the clean report's, one warning naming it."""
    text = SEED.read_text(encoding="utf-8")
    name = "中旺航空产业园"
    assert name in text
    write_file(tmp_path, "r.txt", text.replace(name, name[:3] + "\u0301" + name[3:], 1))
    write_file(tmp_path, "clean.txt", text)
    marked = run_cli("build", "r.txt", "--out", "marked", cwd=tmp_path)
    clean = run_cli("build", "clean.txt", "--out", "clean", cwd=tmp_path)
    assert marked.returncode == clean.returncode == 0, marked.stderr
    assert "r.txt: 1 invisible character(s)" in marked.stderr and "accents on Chinese characters" in marked.stderr
    assert (tmp_path / "marked" / "graph.trig").read_bytes() == (tmp_path / "clean" / "graph.trig").read_bytes()


def test_an_accent_on_a_latin_letter_stays():
    """Pinyin spelt with combining marks (lǚ) is text, not damage: kept."""
    from policykg.read import _STRAY_MARKS

    assert _STRAY_MARKS.sub("", "Lu\u0308\u030c 绿\u0301色") == "Lu\u0308\u030c 绿色"


def test_an_endpoint_answer_of_millions_of_rows_is_refused_before_it_fills_memory(tmp_path):
    """`query --endpoint` read an answer up to 2 GiB and parsed it whole: 1,000,000 rows (253 MB of JSON from
    `policykg serve`) took 2.2 GB, 2 GiB some 18 GB, and where memory is less the process was killed without a
    word. Now it stops at 256 MiB (about the million rows --max-rows allows a query of graph files). The store
    here sends 260 MiB of a Content-Length of 300 MiB, then waits: read to its end it would run to --timeout."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    row = b'{"a":{"type":"literal","value":"x"}},'
    block = row * ((1 << 20) // len(row))

    class Endpoint(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(300 << 20))
            self.end_headers()
            try:
                self.wfile.write(b'{"head":{"vars":["a"]},"results":{"bindings":[')
                for _ in range(260):
                    self.wfile.write(block)
                threading.Event().wait(60)
            except OSError:
                pass

        def log_message(self, *args):
            pass

    endpoint = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    endpoint.daemon_threads = True
    threading.Thread(target=endpoint.serve_forever, daemon=True).start()
    write_file(tmp_path, "q.rq", "SELECT ?a WHERE { ?s ?p ?a }\n")
    try:
        r = run_cli("query", "q.rq", "--endpoint", f"http://127.0.0.1:{endpoint.server_port}/query",
                    "--timeout", "50", cwd=tmp_path)
    finally:
        endpoint.shutdown()
    one_line(r, 2, r"answer is larger than 256 MiB \(about a million rows, some 2 GB of memory once read\); "
                   r"not read further")


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/store ", " http://127.0.0.1:9/store"])
def test_an_endpoint_url_with_an_edge_space_is_refused_naming_it(tmp_path, url):
    """`push --endpoint 'http://…/store '` (a URL pasted with its space) said "cannot derive the SPARQL query
    endpoint from http://…/store ; give --sparql URL": the space, the cause, was not named."""
    write_file(tmp_path, "g.nt", GRAPH)
    r = run_cli("push", "--endpoint", url, "--graph", "g.nt", "--graph-iri", "urn:y", cwd=tmp_path)
    one_line(r, 2, rf"^policykg: --endpoint '{url}': the URL starts or ends with whitespace; give it without$")


@pytest.mark.parametrize("name", ["e\u200b.nt", "o\u202e2/e.nt", "\ufeffe.nt", "e\x85.nt"])
def test_a_new_output_name_holding_an_invisible_character_is_refused_before_any_work(tmp_path, name):
    """`--out e<U+200B>.nt` wrote a file `ls` shows as e.nt (`validate e.nt`: no such file); U+202E in a folder's
    name showed its tail reversed. Refused as a name with edge whitespace is (hostile63)."""
    write_file(tmp_path, "g.nt", GRAPH)
    r = run_cli("export", "--graph", "g.nt", "--format", "nt", "--out", name, cwd=tmp_path)
    one_line(r, 2, r"^policykg: --out '.*': the name '.*' holds an invisible character \(U\+[0-9A-F]{4}\), which a "
                   r"listing does not show; give the name without it$")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nt"]


def test_an_existing_folder_with_an_invisible_character_or_a_joiner_still_takes_an_output(tmp_path):
    """The user's own folder keeps its name; a zero-width non-joiner (Persian, Indic words) is no damage."""
    write_file(tmp_path, "g.nt", GRAPH)
    (tmp_path / "mine\u200b").mkdir()
    for out in ("mine\u200b/e.nt", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.nt"):
        r = run_cli("export", "--graph", "g.nt", "--format", "nt", "--out", out, cwd=tmp_path)
        assert (r.returncode, r.stderr) == (0, ""), r.stderr


def test_a_state_folder_of_another_user_is_not_called_read_only(tmp_path, monkeypatch):
    """Run as nobody with XDG_STATE_HOME a folder of root's (0755), the second `export --out x.nt` said the
    folder "is read-only", which it is not (its disk takes files; this user may not write it). Here the check
    is asked of a writable disk with the access refused, as the kernel refuses it to nobody."""
    from policykg.corpus import written

    state = tmp_path / "state"
    state.mkdir()
    monkeypatch.setattr(written.os, "access", lambda path, mode: False)
    assert written._cannot_keep(str(state / "policykg" / "written.jsonl")) == f"{state} is not writable by this user"
