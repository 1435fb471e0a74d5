"""Indicator names (issue 13, names49): a measure word alone (总产能, 增加值) opening the second clause of its
sentence measures the noun subject of the first, when that clause says what the subject did and holds no figure
(docs/checks/indicator-bare-names49.md). Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # jilin 2026: a project put into production, then its capacity
    ("吉化乙烯项目投产，总产能达190万吨。", ("吉化乙烯项目总产能", Decimal("190"))),
    # sichuan 2026: a sector's weight, then its value added
    ("服务业支撑作用更加明显，增加值跨上3万亿元台阶，对经济增长贡献率超60%。", ("服务业增加值", Decimal("3"))),
])
def test_a_bare_measure_is_the_first_clauses_subjects(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # shanxi 2026: the first clause opens with an act, it names no subject
    ("抓好产能接续，产量稳定在13亿吨左右。", ("产量", Decimal("13"))),
    # guangdong 2026: the first clause holds a figure of its own, whose thing the measure may be
    ("高交会促成1023项供需对接和投融资项目签约，成交额超1700亿元。", ("成交额", Decimal("1700"))),
    # guangdong 2026: a manner word before the act is no subject
    ("梳理产业、基础设施、房地产等各领域，全年投资增长5%左右。", ("投资", Decimal("5"))),
])
def test_a_bare_measure_stays_bare_without_a_subject(sentence, expected):
    assert expected in names(sentence)
