"""hostile52: the faults review51 and hostile50 left, then a hostile hour on inputs no README row covers
(docs/checks/hostile52.md). Commands run on dev reports (the seed data/reports/jinghai-2021.txt and
data/corpus/hailaer/hailaer-2013.txt)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, tree

HAILAER_2013 = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2013.txt"


def _pages(tmp_path):
    lines = SEED.read_text(encoding="utf-8").splitlines(keepends=True)
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(2):
        (pages / f"p{i + 1}.txt").write_text("".join(lines[i * 51:(i + 1) * 51]), encoding="utf-8")
    return str(pages / "p1.txt"), str(pages / "p2.txt")


def test_a_page_is_told_by_the_refusals_kind_not_its_words(tmp_path):
    """pages.py matched the refusal's words ("found in the report's header"): a refusal reworded in read/ dropped
    the hint without a word. Now the kind (NotAReport) decides: reworded, the hint stays; another InputError
    holding those very words gets none."""
    from policykg.corpus.pages import page_hint
    from policykg.errors import InputError, NotAReport

    p1, p2 = _pages(tmp_path)
    assert "join the pages in order" in page_hint(p2, [p1], NotAReport(f"{p2}: the header names no year"))
    assert page_hint(p2, [p1], InputError(f"{p2}: no year found in the report's header")) == ""
    with pytest.raises(NotAReport):
        from policykg.read import read_report
        read_report(p2)


def test_an_empty_output_name_is_refused_in_one_wording_by_every_verb(tmp_path, seed_out):
    """`--out ''` (an unset variable) was refused three ways: build "--out is empty; give the name of a folder
    for the output", serve "--store '': is empty, the root or the current folder (or holds it)", add "--out :
    not a policykg build output (no .policykg-output in it)". Now "OPTION is empty; give a folder (file) name"."""
    graph = seed_out / "graph.ttl"
    before = tree(tmp_path)
    for args, wording in ((("build", SEED, "--out", ""), "--out is empty; give a folder name"),
                          (("add", SEED, "--out", ""), "--out is empty; give a folder name"),
                          (("impact", "--graph", graph, "--out", " "), "--out is empty; give a folder name"),
                          (("serve", "--graph", graph, "--store", ""), "--store is empty; give a folder name"),
                          (("export", "--graph", graph, "--format", "nt", "--out", ""),
                           "--out is empty; give a file name")):
        r = run_cli(*args, cwd=tmp_path, timeout=60)
        assert (r.returncode, r.stderr) == (2, f"policykg: {wording}\n"), args
    assert tree(tmp_path) == before


def test_two_writers_of_one_file_leave_the_last_ones_whole_file(tmp_path, monkeypatch):
    """Decided: single-file outputs (table, export, validate --out) take no lock; each is written whole beside
    it and renamed in, so the last rename wins. Here a second write runs to its end while the first is
    between writing its temporary and renaming it: the file is then the first's, whole, and no temporary
    of either is left."""
    from policykg.corpus import safefile, written

    target = tmp_path / "t.csv"
    record, nested = written.record, []

    def record_then_race(path, data, **kw):
        if not nested:
            nested.append(True)
            safefile.write_atomic(str(target), "second,table\n")   # the other writer, start to end
            assert target.read_text() == "second,table\n"
        return record(path, data, **kw)

    monkeypatch.setattr(written, "record", record_then_race)
    safefile.write_atomic(str(target), "first,table\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]
    assert target.read_text() == "first,table\n"


def _ignoring(sig):
    def start():
        os.setsid()
        signal.signal(sig, signal.SIG_IGN)
    return start


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_the_caller_ignores_stays_ignored(tmp_path, sig):
    """`trap '' INT` (or a shell's `cmd &`) then a Ctrl-C to the process group: the build took SIGINT and
    SIGTERM back once its handlers were installed (exit 130, nothing written), and with --jobs the
    forkserver's handler ended the workers ("a worker process was killed"). Now an ignored signal stays
    ignored in the command and its workers: the build ends, exit 0."""
    env = {k: v for k, v in os.environ.items() if k != "POLICYKG_DEBUG"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "build", str(SEED), str(HAILAER_2013), "--out",
                             "out", "--quiet", "--jobs", "2"], cwd=tmp_path, env=env, stderr=subprocess.PIPE,
                            text=True, preexec_fn=_ignoring(sig))
    deadline = time.monotonic() + 240
    while proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
    assert proc.wait(timeout=60) == 0, proc.stderr.read()
    assert (tmp_path / "out" / "graph.trig").is_file()


