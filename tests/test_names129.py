"""Days counted (names129; docs/checks/names129.md). N天 is a figure after 天数 (空气质量优良天数达到228天), as N年 is after
年限; elsewhere it stays a span (每天, 30天内). The probe texts are read whole (tests/data/constructed, annotated before the
tool ran on them)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import extract, probe_figure

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("stem, quote, expected, value", [
    # all three were missed on 5edfc4d9: 天 was no unit
    ("figs-city-2013", "天数达到305天", "市区空气质量二级以上天数", "305"),
    ("figs-district-2023", "全区空气质量优良天数达到228天", "空气质量优良天数", "228"),
    ("figs-district-2023", "重污染天数减少6天", "重污染天数", "-6"),
])
def test_days_counted_are_figures(stem, quote, expected, value):
    q = probe_figure(stem, quote)
    assert (q.indicator, q.value, q.unit) == (expected, Decimal(value), "天")


@pytest.mark.parametrize("snippet", [
    # controls: days that are a span, not a count of days
    "每天24小时提供免费心理疏导服务。",
    "连续30天开展专项整治。",
])
def test_days_elsewhere_are_no_figures(snippet):
    assert not [q for q in extract(snippet, "plan", 2026) if q.unit.endswith("天")]
