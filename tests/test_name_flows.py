"""Indicator names keep the act or flow that defines what they count (issue 13, names27): 新增 and a
新+verb before the thing, a making act (培育, 引进, 开工, 建成 …) after it, before the measure; no act
for 实施, 建设 of projects, areas of things built, a yield of its own, or an owned total. Real sentences
of dev reports (docs/checks/indicator-acts-names27.md)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # anhui 2026: 新增 before an amount and a count — without it the name is the stock
    ("高标准建设合肥科创金融改革试验区，推动“共同成长计划”和“贷投批量联动”提质扩面，力争新增科技贷款1000亿元以上。",
     ("新增科技贷款", Decimal("1000"))),
    ("深入推进优质企业成长计划，新增专精特新企业1000家左右。", ("新增专精特新企业数量", Decimal("1000"))),
    # anhui 2026: a 新+verb before a count
    ("加密布局电动汽车大功率充电设施，新建5G-A基站4000座。", ("新建5G-A基站数量", Decimal("4000"))),
])
def test_a_flow_word_stays_before_the_thing(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # anhui 2026: a making act goes after the thing, before the measure
    ("建设一批高品质商业街区和便民生活圈，引进省级首店200家以上。", ("省级首店引进数量", Decimal("200"))),
    ("推动要素向产业项目集聚，全年开工重点项目2000个以上，促进投资止跌回稳。", ("重点项目开工数量", Decimal("2000"))),
    ("新建一批概念验证、中试验证平台和顶尖孵化器，培育技术经理人1000人以上。", ("技术经理人培育人数", Decimal("1000"))),
])
def test_a_making_act_goes_after_the_thing(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # liaoning 2026: 建设 of projects says no more than the projects
    ("强化项目落地保障，建设亿元以上项目4000个、完成投资超4500亿元。", ("亿元以上项目数量", Decimal("4000"))),
    # jilin 2026: an area of things built keeps the plain name
    ("增加省级配套资金，新建高标准农田1000万亩，重点项目全部配建“水肥一体化”。", ("高标准农田面积", Decimal("1000"))),
    # fujian 2026: built new and treated — a count of both
    ("推进“百乡千村万里路”建设，新建改造农村供水工程100处，持续整治农村人居环境。", ("农村供水工程数量", Decimal("100"))),
])
def test_no_act_where_the_guideline_drops_it(snippet, expected):
    assert expected in names(snippet)


def test_a_yield_in_a_list_takes_no_flow_word():
    """guangxi 2026: the 新增 of the list's first member is no part of a yield after it."""
    got = names("推出人工智能标志性产品30个，力争新增自治区级智能工厂和数字化车间80家、人形机器人产量突破5000台。")
    assert ("人形机器人产量", Decimal("5000")) in got
    assert ("新增自治区级智能工厂和数字化车间数量", Decimal("80")) in got


def test_an_owned_total_keeps_the_plain_thing():
    """jinghai 2021: the total after a count of things brought in is theirs, not the act's."""
    got = names("累计引进北师大附属学校、多维绿建等北京项目42个，总投资达228亿元，超10亿元装配式钢结构产品投入雄安新区建设。",
                "review", 2021)
    assert ("北京项目引进数量", Decimal("42")) in got
    assert ("北京项目总投资", Decimal("228")) in got


@pytest.mark.parametrize("snippet, expected", [
    # anhui, neimenggu 2026 (names33): 新认证 is a 新+verb: the count is of the things newly certified, not the stock
    ("推动高端绿色食品产业集群发展，新认证绿色、有机、名特优新农产品1000个以上。",
     ("新认证绿色、有机、名特优新农产品数量", Decimal("1000"))),
    ("打造绿色农畜产品品牌，新认证“蒙”字标企业30家以上，支持通辽建设全国肉牛产业重镇。", ("新认证“蒙”字标企业数量", Decimal("30"))),
])
def test_a_new_certification_stays_before_the_thing(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # guizhou, ningxia 2026 (names33): 新增 read as the change with the things after the number counts the things
    # added, 新增 before them as in every measure
    ("深化“赤水河谷 中国酱香”产区品牌建设，培育打造历史经典产业，新增2个国家级名品精品。",
     ("新增国家级名品精品数量", Decimal("2"))),
    ("优化职业教育布局，新增10个自治区级现代产业学院，加快推动宁夏警官职业学院等院校升格本科。",
     ("新增自治区级现代产业学院数量", Decimal("10"))),
])
def test_new_things_after_their_number_keep_the_flow_word(snippet, expected):
    assert expected in names(snippet)

