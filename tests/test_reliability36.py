"""Reliability round 36: the cases earlier rounds left open (docs/checks/reliability36.md)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from cli_helpers import ROOT, tree


def _clean(folder, *args):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "clean_out.py"), *map(str, args)], cwd=folder,
                          capture_output=True, text=True, timeout=60)


def _an_output(folder):
    """folder as a build output: graph.ttl and summary.csv, and a marker listing them with their sums."""
    from policykg.corpus.marker import write_marker
    folder.mkdir(parents=True)
    (folder / "graph.ttl").write_text("<http://e/s> <http://e/p> <http://e/o> .\n", encoding="utf-8")
    (folder / "summary.csv").write_text("report,targets\njinghai-2021,3\n", encoding="utf-8")
    write_marker(folder)
    return folder


# -- 1. make clean and an output edited by hand -------------------------------------------------------------

@pytest.mark.unit
def test_clean_out_refuses_an_output_whose_file_was_changed_by_hand(tmp_path):
    """Regression: `make clean` removed out/ whole after the user edited out/summary.csv (a row corrected by
    hand), though build and add refuse such a folder since the marker keeps each file's SHA-256. Refused the
    same way now, nothing removed; an unchanged output is still cleaned."""
    out = _an_output(tmp_path / "out")
    with open(out / "summary.csv", "a", encoding="utf-8") as fh:
        fh.write("hailaer-2013,4\n")
    before = tree(out)
    r = _clean(tmp_path, "out")
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == "clean_out.py: out: holds summary.csv, changed since policykg wrote it; not removing " \
                       "the folder, so move that file away (or remove the folder yourself)\n", r.stderr
    assert tree(out) == before
    other = _an_output(tmp_path / "other")
    assert _clean(tmp_path, "other").returncode == 0 and not other.exists()


# -- 2. POLICYKG_TIMINGS that is not UTF-8 ------------------------------------------------------------------

@pytest.mark.unit
def test_a_timings_variable_that_is_not_utf8_is_refused_before_the_work(tmp_path):
    """Regression: POLICYKG_TIMINGS=$'\\xff\\xfe' (relative) made the build write its timings to a file under
    that raw name in the current folder, one `ls` shows as '??'. Refused now as the other variables are: one
    line naming the variable and its bytes, exit 2, nothing written (no output, no timings file)."""
    import os

    from cli_helpers import SEED, one_line, run_cli
    r = run_cli("build", SEED, "--out", tmp_path / "out", cwd=tmp_path,
                env={"POLICYKG_TIMINGS": os.fsdecode(b"\xff\xfe")})
    one_line(r, 2, r"^policykg: POLICYKG_TIMINGS=\\xff\\xfe: is not UTF-8 text; name the file in UTF-8, or unset it$")
    assert os.listdir(tmp_path) == []
    r = run_cli("build", SEED, "--out", tmp_path / "out", "--quiet", cwd=tmp_path,
                env={"POLICYKG_TIMINGS": "时间.json"})   # UTF-8 beyond ASCII is a name like any other
    assert r.returncode == 0, r.stderr
    assert sorted(os.listdir(tmp_path)) == ["out", "时间.json"]


# -- 3. the marker of an add --------------------------------------------------------------------------------

@pytest.mark.unit
def test_the_marker_names_add_after_an_add_and_the_folder_stays_ours(tmp_path):
    """Regression: after `policykg add` the output's marker still said `Command: policykg build`. It names
    the command that wrote the folder now, and an add's output is still a build's: add after add, build after
    add and make clean after add each take it as policykg's."""
    from cli_helpers import SEED, run_cli
    from policykg.corpus.marker import MARKER, marker_command, marker_kind
    other = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2013.txt"   # a dev report
    out = tmp_path / "out"
    for verb, report in (("build", SEED), ("add", other), ("add", other)):
        r = run_cli(verb, report, "--out", out, "--quiet")
        assert r.returncode == 0, r.stderr
        assert "Command: policykg add\n" in (out / MARKER).read_text(encoding="utf-8") or verb == "build"
        assert (marker_command(out), marker_kind(out)) == (verb, "build")
    assert run_cli("build", SEED, "--out", out, "--quiet").returncode == 0
    assert (marker_command(out), marker_kind(out)) == ("build", "build")
    assert run_cli("add", other, "--out", out, "--quiet").returncode == 0
    r = _clean(tmp_path, "out")
    assert (r.returncode, r.stderr) == (0, "") and not out.exists()


# -- 4. a long run of Chinese numerals ----------------------------------------------------------------------

@pytest.mark.unit
def test_a_numeral_is_read_from_at_most_32_characters_and_every_real_number_whole():
    """Regression: the quantity number `[一…十][numerals]*` and the grammar's count `[numerals]+` were tried from
    each character of a run, each try reading to the run's end: 6,000 十 in a row cost 17 s per report, 12,000
    cost 92 s. A numeral now has at most 32 characters (the longest number written in them, 16 digits, has 31):
    the longest is still read whole, and so is every numeral of the seed report; a longer run is read from its
    last 32 characters (it was read whole, and refused by the numeral reader)."""
    import re

    from cli_helpers import SEED
    from policykg.extract.grammar import COUNTED
    from policykg.extract.qlexicon import quantity_matches, quantity_regex
    longest = "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九"
    assert len(longest) == 31 and quantity_regex().fullmatch(longest + "元").group("a") == longest
    assert quantity_regex().search("十" * 40 + "个").span("a") == (8, 40)
    assert COUNTED.search("一" * 40 + "个").start() == 8
    assert COUNTED.fullmatch("两百个") and quantity_regex().fullmatch("二十三点五亿元").group("a") == "二十三点五"
    text = SEED.read_text(encoding="utf-8")
    runs = [m.span() for m in re.finditer("[零〇一二两三四五六七八九十百千万亿]+", text)]
    read = [m.span("a") for m in quantity_matches(text) if text[m.start("a")] in "一二两三四五六七八九十"]
    assert len(read) > 20 and all(any(a <= s and e <= b for a, b in runs) for s, e in read)
    assert ("两项" in [text[s:e] + text[e] for s, e in read]) and ("十一次" in [text[s:e + 1] for s, e in read])


