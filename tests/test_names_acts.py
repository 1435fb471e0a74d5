"""Indicator names that keep the verb which is part of the measure (issue 13, item 2): a count or an
area of what is removed or treated is not the whole stock (docs/annotation-guideline.md); and that drop
the verbs which are not (building, how the figure moved). Real sentences of the dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected, part", [
    # jinghai 2021, shanghai 2026: a removing verb before the thing counted
    ("深度治理地面沉降问题，封停机井300眼，完成30家企事业单位水源转换。", ("机井封停数量", Decimal("300")), "plan"),
    ("淘汰国四柴油车4.6万辆。", ("国四柴油车淘汰数量", Decimal("4.6")), "review"),
    # liaoning, shandong 2026: a treated area
    ("治理小流域90万亩。", ("小流域治理面积", Decimal("90")), "review"),
    # chongqing 2026: the verb goes before the measure already in the name, and is inherited by the list
    ("累计治理水土流失面积8000平方公里、石漠化面积1033平方公里。", ("水土流失治理面积", Decimal("8000")), "review"),
    ("累计治理水土流失面积8000平方公里、石漠化面积1033平方公里。", ("石漠化治理面积", Decimal("1033")), "review"),
])
def test_a_removing_or_treating_verb_stays_in_the_name(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # liaoning, qinghai 2026: 更新 renews old things, as 改造 treats them: not the whole stock
    ("加快城市基础设施生命线安全工程建设，改造老旧小区300个、老旧管网3500公里，更新住宅老旧电梯5000部，改造危旧房3000户。",
     ("住宅老旧电梯更新数量", Decimal("5000")), "plan"),
    ("更新住宅电梯300部以上。", ("住宅电梯更新数量", Decimal("300")), "plan"),
    # hainan, ningxia 2026: an area and a length renewed
    ("更新老龄低产低质胶园7万亩，建设标准化胶园30万亩。", ("老龄低产低质胶园更新面积", Decimal("7")), "plan"),
    ("更新“四类管线”2000公里以上。", ("“四类管线”更新长度", Decimal("2000")), "plan"),
])
def test_a_renewing_verb_stays_in_the_name(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # anhui 2026: 更新改造 is an upgrade compound, named whole as the guideline's 提质改造 (names58; was 改造)
    ("更新改造城市地下管网3600公里。", ("城市地下管网更新改造长度", Decimal("3600")), "plan"),
    # chongqing 2026: renewed or newly installed (更新加装) is no treated part of a stock
    ("更新加装电梯1.1万台。", ("加装电梯数量", Decimal("1.1")), "review"),
])
def test_renewing_with_building_new_or_treating_keeps_its_name(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # a verb that builds is no part of the measure; nor is a removing verb of money or of a rate
    ("建设5G基站310个。", ("5G基站建设数量", Decimal("310")), "plan"),
    ("治理资金2亿元。", ("治理资金", Decimal("2")), "review"),
])
def test_other_verbs_stay_out_of_the_name(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # hailaer 2013, sichuan, liaoning 2026: a verb of how the figure moved, before its value, is cut
    ("产业化龙头企业发展到22家，销售收入54亿元。", ("产业化龙头企业数量", Decimal("22")), "review"),
    ("社保卡“一卡通”应用功能拓展至177项。", ("社保卡“一卡通”应用功能数量", Decimal("177")), "review"),
    ("省属国有企业重组整合至11家。", ("省属国有企业数量", Decimal("11")), "review"),
])
def test_a_verb_of_movement_before_the_value_is_cut(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected", [
    # hailaer 2018: firms promoted into a class of firms are named by the class
    ("瑞丰公司等4家公司晋升国家级高新技术企业。", ("国家级高新技术企业数量", Decimal("4"))),
    # qinghai 2026: the year before the title is no part of the name
    ("西部矿业、能源发展集团等6家企业入选2025西部企业数字化建设成效卓越单位。",
     ("西部企业数字化建设成效卓越单位数量", Decimal("6"))),
    # ningxia 2026: projects selected into a list keep the list's name
    ("“西部数谷”等4个项目入选国家高质量数据集试点。", ("国家高质量数据集试点项目数量", Decimal("4"))),
])
def test_things_selected_into_a_title_are_named_by_it(snippet, expected):
    assert expected in names(snippet, "review")


def test_projects_without_a_title_keep_their_verb():
    # jinghai 2021: no selection verb, the verb stays; after bare 项目 as the guideline writes it (开工建设 → 开工, names127:
    # the dev gold of this quote, named by its zone, is 中德大邱庄生态城项目开工数量)
    assert ("项目开工数量", Decimal("6")) in names("推动中天包装等6个项目开工建设，构建高端制造产业体系。")

