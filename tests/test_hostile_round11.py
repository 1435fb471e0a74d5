"""Hostile use, round 11: request framing of `serve` on every route, a --store that is the current folder,
environment variables set to junk (POLICYKG_DEBUG=0, PYPINYIN_NO_PHRASES, POLICYKG_TIMINGS=-), stderr
closed, a locale without UTF-8, an empty --out of validate, output names whose extension says another
format, `table` on RDF that is not policykg's, CONSTRUCT with the reference engine and a --param the query
never mentions.

The CLI runs as a real subprocess where the case is about the command line; what must survive is
compared byte for byte.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, tree
from serve_helpers import exchange

PARK_CHAIN = ROOT / "tests" / "fixtures" / "park-chain.ttl"
FOREIGN = '<http://example.org/alice> <http://xmlns.com/foaf/0.1/knows> <http://example.org/bob> .\n'


def _exchange(port: int, data: bytes, wait: float = 1.5) -> bytes:
    return exchange(port, data, wait)


@pytest.fixture(scope="module")
def served():
    """The port of a `policykg serve` of the park-chain fixture, stopped after the module."""
    from serve_helpers import POLICYKG, stop, wait_http
    from policykg.use.serve import free_port

    port = free_port()
    proc = subprocess.Popen([*POLICYKG, "serve", "--graph", str(PARK_CHAIN), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_http(f"http://127.0.0.1:{port}/", 60, proc)
        yield port
    finally:
        stop(proc)


@pytest.mark.external
@pytest.mark.parametrize("head", [
    "GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {n}\r\n",
    "GET /nope HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nContent-Length: {n}\r\n",
    "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n",
    "PUT /store HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nContent-Length: {n}\r\n",
])
def test_a_body_no_route_reads_is_never_answered_as_the_next_request(served, head):
    """The body of a GET to /query was never read, and a route that refuses (404, 403, the page) read the
    first of two Content-Length headers or ignored Transfer-Encoding: the rest of the body, a request of
    the client's making, was then answered as the next one (request smuggling past a proxy)."""
    inner = b"GET /smuggled HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    got = _exchange(served, head.format(n=len(inner)).encode() + b"\r\n" + inner)
    assert got.startswith(b"HTTP/1.1 "), got[:200]
    assert b"smuggled" not in got and got.count(b"HTTP/1.") == 1, got


@pytest.mark.external
@pytest.mark.parametrize("request_line,status", [("PROPFIND / HTTP/1.1", b"501"), ("TRACE / HTTP/1.1", b"501"),
                                                 ("GET /" + "a" * 70000 + " HTTP/1.1", b"414")])
def test_the_servers_own_refusals_are_one_line_of_text(served, request_line, status):
    """http.server's refusals (PROPFIND, TRACE, a request line too long) came as an HTML page where every
    other answer of serve is one line of text/plain."""
    got = _exchange(served, f"{request_line}\r\nHost: 127.0.0.1\r\n\r\n".encode())
    head, _, body = got.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 " + status) and b"Content-Type: text/plain; charset=utf-8" in head, got
    assert b"<" not in body and body.count(b"\n") <= 1, body


@pytest.mark.unit
@pytest.mark.parametrize("store", ["", ".", "./", "..", "HERE", "/"])
def test_a_store_that_is_the_current_folder_or_holds_it_is_refused(tmp_path, store):
    """serve --store '' (an unset variable) or --store . made the current folder a store; the next
    rebuild made its new store inside it and ended in 'internal error' (Path('.') has no name), and one
    given by its full path moved the current folder aside and removed it."""
    here = tmp_path / "here"
    here.mkdir()
    (here / "g.nt").write_text(FOREIGN)
    before = tree(tmp_path)
    r = run_cli("serve", "--graph", "g.nt", "--store", str(here) if store == "HERE" else store, "--port", "0",
                cwd=here, timeout=60)
    # hostile52: an empty name is refused in the wording every verb uses for it
    one_line(r, 2, r"--store is empty; give a folder name" if store == "" else
             r"--store .*: is the root or the current folder \(or holds it\)")
    assert tree(tmp_path) == before


@pytest.mark.unit
@pytest.mark.parametrize("value", ["0", "false", "off", ""])
def test_policykg_debug_set_to_off_is_off(tmp_path, value):
    """POLICYKG_DEBUG=0 turned debugging on: a missing file ended in a traceback and exit 1."""
    r = run_cli("table", "targets", "--graph", tmp_path / "missing.ttl", env={"POLICYKG_DEBUG": value}, timeout=60)
    one_line(r, 2, r"missing\.ttl: no such file")