# -- 5. serve's store without a ledger; a compaction between a note and the make ----------------------------

def _fill_in_child(store, graph, env: dict, killed_at: str = "") -> int:
    """`serve --store store --graph graph`'s filling of the store in its own process; killed_at ends it
    outright (as SIGKILL does) just before the swap ("swap": the new store is left beside) or while the old
    store is removed ("remove": the old store is left beside)."""
    import os
    import textwrap
    code = textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        from policykg.use import serve_oxigraph, serve_store
        if {killed_at!r} == "swap":
            serve_oxigraph._swap_store = lambda *a: os._exit(9)
        if {killed_at!r} == "remove":
            serve_store.remove_store = lambda *a: os._exit(9)
        serve_oxigraph._fill_store(Path(sys.argv[1]), [sys.argv[2]], True, False, None, lambda m: None)
    """)
    return subprocess.run([sys.executable, "-c", code, str(store), str(graph)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env}, cwd=ROOT, timeout=120).returncode


@pytest.mark.unit
@pytest.mark.parametrize("killed_at", ["swap", "remove"])
def test_without_a_ledger_a_store_rebuild_killed_outright_leaves_nothing_for_good(tmp_path, killed_at):
    """Regression: with no usable ledger (XDG_STATE_HOME relative, HOME no folder), a `serve --store st`
    rebuild killed outright left `.st.new-<pid>-<token>` (a whole store) or `.st.old-…` beside st for good:
    only the ledger's note proved them ours, and a store may hold no proof file. The store's own marker now
    carries the proof of the name's token; the next rebuild removes the leftover. A user's folder so named
    (no marker, or another token) is left (test_hostile_round33)."""
    pytest.importorskip("pyoxigraph")
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://e/s> <http://e/p> <http://e/o> .\n", encoding="utf-8")
    no_ledger = {"XDG_STATE_HOME": "relative", "HOME": str(tmp_path / "nowhere")}
    assert _fill_in_child(tmp_path / "st", graph, no_ledger) == 0
    assert _fill_in_child(tmp_path / "st", graph, no_ledger, killed_at) == 9
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".st."))
    assert len(left) == 1 and left[0].startswith(".st.new-" if killed_at == "swap" else ".st.old-"), left
    assert _fill_in_child(tmp_path / "st", graph, no_ledger) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.ttl", "st"]
    assert (tmp_path / "st" / ".policykg-store").read_text(encoding="utf-8").count("\n") == 1


@pytest.mark.unit
def test_a_compaction_keeps_the_note_of_a_temporary_its_running_maker_has_not_made_yet(tmp_path, monkeypatch):
    """Regression: a temporary is noted in the ledger before it is made; a compaction by another process in
    between kept temporaries' notes only while their path existed, so the note went, and the maker killed
    later left a temporary nothing proves ours. A note stays while the process named in it runs; a dead
    process's note of a path never made still goes."""
    import os

    from policykg.corpus import written
    from policykg.corpus.written_compact import compact
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    maker = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])   # another process, running
    try:
        live = tmp_path / f".out.tmp-{maker.pid}-0123456789abcdef"
        dead = tmp_path / f".out.tmp-{gone}-fedcba9876543210"
        written.note_temporary(str(live))
        written.note_temporary(str(dead))
        compact(written.ledger_path())
        assert written.made_temporary(str(live)) and not written.made_temporary(str(dead))
    finally:
        maker.kill()
        maker.wait()


# -- 6. ORDER BY over blank nodes ---------------------------------------------------------------------------

@pytest.mark.unit
@pytest.mark.parametrize("engine", ["default", "reference"])
def test_an_answer_ordered_by_blank_nodes_is_the_same_every_run(tmp_path, engine):
    """Regression: `query … ORDER BY ?b` over a graph file's blank nodes gave its rows in another order on each
    run (the stores label a file's blank nodes at random on each load and order them by label; hostile34's
    b0, b1, … came after the ordering). Blank nodes are labelled by where they first appear, file by file:
    the rows come in that order, every run, on both engines (JSON-LD too, read through rdflib)."""
    import json

    from policykg.use.query import format_rows, run_files
    ttl = tmp_path / "b.ttl"
    ttl.write_text("@prefix e: <http://e/> .\n" + "".join(f"[] e:v {i} .\n" for i in range(30)), encoding="utf-8")
    jsonld = tmp_path / "b.jsonld"
    jsonld.write_text(json.dumps({"@context": {"e": "http://e/"}, "@graph": [{"e:v": 30 + i} for i in range(5)]}),
                      encoding="utf-8")
    query = "SELECT ?b ?v WHERE { ?b <http://e/v> ?v } ORDER BY ?b"
    answers = {format_rows(run_files(query, [ttl, jsonld], engine=engine), "csv") for _ in range(4)}
    assert len(answers) == 1
    rows = answers.pop().splitlines()
    assert rows[:3] == ["b,v", "_:b0,0", "_:b1,1"] and rows[30] == "_:b29,29"
    assert sorted(rows[31:]) == [f"_:b{i},{i}" for i in range(30, 35)]
