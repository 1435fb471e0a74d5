"""Indicator names (issue 13, item 2) of respective lists: a respective change (分别从A、B提高到C、D) gives
C and D the names of the list's members, with A and B as bases; a ranking clause before 、 is no list member;
双双 and the squeezing verbs are no part of a name; a bare measure member takes the owner before it. Real
sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import extract, names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # guizhou 2026 (a review), guangdong 2026 (a plan), shanghai 2026 (a review)
    ("逐步提高基本民生保障标准，城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年。",
     [("城镇低保平均标准", Decimal("801")), ("农村低保平均标准", Decimal("7226"))]),
    ("困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。",
     [("困难残疾人生活补贴标准", Decimal("217")), ("重度残疾人护理补贴标准", Decimal("290"))]),
    ("认定跨国公司地区总部、外资研发中心分别从771家、481家增加到1076家、636家。",
     [("跨国公司地区总部数量", Decimal("1076")), ("外资研发中心数量", Decimal("636"))]),
])
def test_respective_change_names_each_member_and_drops_the_bases(snippet, expected):
    assert names(snippet, "review") == expected


def test_respective_change_keeps_the_first_base():
    q = extract("城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年。", "review", 2026)[0]
    assert (q.value, q.from_value) == (Decimal("801"), Decimal("645"))


def test_plain_change_is_unchanged():
    # guizhou 2026: a change without 分别 keeps its one base
    assert names("城乡居民基础养老金最低标准从98元/月提高到178元/月。", "review") == [("城乡居民基础养老金最低标准", Decimal("178"))]


@pytest.mark.parametrize("snippet, expected", [
    # yunnan 2026, xinjiang 2026, qinghai 2026: a clause ranking its subject before 、 and a new subject
    ("花卉产量全球第一、优质鲜切花占比60%。", "优质鲜切花占比"),
    # (names64: the bare rate takes the thing of the figure before it, 棉花)
    ("棉花产量连续4年占全国九成以上、就地转化率达45%。", "棉花就地转化率"),
    ("全国电源规模最大、新能源占比最高、总投资近2000亿元的格尔木东、海南清洁能源基地开工建设。", "格尔木东、海南清洁能源基地总投资"),
    # guangxi 2026: a verb going on about the ranked subject keeps it; yunnan 2026: ordinals are members
    ("高速公路通车里程全国第四、突破1万公里。", "高速公路通车里程"),
    ("第一、第三产业增加值分别增长3.1%、5.1%。", "第一产业增加值"),
])
def test_a_ranking_clause_is_no_list_member(snippet, expected):
    assert [n for n, _ in names(snippet, "review")][0] == expected


@pytest.mark.parametrize("snippet, expected", [
    # jiangxi 2026, anhui 2026: 双双 says both members reach the value, like 均; it is no part of a name,
    # and each member gets the value (names19: the pair 存、贷款 / 存款、贷款 with the words around it)
    ("金融机构本外币存、贷款余额双双突破6万亿元。", ["金融机构本外币存款余额", "金融机构本外币贷款余额"]),
    ("人民币存款、贷款余额连跨4个万亿元台阶、双双突破9万亿元。", ["人民币存款余额", "人民币贷款余额"]),
])
def test_both_word_is_no_part_of_the_name(snippet, expected):
    assert [n for n, _ in names(snippet, "review")] == expected


@pytest.mark.parametrize("snippet, expected", [
    # liaoning 2026, anhui 2026: 压降 and 压缩 are decreases, no part of the name
    ("超额完成隐性债务化解年度任务，融资平台累计压降85.2%。", ("融资平台数量", Decimal("-85.2"))),
    ("平均跑动次数减少93%，办理时限压缩65%。", ("时限", Decimal("-65"))),
])
def test_squeezing_verbs_are_decreases(snippet, expected):
    assert names(snippet, "review")[-1] == expected


@pytest.mark.parametrize("snippet, expected", [
    # heilongjiang 2026, jilin 2026: a member that is only a measure takes the owner of the member before it
    ("其中，入境游客数量和花费分别增长47.8%、52.3%。", ["入境游客数量", "入境游客花费"]),
    ("省属企业营业收入、利润分别增长6%、60.7%。", ["省属企业营业收入", "省属企业利润"]),
    # heilongjiang 2026: a member with its own owner keeps it
    ("接待游客数量和游客总花费分别增长10.3%、16.5%。", ["接待游客数量", "游客总花费"]),
])
def test_a_bare_measure_member_takes_the_owner_before_it(snippet, expected):
    assert [n for n, _ in names(snippet, "review")] == expected
