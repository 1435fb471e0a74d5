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


@pytest.mark.parametrize("sentence, expected", [
    # shandong 2026: the work as the subject of 惠及, a thing and the act on it
    ("“非直供电小区”改造惠及群众106万户。", ("“非直供电小区”改造受益群众户数", Decimal("106"))),
    # shanxi 2026: the act, the thing and how many in the clause before
    ("改造老旧小区1万余个，惠及120万户居民。", ("老旧小区改造受益居民户数", Decimal("120"))),
])
def test_who_benefits_from_a_work_written_as_an_act(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # fujian 2026: what 带动 drives is no work on a thing (no work named; since names57 a bare 惠及 still reads 受益;
    # since names95 the driver before it, 以旧换新, is what they benefit from: no 改造 work)
    ("开展“全闽乐购”等促消费活动近万场，加力扩围以旧换新，带动消费791亿元，惠及消费者750多万人次。",
     ("以旧换新受益消费者人次", Decimal("750"))),
    # heilongjiang 2026: a list of things is named by own_beneficiaries, untouched here
    ("改造老旧小区、城中村、农村危房惠及群众10.08万户。", ("老旧小区、城中村、农村危房受益群众户数", Decimal("10.08"))),
])
def test_beneficiaries_of_no_single_work_stay_as_they_are(sentence, expected):
    assert expected in names(sentence)
