"""Indicator names (issue 13, item 2): a span word opening the phrase (五年, 近五年) says when, as the
period does, not what is measured, so the name is read past it; a count whose thing is only a level
(6个世界级、…) counts the thing the list names after its last level; a verb laying the things out (布局, 出台) is no
part of their count. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # chongqing 2026: five years' works and new firms, each opening with the span
    ("五年改造城镇老旧小区8074个，新增城市绿地3300公顷。", ("城镇老旧小区改造数量", Decimal("8074"))),
    ("五年建成“四好农村路”1.67万公里。", ("“四好农村路”里程", Decimal("1.67"))),
    ("五年新设外资企业1770家。", ("新设外资企业数量", Decimal("1770"))),
    # shanxi 2026: output over the span
    ("五年生产原煤65亿吨、外调原煤37亿吨。", ("原煤产量", Decimal("65"))),
])
def test_a_span_word_is_no_part_of_the_name(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected, part", [
    # liaoning 2026: each level of a list counts the thing named after the last level, with the act the last is
    # named with (names36: the blind gold writes X培育数量 for each level)
    ("着力培育6个世界级、7个国家级、9个区域级产业集群。", ("世界级产业集群培育数量", Decimal("6")), "plan"),
    ("着力培育6个世界级、7个国家级、9个区域级产业集群。", ("国家级产业集群培育数量", Decimal("7")), "plan"),
    # shanxi 2026 (the gold: 新建 kept), xinjiang 2026: the same with two levels
    ("新建6个国家级、20个省级临床重点专科，打造名医名科名院。", ("新建国家级临床重点专科数量", Decimal("6")), "plan"),
    ("建成4个国家级、4个自治区级区域医疗中心，86个县市区开展县域医共体建设。",
     ("国家级区域医疗中心建成数量", Decimal("4")), "review"),
    # shandong 2026: no number after the level: the levels and their thing are what is counted
    ("培育100家以上特色企业和100个以上行业级、场景级大模型和智能体，争创工业软件。",
     ("行业级、场景级大模型和智能体数量", Decimal("100")), "plan"),
])
def test_a_level_counts_the_thing_named_after_the_list(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # heilongjiang, hunan, yunnan, liaoning 2026: a verb of setting up or laying out the things counted
    ("布局重点领域重大攻关项目120项以上。", ("重点领域重大攻关项目数量", Decimal("120")), "plan"),
    ("铺排落实省重点项目304个，完成投资4608亿元。", ("省重点项目数量", Decimal("304")), "review"),
    ("出台稳增长政策32项。", ("稳增长政策数量", Decimal("32")), "review"),
    ("评定“辽宁优品”27个。", ("“辽宁优品”数量", Decimal("27")), "review"),
])
def test_a_verb_laying_out_the_things_is_no_part_of_their_count(snippet, expected, part):
    assert expected in names(snippet, part)