@pytest.mark.unit
def test_pypinyin_no_phrases_in_the_environment_changes_no_iri(tmp_path):
    """PYPINYIN_NO_PHRASES=1 made pypinyin load no phrases, so a name was spelt character by character
    (another IRI) and the pinyin cache got a second file: output depended on the environment."""
    code = ("from policykg.emit.pinyin_build import dictionaries\n"
            "from policykg.emit.pinyin_tables import cache_name\n"
            "print(len(dictionaries()[1]) > 10000, cache_name())\n")
    env = {k: v for k, v in os.environ.items() if k != "PYPINYIN_NO_PHRASES"}
    plain = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                           timeout=60)
    without = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                             env={**env, "PYPINYIN_NO_PHRASES": "1"}, timeout=60)
    assert plain.returncode == without.returncode == 0, without.stderr
    assert without.stdout == plain.stdout and plain.stdout.startswith("True pinyin-"), (plain.stdout, without.stdout)


@pytest.mark.unit
def test_timings_to_dash_are_refused_not_written_to_a_file_named_dash(tmp_path):
    """POLICYKG_TIMINGS=- (stdout, as the user meant) wrote a file named '-' in the current folder."""
    before = tree(tmp_path)
    r = run_cli("build", SEED, "--out", "out", cwd=tmp_path, env={"POLICYKG_TIMINGS": "-"}, timeout=120)
    one_line(r, 2, r"POLICYKG_TIMINGS=-: timings go to a file, not to stdout")
    assert tree(tmp_path) == before


@pytest.mark.unit
def test_validate_with_an_empty_out_is_refused_not_run_without_it(tmp_path):
    """validate --out '' (an unset variable) ran, wrote no results file and ended 0, as if no --out was
    given; export and table refuse an empty --out."""
    (tmp_path / "g.nt").write_text(FOREIGN)
    before = tree(tmp_path)
    one_line(run_cli("validate", "g.nt", "--out", "", cwd=tmp_path, timeout=60), 2, r"--out is empty")
    assert tree(tmp_path) == before


@pytest.mark.unit
def test_table_on_rdf_with_nothing_of_policykg_is_refused(tmp_path):
    """table on validation.ttl, void.ttl or another tool's RDF printed an empty table and ended 0, as if
    the reports held no figure."""
    (tmp_path / "g.nt").write_text(FOREIGN)
    r = run_cli("table", "targets", "--graph", "g.nt", cwd=tmp_path, timeout=60)
    one_line(r, 2, r"g\.nt: nothing in the graph is of a policykg class")
    r = run_cli("table", "targets", "--graph", PARK_CHAIN, "--format", "json", timeout=60)
    assert r.returncode == 0 and r.stdout.count('"iri"') == 2, r.stderr


NO_UTF8 = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}


@pytest.mark.unit
def test_chinese_option_values_under_a_locale_without_utf8_are_read(tmp_path):
    """With LC_ALL=C and Python's locale coercion off, argv holds the UTF-8 bytes of Chinese text as
    surrogate escapes: --param 'x="静海"@zh' ended in 'internal error' (exit 3) and --park 子牙经开区 found no
    park of that name; bytes that are no UTF-8 are refused in one line."""
    (tmp_path / "g.nt").write_text(FOREIGN)
    (tmp_path / "q.rq").write_text("SELECT ?x WHERE {}\n")
    r = run_cli("query", "q.rq", "--graph", "g.nt", "--param", 'x="静海"@zh', "--format", "csv", cwd=tmp_path,
                env=NO_UTF8, timeout=60)
    assert r.returncode == 0 and r.stdout.replace("\r", "") == "x\n静海\n", (r.stdout, r.stderr)
    bad = subprocess.run([sys.executable, "-m", "policykg.cli", "impact", "--graph", str(PARK_CHAIN), "--park",
                          b"\xff", "--out", "imp"], capture_output=True, text=True, cwd=tmp_path,
                         env={**os.environ, **NO_UTF8}, timeout=60)
    one_line(bad, 2, r"Invalid value for '--park': is not UTF-8 text")
    assert not (tmp_path / "imp").exists()


@pytest.mark.unit
@pytest.mark.parametrize("text", ["CONSTRUCT WHERE { ?s ?p ?o }", "DESCRIBE <http://example.org/alice>"])
@pytest.mark.parametrize("engine", ["default", "reference"])
def test_a_query_that_gives_triples_is_refused_by_either_engine(tmp_path, text, engine):
    """CONSTRUCT and DESCRIBE were refused by the default engine but ended in 'internal error' (exit 3)
    with --engine reference."""
    (tmp_path / "g.nt").write_text(FOREIGN)
    (tmp_path / "q.rq").write_text(text + "\n")
    r = run_cli("query", "q.rq", "--graph", "g.nt", "--engine", engine, cwd=tmp_path, timeout=60)
    one_line(r, 2, r"only SELECT and ASK queries can be run \(this one gives triples\)")


@pytest.mark.unit
@pytest.mark.parametrize("fmt,name,ok", [("ttl", "g2.nt", False), ("trig", "g2.ttl", False), ("nq", "g2.trig", False),
                                         ("graphml", "g2.ttl", False), ("ttl", "g2.graphml", False),
                                         ("nt", "g2.ttl", True), ("ttl", "g2.trig", True), ("ttl", "g2.txt", True)])
