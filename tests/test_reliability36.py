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
