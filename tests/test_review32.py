"""Review round 32: a second reading of rel36, and attacks on it (docs/checks/review32.md)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from cli_helpers import ROOT, tree


def _clean(folder, *args):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "clean_out.py"), *map(str, args)], cwd=folder,
                          capture_output=True, text=True, timeout=60)


# -- make clean and a marker edited to list the user's file ------------------------------------------------

@pytest.mark.unit
def test_a_file_listed_in_the_marker_without_its_sum_is_not_taken_as_ours(tmp_path):
    """Regression: a marker edited by hand to list the user's reports/mine.ttl (a name a build writes) let
    `make clean` remove it: the sums are checked only for the files they name, and every run writes a sum
    for each file it lists. A name listed without its sum is no file of the output now: the folder is left,
    and build refuses it the same way."""
    from cli_helpers import SEED, run_cli
    from policykg.corpus.marker import MARKER, write_marker
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("<http://e/s> <http://e/p> <http://e/o> .\n", encoding="utf-8")
    write_marker(out)
    (out / "reports").mkdir()
    (out / "reports" / "mine.ttl").write_text("# my own notes\n", encoding="utf-8")
    head = "Files it wrote (anything else in the folder makes the next run refuse to replace it):\n"
    text = (out / MARKER).read_text(encoding="utf-8")
    (out / MARKER).write_text(text.replace(head, head + "reports/mine.ttl\n"), encoding="utf-8")
    before = tree(out)
    r = _clean(tmp_path, "out")
    assert (r.returncode, r.stderr) == (0, "make clean: out holds reports/mine.ttl, which policykg did not write; "
                                           "left as it is\n"), r.stderr
    assert tree(out) == before
    r = run_cli("build", SEED, "--out", out, "--quiet")
    assert r.returncode == 2 and "holds reports/mine.ttl" in r.stderr and tree(out) == before


# -- a long run of digits in a count -----------------------------------------------------------------------

@pytest.mark.unit
def test_a_count_is_read_from_at_most_32_digits_and_every_real_count_whole():
    """Regression: rel36 bounded the Chinese numerals of the grammar's count (COUNT) but not its digits,
    `\\d+`: shared_kind's list pattern tried a run of digits from each of its characters, each try reading to
    the run's end (a report with 6,000 digits in a row: 2.4 → 9.1 s; the pattern alone 11 s, 0.16 s now). A
    count now has at most 32 digits; the longest run of digits in data/'s reports (9, sichuan's 422394845) and
    the counts of a real list are read whole."""
    import re

    from policykg.extract.grammar import COUNT, COUNTED
    from policykg.extract.shared_kind import _list_re
    assert re.fullmatch(COUNT, "422394845") and not re.fullmatch(COUNT, "1" * 33)
    assert COUNTED.search("1" * 40 + "个").start() == 8
    sichuan = "包括都江堰灌区、引大济岷、长征渠引水、向家坝灌区、引雅济安、南水北调西线6个工程"   # sichuan-2026 (dev)
    m = _list_re("(?:项目|工程)").search(sichuan)
    assert m.group(1).endswith("南水北调西线") and m.group(2) == "6个" and m.group(4) == "工程"


# -- the ledger's compaction and notes under this process's own pid ----------------------------------------

@pytest.mark.unit
def test_a_compaction_drops_the_notes_under_its_own_pid_that_no_make_still_waits_for(tmp_path, monkeypatch):
    """Regression: rel36's compaction kept every temporary's note named with its own pid, made and removed
    long ago or written by an earlier process under the same pid (in a container each run is pid 1: a run's
    compaction kept all earlier runs' notes). A process knows which of its notes still wait for their make:
    only those are kept; a note whose temporary is there is kept as before."""
    import os

    from policykg.corpus import temporaries, written
    from policykg.corpus.written_compact import compact
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    fd, done = temporaries.make_file(str(tmp_path), f".graph.nt.{os.getpid()}.")   # as write_atomic makes one
    os.close(fd)
    os.unlink(done)                                                                  # renamed into place
    there, _ = temporaries.make_folder(tmp_path, f".out.tmp-{os.getpid()}-")         # a build's, still there
    earlier = tmp_path / f".out.tmp-{os.getpid()}-0123456789abcdef"                  # an earlier run's, this pid
    written.note_temporary(str(earlier))
    waiting = tmp_path / f".out.tmp-{os.getpid()}-{temporaries.new_token()}"
    temporaries.note(waiting)                                                        # its make still to come
    compact(written.ledger_path())
    assert not written.made_temporary(done) and not written.made_temporary(str(earlier))
    assert written.made_temporary(str(there)) and written.made_temporary(str(waiting))


# -- the reference engine's second load ---------------------------------------------------------------------

@pytest.mark.unit
def test_the_reference_engine_lets_go_of_its_first_dataset_before_the_labelled_one(tmp_path, monkeypatch):
    """Regression: for a graph holding blank nodes, `query --engine reference` kept the dataset rdflib read
    while it loaded the files again with blank_order's labels and built a second dataset of them: two
    datasets in memory at once (100,000 blank nodes: 475 MB, 303 MB now). The first is let go before."""
    import gc
    import weakref

    from policykg.use import loading, query
    ttl = tmp_path / "b.ttl"
    ttl.write_text("@prefix e: <http://e/> .\n" + "".join(f"[] e:v {i} .\n" for i in range(3)), encoding="utf-8")
    first, alive = [], []
    read, load = loading.load_dataset, query.load_store

    def remembered(paths):
        ds = read(paths)
        first.append(weakref.ref(ds))
        return ds

    def checked(paths):
        gc.collect()
        alive.append(first[0]() is not None)
        return load(paths)
    monkeypatch.setattr(loading, "load_dataset", remembered)
    monkeypatch.setattr(query, "load_store", checked)
    rows = query.format_rows(query.run_files("SELECT ?v WHERE { ?b <http://e/v> ?v } ORDER BY ?b", [ttl],
                                             engine="reference"), "csv")
    assert rows.splitlines() == ["v", "0", "1", "2"] and alive == [False]


# -- serve --store: an old store that cannot be removed whole ----------------------------------------------

@pytest.mark.unit
def test_a_rebuilt_store_is_served_though_a_file_of_the_old_one_cannot_be_removed(tmp_path):
    """Regression: rel36's remove_store raised on the first file of the old store it could not remove (an
    immutable file: `Operation not permitted`), after the new store was swapped in: `serve --store st --graph
    g` ended with exit 2 and served nothing, where it served (the old store was removed with errors ignored).
    The rebuild succeeds now; the old store stays beside with its marker, so the next rebuild removes it."""
    import os
    pytest.importorskip("pyoxigraph")
    from test_reliability36 import _fill_in_child
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://e/s> <http://e/p> <http://e/o> .\n", encoding="utf-8")
    env = {"XDG_STATE_HOME": str(tmp_path / "state")}
    assert _fill_in_child(tmp_path / "st", graph, env) == 0
    stuck = next(p.name for p in (tmp_path / "st").iterdir() if p.name.startswith("OPTIONS-"))
    if subprocess.run(["chattr", "+i", str(tmp_path / "st" / stuck)], capture_output=True).returncode != 0:
        pytest.skip("no chattr +i here (not root, or a file system without it)")
    try:
        assert _fill_in_child(tmp_path / "st", graph, env) == 0
        old = [p for p in tmp_path.iterdir() if p.name.startswith(".st.old-")]
        assert len(old) == 1 and sorted(os.listdir(old[0])) == [".policykg-store", stuck]
    finally:
        for p in tmp_path.glob(f".st.old-*/{stuck}"):
            subprocess.run(["chattr", "-i", str(p)], check=True)
    assert _fill_in_child(tmp_path / "st", graph, env) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".st.")) == []


# -- a long run of digits or numerals before 年 (the report's meeting lines) -------------------------------

@pytest.mark.unit
def test_a_date_of_a_meeting_line_is_read_from_at_most_4_digits_and_every_real_one_whole():
    """Regression: the meeting line's year, month and day (`[0-9]+`, `[〇…十]+`) were tried from each character
    of a run, each try reading to its end: quadratic after rel36 bounded the extraction's numerals (12,000
    digits: 0.85 s, 48,000: about 14 s in this pattern alone). A year, month or day has at most 4; the dev
    reports' meeting lines are read as before, in digits and in numerals."""
    import re

    from policykg.structure.metadata import _MEETING, _NUM, other_meetings
    assert not re.fullmatch(f"(?:{_NUM})", "1" * 5) and re.fullmatch(f"(?:{_NUM})", "二〇二六")
    anhui = (ROOT / "data" / "corpus" / "provincial-2026" / "anhui-2026.txt").read_text(encoding="utf-8")
    assert _MEETING.search(anhui).group("y", "m", "d", "place") == ("2026", "2", "5", "安徽省")
    earlier = "\n——二〇二五年一月十二日在安徽省第十四届人民代表大会第三次会议上\n"   # anhui's line, a year before
    assert [key for _, key in other_meetings(anhui + earlier)] == ["安徽省 二〇二五"]
