"""Hostile use, round 19: what round 18 knew and left (make clean's leftovers, the UTF-16 query limit, the
reference engine on a deep query), then what a new hostile user tried on every verb and script.

The CLI runs as a real subprocess where the case is about the command line; what must survive is compared
byte for byte.
"""
from __future__ import annotations

import os
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
    from policykg.corpus.outdir import WORK_MARKER
    from policykg.corpus.outlock import claim, lock_path, release
    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet", "--jobs", "1").returncode == 0
    pid = _dead_pid()
    write_file(tmp_path, ".out.lock", f"policykg lock pid {pid}\n")
    for kind in ("tmp", "old"):
        left = tmp_path / f".out.{kind}-{pid}-abcd1234"
        left.mkdir()
        write_file(left, WORK_MARKER, "")
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
    from policykg.cli_main import one_line as on_one_line
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "x.txt")
    shutil.copy(SEED, folder / "a\nb.txt")
    one_line(run_cli("build", folder, "--out", tmp_path / "out", timeout=120), 2,
             r"in/x\.txt: the same report \(jinghaiqu-2021\) as .*in/a\\nb\.txt$")
    assert on_one_line("  cannot read\n    the file:\n\nits end \n") == "cannot read the file: its end"
