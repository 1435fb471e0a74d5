"""Indicator names (issue 13, names30): what a share of a task, a level of government and a capacity with no
装机 in the text are named, as the dev readers name them (docs/checks/indicator-district-names30.md).
Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.emit.concepts import match
from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, part, year, expected", [
    # hailaer 2018: a share of the target task done, after the counts it covers
    ("新增就业6435人，失业人员再就业1755人，分别完成目标任务的117%。", "review", 2017,
     ("目标任务完成率", Decimal("117"))),
    # ningxia 2026: the owner before the act stays; a whole task (总任务) is the task
    ("重点实施毛乌素沙化土地综合治理工程，黄河“几字弯”攻坚战完成规划任务85%以上。", "plan", 2026,
     ("黄河“几字弯”攻坚战规划任务完成率", Decimal("85"))),
    ("普通高中升学率提高到78%以上。完成基础教育优化布局总任务的70%，新增基础教育学位9000个左右。", "plan", 2026,
     ("基础教育优化布局任务完成率", Decimal("70"))),
])
def test_a_share_of_a_task_done_is_its_completion_rate(snippet, part, year, expected):
    assert expected in names(snippet, part, year)


def test_a_count_of_tasks_keeps_its_name():
    # hailaer 2018: tasks counted one by one are no share of a task
    assert ("改革任务数量", Decimal("43")) in names("全年完成43项改革任务。", "review", 2018)


@pytest.mark.parametrize("snippet, part, year, expected", [
    # hailaer 2014: the district government's own investment is not the district's
    ("区本级固定资产投资增长20%，达到108.8亿元。", "plan", 2014, ("区本级固定资产投资", Decimal("108.8"))),
    # guangdong, hunan, ningxia, sichuan, yunnan 2026: the local budget keeps 地方
    ("地方一般公共预算收入增长1.5%左右。", "plan", 2026, ("地方一般公共预算收入", Decimal("1.5"))),
])
def test_the_level_of_government_stays_in_the_name(snippet, part, year, expected):
    assert expected in names(snippet, part, year)


@pytest.mark.parametrize("name, code", [
    ("区本级固定资产投资", "fixed-asset-investment"),
    ("区本级全社会固定资产投资额", "fixed-asset-investment"),
])
def test_a_level_of_government_reaches_the_whole_s_concept(name, code):
    # hailaer 2013 → 2014: the target and the result are both stated at the district's own level and must pair
    # (an assessment pairs exact matches only: tests/test_promise_result.py)
    assert match(name)[0].code == code
    assert match(name)[1] == "exact"
    assert match("地方一般公共预算收入")[0].code == "general-budget-revenue"


@pytest.mark.parametrize("snippet, part, year, expected", [
    # hailaer 2018: households and an area of a task measure its work
    ("继续举全区之力推进棚户区改造工程。全年投资90.07亿元，完成1.8万户、189万平方米棚改任务，结束了海拉尔区集中连片棚户区的历史。",
     "review", 2017, [("棚改户数", Decimal("1.8")), ("棚改面积", Decimal("189"))]),
    # hainan 2026: runs of a course
    ("做优做实全球自贸区（港）伙伴关系，高质量完成40期国家援外培训任务，扩大海南国际影响力。", "plan", 2026,
     [("国家援外培训期数", Decimal("40"))]),
])
def test_a_task_in_the_units_of_its_work_measures_the_work(snippet, part, year, expected):
    got = names(snippet, part, year)
    assert all(e in got for e in expected)


def test_firms_doing_a_task_are_no_task_measured():
    # shandong 2026: the banks are counted, the task is no measure of them
    got = names("35家村镇银行完成改革任务。", "review", 2025)
    assert not any(n.endswith("改革数量") for n, _ in got)


@pytest.mark.parametrize("snippet, part, year, expected", [
    # hailaer 2018: an adjustment clause after the thing
    ("一般公共预算收入剔除虚增空转因素后完成10.4亿元，社会消费品零售总额完成159.5亿元。", "review", 2017,
     ("一般公共预算收入", Decimal("10.4"))),
    # jiangxi 2026: one before it
    ("PM2.5平均浓度27.4微克/立方米，扣除自然因素影响后空气优良天数比率96.7%。", "review", 2025,
     ("空气优良天数比率", Decimal("96.7"))),
    # guangxi 2026: a growth on a comparable basis is the growth of the figure before
    ("争取中央转移支付资金4113.7亿元、同口径增长5.6%。", "review", 2025, ("中央转移支付资金", Decimal("5.6"))),
    # hunan 2026: the same in brackets
    ("地方一般公共预算收入达3507.6亿元、增长1.7%（同口径增长2.5%以上），全体居民人均可支配收入达39545元。", "review", 2025,
     ("地方一般公共预算收入", Decimal("2.5"))),
])
def test_the_basis_of_a_figure_is_no_part_of_its_name(snippet, part, year, expected):
    assert expected in names(snippet, part, year)


def test_a_task_the_number_measures_after_it_stays_a_task():
    # neimenggu 2026: the area is the task's
    assert ("生态建设任务面积", Decimal("4000")) in names("完成生态建设任务4000万亩，科学推进荒漠化综合防治。")


@pytest.mark.parametrize("name, code", [
    ("新增新型储能规模", "power-capacity"),        # shanxi 2026: 新增新型储能200万千瓦以上
    ("新能源投产规模", "power-capacity"),          # yunnan 2026: 投产1000万千瓦以上
    ("风电光伏并网规模", "renewable-power-capacity"),  # shanxi 2026: 并网2000万千瓦
])
def test_power_named_by_its_scale_reaches_capacity(name, code):
    assert match(name)[0].code == code


def test_an_industry_scale_is_no_power_capacity():
    # jilin 2026: 低空经济产业规模突破100亿元; an industry's scale is money
    assert match("新能源产业规模")[0].code != "power-capacity"
