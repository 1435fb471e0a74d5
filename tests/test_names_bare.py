"""Indicator names (issue 13, item 2): a from–to figure whose base is the year before by name, a rate per
head, or a merger (由A家整合为B家) is one figure named by its subject alone; a per-unit word ending a name
(每月) is cut; a figure named only by a stage of works or a measure (完工, 在建, 增量, 办复率) takes the
thing of the figure before it, or the subject opening its sentence. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import extract, names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected, start", [
    # chongqing 2026, hainan 2026: a merger states where a count went from
    ("实施5批次19组集团层面战略性重组，市属重点国企由51家整合为33家，全级次国企法人数量压减67.7%。",
     ("市属重点国企数量", Decimal("33")), Decimal("51")),
    ("中职学校由71所优化整合为47所，教育质量稳步提升。", ("中职学校数量", Decimal("47")), Decimal("71")),
    # guangdong 2026, neimenggu 2026: the starting value is a rate per head
    ("集中供养孤儿基本生活保障省定最低标准从每人每月2375元提高到2423元。",
     ("集中供养孤儿基本生活保障省定最低标准", Decimal("2423")), Decimal("2375")),
    ("保费由每生每年5元提高至10元；增加5000个普通高中招生计划。", ("保费", Decimal("10")), Decimal("5")),
])
def test_a_from_to_figure_is_one_named_by_its_subject(snippet, expected, start):
    qs = extract(snippet, "review")
    assert expected in [(q.indicator, q.value) for q in qs]
    assert [q.from_value for q in qs if q.value == expected[1]] == [start]
    assert start not in [q.value for q in qs]


def test_the_year_before_is_the_base_of_a_from_to_figure():
    # ningxia 2026
    qs = extract("常住人口由上年729万人增加到732万人，城镇化率达69.1%。", "review")
    assert [(q.value, q.from_value) for q in qs if q.unit == "万人"] == [(Decimal("732"), Decimal("729"))]
    assert all("由" not in q.indicator for q in qs)


@pytest.mark.parametrize("snippet, expected", [
    # neimenggu 2026, ningxia 2026: how often a standard is paid is no part of its name (a rise: 增加额, names72)
    ("城乡低保标准提高到每月815元和615元，基本民生保障全部达到或超过全国平均水平。", ("城镇低保标准", Decimal("815"))),
    ("最低工资标准每月提高183元，失业保险金标准每月提高165元。", ("最低工资标准增加额", Decimal("183"))),
    ("最低工资标准每月提高183元，失业保险金标准每月提高165元。", ("失业保险金标准增加额", Decimal("165"))),
])
def test_a_per_unit_word_ends_no_name(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # guangxi 2026, jiangsu 2026: a stage of works counts the things of the figure before
    ("实施“千村引领、万村提升”工程项目2758个、完工2746个，99%乡镇通三级及以上等级公路。",
     ("“千村引领、万村提升”工程项目完工数量", Decimal("2746"))),
    ("建成过江通道4座、在建8座，改扩建一批机场。", ("过江通道在建数量", Decimal("8"))),
    # hailaer 2013, ningxia 2026, yunnan 2026: a rate of the list of things counted before it
    ("共办复人大代表建议84件、政协委员提案65件，办复率100%。", ("人大代表建议和政协委员提案办复率", Decimal("100"))),
    # ningxia 2026: each bare measure takes the thing the one before it took
    ("新能源投资增长70%、装机规模增长38%，利用率达94.5%、连续5年保持西北第一。", ("新能源利用率", Decimal("94.5"))),
    # xinjiang 2026: the measure of the thing before is cut from it
    ("实施大面积单产提升行动，粮食总产486.5亿斤，单产1105.6斤、居全国第一。", ("粮食单产", Decimal("1105.6"))),
    # hainan 2026, heilongjiang 2026, hunan 2026: no figure before: the subject opening the sentence
    ("新能源汽车市场渗透率全国第一，保有量突破50万辆、占比居全国第二。", ("新能源汽车保有量", Decimal("50"))),
    ("粮食总产再创历史新高，连续16年位居全国首位，增量39.7亿斤、占全国23.6%。", ("粮食增量占全国比重", Decimal("23.6"))),
    ("地区生产总值迈上5万亿台阶、五年增量超1.36万亿元，人均地区生产总值达1.19万美元。",
     ("地区生产总值增量", Decimal("1.36"))),
])
def test_a_bare_stage_or_measure_takes_the_thing_before(snippet, expected):
    assert expected in names(snippet, "review")


def test_a_bare_measure_after_a_far_clause_stays_bare():
    # the figure before stands two clauses back: it does not own the rate
    got = names("办理人大代表建议72件，加强督办，强化考核，办复率达100%。", "review")
    assert ("办复率", Decimal("100")) in got


@pytest.mark.parametrize("snippet, expected", [
    # liaoning 2026, jiangxi 2026, shanghai 2026: what is cleared out or revived, not the whole stock
    ("出台房地产政策25项，收购存量商品房2.8万套，盘活停缓建项目65个。", ("停缓建项目盘活数量", Decimal("65"))),
    ("累计清理妨碍统一市场和公平竞争政策措施2793件，复制推广自贸区改革经验。",
     ("妨碍统一市场和公平竞争政策措施清理数量", Decimal("2793"))),
    ("盘活处置低效产业用地20平方公里。", ("低效产业用地盘活面积", Decimal("20"))),
])
def test_clearing_or_reviving_is_part_of_what_is_measured(snippet, expected):
    assert expected in names(snippet, "review")
