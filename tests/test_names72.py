"""Figure names read wrong in names72's sample of list members (issue 13; docs/checks/indicator-names72.md).
The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, expected", [
    # ningxia 2026: was 最低工资标准, 城乡居民基础养老金, 低保标准 (a rise named as the level)
    ("出台进一步保障和改善民生政策，最低工资标准每月提高183元，城乡居民基础养老金、低保标准每月分别提高25元、50元。",
     "183", "最低工资标准增加额"),
    ("出台进一步保障和改善民生政策，最低工资标准每月提高183元，城乡居民基础养老金、低保标准每月分别提高25元、50元。",
     "25", "城乡居民基础养老金增加额"),
    ("出台进一步保障和改善民生政策，最低工资标准每月提高183元，城乡居民基础养老金、低保标准每月分别提高25元、50元。",
     "50", "城乡居民低保标准增加额"),    # 城乡居民 opening the list bounds it (names121; was 低保标准增加额)
    # jilin 2026: was 农民人均收入
    ("重构农业投资农民受益机制，农民人均收入增加1207元，脱贫地区农民收入增速超过全国农民收入平均水平。",
     "1207", "农民人均收入增加额"),
    # neimenggu 2026: was 一般公共预算收入
    ("一般公共预算收入增加近1000亿元，稳步达到3000亿元以上。", "1000", "一般公共预算收入增加额"),
    # guangxi 2026: was 地区生产总值 (names70 left it unsure)
    ("经济实力实现新跨越，地区生产总值年均增长4.8%，2025年总量比2020年增加超7400亿元，经济结构持续优化。",
     "7400", "地区生产总值增加额"),
])
def test_a_rise_by_an_amount_of_money_is_its_increase(sentence, value, expected):
    assert name_of(sentence, value) == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # neimenggu 2026 (control): the level reached after the rise keeps the plain name
    ("一般公共预算收入增加近1000亿元，稳步达到3000亿元以上。", "3000", "一般公共预算收入"),
    # neimenggu 2026 (control): raised to a level (提高到) is the level
    ("城乡低保标准提高到每月815元和615元，基本民生保障全部达到或超过全国平均水平。", "815", "城镇低保标准"),
    # hailaer-2014 (control; its dev gold): the per-head rise is named once, not 增加额增加额
    ("社区工作人员和环卫一线人员生活补贴全年人均增长2400元。", "2400", "社区工作人员和环卫一线人员人均生活补贴增加额"),
    # jinghai 2021 (control): a fall is no rise
    ("主要受疫情防控、产能退出、援企稳岗和减税降费影响，综合下拉地区生产总值3个百分点左右，造成一般公共预算收入减少6亿元左右，"
     "剔除这些因素后，经济增长和收入基本完成预期目标。", "-6", "一般公共预算收入"),
])
def test_a_level_or_a_fall_of_money_keeps_its_name(sentence, value, expected):
    assert name_of(sentence, value) == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # fujian 2026: was 项目落地沪明临港产业园数量 (the clause, the second park lost)
    ("新开工33个“两通工程”项目，新开通28个高速服务区出入口，累计惠及80个乡镇近300万群众，带动服务区农特产品销售增长近四成。"
     "19个项目落地沪明临港产业园、广龙合作产业园。", "19", "沪明临港产业园、广龙合作产业园落地项目数量"),
    # sichuan 2026: was 国家区域医疗中心建设项目落地四川数量
    ("组建紧密型城市医疗集团39个、县域医共体192个，5个国家区域医疗中心建设项目落地四川。",
     "5", "四川落地国家区域医疗中心建设项目数量"),
])
def test_things_counted_that_came_to_a_place_are_the_places_landed_things(sentence, value, expected):
    assert name_of(sentence, value) == expected


@pytest.mark.parametrize("sentence, value, part, expected", [
    # shandong 2026 (control): 落实 is no place
    ("推动修订优化营商环境条例，健全“高效办成一件事”推进机制，37个“一件事”落地落实，好办易办率超过90%。",
     "37", "review", "“一件事”落地落实数量"),
    # guizhou 2026 (control; its gold 旅居地产项目数量, a miss left as it was): the things after the act and before
    # the number are not turned into a place
    ("坚持新建和盘活并举，推动传统房地产从“卖房子”向“开发+服务+运营”转型，谋划落地旅居地产项目40个左右。",
     "40", "plan", "谋划落地旅居地产项目数量"),
])
def test_a_count_landing_nowhere_keeps_its_name(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected


@pytest.mark.parametrize("name, code", [
    # ningxia 2026: 最低工资标准 had its concept exactly; its rise is a narrower measure of it
    ("最低工资标准增加额", "minimum-wage"),
    ("低保标准增加额", "social-assistance-standard"),
    # guangxi 2026
    ("地区生产总值增加额", "gdp"),
])
def test_a_rise_keeps_the_concept_of_its_thing_as_a_broad_match(name, code):
    from policykg.emit.concepts import match
    found = match(name)
    assert found is not None and found[0].code == code and found[1] == "broad"