def test_impact_under_an_unwritable_home_prints_no_matplotlib_warning(tmp_path):
    """With HOME a file (or read-only) and no MPLCONFIGDIR, impact printed matplotlib's two lines, "mkdir -p
    failed for path …/.config/matplotlib" and "Matplotlib created a temporary cache directory …", before its
    own; the charts were written all the same."""
    (tmp_path / "home").write_text("not a folder\n")
    env = {"HOME": str(tmp_path / "home")}
    code = "from policykg.use.impact.fonts import find_cjk_font; find_cjk_font()"
    clean = {k: v for k, v in os.environ.items()
             if k not in ("MPLCONFIGDIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "POLICYKG_DEBUG")}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env={**clean, **env, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert (r.returncode, r.stderr) == (0, "")


def test_select_star_on_the_reference_engine_has_the_same_columns_every_run(tmp_path, seed_out):
    """`SELECT * WHERE { ?s ?p ?o }` with --engine reference gave its columns in another order each run (s,o,p;
    p,s,o; o,s,p: rdflib projects a set of variables), so the same query wrote other bytes. Now by name, as the
    default engine (pyoxigraph) gives them."""
    (tmp_path / "star.rq").write_text("SELECT * WHERE { ?zz ?aa ?mm } ORDER BY ?zz ?aa ?mm LIMIT 2\n")
    heads = set()
    for seed in ("1", "2", "3", "4"):
        r = run_cli("query", "star.rq", "--graph", seed_out / "graph.ttl", "--engine", "reference", "--format",
                    "csv", cwd=tmp_path, env={"PYTHONHASHSEED": seed}, timeout=120)
        assert r.returncode == 0, r.stderr
        heads.add(r.stdout)
    default = run_cli("query", "star.rq", "--graph", seed_out / "graph.ttl", "--format", "csv", cwd=tmp_path)
    assert heads == {default.stdout} and default.stdout.startswith("aa,mm,zz\n")


def test_a_graph_past_the_memory_limit_is_refused_in_one_line(tmp_path, monkeypatch):
    """`(ulimit -v 2500000; policykg validate big.nt)` on 487 MB of another tool's N-Triples ended in two
    tracebacks: the refusal "not a readable nt graph (MemoryError)" was raised while the error's frames held
    the half-read graph, and the one line's own lazy import then failed for want of memory. Now the graph is
    freed before the refusal, which says what happened."""
    from policykg.errors import InputError
    from policykg.use import loading

    (tmp_path / "g.nt").write_text("<http://example.org/a> <http://example.org/p> \"x\" .\n")

    def out_of_memory(ds, path, fmt):
        raise MemoryError
    monkeypatch.setattr(loading, "parse_file", out_of_memory)
    with pytest.raises(InputError, match=r"g\.nt: too large for the memory this process may use") as caught:
        loading.load_dataset([str(tmp_path / "g.nt")])
    assert caught.value.__context__ is None   # no frame of the parse (and its graph) kept alive


def test_the_one_line_is_written_without_importing_anything(capsys):
    """cli_main.fail imported use.deadline when called: out of memory, that import raised MemoryError and the
    one line became a traceback."""
    import builtins

    from policykg import cli_main

    def no_memory(name, globals=None, locals=None, fromlist=(), level=0):
        """A module already loaded is found; loading a new one fails, as it did out of memory."""
        if level:
            base = (globals or {}).get("__package__", "").rsplit(".", level - 1)[0]
            name = f"{base}.{name}" if name else base
        if name not in sys.modules:
            raise MemoryError
        return real(name, globals, locals, fromlist, 0)
    real, code = builtins.__import__, None
    builtins.__import__ = no_memory
    try:
        cli_main.fail("big.nt: too large")
    except SystemExit as ended:
        code = ended.code
    except MemoryError:
        code = "MemoryError"
    finally:
        builtins.__import__ = real
    assert (code, capsys.readouterr().err) == (2, "policykg: big.nt: too large\n")
