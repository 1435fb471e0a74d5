"""Hostile use, round 7: a hand-written ownership marker, SPARQL escapes hiding a keyword, and the further
cases found by trying every verb as a careless or hostile user.

The CLI runs as a real subprocess where the case is about the command line; what must survive is
compared byte for byte.
"""
from __future__ import annotations

import http.server
import json
import threading

import pytest

from cli_helpers import SEED, one_line, run_cli, tree
from fake_http import fake_server, reply

GRAPH = "<https://w3id.org/policykg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\"@zh .\n"
MARKER_HEAD = ("Written by `policykg build` or `policykg impact`. The next run into this folder replaces it whole.\n"
               "Command: policykg build\n"
               "Files it wrote (anything else in the folder makes the next run refuse to replace it):\n")


@pytest.mark.unit
@pytest.mark.parametrize("listed, foreign", [((".git/HEAD", "notes.md", "src/main.py"), ".git"),
                                             (("graph.ttl", "texts/a.txt", "texts/b.md"), "texts/b.md")])
def test_a_marker_listing_files_policykg_never_writes_does_not_let_them_be_removed(tmp_path, listed, foreign):
    """The marker's list was trusted as it was: a .policykg-output written by hand, or one that came with a
    cloned project, listing the project's files made build replace the project (its .git too) whole."""
    out = tmp_path / "project"
    for rel in listed:
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text("the user's\n")
    (out / ".policykg-output").write_text(MARKER_HEAD + "".join(f"{n}\n" for n in listed))
    before = tree(tmp_path)
    r = run_cli("build", SEED, "--out", out, "--quiet", timeout=120)
    one_line(r, 2, rf"holds {foreign}, which policykg did not write")
    assert tree(tmp_path) == before


@pytest.mark.unit
@pytest.mark.parametrize("keyword", [r"\u0053ERVICE", r"SERVIC\u0045", r"\U00000073ervice"])
@pytest.mark.parametrize("engine", ["default", "reference"])
def test_a_service_spelt_with_unicode_escapes_is_refused(tmp_path, keyword, engine):
    """SPARQL undoes \\u escapes before parsing, and rdflib's evaluator (--engine reference) did: a
    SERVICE spelt with one passed the keyword scan and this machine queried the endpoint it named."""
    (tmp_path / "g.nt").write_text(GRAPH)

    def answer(handler, body):
        reply(handler, body=json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": []}}).encode())

    with fake_server(answer) as (url, seen):
        (tmp_path / "q.rq").write_text(f"SELECT * WHERE {{ {keyword} <{url}/sparql> {{ ?s ?p ?o }} }}\n")
        r = run_cli("query", tmp_path / "q.rq", "--graph", tmp_path / "g.nt", "--engine", engine, timeout=60)
        one_line(r, 2, r"uses SERVICE.*--allow-service")
        assert seen == []


@pytest.mark.unit
@pytest.mark.parametrize("name", ["\x1b]0;owned\x07", "a b", "x\ny", ""])
def test_a_variable_name_from_an_endpoint_that_is_none_is_refused(tmp_path, name):
    """The names in an endpoint's "head" went to the table's header as they came: one holding a terminal
    escape reached the terminal raw (an IRI or a label is shown escaped)."""
    body = json.dumps({"head": {"vars": [name]}, "results": {"bindings": []}}).encode()
    (tmp_path / "q.rq").write_text("SELECT ?x WHERE { ?x ?p ?o }\n")
    with fake_server(lambda h, _: reply(h, body=body)) as (url, _):
        r = run_cli("query", tmp_path / "q.rq", "--endpoint", url + "/sparql", timeout=60)
    one_line(r, 2, r"did not answer with SPARQL JSON results \(.* is no SPARQL variable name\)")
    assert "\x1b" not in r.stderr


@pytest.mark.unit
def test_variable_names_of_any_script_are_read():
    from policykg.use.query_endpoint import _rows
    names = ["x", "名称", "ñ_1", "a\u00b7b"]
    assert _rows({"head": {"vars": names}, "results": {"bindings": []}}, "SELECT").vars == names


class _Endless(http.server.BaseHTTPRequestHandler):
    """Answers every request 200 with a chunked body that never ends; counts the bytes it got out."""
    protocol_version = "HTTP/1.1"
    sent = 0

    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"x" * (1 << 20)
        try:
            while True:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                _Endless.sent += len(chunk)
        except OSError:
            pass

    def log_message(self, *args):
        pass


@pytest.mark.unit
def test_a_store_answering_a_put_without_end_is_not_read_to_the_end(tmp_path):
    """push read the whole body of each PUT's answer into memory: a store streaming one without end took
    gigabytes until --timeout cut the push off, and no graph counted as pushed. The store gets out no
    more than socket buffers hold past what push reads (a few MB)."""
    (tmp_path / "g.trig").write_text("<urn:g> { <urn:a> <urn:b> <urn:c> . }\n")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Endless)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Endless.sent = 0
    try:
        r = run_cli("push", "--endpoint", f"http://127.0.0.1:{server.server_port}/store", "--graph",
                    tmp_path / "g.trig", "--no-verify", "--timeout", "5", timeout=60)
    finally:
        server.shutdown()
        server.server_close()
    assert r.returncode == 0, r.stderr
    assert "PUT <urn:g>: 1 triples, HTTP 200" in r.stdout
    assert _Endless.sent < 64 << 20


