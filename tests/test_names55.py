"""Indicator names (issue 13, names55): a quoted word before a verb and its measure names that measure
(“三城”建设资金, not 建设资金), and 跻身 is a selection verb whose title names the things counted; see
docs/checks/indicator-dev-names55.md. The sentences are dev sentences (hailaer-2018, chongqing, hubei, shanxi),
the neighbours that keep their names too (jinghai-2021, liaoning, anhui, guangxi)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, year, expected", [
    # hailaer-2018 (its gold: “三城”建设资金)
    ("积极推动中心城区优先发展，争取到中央和自治区预算内投资2.76亿元、“三城”建设资金1.4亿元。", 2018,
     [("中央和自治区预算内投资", Decimal("2.76")), ("“三城”建设资金", Decimal("1.4"))]),
    # chongqing 2026
    ("义务教育巩固率、高中阶段毛入学率分别达到98.3%、98.5%，“教共体”覆盖率达到85%。", 2026,
     [("义务教育巩固率", Decimal("98.3")), ("高中阶段毛入学率", Decimal("98.5")),
      ("“教共体”覆盖率", Decimal("85"))]),
])
def test_a_quote_before_a_verb_and_its_measure_names_the_measure(sentence, year, expected):
    assert names(sentence, "review", year) == expected


@pytest.mark.parametrize("sentence, expected", [
    # jinghai 2021: quoted adverbials before a verb and its object are cut with the verb
    ("“点对点”“一站式”运返外地务工人员超过10万人。", ("外地务工人员人数", Decimal("10"))),
    # liaoning 2026: a quoted agent before its verb and the figure's own name (since names95 the agent of 带动 is
    # the driver the guideline keeps with its verb, names69)
    ("“票根经济”带动在线旅游收入增长近7倍。", ("“票根经济”带动在线旅游收入", Decimal("7"))),
    # guangxi 2026: a quoted mechanism before 等 and its verb
    ("“企呼我办”等新机制推动企业反映问题解决率提高到93%。", ("企业反映问题解决率", Decimal("93"))),
])
def test_quoted_adverbials_before_a_verb_and_its_object_are_still_cut(sentence, expected):
    assert expected in names(sentence, "review")


@pytest.mark.parametrize("sentence, expected", [
    # hubei 2026: the title ends in the things counted, so it names them alone
    ("东湖论坛等一批重大科创平台建成运行，2家中试平台跻身首批国家级制造业中试平台。",
     ("首批国家级制造业中试平台数量", Decimal("2"))),
    # shanxi 2026: the title goes before the things
    ("高等教育“百亿工程”取得标志性成果，两所大学3个学科跻身“双一流”。", ("“双一流”学科数量", Decimal("3"))),
])
def test_things_that_made_it_into_a_title_are_named_by_it(sentence, expected):
    got = names(sentence, "review")
    assert expected in got
    assert not any("跻身" in name for name, _ in got)


def test_a_selection_the_lexicon_knew_keeps_its_name():
    # anhui 2026's 入选, the neighbour of 跻身
    assert ("国家“双高计划”高职学校数量", Decimal("7")) in names("7所高职学校入选国家“双高计划”。", "review")
