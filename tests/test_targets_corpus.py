"""Targets (and outcomes) of six reports of different levels and years, against hand annotations.

Each report is read and parsed once (real ``policykg.structure`` contexts, not a stand-in), the
quantity extractor runs on its sentences, and the result is compared with
``tests/annotations/<stem>-quantities.yaml``:

* match: same kind, same value, same unit (after NFKC), overlapping spans; one gold entry per
  prediction;
* every annotated Target is found (recall 1.0) and target precision is >= 0.85;
* where a report's Outcomes are annotated (hailaer-2018, hebei-2026, the seed), outcome precision and
  recall are >= 0.85;
* over the matches, indicator, comparator and period agree with the annotation for >= 80 %.

Run with ``-s`` to see P/R/F1 per report and kind and the misses.
"""
from __future__ import annotations

import unicodedata
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
import yaml

from policykg.extract.quantities import extract_quantities
from policykg.read import read_report
from policykg.structure import parse

ROOT = Path(__file__).resolve().parents[1]
ANN = Path(__file__).parent / "annotations" / "dev"

# report → (path, kinds whose every quantity is annotated)
REPORTS = {
    "jinghai-2021": ("data/reports/jinghai-2021.txt", ("Target", "Outcome")),
    "hailaer-2013": ("data/corpus/hailaer/hailaer-2013.txt", ("Target",)),
    "hailaer-2018": ("data/corpus/hailaer/hailaer-2018.txt", ("Target", "Outcome")),
    "hebei-2026": ("data/corpus/provincial-2026/hebei-2026.txt", ("Target", "Outcome")),
    "shanghai-2026": ("data/corpus/provincial-2026/shanghai-2026.txt", ("Target",)),
    "guangxi-2026": ("data/corpus/provincial-2026/guangxi-2026.txt", ("Target",)),
}

MIN_PRECISION = 0.85
MIN_OUTCOME_RECALL = 0.85
MIN_AGREEMENT = 0.8


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


@cache
def evaluate(stem: str) -> dict:
    """Parse and extract once per report; match predictions to the annotation per kind."""
    path, kinds = REPORTS[stem]
    doc = read_report(str(ROOT / path))
    text = doc.text
    gold = yaml.safe_load((ANN / f"{stem}-quantities.yaml").read_text(encoding="utf-8"))
    pred = extract_quantities(text, parse(doc).sentences)
    result = {"text": text, "gold": gold, "kinds": kinds}
    for kind in kinds:
        g_k = [g for g in gold if g["kind"] == kind]
        p_k = [p for p in pred if p.kind == kind]
        used: set[int] = set()
        matches = []
        for p in p_k:
            for i, g in enumerate(g_k):
                if i in used or p.value != Decimal(str(g["value"])) or _nfkc(p.unit) != _nfkc(g["unit"]):
                    continue
                gs, ge = g["start"], g["start"] + len(g["quote"])
                if p.span.start < ge and gs < p.span.end:
                    used.add(i)
                    matches.append((p, g))
                    break
        result[kind] = {
            "gold": g_k, "pred": p_k, "matches": matches,
            "fp": [p for p in p_k if not any(p is m[0] for m in matches)],
            "fn": [g for i, g in enumerate(g_k) if i not in used],
        }
    return result


def _prf(r: dict) -> tuple[float, float, float]:
    m, p, g = len(r["matches"]), len(r["pred"]), len(r["gold"])
    precision = m / p if p else 1.0
    recall = m / g if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _agreement(matches: list) -> dict[str, float]:
    if not matches:
        return {"indicator": 1.0, "comparator": 1.0, "period": 1.0}
    n = len(matches)
    return {
        "indicator": sum(p.indicator == g["indicator"] for p, g in matches) / n,
        "comparator": sum(p.comparator == g["comparator"] for p, g in matches) / n,
        "period": sum((p.start_year, p.end_year) == (g["start_year"], g["end_year"]) for p, g in matches) / n,
    }


def _report(stem: str, kind: str) -> str:
    r = evaluate(stem)[kind]
    precision, recall, f1 = _prf(r)
    agree = _agreement(r["matches"])
    lines = [f"{stem} {kind}s: gold={len(r['gold'])} pred={len(r['pred'])} matched={len(r['matches'])} "
             f"P={precision:.3f} R={recall:.3f} F1={f1:.3f} "
             + " ".join(f"{k}={v:.3f}" for k, v in agree.items())]
    for p in r["fp"]:
        lines.append(f"  FP {p.label!r} {p.indicator} {p.value}{p.unit} {p.start_year}-{p.end_year}")
    for g in r["fn"]:
        lines.append(f"  FN {g['quote']!r} {g['value']}{g['unit']}")
    for p, g in r["matches"]:
        diffs = []
        if p.indicator != g["indicator"]:
            diffs.append(f"indicator {p.indicator!r}≠{g['indicator']!r}")
        if p.comparator != g["comparator"]:
            diffs.append(f"comparator {p.comparator}≠{g['comparator']}")
        if (p.start_year, p.end_year) != (g["start_year"], g["end_year"]):
            diffs.append(f"period {p.start_year}-{p.end_year}≠{g['start_year']}-{g['end_year']}")
        if diffs:
            lines.append(f"  ~~ {g['quote']!r}: " + "; ".join(diffs))
    return "\n".join(lines)


@pytest.mark.parametrize("stem", sorted(REPORTS))
def test_annotation_quotes_are_verbatim(stem):
    res = evaluate(stem)
    for g in res["gold"]:
        assert res["text"][g["start"]:g["start"] + len(g["quote"])] == g["quote"], g


@pytest.mark.parametrize("stem", sorted(REPORTS))
def test_every_annotated_target_is_found(stem):
    print("\n" + _report(stem, "Target"))
    r = evaluate(stem)["Target"]
    assert not r["fn"], f"{stem}: targets missed: {[g['quote'] for g in r['fn']]}"
    precision, _, _ = _prf(r)
    assert precision >= MIN_PRECISION, f"{stem}: target precision {precision:.3f}"


@pytest.mark.parametrize("stem", sorted(s for s, (_, kinds) in REPORTS.items() if "Outcome" in kinds))
def test_outcomes(stem):
    print("\n" + _report(stem, "Outcome"))
    r = evaluate(stem)["Outcome"]
    precision, recall, _ = _prf(r)
    assert precision >= MIN_PRECISION and recall >= MIN_OUTCOME_RECALL, (stem, precision, recall)


@pytest.mark.parametrize("stem", sorted(REPORTS))
def test_indicator_comparator_period_agreement(stem):
    res = evaluate(stem)
    matches = [m for kind in res["kinds"] for m in res[kind]["matches"]]
    agree = _agreement(matches)
    print(f"\n{stem}: " + " ".join(f"{k}={v:.3f}" for k, v in agree.items()))
    assert all(v >= MIN_AGREEMENT for v in agree.values()), (stem, agree)


def test_target_counts_differ_by_report():
    """The annotations pin very different numbers of targets (a careful reader's count)."""
    counts = {stem: len(evaluate(stem)["Target"]["gold"]) for stem in REPORTS}
    assert counts["hailaer-2018"] <= 12 and counts["hailaer-2013"] >= 40, counts