def test_export_refuses_a_name_whose_extension_every_reader_would_misread(tmp_path, fmt, name, ok):
    """export --format ttl --out g2.nt wrote Turtle that every verb then read as N-Triples and refused; a
    format the extension's reader parses (N-Triples as .ttl, Turtle as .trig) or an unknown extension is
    written."""
    (tmp_path / "g.nt").write_text(FOREIGN)
    before = tree(tmp_path)
    r = run_cli("export", "--format", fmt, "--graph", "g.nt", "--out", name, cwd=tmp_path, timeout=60)
    if not ok:
        one_line(r, 2, rf"--out {name}: policykg reads a \.\w+ file as \S+, and --format {fmt} is not that")
        assert tree(tmp_path) == before
        return
    assert r.returncode == 0, r.stderr
    if not name.endswith(".txt"):  # the file reads back as the graph it was written from
        back = run_cli("export", "--format", "nt", "--graph", name, "--out", "back.nt", cwd=tmp_path, timeout=60)
        assert back.returncode == 0 and (tmp_path / "back.nt").read_text() == FOREIGN, back.stderr


@pytest.mark.unit
def test_validate_refuses_a_results_file_named_like_another_format(tmp_path):
    """validate --out results.nt wrote the SHACL results in Turtle under a name read as N-Triples."""
    (tmp_path / "g.nt").write_text(FOREIGN)
    before = tree(tmp_path)
    r = run_cli("validate", "g.nt", "--out", "results.nt", cwd=tmp_path, timeout=60)
    one_line(r, 2, r"--out results\.nt: policykg reads a \.nt file as nt, and the SHACL results graph, in Turtle, "
                   r"is not that; name it \.ttl$")
    assert tree(tmp_path) == before
    r = run_cli("validate", "g.nt", "--out", "results.ttl", cwd=tmp_path, timeout=60)
    assert r.returncode == 0 and (tmp_path / "results.ttl").is_file(), r.stderr


@pytest.mark.unit
def test_an_out_with_a_trailing_slash_is_named_without_a_doubled_slash(tmp_path):
    """impact --out imp/ said it wrote imp//impact.md (build: into out//), a path to paste that reads wrong."""
    r = run_cli("impact", "--graph", PARK_CHAIN, "--out", "imp/", cwd=tmp_path, timeout=60)
    assert r.returncode == 0 and "wrote imp/impact.md" in r.stdout and "//" not in r.stdout, (r.stdout, r.stderr)


@pytest.mark.unit
@pytest.mark.parametrize("fmt,name,ok", [("csv", "t.parquet", False), ("json", "t.csv", False), ("csv", "t.ttl", False),
                                         ("csv", "t.json", False), ("json", "t.json", True), ("csv", "t.txt", True)])
def test_table_refuses_a_name_that_says_another_format(tmp_path, fmt, name, ok):
    """table --format csv --out t.parquet wrote CSV that pd.read_parquet then refused (t.ttl: a 'graph'
    every verb refused)."""
    before = tree(tmp_path)
    r = run_cli("table", "targets", "--graph", PARK_CHAIN, "--format", fmt, "--out", name, cwd=tmp_path, timeout=60)
    if ok:
        assert r.returncode == 0 and (tmp_path / name).is_file(), r.stderr
        return
    one_line(r, 2, rf"--out {name}: a \.\w+ file is read as .*, and --format {fmt} is not that")
    assert tree(tmp_path) == before


@pytest.mark.unit
def test_a_parameter_the_query_does_not_mention_is_refused(tmp_path):
    """--param yeer=2021 on a query of one's own (no #+ param: lines) bound nothing and ran the query
    unfiltered, as if the value had been applied."""
    (tmp_path / "g.nt").write_text(FOREIGN)
    (tmp_path / "q.rq").write_text("SELECT ?year WHERE { ?s ?p ?o }\n")
    r = run_cli("query", "q.rq", "--graph", "g.nt", "--param", "yeer=2021", cwd=tmp_path, timeout=60)
    one_line(r, 2, r"--param yeer: the query has no variable \?yeer, so it would bind nothing")
    r = run_cli("query", "q.rq", "--graph", "g.nt", "--param", "year=2021", "--format", "csv", cwd=tmp_path, timeout=60)
    assert r.returncode == 0 and r.stdout.splitlines() == ["year", "2021"], (r.stdout, r.stderr)


@pytest.mark.corpus
def test_build_with_stderr_closed_writes_its_output(tmp_path):
    """`policykg build … 2>&-` (a cron line, a daemon) ended in an internal error (exit 3) before any work:
    Python sets sys.stderr to None when fd 2 is closed, and build asked it whether it is a terminal."""
    r = run_cli("build", SEED, "--out", "out", "--quiet", cwd=tmp_path, timeout=120, preexec_fn=lambda: os.close(2))
    assert r.returncode == 0 and r.stdout == "", r.returncode
    assert (tmp_path / "out" / "graph.trig").is_file()
    r = run_cli("table", "targets", "--graph", "missing.ttl", cwd=tmp_path, timeout=60, preexec_fn=lambda: os.close(2))
    assert r.returncode == 2 and r.stdout == ""