@pytest.mark.unit
def test_a_graph_and_store_named_with_a_leading_dash_load(tmp_path, monkeypatch):
    """serve --store handed the paths to oxigraph's command line as they were: a graph or store folder
    named '-…' was read as an option ("unexpected argument '-s' found") and the graph was not served."""
    from policykg.use.serve_oxigraph import is_store, load_store

    monkeypatch.chdir(tmp_path)
    (tmp_path / "-g.nt").write_text(GRAPH)
    load_store(tmp_path / "-st", ["-g.nt"])
    assert is_store(tmp_path / "-st")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["-g.nt", "-st"]


@pytest.mark.unit
@pytest.mark.parametrize("url", ["http://bob:p@ss-SECRET@127.0.0.1:9/q", "http://bob:SEC RET@127.0.0.1:9/q",
                                 "http:/bob:SECRET@127.0.0.1/", "http:bob:SECRET@127.0.0.1",
                                 "http:///bob:SECRET@127.0.0.1/", "http://bob:SECRET@127.0.0.1@evil.test/",
                                 "http://bob:se#SECRET@127.0.0.1/", "http://bob:se/SECRET@127.0.0.1/",
                                 "http://127.0.0.1:9/q#access_token=SECRET"])
@pytest.mark.parametrize("command", ["query", "push"])
def test_no_part_of_a_password_in_an_endpoint_url_is_printed(url, command):
    """redact stopped at the first @ and needed '://': a password holding @, # or a space, or a URL a
    slash short (http:/bob:…@), had its password printed in the one-line error, whole or in part."""
    args = ["query", "cq-01"] if command == "query" else ["push", "--graph", "g.trig"]
    r = run_cli(*args, "--endpoint", url, "--timeout", "5", timeout=60)
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert "SECRET" not in r.stderr and "bob" not in r.stderr and "127.0.0.1@" not in r.stderr, r.stderr


@pytest.mark.unit
def test_redact_leaves_text_without_credentials_as_it_is():
    from policykg.options import redact
    for text in ("policykg: a@b.ttl: no such file", "see http://host/a@b", "http://127.0.0.1:7878/query",
                 "mailto:someone@example.org", "http://h/q?x=1#top"):
        assert redact(text) == text
    assert redact("http:/u:pw@h/ and https://u:p@w@h/") == "http:/***@h/ and https://***@h/"


