"""Hostile use, round 62 (docs/checks/hostile62.md): a query's rows streamed to its writer (a reader that goes
away stops it), `add` onto an output of another checkout, what an interrupted writer says it left, a SERVICE
error's dangling colon, `--out` read as a report after `--`.

The CLI runs as a real subprocess where the contract is its output; what must survive is compared byte for byte.
"""
from __future__ import annotations

import re
import sys
import threading
import time

import pytest
from rdflib import BNode, Literal

from cli_helpers import SEED, copy_out, one_line, run_cli, tree, write_file

GRAPH = "<urn:a> <urn:b> <urn:c> .\n"


def _values(count: int) -> str:
    """A SELECT of COUNT (a power of ten) numbered rows, on any graph."""
    digits = len(str(count)) - 1
    values = " ".join(f"VALUES ?d{i} {{0 1 2 3 4 5 6 7 8 9}}" for i in range(digits))
    number = "+".join(f"?d{i}*{10 ** i}" for i in range(digits))
    return f"SELECT ?i WHERE {{ {values} BIND({number} AS ?i) }}\n"


def test_a_reader_that_goes_away_stops_the_query_at_the_first_failed_write():
    """`query … | head -1` on 10^6 rows ran 40–56 s (67–119 s on a busy machine) before it stopped: every row
    was taken and turned into an rdflib term before the first byte was written. The rows are written as they
    come, so the closed pipe stops the query after its first block: far fewer rows are ever taken."""
    from policykg.use.query import run_files
    from policykg.use.query_stream import FIRST_BLOCK, write_rows

    taken = []

    def counted(rows):
        try:
            for row in rows:
                taken.append(row)
                yield row
        finally:
            rows.close()   # a wrapper passes the close on, as write_rows closes the answer it was given

    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as tmp:
        graph = write_file(Path(tmp), "g.nt", GRAPH)
        rows = run_files(_values(100_000), [str(graph)], stream=True)
        feed = rows.rows
        rows.rows = counted(feed)
        writes = []

        def write(text: str) -> None:
            writes.append(text)
            if len(writes) > 1:
                raise BrokenPipeError(32, "Broken pipe")
        with pytest.raises(BrokenPipeError):
            write_rows(rows, "csv", write)
    assert writes[0].startswith("i\r\n") and writes[0].count("\r\n") == FIRST_BLOCK + 1
    assert len(taken) < 2 * FIRST_BLOCK           # not 100,000
    feed.thread.join(2)
    assert not feed.thread.is_alive()             # the query's thread stopped too


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_a_streamed_answer_is_written_as_format_rows_writes_it(fmt):
    """Streaming changed no byte: blank nodes are relabelled b0, b1, … in the order they first appear across
    the whole answer (past the first block too), and the JSON is the document json.dumps wrote."""
    from policykg.use.query_format import Rows, format_rows
    from policykg.use.query_stream import write_rows

    nodes = [BNode(f"x{n}") for n in range(700)]
    rows = [(nodes[(i * 7) % 700], Literal(i), None if i % 5 else Literal("名", lang="zh")) for i in range(2600)]
    whole = format_rows(Rows(["s", "n", "l"], rows), fmt)
    parts: list[str] = []
    write_rows(Rows(["s", "n", "l"], iter(rows)), fmt, parts.append)
    assert len(parts) > 3
    if fmt != "table":
        assert "".join(parts) == whole
        return

    def cells(text):   # a table's column widths are the first block's: 4-digit numbers come after it
        return [re.sub(r" *\| *", "|", ln).rstrip() for ln in text.splitlines() if not set(ln) <= set("-+")]
    assert cells("".join(parts)) == cells(whole)
    assert "".join(parts).splitlines()[:1002] != whole.splitlines()[:1002]   # narrower: 0–999 only


