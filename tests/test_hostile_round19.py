"""Hostile use, round 19: what round 18 knew and left (make clean's leftovers, the UTF-16 query limit, the
reference engine on a deep query), then what a new hostile user tried on every verb and script.

The CLI runs as a real subprocess where the case is about the command line; what must survive is compared
byte for byte.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, write_file

PARK_CHAIN = ROOT / "tests" / "fixtures" / "park-chain.ttl"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n"


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def _clean(folder):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "clean_out.py"), "out"], cwd=folder,
                          capture_output=True, text=True, timeout=60)


def test_make_clean_removes_what_a_killed_build_left_beside_out(tmp_path):
    """`make clean` removed out/ but left `.out.lock` and the `.out.tmp-…`/`.out.old-…` folders of a build
    killed with SIGKILL; a build still writing out/ is left alone (its lock is held)."""
    from policykg.corpus.temporaries import make_folder
    from policykg.corpus.outlock import claim, lock_path, release
    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet", "--jobs", "1").returncode == 0
    pid = _dead_pid()
    write_file(tmp_path, ".out.lock", f"policykg lock pid {pid}\n")
    for kind in ("tmp", "old"):
        make_folder(tmp_path, f".out.{kind}-{pid}-")   # as the killed build made them
    mine = tmp_path / ".out.tmp-notes"   # not of the form a build names: the user's
    mine.mkdir()
    r = _clean(tmp_path)
    assert (r.returncode, r.stderr) == (0, "") and sorted(p.name for p in tmp_path.iterdir()) == [".out.tmp-notes"]
    assert run_cli("build", SEED, "--out", out, "--quiet", "--jobs", "1").returncode == 0
    claim(out.resolve(), "out")    # a build writing out now
    try:
        r = _clean(tmp_path)
        assert r.returncode == 0 and r.stderr == (f"make clean: out another policykg command (pid {os.getpid()}) "
                                                  f"is writing it now; left as it is\n"), r.stderr
        assert (out / "graph.ttl").is_file() and lock_path(out.resolve()).exists()
    finally:
        release(out.resolve())


def test_a_utf16_query_file_is_limited_by_its_text_not_its_bytes(tmp_path):
    """A query of 200 KB saved as UTF-16 (Notepad's "Unicode": two bytes an ASCII character) is a file of
    400 KB; it was refused as 'the query is 400 KB; policykg runs queries up to 256 KB'. Past twice the
    limit a UTF-16 file is still refused before it is read further."""
    text = COUNT + "#" + "x" * 200_000 + "\n"
    r = run_cli("query", write_file(tmp_path, "q.rq", text.encode("utf-16")), "--graph", PARK_CHAIN,
                "--format", "csv", timeout=120)
    assert (r.returncode, r.stderr) == (0, "") and r.stdout.startswith("n\n"), r.stderr
    big = write_file(tmp_path, "big.rq", (COUNT + "#" + "x" * 300_000 + "\n").encode("utf-16"))
    one_line(run_cli("query", big, "--graph", PARK_CHAIN, timeout=120), 2,
             r"big\.rq: the query is 586 KB; policykg runs queries up to 256 KB \(512 KB as UTF-16\)$")


def test_the_reference_engine_on_a_deep_query_says_what_to_do(tmp_path):
    """`--engine reference` on a query nested 400 deep (within policykg's limit of 500) said only 'query
    failed (rdflib): maximum recursion depth exceeded'; it now names the way out."""
    q = write_file(tmp_path, "deep.rq", "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 400 + "1" + ")" * 400 + ") }\n")
    r = run_cli("query", q, "--graph", PARK_CHAIN, "--engine", "reference", timeout=120)
    one_line(r, 2, r"query failed \(rdflib\): nested too deep for rdflib's evaluator, .*run it without "
                   r"--engine reference")
    assert run_cli("query", q, "--graph", PARK_CHAIN, "--format", "csv", timeout=120).returncode == 0


def test_a_line_break_in_a_report_name_is_shown_escaped_not_as_a_space(tmp_path):
    """The one-line message collapsed every whitespace run, so a report named 'a<newline>b.txt' was named
    'a b.txt' (another file, perhaps one that exists) in 'the same report as …'. A message's own wrapping
    is still one space."""
    from policykg.options import one_line as on_one_line
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "x.txt")
    shutil.copy(SEED, folder / "a\nb.txt")
    one_line(run_cli("build", folder, "--out", tmp_path / "out", timeout=120), 2,
             r"in/x\.txt: the same report \(jinghaiqu-2021\) as .*in/a\\nb\.txt$")
    assert on_one_line("  cannot read\n    the file:\n\nits end \n") == "cannot read the file: its end"