@pytest.mark.unit
@pytest.mark.parametrize("clause", ["FROM", "FROM NAMED"])
def test_the_reference_engine_fetches_no_graph_a_from_clause_names(tmp_path, clause):
    """rdflib's evaluator loads the IRI of every FROM / FROM NAMED: --engine reference fetched any URL a
    query named (no SERVICE needed, so --allow-service was never asked) and read local files (file://)."""
    (tmp_path / "g.nt").write_text(GRAPH)
    (tmp_path / "secret.nt").write_text('<urn:s> <urn:p> "TOPSECRET" .\n')
    with fake_server(lambda h, _: reply(h, body=GRAPH.encode(), ctype="application/n-triples")) as (url, seen):
        for source in (f"{url}/data.nt", (tmp_path / "secret.nt").as_uri()):
            (tmp_path / "q.rq").write_text(f"SELECT * {clause} <{source}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}\n"
                                           if clause == "FROM NAMED" else
                                           f"SELECT * {clause} <{source}> WHERE {{ ?s ?p ?o }}\n")
            r = run_cli("query", tmp_path / "q.rq", "--graph", tmp_path / "g.nt", "--engine", "reference",
                        "--format", "csv", timeout=60)
            assert r.returncode == 0, r.stderr
            assert "TOPSECRET" not in r.stdout and "https://w3id.org" not in r.stdout, r.stdout
        assert seen == []


@pytest.mark.unit
def test_a_query_file_of_gigabytes_is_refused_without_reading_it(tmp_path, monkeypatch):
    """The query file was read whole before its size was checked: a 2 GB file took 74 s and 4 GB of
    memory to be told it is above 256 KB. No more than a query may hold is read."""
    import pathlib

    from policykg.errors import UsageError
    from policykg.use.query import named_query
    from policykg.use.sparql_form import MAX_BYTES

    (tmp_path / "g.nt").write_text(GRAPH)
    with open(tmp_path / "big.rq", "wb") as fh:
        fh.truncate(1 << 30)
    r = run_cli("query", tmp_path / "big.rq", "--graph", tmp_path / "g.nt", timeout=120)
    one_line(r, 2, r"big\.rq: the query is 1048576 KB; policykg runs queries up to 256 KB")
    asked, real_open = [], pathlib.Path.open

    class Counted:
        def __init__(self, fh):
            self.fh = fh

        def read(self, size=-1):
            asked.append(size)
            assert 0 <= size <= MAX_BYTES + 4, f"read({size}) of a file of 1 GB"
            return self.fh.read(size)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def __getattr__(self, name):
            return getattr(self.fh, name)

    monkeypatch.setattr(pathlib.Path, "open", lambda self, *a, **k: Counted(real_open(self, *a, **k)))
    with pytest.raises(UsageError, match=r"the query is 1048576 KB"):
        named_query(str(tmp_path / "big.rq"))
    assert asked and sum(asked) <= MAX_BYTES + 4
    monkeypatch.undo()
    (tmp_path / "edge.rq").write_text("SELECT * WHERE { ?s ?p ?o } #" + "x" * (256 * 1024 - 40) + "\n")
    assert run_cli("query", tmp_path / "edge.rq", "--graph", tmp_path / "g.nt", timeout=60).returncode == 0


@pytest.mark.unit
def test_a_users_files_under_the_names_a_build_writes_are_not_an_older_output(tmp_path):
    """Without a marker, a folder holding validation.ttl and summary.csv (and other output names) was
    taken for an output written before the marker existed and replaced whole, whatever those files held."""
    out = tmp_path / "analysis"
    out.mkdir()
    for name, text in (("graph.ttl", "<urn:a> <urn:b> <urn:c> .\n"), ("validation.ttl", "my notes\n"),
                       ("summary.csv", "city,count\nx,1\n")):
        (out / name).write_text(text)
    before = tree(tmp_path)
    r = run_cli("build", SEED, "--out", out, "--quiet", timeout=120)
    one_line(r, 2, r"--out \S+analysis: folder is not empty and is not a previous policykg output")
    assert tree(tmp_path) == before