def test_max_rows_past_the_first_block_says_how_many_rows_were_written(tmp_path):
    """--max-rows past the rows held before writing: the rows up to the limit are written, then one line that
    says the answer was cut and how many rows went out (a JSON document is left open: no reader takes it for
    a whole one)."""
    graph = write_file(tmp_path, "g.nt", GRAPH)
    query = write_file(tmp_path, "q.rq", _values(10_000))
    r = run_cli("query", query, "--graph", graph, "--max-rows", "2500", "--format", "csv", timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert re.fullmatch(r"policykg: the answer has more than 2,500 rows \(--max-rows\);[^\n]*\(the first 2,500 "
                        r"rows were written\)\n", r.stderr), r.stderr
    assert r.stdout.count("\n") == 2501
    small = run_cli("query", query, "--graph", graph, "--max-rows", "100", "--format", "csv", timeout=120)
    one_line(small, 2, r"more than 100 rows \(--max-rows\); add a LIMIT")   # within the first block: nothing written


def test_the_timeout_does_not_count_the_time_spent_writing():
    """A reader that pages slowly (a blocked write) is no slow query: --timeout counts the query's time."""
    from policykg.use import deadline
    from policykg.use.query_format import Rows
    from policykg.use.query_stream import write_rows

    rows = deadline.stream(lambda: Rows(["n"], ((Literal(i),) for i in range(3000))), timeout=0.5)
    written = []

    def slow(text: str) -> None:
        time.sleep(0.2)
        written.append(text)
    write_rows(rows, "csv", slow)
    assert "".join(written).count("\r\n") == 3001


def test_add_refuses_an_output_of_another_checkout(tmp_path, cli_seed_out):
    """add trusted void.ttl's dcterms:hasVersion, 0.2.0 across many sessions of changed extraction, and merged
    new reports into an output of an older checkout. A build writes the package's digest into void.ttl; add
    refuses an output naming another one, or none (one line; the output left as it was)."""
    out = copy_out(cli_seed_out, tmp_path)
    void = out / "void.ttl"
    text = void.read_text(encoding="utf-8")
    assert re.search(r'dcterms:provenance "policykg package sha256:[0-9a-f]{64}"', text)
    void.write_text(re.sub(r"sha256:[0-9a-f]{64}", "sha256:" + "0" * 64, text), encoding="utf-8")
    before = tree(tmp_path)
    one_line(run_cli("add", SEED, "--out", out, "--jobs", "1"), 2,
             r"built by another policykg checkout \(package digest 000000000000…, this one's [0-9a-f]{12}….*"
             r"run policykg build again")
    assert tree(tmp_path) == before
    void.write_text(re.sub(r'\s*dcterms:provenance "[^"]*" ;', "", text), encoding="utf-8")
    before = tree(tmp_path)
    one_line(run_cli("add", SEED, "--out", out, "--jobs", "1"), 2, r"records no policykg package digest.*build again")
    assert tree(tmp_path) == before


def test_the_package_digest_covers_a_model_file_named_instead(tmp_path, monkeypatch):
    """The same files give the same digest; a model named by POLICYKG_ENTITY_MODEL counts by its content."""
    from policykg.corpus import package_digest as pd

    pd.package_digest.cache_clear()
    shipped = pd.package_digest()
    model = write_file(tmp_path, "m.json", '{"a": 1}')
    monkeypatch.setenv("POLICYKG_ENTITY_MODEL", str(model))
    pd.package_digest.cache_clear()
    named = pd.package_digest()
    (tmp_path / "x").mkdir()
    other = write_file(tmp_path / "x", "m.json", '{"a": 1}')   # another path, the same content
    monkeypatch.setenv("POLICYKG_ENTITY_MODEL", str(other))
    pd.package_digest.cache_clear()
    assert pd.package_digest() == named != shipped
    monkeypatch.delenv("POLICYKG_ENTITY_MODEL")
    pd.package_digest.cache_clear()
    assert pd.package_digest() == shipped


@pytest.mark.parametrize("argv, said", [
    (["table", "assessments", "--graph", "g.trig", "--out", "{new}"], "; nothing written"),
    (["table", "assessments", "--graph", "g.trig", "--out={old}"], "; previous output left as it was"),
    (["build", "r.txt", "--out", "{old}"], "; previous output left as it was"),
    (["impact", "--graph", "g.trig", "--out", "{new}"], "; nothing written"),
    (["table", "targets", "--graph", "g.trig"], ""),
])
def test_an_interrupted_writer_says_nothing_was_written_when_there_was_nothing(tmp_path, monkeypatch, argv, said):
    """Ctrl-C during `table --out new.csv` said 'previous output left as it was' where there had been none."""
    from policykg import cli_main

    old = write_file(tmp_path, "old.csv", "a\n")
    words = [a.format(new=tmp_path / "new.csv", old=old) for a in argv]
    monkeypatch.setattr(sys, "argv", ["policykg", *words])
    assert cli_main._what_is_left(words[0]) == said


def test_a_service_error_ends_without_a_dangling_colon():
    """pyoxigraph's 'Error 501 Not Implemented returned by URL with payload:' was the whole line: the payload
    follows on the next lines, so the line ended in a colon naming nothing."""
    from http.server import BaseHTTPRequestHandler, HTTPServer

    import pyoxigraph as ox

    from policykg.errors import UsageError
    from policykg.use.query import _evaluate

    class Refusing(BaseHTTPRequestHandler):
        def do_POST(self):   # noqa: N802 — http.server's name
            self.send_error(501)

        def log_message(self, *args):
            pass
    server = HTTPServer(("127.0.0.1", 0), Refusing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/sparql"
    try:
        with pytest.raises(UsageError) as exc:
            _evaluate(ox.Store(), f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}")
    finally:
        server.shutdown()
    assert str(exc.value) == f"query failed: Error 501 Not Implemented returned by {url}"


def test_an_option_after_double_dash_is_said_to_be_read_as_a_file(tmp_path):
    """`build -- -r.txt --out o`: every word after -- is a file name, and the refusal said only
    '--out: no such file'."""
    write_file(tmp_path, "-r.txt", SEED.read_text(encoding="utf-8"))
    one_line(run_cli("build", "--", "-r.txt", "--out", "o", cwd=tmp_path), 2,
             r"^policykg: --out: no such file \(every word after -- is a file name: put the options before --\)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["-r.txt"]


@pytest.mark.parametrize("verb", [["build"], ["table", "targets", "--graph"], ["query", "cq-01", "--graph"]])
def test_a_report_or_graph_that_is_a_loop_of_links_says_so(tmp_path, verb):
    """A report or graph named by a loop of symbolic links (or a link to nothing) was 'no such file', though
    the name is there: the line says what the link is, as --out's refusal does."""
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    (tmp_path / "gone.txt").symlink_to("nowhere.txt")
    before = tree(tmp_path)
    one_line(run_cli(*verb, "a.txt", cwd=tmp_path), 2,
             r"^policykg: a\.txt: is a symbolic link to b\.txt, which leads back to itself \(a loop of links\)\n")
    one_line(run_cli(*verb, "gone.txt", cwd=tmp_path), 2,
             r"^policykg: gone\.txt: is a symbolic link to nowhere\.txt, which does not exist\n")
    assert tree(tmp_path) == before