@pytest.mark.parametrize("argv, named", [
    (["scripts/name_lint.py", "\x1b[2Jx.csv"], r"name_lint\.py: \\x1b\[2Jx\.csv: No such file or directory"),
    (["scripts/loro_fast.py", "--\x1b]0;pwned\x07"], r"loro_fast\.py: error: unrecognized arguments: --\\x1b\]0;pwned\\x07"),
    (["-m", "policykg.docs", "docs-out", "\x1b[2J.ttl"], r"policykg\.docs: \\x1b\[2J\.ttl: no such file"),
])
def test_a_scripts_message_shows_a_names_escape_sequence_escaped(tmp_path, argv, named):
    """The scripts, benchmarks and python -m tools printed a file name's or option's terminal escape raw in
    their one line (ESC[2J cleared the screen, ESC]0; retitled it), where policykg's verbs escape it;
    `python -m policykg.docs OUT MISSING` began its line 'policykg:', not 'policykg.docs:'."""
    args = [str(ROOT / a) if a.startswith("scripts/") else a for a in argv]
    r = subprocess.run([sys.executable, *args], cwd=tmp_path, capture_output=True, text=True, timeout=60,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    last = r.stderr.splitlines()[-1]
    assert r.returncode == 2 and "\x1b" not in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert re.fullmatch(named, last), last
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="chown to another user needs root")
@pytest.mark.parametrize("planted_by", ["another-user", "writable-by-all"])
def test_a_ledger_another_user_could_write_is_not_trusted(tmp_path, planted_by):
    """XDG_STATE_HOME naming a folder every user may write (/tmp): another user's written.jsonl listing the
    user's notes.nt with its SHA-256 made `export --out notes.nt` replace the notes (and the user's own
    record went into the other's file). A ledger is read and written only when it is this user's alone."""
    import hashlib
    import json
    shared = tmp_path / "shared"
    (shared / "policykg").mkdir(parents=True)
    shared.chmod(0o777)
    notes = write_file(tmp_path, "notes.nt", "my notes\n")
    ledger = write_file(shared / "policykg", "written.jsonl",
                        json.dumps([str(notes.resolve()), hashlib.sha256(b"my notes\n").hexdigest()]) + "\n")
    planted = ledger.read_bytes()
    if planted_by == "another-user":
        os.chown(ledger, 65534, 65534)
    else:
        ledger.chmod(0o666)
    r = run_cli("export", "--graph", PARK_CHAIN, "--format", "nt", "--out", notes, cwd=tmp_path,
                env={"XDG_STATE_HOME": str(shared)}, timeout=120)
    why = "it belongs to another user" if planted_by == "another-user" else "users other than its owner may write it"
    one_line(r, 2, r"notes\.nt: exists, and policykg does not trust its record of the files it wrote, "
             rf"\S+written\.jsonl: {why}")
    assert notes.read_text(encoding="utf-8") == "my notes\n" and ledger.read_bytes() == planted


def test_a_missing_home_is_never_made(tmp_path, monkeypatch):
    """HOME=/nonexistent (services, system users) with no XDG_STATE_HOME or XDG_CACHE_HOME: a command run as
    root made /nonexistent/.local/state/policykg and /nonexistent/.cache/policykg, a home that was meant not
    to exist. No ledger then: its own output is refused again, saying why."""
    home = tmp_path / "nonexistent"
    env = {"HOME": str(home), "XDG_STATE_HOME": "", "XDG_CACHE_HOME": "", "POLICYKG_CACHE": ""}
    out = tmp_path / "x.nt"
    assert run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", out, env=env, timeout=120).returncode == 0
    one_line(run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", out, env=env, timeout=120), 2,
             r"x\.nt: exists, and policykg keeps no record of the files it writes \(XDG_STATE_HOME is no absolute "
             r"path and HOME, \S+nonexistent, is no folder\)")
    assert not home.exists()
    from policykg.cachefiles import user_cache_dirs
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert user_cache_dirs() == []   # the build's caches then go to the private temp folder


def test_a_store_named_by_spaces_alone_is_refused(tmp_path):
    """`serve --store ' '` (a variable holding a blank) loaded the graph into a folder named ' ' and served
    it; `--store ''` was already refused, as `build --out ' '` is."""
    r = run_cli("serve", "--graph", PARK_CHAIN, "--store", " ", "--port", "0", cwd=tmp_path, timeout=60)
    one_line(r, 2, r"--store is empty; give a folder name")   # hostile52: one wording in every verb
    assert list(tmp_path.iterdir()) == []


def test_timings_named_by_spaces_alone_are_refused_before_the_build(tmp_path):
    """POLICYKG_TIMINGS=' ' was refused as 'empty' only after the build had written its output (exit 2 for a
    complete output); it is refused before any work, as every timings name that cannot be written."""
    r = run_cli("build", SEED, "--out", tmp_path / "out", env={"POLICYKG_TIMINGS": " "}, timeout=120)
    one_line(r, 2, r"POLICYKG_TIMINGS holds only spaces; name a file for the stage timings, or unset it$")
    assert list(tmp_path.iterdir()) == []


def test_make_clean_on_the_root_folder_says_so_in_one_line(tmp_path):
    """review19: `make clean OUT=/` looked for the lock beside the root (Path('/').with_name) and ended in a
    ValueError traceback, exit 1; the root is left, one line, as any folder policykg did not write."""
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "clean_out.py"), "/"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=60)
    assert (r.returncode, r.stderr) == (0, "make clean: / is the root folder; left as it is\n"), r.stderr
