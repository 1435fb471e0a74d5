"""hostile60: what hostile59 left, and new hostile cases (docs/checks/hostile60.md). Commands run on the seed
report (data/reports/jinghai-2021.txt, dev) and small graphs written here."""
from __future__ import annotations

import os
import shutil

import pytest

from cli_helpers import SEED, one_line, run_cli, tree

FOREIGN = "".join(f'<http://example.org/s{i}> <http://example.org/p> "v{i}" .\n' for i in range(2000))


def _foreign(tmp_path, name="other.nt", tail=""):
    path = tmp_path / name
    path.write_text(FOREIGN + tail, encoding="utf-8")
    return path


def _no_load(monkeypatch):
    """Make any load of graph files into a pyoxigraph store fail the test: the refusal must come first."""
    import policykg.use.query as query

    def refused(*args, **kwargs):
        raise AssertionError("the graph was loaded before the refusal")
    monkeypatch.setattr(query, "load_store", refused)
    monkeypatch.setattr(query, "_load", refused)


def test_a_competency_question_on_another_tools_graph_is_refused_before_loading(tmp_path, monkeypatch):
    """`query cq-01 --graph other.nt` loaded the whole graph (a minute for 500 MB) to answer 0 rows; now
    it is refused at once, as `table` refuses it. A query file of the user's still runs on it."""
    from policykg.errors import InputError
    from policykg.use.query import named_query, run_files

    graph = _foreign(tmp_path)
    _no_load(monkeypatch)
    with pytest.raises(InputError, match=r"other\.nt: nothing in the graph is of a policykg class"):
        run_files(named_query("cq-01"), [str(graph)], question=True)
    monkeypatch.undo()
    rows = run_files("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", [str(graph)])
    assert int(rows.rows[0][0]) == 2000
    one_line(run_cli("query", "cq-01", "--graph", graph, cwd=tmp_path), 2, r"other\.nt: nothing in the graph is "
                                                                           r"of a policykg class")


def test_impact_on_another_tools_graph_is_refused_before_loading(tmp_path, monkeypatch):
    """`impact --graph other.nt` loaded it whole (52 s for 487 MB) to say "no pkg:Park"; now said at once."""
    from policykg.errors import InputError
    from policykg.use.impact.load import load_store

    graph = _foreign(tmp_path)
    _no_load(monkeypatch)
    with pytest.raises(InputError, match=r"^.*other\.nt: no pkg:Park in the graph; nothing to analyse$"):
        load_store([str(graph)])


def test_table_names_a_late_syntax_error_from_its_look_without_loading(tmp_path, monkeypatch):
    """A foreign file whose syntax breaks at its end was parsed twice by `table` (its look stopped at the error,
    then the load parsed it all again to name it); the look now names it, in the load's own words."""
    import policykg.use.table as table
    from policykg.errors import InputError

    graph = _foreign(tmp_path, tail='<http://example.org/broken> <http://example.org/p> "unterminated .\n')
    said = run_cli("table", "targets", "--graph", graph, cwd=tmp_path)
    one_line(said, 2, r"other\.nt: not a readable graph \(SyntaxError: Parser error .*line 2001")
    monkeypatch.setattr(table, "asserted_store", lambda paths: pytest.fail("the graph was loaded again"))
    with pytest.raises(InputError) as caught:
        table.write("targets", [str(graph)], "csv", None)
    assert f"policykg: {caught.value}\n" == said.stderr


@pytest.mark.parametrize("name", ["bom.ttl", "ok.ttl"])
def test_the_look_leaves_a_file_the_load_reads_otherwise(tmp_path, name):
    """A UTF-8 byte-order mark (Notepad) is skipped by the load in Turtle: the look must not call it a syntax
    error; a Turtle file of another tool is still "nothing of a policykg class"."""
    mark = "\ufeff" if name == "bom.ttl" else ""
    (tmp_path / name).write_text(mark + '@prefix ex: <http://example.org/> .\nex:a ex:p "x" .\n', encoding="utf-8")
    one_line(run_cli("table", "targets", "--graph", name, cwd=tmp_path), 2,
             rf"{name}: nothing in the graph is of a policykg class")


@pytest.mark.parametrize("args,wording", [
    (("build", "", "--out", "o"), "the report name is empty; give a report file or folder name"),
    (("query", "", "--graph", "g.ttl"), r"the query name is empty; give a query file or competency question name"),
    (("table", "targets", "--graph", ""), "the graph name is empty; give a graph file name"),
    (("export", "--graph", "", "--format", "nt", "--out", "e.nt"), "the graph name is empty; give a graph file name"),
    (("build", str(SEED), "--out", ""), "--out is empty; give a folder name")])
