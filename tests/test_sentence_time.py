"""The time of a sentence's earlier chunk carries to its later figures (periods.sentence_time), read once per
sentence: a sentence of many figures and chunks costs linear work (it was read again for every figure)."""
from __future__ import annotations

import pytest

from policykg.extract import periods
from quantity_helpers import extract
from work_count import LINEAR, growth


def _sentence(n: int) -> str:
    return "2025年，" + "，".join(f"第{i}类产品产量增长{i % 9 + 1}%" for i in range(n)) + "。"


@pytest.mark.unit
def test_a_time_opening_an_earlier_chunk_dates_the_later_figures():
    qs = extract(_sentence(3), "plan", 2026)
    assert len(qs) == 3 and {(q.start_year, q.end_year) for q in qs} == {(2025, 2025)}


@pytest.mark.unit
def test_reading_the_times_of_a_sentence_is_linear_in_its_chunks(monkeypatch):
    calls = 0
    real = periods.match_time

    def counting(s):
        nonlocal calls
        calls += 1
        return real(s)

    monkeypatch.setattr(periods, "match_time", counting)

    def work(n):
        nonlocal calls
        calls = 0
        extract(_sentence(n), "plan", 2026)
        return calls

    assert growth(work, 40) < LINEAR
