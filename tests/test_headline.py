"""The extractor on the hand table of the headline 2026 targets of the 29 provincial reports
(tests/annotations/headline-2026.yaml, read blind; policykg.headline_eval).

Goals (issue 13, item 5): ≥ 97 % found with the right value, comparator and period; ≥ 90 % reaching the
right concept. Floors sit a little under what was measured when they were set (right 0.955, concept
0.970 over all 29 reports; held-out 19: 0.954, 0.962; held-out now means outside the dev split, 5
reports since 2026-12-02: 0.974, 0.947), so a new miss fails the test. The table is a
held-out check: its misses are measured here, never fixed by changing a rule for them.
"""
from __future__ import annotations

import subprocess
import sys
from functools import cache

import pytest

from policykg.headline_eval import CORPUS, judge_report, load_table, score, summary
from policykg.read import read_report

FLOORS = {"all": {"found": 0.98, "right": 0.94, "concept": 0.95},
          "held-out": {"found": 0.98, "right": 0.94, "concept": 0.94}}


@cache
def verdicts():
    return score(load_table())


def test_table_covers_every_provincial_report():
    assert set(load_table()) == {p.stem for p in CORPUS.glob("*.txt")}
    assert sum(len(rows) for rows in load_table().values()) >= 190


@pytest.mark.parametrize("stem", sorted(load_table()))
def test_quotes_are_verbatim_and_2026(stem):
    text = read_report(str(CORPUS / f"{stem}.txt")).text
    for g in load_table()[stem]:
        assert text[g["start"]:g["start"] + len(g["quote"])] == g["quote"], g
        assert str(g["value"]).lstrip("-") in g["quote"], g
        assert (g["start_year"], g["end_year"]) == (2026, 2026), g


@pytest.mark.parametrize("scope", sorted(FLOORS))
def test_headline_shares_reach_their_floors(scope):
    got = summary(verdicts())[scope]
    for key, floor in FLOORS[scope].items():
        assert got[key] >= floor, (scope, key, got[key])


def test_gdp_growth_is_right_in_every_report_without_a_range():
    gdp = [v for v in verdicts() if v.concept == "gdp" and "—" not in v.quote and "-" not in v.quote]
    assert len(gdp) >= 20
    assert all(v.right and v.concept_ok for v in gdp), [v for v in gdp if not (v.right and v.concept_ok)]


def test_a_changed_comparator_period_or_value_is_a_miss():
    from policykg.headline_eval import extract_targets
    gold = load_table()["sichuan-2026"][0]             # 地区生产总值增长5.5%左右
    targets = extract_targets("sichuan-2026")
    assert judge_report("sichuan-2026", [gold], targets)[0].right
    for change in ({"comparator": ">="}, {"end_year": 2030}, {"max_value": "6"}):
        assert not judge_report("sichuan-2026", [{**gold, **change}], targets)[0].right, change
    wrong_value = judge_report("sichuan-2026", [{**gold, "value": "5"}], targets)[0]
    assert not wrong_value.found and not wrong_value.right
    wrong_concept = judge_report("sichuan-2026", [{**gold, "concept": "cpi"}], targets)[0]
    assert wrong_concept.right and not wrong_concept.concept_ok


@pytest.mark.parametrize("args, says", [
    (["--bogus"], "unrecognized arguments"),
    (["--table", "{missing}"], "No such file"),
    (["--table", "{bad}"], "not valid YAML"),
    (["--table", "{nocomp}"], "comparator"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, says):
    (tmp_path / "bad.yaml").write_text("sichuan-2026: [{quote: x\n", encoding="utf-8")
    (tmp_path / "nocomp.yaml").write_text(
        "sichuan-2026:\n  - {quote: x, start: 1, concept: gdp, value: '5', unit: '%', comparator: '~',"
        " start_year: 2026, end_year: 2026}\n", encoding="utf-8")
    paths = {"missing": tmp_path / "missing.yaml", "bad": tmp_path / "bad.yaml", "nocomp": tmp_path / "nocomp.yaml"}
    argv = [a.format(**paths) for a in args]
    run = subprocess.run([sys.executable, "-m", "policykg.headline_eval", *argv], capture_output=True, text=True)
    assert run.returncode == 2
    assert len(run.stderr.strip().splitlines()) == 1 and says in run.stderr, run.stderr
