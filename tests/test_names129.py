"""Days counted (names129; docs/checks/names129.md). N天 is a figure after 天数 (空气质量优良天数达到228天), as N年 is after
年限; elsewhere it stays a span (每天, 30天内). The probe texts are read whole (tests/data/constructed, annotated before the
tool ran on them). One path names a finishing act before bare 项目 (name_completed.bare_project_act)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from audit_helpers import without_rule
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


@pytest.mark.parametrize("stem, quote, off, on", [
    ("figs-county-2015", "竣工投产项目23个", "竣工投产项目数量", "项目竣工投产数量"),
    ("figs-city-2016", "竣工投产项目63个", "竣工投产项目数量", "项目竣工投产数量"),
    ("figs-city-2020", "竣工投产项目146个", "竣工投产项目数量", "项目竣工投产数量"),
    ("figs-countycity-2017", "竣工项目38个", "竣工项目数量", "项目竣工数量"),
])
def test_one_path_names_a_finishing_act_before_bare_projects(stem, quote, off, on):
    """name_completed.bare_project_act alone puts 竣工/竣工投产 after bare 项目: with it turned off the act stays where
    it is written. A second path (names126's guard in reading_names, removed at 5edfc4d9) makes ``off`` the act after."""
    assert without_rule("bare_project_act", lambda: probe_figure(stem, quote).indicator) == (off, on)
