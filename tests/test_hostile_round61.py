"""Hostile use, round 61 (docs/checks/hostile61.md): a bad byte at the end of a large foreign graph, a test
that failed under a relative PYTHONPATH, file names under LC_ALL=C, a syntax error deep in a query file, a
header dated outside the years read.

The CLI runs as a real subprocess where the contract is its output; what must survive is compared byte for byte.
"""
from __future__ import annotations

import os

import pytest

from cli_helpers import one_line, run_cli, tree


def test_a_bad_byte_at_the_end_of_a_graph_is_named_without_reading_it_whole(tmp_path, monkeypatch):
    """A 600 MB foreign N-Triples file whose last line held one Latin-1 byte took 1.8 GB of memory to say
    so (`table`, `query`, `impact`): the file was read whole and decoded. It is read 1 MB at a time, and
    a character cut by a chunk's end is not taken for a bad byte."""
    from policykg.use import loading

    line = '<http://example.org/s> <http://example.org/p> "中文字符" .\n'.encode()
    count = (3 << 20) // len(line) + 1
    path = tmp_path / "big.nt"
    path.write_bytes(line * count + b'<http://e/s> <http://e/p> "caf\xe9" .\n')
    reads = []

    class Recorded:
        def __init__(self, fh):
            self.fh = fh

        def read(self, n=-1):
            reads.append(n)
            return self.fh.read(n)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    monkeypatch.setattr(loading, "open", lambda p, mode="r": Recorded(open(p, mode)), raising=False)
    assert loading._not_utf8(str(path)) == f"not UTF-8: byte 0xe9 on line {count + 1}"
    assert reads and all(0 < n <= 1 << 20 for n in reads), reads
    monkeypatch.undo()
    path.write_bytes(line * count)   # 3 MB of three-byte characters: some cut by a chunk's end
    assert loading._not_utf8(str(path)) is None


def test_the_removed_folder_case_runs_under_a_relative_pythonpath(tmp_path, monkeypatch):
    """`PYTHONPATH=. pytest …` (as helpers run the tests) made the child of the removed-folder test die in
    Python's own start-up ("Fatal Python error: error evaluating path"), before any policykg code: the
    relative entry was handed on. run_cli makes inherited entries absolute."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([".", "scripts", ""]))
    gone = tmp_path / "gone"
    gone.mkdir()
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://x/a> <http://x/p> <http://x/b> .\n")
    r = run_cli("validate", graph, cwd=gone, preexec_fn=lambda: os.rmdir(gone), timeout=60)
    one_line(r, 2, r"the current folder no longer exists")


@pytest.mark.parametrize("name, shown", [(os.fsdecode("不存在.txt".encode()), "不存在.txt"),
                                         (os.fsdecode(b"bad\xff.txt"), r"bad\xff.txt")])
def test_a_file_name_the_locale_cannot_decode_is_shown_as_its_text(tmp_path, name, shown):
    """Under LC_ALL=C (no UTF-8 mode) a Chinese file name was named '\\udce4\\udcb8\\udc8d…', and a name
    holding a byte that is no UTF-8 'bad\\udcff.txt' under any locale: the surrogate escapes of the bytes
    Python could not decode. They are shown as the UTF-8 text they are, other bytes as \\xNN."""
    env = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}
    r = run_cli("build", tmp_path / name, "--out", tmp_path / "out", cwd=tmp_path, env=env, timeout=60)
    one_line(r, 2, "")
    assert r.stderr == f"policykg: {tmp_path}/{shown}: no such file\n"
    assert not (tmp_path / "out").exists()


def test_a_syntax_error_deep_in_a_query_file_names_its_line(tmp_path):
    """A missing operand on line 40 of a 40-line query file was 'error at 41:1': pyoxigraph's parser names
    the farthest point it tried, the end of the file. The line where rdflib's parser stops is added when
    it names another line (and only then: a one-line query keeps pyoxigraph's words alone)."""
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\" .\n")
    lines = ["PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>", "SELECT ?s ?l WHERE {",
             *(f"  # filler {i}" for i in range(36)), "  ?s rdfs:label ?l .", "  FILTER(?l = ) }"]
    (tmp_path / "q.rq").write_text("\n".join(lines) + "\n")
    r = run_cli("query", tmp_path / "q.rq", "--graph", graph, timeout=60)
    one_line(r, 2, r"query does not parse: error at 41:1: .* \(rdflib's parser stops at line 40, column \d+\)$")
    (tmp_path / "one.rq").write_text("SELECT * WHERE { ?s ?p ?o . FILTER(?s = ) }")
    r = run_cli("query", tmp_path / "one.rq", "--graph", graph, timeout=60)
    one_line(r, 2, r"query does not parse: error at 1:44: expected [^(]*$")


@pytest.mark.parametrize("year", [1900, 2300])
def test_a_header_dated_outside_the_years_read_says_so(year):
    """The seed with its meeting and notice dated 2300 (or 1900) was refused as 'no year found in the
    report's header', though its header names one: the line now says the year is outside those read."""
    from cli_helpers import SEED
    from policykg.errors import NotAReport
    from policykg.read import read_bytes

    text = SEED.read_text(encoding="utf-8").replace("2021年1月13日", f"{year}年1月13日")
    text = text.replace("2021年1月20日", f"{year}年1月20日")
    with pytest.raises(NotAReport, match=rf"no year found in the report's header \(meeting, date, speaker or title "
                                         rf"line\) \(it is dated {year}, outside 1950–2199\); give --year$"):
        read_bytes(text.encode("utf-8"), "r.txt")
    assert read_bytes(text.encode("utf-8"), "r.txt", year=2021).metadata.year == 2021


def test_serve_names_the_line_of_a_syntax_error_deep_in_a_query():
    """serve said pyoxigraph's 'error at 41:1' of the same query (HTTP 400): the line rdflib stops at is
    added as query adds it; an update keeps its words."""
    import pyoxigraph as ox

    from policykg.use.serve_answer import _parse_error

    def said(query):
        with pytest.raises(SyntaxError) as exc:
            ox.Store().query(query)
        return _parse_error(exc.value, query)

    deep = "SELECT ?s WHERE {\n" + "  # filler\n" * 37 + "  ?s ?p ?l .\n  FILTER(?l = ) }\n"
    assert said(deep).endswith("(rdflib's parser stops at line 40, column 3)")
    assert said("INSERT DATA { <a> <b> <c> }").startswith("query does not parse: error at 1:")
