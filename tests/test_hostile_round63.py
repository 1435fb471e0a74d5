"""Hostile use, round 63 (docs/checks/hostile63.md): a name with a space at its start or end (an input shown as
it is, a new output name refused), a POSTed query sent gzip-encoded to `serve`, a store `serve` made inside a
build's output named as such.

The CLI runs as a real subprocess where the contract is its output; what must survive is compared byte for byte.
"""
from __future__ import annotations

import email.message
import io
import shutil
from pathlib import Path

import pytest

from cli_helpers import SEED, copy_out, one_line, run_cli, write_file

GRAPH = "<urn:a> <urn:b> <urn:c> .\n"


def test_a_report_named_with_a_leading_space_is_shown_quoted_with_the_file_it_means(tmp_path):
    """`build ' r.txt'` (a name pasted inside quotes with its space) said "r.txt: no such file" of a file that
    exists: the one line drops a message's leading space. The name is shown quoted, and the file it means named."""
    shutil.copy(SEED, tmp_path / "r.txt")
    for name in (" r.txt", "r.txt "):
        r = run_cli("build", name, "--out", "o", cwd=tmp_path)
        one_line(r, 2, rf"^policykg: '{name}': no such file \(the name has a space at its start or end; r\.txt exists\)$")
    assert not (tmp_path / "o").exists()


def test_a_graph_or_query_named_with_an_edge_space_is_shown_quoted(tmp_path):
    write_file(tmp_path, "g.nt", GRAPH)
    write_file(tmp_path, "q.rq", "SELECT * WHERE { ?s ?p ?o }\n")
    one_line(run_cli("validate", "g.nt ", cwd=tmp_path), 2, r"^policykg: 'g\.nt ': no such file \(.*g\.nt exists\)$")
    one_line(run_cli("query", " q.rq", "--graph", "g.nt", cwd=tmp_path), 2,
             r"^policykg: ' q\.rq': no such query file or competency question \(.*q\.rq exists\)$")


def test_a_date_with_an_edge_space_is_shown_quoted():
    """`--date '2021-01-05 '` said "--date 2021-01-05 : not a date of the form YYYY-MM-DD", a date that is one."""
    from policykg.errors import UsageError
    from policykg.options import report_date
    with pytest.raises(UsageError, match=r"^--date ' 2021-01-05': not a date"):
        report_date(" 2021-01-05")


@pytest.mark.parametrize("name", ["e.nt ", " e.nt", "sub /e.nt"])
def test_a_new_output_name_with_edge_whitespace_is_refused_before_any_work(tmp_path, name):
    """`--out 'e.nt '` (a name read with its trailing space) wrote a file `ls` shows as e.nt beside the real one."""
    write_file(tmp_path, "g.nt", GRAPH)
    r = run_cli("export", "--graph", "g.nt", "--format", "nt", "--out", name, cwd=tmp_path)
    one_line(r, 2, r"^policykg: --out '.*': the name '.*' starts or ends with whitespace, which a listing does not show")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nt"]