def test_an_empty_name_is_refused_in_one_wording(tmp_path, args, wording):
    """An empty input name was refused four ways ("a graph path is empty; give the name of a file", "… (an unset
    variable?); give a report file or folder", …) and export said "'': unknown graph format"; now every empty
    name, input or output, is "NAME is empty; give …"."""
    one_line(run_cli(*args, cwd=tmp_path), 2, rf"^policykg: {wording}")
    assert tree(tmp_path) == {}


def test_a_graph_near_the_memory_limit_is_said_before_loading(tmp_path, monkeypatch, capsys):
    """Between the floor (refused) and the most a graph was measured to need, the load may end in pyoxigraph's
    abort (exit 134) with no line of ours: a warning now says the limit is close, before loading."""
    import policykg.use.preload as preload

    graph = _foreign(tmp_path)
    size = graph.stat().st_size
    monkeypatch.setattr(preload, "address_used", lambda: 0)
    monkeypatch.setattr(preload, "address_limit", lambda: preload.LOAD_BASE + 10 * size)
    preload.check_fits([str(graph)])
    assert capsys.readouterr().err.startswith(f"warning: {graph}: loading 0 MB of graph may need up to ")
    monkeypatch.setattr(preload, "address_limit", lambda: preload.LOAD_BASE + 21 * size)
    preload.check_fits([str(graph)])
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("verb", ["validate", "export"])
def test_a_sparse_graph_is_binary_data_at_once(tmp_path, verb):
    """2 GB of a sparse (or preallocated) file behind a few lines of N-Triples held validate and export for
    minutes (their readers read on through the NULs); a hole or a NUL in the last 64 KB is binary data now."""
    graph = _foreign(tmp_path, "sparse.nt")
    os.truncate(graph, 2 << 30)
    args = ("validate", graph) if verb == "validate" else ("export", "--graph", graph, "--format", "ttl",
                                                           "--out", tmp_path / "e.ttl")
    one_line(run_cli(*args, cwd=tmp_path, timeout=60), 2,
             r"sparse\.nt: not a readable nt graph \(binary data \(NUL bytes\), not text\)")
    assert not (tmp_path / "e.ttl").exists()


def test_a_nul_tail_that_is_not_sparse_is_binary_data_too(tmp_path):
    graph = _foreign(tmp_path, "tail.nt")
    with open(graph, "ab") as fh:
        fh.write(b"\0" * 70000)
    one_line(run_cli("validate", graph, cwd=tmp_path), 2, r"tail\.nt: not a readable nt graph \(binary data")


def test_debugging_keeps_the_exit_code_and_the_line(tmp_path):
    """POLICYKG_DEBUG=1 re-raised every error: a missing file ended in a traceback and exit 1, the code of SHACL
    violations. Now the traceback, then the one line and exit 2."""
    r = run_cli("table", "targets", "--graph", tmp_path / "missing.ttl", env={"POLICYKG_DEBUG": "1"}, timeout=60)
    assert r.returncode == 2, r.stderr
    assert "Traceback" in r.stderr and r.stderr.splitlines()[-1].endswith("missing.ttl: no such file")


@pytest.mark.parametrize("verb", ["build", "validate"])
def test_a_files_name_with_a_trailing_slash_is_said_to_be_a_file(tmp_path, seed_out, verb):
    """`build r.txt/` (a file's name completed as a folder's) said "r.txt/: no such file" of a file that is there."""
    name = "r.txt" if verb == "build" else "g.ttl"
    shutil.copy(SEED if verb == "build" else seed_out / "graph.ttl", tmp_path / name)
    args = ("build", f"{name}/", "--out", "o") if verb == "build" else ("validate", f"{name}/")
    one_line(run_cli(*args, cwd=tmp_path), 2, rf"^policykg: {name}/: is a file, not a folder; give it without the "
                                              rf"trailing /$")


def test_a_report_named_with_a_leading_dash_is_named_in_the_refusal(tmp_path):
    """`policykg build -r.txt` said only "No such option '-r'": the file it was, and how to give it, are said."""
    shutil.copy(SEED, tmp_path / "-r.txt")
    one_line(run_cli("build", "-r.txt", "--out", "o", cwd=tmp_path), 2,
             r"No such option '-r'\. \(-r\.txt is a file here: write \./-r\.txt, or put it after --\)$")
    r = run_cli("build", "--out", "o", "--quiet", "--", "-r.txt", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
