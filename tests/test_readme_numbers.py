"""The README's numbers of the shipped corpus are those a build of data/ gives (what `make run` prints).

The per-report table of "The shipped corpus" and the share of figures reaching a concept had gone
stale: 26 of its 38 rows and every total but three no longer matched out/summary.csv.
"""
from __future__ import annotations

import csv
import re

import pytest

from cli_helpers import run_cli
from query_helpers import ROOT

pytestmark = pytest.mark.corpus

COLUMNS = ["Section", "Goal", "Task", "Target", "Outcome", "Park", "Project", "Organization", "Place", "Evidence"]


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("readme") / "out"
    r = run_cli("build", str(ROOT / "data"), "--out", str(out), "--jobs", "2", timeout=900)
    assert r.returncode == 0, r.stderr
    return out, r.stdout


def _readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_corpus_table_is_the_summary(corpus_build):
    out, _ = corpus_build
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8")))
    table = {}
    for line in _readme().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == len(COLUMNS) + 1 and re.fullmatch(r"[a-z]+-\d{4}|\*\*all \d+\*\*", cells[0]):
            table[cells[0]] = [int(c) for c in cells[1:]]
    want = {r["report"]: [int(r[c]) for c in COLUMNS] for r in rows}
    want[f"**all {len(rows)}**"] = [sum(v[i] for v in list(want.values())) for i in range(len(COLUMNS))]
    assert table == want


def test_readme_concept_shares_are_the_builds(corpus_build):
    _, stdout = corpus_build
    got = re.search(r"canonical indicator reached by ([\d.]+)% of \d+ targets, ([\d.]+)% of \d+ outcomes", stdout)
    assert got, stdout[-500:]
    assert f"{got[1]} % of the targets and {got[2]} % of the\noutcomes" in _readme()