def test_an_existing_folder_with_an_edge_space_still_takes_an_output(tmp_path):
    write_file(tmp_path, "g.nt", GRAPH)
    (tmp_path / " mine").mkdir()
    r = run_cli("export", "--graph", "g.nt", "--format", "nt", "--out", " mine/e.nt", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (0, "")
    assert (tmp_path / " mine" / "e.nt").read_text(encoding="utf-8") == GRAPH


def test_a_new_build_folder_with_a_trailing_space_is_refused(tmp_path):
    shutil.copy(SEED, tmp_path / "r.txt")
    one_line(run_cli("build", "r.txt", "--out", "out ", cwd=tmp_path), 2, r"^policykg: --out 'out ': the name")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt"]


def _headers(**fields) -> email.message.Message:
    h = email.message.Message()
    for name, value in fields.items():
        h[name.replace("_", "-")] = value
    return h


def test_serve_refuses_a_gzip_encoded_query_body_with_415():
    """A POST with Content-Encoding: gzip had its bytes read as the query ("the query is not UTF-8"); a coding
    serve does not read is 415 (RFC 9110), and the body is read first so the connection stays framed."""
    from policykg.use.serve_request import HttpError, read_request
    body = io.BytesIO(b"ASK{}")
    h = _headers(Content_Type="application/sparql-query", Content_Length="5", Content_Encoding="gzip")
    with pytest.raises(HttpError) as exc:
        read_request("POST", "", h, body)
    assert exc.value.status == 415 and "Content-Encoding gzip" in exc.value.message
    assert ("Accept-Encoding", "identity") in exc.value.headers and body.read() == b""
    plain = _headers(Content_Type="application/sparql-query", Content_Length="5", Content_Encoding="identity")
    assert read_request("POST", "", plain, io.BytesIO(b"ASK{}"))["query"] == "ASK{}"


def test_a_store_serve_made_inside_a_build_output_is_named_as_such(cli_seed_out, tmp_path):
    """`serve --store out/st`, then `build --out out`: refused as before (the output is replaced whole), but it said
    st was a folder "which policykg did not write"; make clean said the same."""
    from policykg.use.serve_store import mark_store
    out = copy_out(cli_seed_out, tmp_path)
    (out / "st").mkdir()
    write_file(out / "st", "CURRENT", "MANIFEST-000005\n")
    mark_store(out / "st")
    before = sorted(p.name for p in out.iterdir())
    r = run_cli("build", SEED, "--out", out, cwd=tmp_path)
    one_line(r, 2, r"holds st, a store policykg serve made in it, which is no part of this output")
    assert sorted(p.name for p in out.iterdir()) == before
    from policykg.corpus.marker import whose_entry
    (out / "mine").mkdir()
    assert whose_entry(out / "mine") == "which policykg did not write"


def test_docs_of_a_graph_declaring_no_ontology_is_refused(tmp_path):
    """`python -m policykg.docs OUT g.nt` on a graph with no owl:Ontology printed "warning: pyLODE failed" and
    wrote a page naming nothing of it, exit 0."""
    import subprocess
    import sys

    from cli_helpers import ROOT
    write_file(tmp_path, "g.nt", GRAPH)
    r = subprocess.run([sys.executable, "-m", "policykg.docs", "site", "g.nt"], capture_output=True, text=True,
                       cwd=tmp_path, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == ("policykg.docs: g.nt: declares no owl:Ontology, so there is no ontology to document; give an "
                        "ontology file, or none for policykg's\n")
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("url, option, word", [("/store?graph=urn:x", "--endpoint", "graph"),
                                               ("/store?default", "--endpoint", "default"),
                                               ("/store?gr%61ph=urn:x", "--endpoint", "graph")])
def test_push_to_an_endpoint_naming_a_graph_itself_is_refused_before_any_request(tmp_path, url, option, word):
    """`push --endpoint …/store?graph=urn:x` sent each PUT to `?graph=urn:x&graph=<the report's>`: a store taking
    the first parameter replaced urn:x, a graph push never meant to touch. Refused before any request."""
    import http.server
    import threading

    from policykg.errors import UsageError
    from policykg.use.push import push
    seen = []

    class Store(http.server.BaseHTTPRequestHandler):
        def _any(self):
            seen.append((self.command, self.path))
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
        do_PUT = do_POST = do_GET = _any

        def log_message(self, *args):
            pass
    server = http.server.HTTPServer(("127.0.0.1", 0), Store)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        graph = write_file(tmp_path, "g.nt", GRAPH)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        with pytest.raises(UsageError, match=rf"^{option} .*: already names a graph \({word}\)"):
            push([str(graph)], base + url, sparql=base + "/query", graph_iri="urn:g", retries=0, timeout=10,
                 log=lambda *a: None)
    finally:
        server.shutdown()
    assert seen == []
