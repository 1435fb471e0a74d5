"""Indicator names (issue 13, item 2): where a name starts and how a list of values splits. 和/及 between
two values of any unit (or after the comparator word closing the first) separates them; a rank move
keeps its name (排名, no 人数 for 位); a manner adverb and the verb after it open no name; 新建成 is
one action verb; 累计 inside a name says only that the figure sums years; 对 opening a word (对外) or before a
partner of trade stays, and a list of partners after it shares it; batches named by a verb alone are
batches of the things after them. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import extract, names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, part, expected", [
    # shanghai 2026: counts in 项 joined by 和, twice in one sentence (the flows keep 新增: names54)
    ("“上海标准”、“上海品牌”分别新增12项和44项，累计分别达到64项和288项。", "review",
     [("新增“上海标准”数量", Decimal("12")), ("新增“上海品牌”数量", Decimal("44")),
      ("“上海标准”数量", Decimal("64")), ("“上海品牌”数量", Decimal("288"))]),
])
def test_values_joined_by_and_are_a_list(snippet, part, expected):
    assert names(snippet, part)[:len(expected)] == expected


def test_a_comparator_word_closes_the_first_value():
    # guizhou 2026: the second value's span is its own, not the first value's phrase and 左右和
    qs = extract("城镇和农村常住居民人均可支配收入分别增长4%左右和6%左右；城镇新增就业30万人以上。", "plan")
    second = next(q for q in qs if q.value == Decimal("6"))
    assert (second.indicator, second.label) == ("农村常住居民人均可支配收入", "6%左右")


def test_and_between_names_is_no_value_separator():
    # xinjiang 2026 (a counted object after each value): each count keeps its own thing
    got = names("建成3个国家现代农业产业园和9个农业产业强镇。", "review")
    assert ("国家现代农业产业园建成数量", Decimal("3")) in got and ("农业产业强镇建成数量", Decimal("9")) in got


@pytest.mark.parametrize("snippet, expected", [
    # hainan 2026, yunnan 2026: places up a ranking are no people
    ("综合科技创新水平指数排名提升6位，进入全国第二梯队。", ("综合科技创新水平指数排名", Decimal("6"))),
    ("区域创新能力全国排名提升4位。", ("区域创新能力全国排名", Decimal("4"))),
])
def test_a_rank_move_keeps_its_name(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # ningxia 2026, qinghai 2026: a manner adverb and its verb
    ("认真吸纳自治区人大稳增长促发展调研成果和政协“金点子”成果108项，积极转化一批意见建议。",
     ("自治区人大稳增长促发展调研成果和政协“金点子”成果数量", Decimal("108"))),
    ("认真办理省人大代表建议250件、政协提案300件。", ("省人大代表建议数量", Decimal("250"))),
    # guangxi 2026: 新建成 is one verb, not 新建 and a stray 成 (read as the 新+verb 新建 since names76)
    ("新建成城市应急备用水源10个，新建成汽车公共充电桩2.64万个。", ("新建城市应急备用水源数量", Decimal("10"))),
])
def test_a_name_starts_after_the_verb_and_its_adverb(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # xinjiang 2026, guangdong 2026: the canonical name once 累计 is out
    ("城镇累计新增就业239.2万人，农村劳动力外出务工1610万人次。", ("城镇新增就业人数", Decimal("239.2"))),
    # shanxi 2026, yunnan 2026: a span and 累计 after the subject
    ("非常规天然气五年累计产量达750亿立方米。", ("非常规天然气产量", Decimal("750"))),
    ("“西电东送”累计送电量超2万亿千瓦时。", ("“西电东送”送电量", Decimal("2"))),
    # chongqing 2026: a market's traded amount
    ("碳市场累计交易5421.8万吨、成交额超过10亿元。", ("碳市场交易量", Decimal("5421.8"))),
])
def test_summing_years_is_no_part_of_the_name(snippet, expected):
    assert expected in names(snippet, "review")



@pytest.mark.parametrize("snippet, expected", [
    # jiangxi 2026, xinjiang 2026: 对 opens a word (对外), not a frame before the name
    ("其中12条重点产业链项目占比达84.4%；对外直接投资增长4.3%，越来越多的江西企业抱团出海。",
     [("对外直接投资", Decimal("4.3"))]),
    ("别迭里口岸实现临时通关，对外开放口岸增至19个，口岸经济带扩容提级。", [("对外开放口岸数量", Decimal("19"))]),
    # hubei 2026, fujian 2026: 对 before a list of trade partners is every member's
    ("外贸新动能加快发展，对东盟、欧盟进出口分别增长16.7%、40.2%，高端装备等机电产品出口增长。",
     [("对东盟进出口", Decimal("16.7")), ("对欧盟进出口", Decimal("40.2"))]),
    ("对非洲、拉美市场出口分别增长20%、7.6%，跨境电子商务综合试验区九市一区全覆盖。",
     [("对非洲市场出口", Decimal("20")), ("对拉美市场出口", Decimal("7.6"))]),
])
def test_to_a_partner_stays_in_the_name(snippet, expected):
    got = names(snippet, "review")
    assert all(e in got for e in expected)


def test_a_list_opening_with_a_word_of_to_shares_nothing():
    # a member opening with a word that holds 对 (对外贸易) lends it to no other member
    assert names("对外贸易、利用外资分别增长5%、6%。", "review") == [("对外贸易", Decimal("5")), ("利用外资", Decimal("6"))]


@pytest.mark.parametrize("snippet, expected", [
    # anhui 2026, chongqing 2026: batches of the things counted after them (a number and classifier left out)
    ("把长三角一体化发展作为最大机遇，推出12批1181项对照学习沪苏浙创新政策和举措，长三角创新共建。",
     ("对照学习沪苏浙创新政策和举措批次", Decimal("12"))),
    ("“三攻坚一盘活”改革纵深突破，实施5批次19组集团层面战略性重组，市属重点国企由51家整合为33家。",
     ("集团层面战略性重组批次", Decimal("5"))),
])
def test_batches_named_by_a_verb_are_of_the_things_after_them(snippet, expected):
    assert expected in names(snippet, "review")


def test_batches_with_a_name_keep_it():
    # guangdong 2026: batches of checks named by what is checked stay so
    got = names("开展大宗原料、餐饮具、餐饮食品抽检监测3250批次。", "review")
    assert got == [("大宗原料、餐饮具、餐饮食品抽检监测批次", Decimal("3250"))]
