"""``loro_fast.py --strict --unseen-train`` (parks36, issue #12): a training family's park examples are described as
an unseen report's — without the entries only it supports and, under the strict part ``standard``, without the
standard's copy of the same word — and keep the inputs of their count features, so the strict fold can recount
them. Real dev text: chongqing-2026's 重庆国际生物城, whose 生物 only chongqing supports and the standard repeats."""
from __future__ import annotations

import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import loro_fast  # noqa: E402
import loro_unseen  # noqa: E402
import loro_strict  # noqa: E402
from policykg.evaluation import manifest  # noqa: E402

pytestmark = pytest.mark.unit

STEM, PARK = "chongqing-2026", ("Park", "重庆国际生物城")


@lru_cache(maxsize=2)
def _described(strict: bool) -> list:
    dev = {s: i for s, i in manifest().items() if s == STEM}
    how = {"parts": loro_strict.PARTS} if strict else None
    return loro_unseen.unseen_parks(dev, {STEM: []}, loro_fast.TABLES, False, how)[STEM]


def test_strict_unseen_examples_keep_their_count_inputs():
    records = _described(True)
    assert records and all(r["name"][0] == "Park" and "count_in" in r for r in records)
    again = loro_strict.recounted(records, Counter())
    assert len(again) == len(records)


def test_strict_unseen_takes_the_standards_twin_out_too():
    strict = [r for r in _described(True) if r["name"] == PARK]
    plain = [r for r in _described(False) if r["name"] == PARK]
    assert strict and plain and all(r["y"] == 1 for r in strict + plain)
    # without 生物 anywhere only the general path reads it; the standard's 生物 still makes it a family-head park
    assert all("Park:general_only" in r["x"] for r in strict)
    assert not any("Park:general_only" in r["x"] for r in plain)
