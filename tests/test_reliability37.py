"""Reliability round 37: the cases earlier rounds left open (docs/checks/reliability37.md)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, tree


def _clean(folder, *args):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "clean_out.py"), *map(str, args)], cwd=folder,
                          capture_output=True, text=True, timeout=60)


# -- 1. a marker from before the sums, beside a user's files -----------------------------------------------

def _old_marker(folder, listed: bool):
    """A marker as policykg wrote it before it kept the SHA-256 sums (listed: with the list of files)."""
    from policykg.corpus.marker import MARKER, MARKER_TEXT
    head = "Files it wrote (anything else in the folder makes the next run refuse to replace it):\n"
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.name != MARKER)
    (folder / MARKER).write_text(MARKER_TEXT + "Command: policykg build\n" + (head + "".join(n + "\n" for n in names)
                                 if listed else ""), encoding="utf-8")


def test_a_marker_without_sums_proves_no_file_ours_to_clean_build_or_add(tmp_path):
    """Regression (review32): a marker written before the SHA-256 sums were kept, copied beside the user's own
    summary.csv (or an old output whose summary.csv the user edited), let `make clean` remove the folder and
    build or add replace it: the names alone were judged. Now all refuse it alike, exit 2, one line saying how
    to remove it by hand; nothing is removed. A marker alone (and empty folders) is still cleaned."""
    copied = tmp_path / "copied"
    copied.mkdir()
    (copied / "summary.csv").write_text("city,count\n海拉尔,3\n", encoding="utf-8")   # the user's own
    _old_marker(copied, listed=False)
    old = tmp_path / "old"
    assert run_cli("build", SEED, "--out", old, "--quiet", timeout=300).returncode == 0
    with open(old / "summary.csv", "a", encoding="utf-8") as fh:
        fh.write("mine,1\n")   # the user's edit, which no sum can show
    _old_marker(old, listed=True)
    before = tree(tmp_path)
    for out, first in (("copied", "summary.csv"), ("old", "graph.trig")):
        r = _clean(tmp_path, out)
        assert (r.returncode, r.stdout) == (2, "")
        assert r.stderr == (f"clean_out.py: {out}: its .policykg-output is from before policykg kept the SHA-256 "
                            f"of each file, so nothing proves {first} is policykg's and unchanged; nothing "
                            f"removed: if nothing in it is yours, remove it yourself (rm -r {out}) or give another "
                            "folder\n")
    for verb, out in (("build", "copied"), ("build", "old"), ("add", "old")):
        one_line(run_cli(verb, SEED, "--out", tmp_path / out, "--quiet", timeout=300), 2,
                 rf"^policykg: --out \S+{out}: its \.policykg-output is from before .* nothing proves \S+ is policykg's")
    assert tree(tmp_path) == before
    (copied / "summary.csv").unlink()
    (copied / "texts").mkdir()
    r = _clean(tmp_path, "copied")
    assert (r.returncode, r.stderr) == (0, "") and not copied.exists()


# -- 2. serve --store: a cap on the front's open connections ---------------------------------------------

@pytest.mark.unit
def test_the_store_front_caps_its_open_connections(tmp_path, monkeypatch):
    """Regression (hostile36): `serve --store`'s front took every connection, each with a thread (two once
    passed on) and a socket to oxigraph's server: a client holding thousands idle exhausted threads and file
    descriptors. Now, as the memory server, it holds at most MAX_OPEN; one more gets a 503 line at once, and
    a connection freed is served again."""
    import socket
    import time
    import urllib.request
    from urllib.parse import urlsplit

    from policykg.use import serve_front
    from policykg.use.serve import start

    monkeypatch.setattr(serve_front, "MAX_OPEN", 4, raising=False)   # absent before the cap
    graph = tmp_path / "g.nt"
    graph.write_text('<http://x/a> <http://x/p> "x" .\n')
    server = start([str(graph)], port=0, timeout=30, store=str(tmp_path / "store"))
    try:
        port = urlsplit(server.url).port
        idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(4)]
        time.sleep(0.5)   # the four accepted and counted before the fifth comes
        with socket.create_connection(("127.0.0.1", port), timeout=10) as extra:
            answer = extra.recv(200)
        assert answer.startswith(b"HTTP/1.1 503") and b"too many open connections" in answer
        for s in idle:
            s.close()
        for _ in range(50):   # the front counts a connection free once it has seen it close
            try:
                with urllib.request.urlopen(server.url + "query?query=ASK%7B%7D", timeout=10) as r:
                    assert r.status == 200 and b"true" in r.read()
                    break
            except urllib.error.HTTPError as exc:
                assert exc.code == 503
                time.sleep(0.1)
        else:
            pytest.fail("the front still refused after its idle connections closed")
    finally:
        server.stop()


# -- 4. a report with thousands of pasted table lines ----------------------------------------------------

@pytest.mark.unit
def test_pasted_table_lines_give_sentences_of_bounded_length(tmp_path):
    """Regression (hostile36): table lines pasted into a report, all about as wide, were taken for a hard-wrapped
    paragraph and joined into one sentence of the whole table; every figure's reading scans its sentence, so
    the report read in quadratic time (30,000 rows > 600 s). A sentence is now cut into pieces of at most
    typing.yaml's sentence_max, after a break (a cell's bar here); no character of the table is lost."""
    from policykg.extract.qlexicon import lexicon
    from policykg.read import for_matching, read_report
    from policykg.structure import parse

    rows = "".join(f"| 地区生产总值增长{i % 10}% | {i}亿元 | 增长{(i * 7) % 10}%左右 |\n" for i in range(3000))
    report = tmp_path / "jinghai-2021.txt"
    report.write_text(SEED.read_text(encoding="utf-8") + "\n" + rows, encoding="utf-8")
    seen = for_matching(read_report(str(report)))
    outline = parse(seen)
    most = lexicon("typing")["sentence_max"]
    table = [s.text for s in outline.sentences if s.span.start >= seen.text.index("|")]
    assert max(len(s.text) for s in outline.sentences) <= most
    assert len(table) >= len(rows) // most
    assert "".join(table).replace(" ", "") == rows.replace("\n", "").replace(" ", "")
    assert all(a.endswith("|") or b.startswith("|") for a, b in zip(table, table[1:]))   # cut at a cell's edge


# -- 5. impact: whatif.csv names a park's projects once --------------------------------------------------

@pytest.mark.unit
def test_whatif_csv_names_a_parks_projects_once_not_on_every_row(tmp_path):
    """Regression (hostile36): whatif.csv repeated a park's whole project list (removed_with) on every target its
    removal leaves unsupported: N² bytes (4,000 projects: 204 MB). Now whatif.csv has one row per lost target
    without the list, and whatif_removed_with.csv one row per removal and project removed with it."""
    import networkx as nx

    from policykg.use.impact.metrics import Impact, what_if
    from policykg.use.impact.tables import FIELDS, with_rows, write_csv

    def sizes(n):
        net = nx.DiGraph()
        net.add_node("p", kind="Park", label="园区", juris="x", province="y")
        for i in range(n):
            net.add_node(f"j{i:04d}", kind="Project", label=f"项目{i}", juris="x", province="y")
            net.add_node(f"t{i:04d}", kind="Target", label=f"目标{i}", juris="x", province="y")
            net.add_edges_from([("p", f"j{i:04d}"), (f"j{i:04d}", f"t{i:04d}")])
        rows, removals = what_if(net, ["p"])
        imp = Impact(net=net, parks=["p"], reach={}, centrality=[], whatif=rows, removals=removals)
        out = {}
        for name, table in (("whatif.csv", rows), ("whatif_removed_with.csv", with_rows(imp))):
            write_csv(str(tmp_path / name), table, FIELDS[name])
            out[name] = (tmp_path / name).read_text(encoding="utf-8")
        return out

    small, big = sizes(100), sizes(200)
    assert small["whatif.csv"].splitlines()[0] == ("removed_kind,removed,removed_iri,province,jurisdiction,target,target_iri,value,unit,"
                                                    "lost_supporters,remaining_parks")
    assert small["whatif.csv"].count("项目") == 100   # each row names the one project its target lost
    assert len(big["whatif.csv"]) < 2.1 * len(small["whatif.csv"])   # linear: it was quadratic
    pairs = small["whatif_removed_with.csv"].splitlines()
    assert pairs[0] == "removed_kind,removed,removed_iri,province,jurisdiction,project,project_iri" and len(pairs) == 101
    assert pairs[1] == "Park,园区,p,y,x,项目0,j0000"
