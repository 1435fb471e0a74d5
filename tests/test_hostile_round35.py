"""Hostile round 35: `add`, `push` and the environment against a hostile user (docs/checks/hostile35.md)."""
from __future__ import annotations

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, tree

OTHER = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2013.txt"   # a dev report


@pytest.mark.unit
@pytest.mark.parametrize("verb", ["add", "build"])
def test_an_output_file_changed_by_hand_is_not_replaced(tmp_path, verb):
    """Regression: a note the user wrote into out/graph.ttl (or summary.csv) was lost without a word by the
    next add or build: the folder was replaced whole whenever it held only the files its marker listed."""
    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet").returncode == 0
    with open(out / "graph.ttl", "a", encoding="utf-8") as fh:
        fh.write("# checked by hand: the 2021 targets are right\n")
    before = tree(out)
    report = OTHER if verb == "add" else SEED
    one_line(run_cli(verb, report, "--out", out), 2,
             r"--out \S+: holds graph\.ttl, changed since policykg wrote it; the output is replaced whole")
    assert tree(out) == before
    (out / "graph.ttl").unlink()   # a file removed since loses nothing: the output is replaced as before
    r = run_cli(verb, report, "--out", out, "--quiet")
    assert r.returncode == 0, r.stderr
