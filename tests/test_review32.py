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
