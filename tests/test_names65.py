"""Figure names of district outcomes read on dev (issue 13, names65; docs/checks/indicator-names65.md): a capacity
written before the plant it measures, and a per-head rise of pay. The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, part, year, expected", [
    # hailaer-2013: the closed line's capacity, not the company (it was 晨鸣公司)
    ("节能减排任务全面完成，污水处理厂二期及中水回用顺利完工，按照国家产业政策，关停晨鸣公司3.5万吨造纸生产线，"
     "城市管理水平不断提高，市容环境保持良好。", "review", 2013, [("晨鸣公司造纸生产线关停产能", 3.5)]),
    # neimenggu-2026, its dev gold: the projects' power, not the places and the verb before it
    ("在电网关键节点、新能源富集地区布局建设700万千瓦新型储能项目。", "plan", 2026, [("新型储能项目规模", 700)]),
])
def test_a_capacity_before_its_plant_is_the_plants(sentence, part, year, expected):
    assert [(n, float(v)) for n, v in names(sentence, part, year)] == expected


@pytest.mark.parametrize("sentence, part, year, expected", [
    # hailaer-2013 target, its dev gold: a capacity before a list of works keeps the first work's name
    ("完成80吨污泥焚烧处置和金丰再生资源分拣中心项目。", "plan", 2013, "污泥焚烧处置"),
    # neimenggu-2026: a capacity that names its measure stays (钢铁产能)
    ("蓝天、碧水、净土保卫战取得重大成果，完成2100万千瓦火电机组、2812万吨钢铁产能、395台燃煤锅炉超低排放改造。",
     "review", 2026, "钢铁产能"),
])
def test_a_capacity_with_no_plant_after_it_keeps_its_name(sentence, part, year, expected):
    assert expected in [n for n, _ in names(sentence, part, year)]


def test_a_per_head_rise_of_pay_names_who_and_the_pay():
    # hailaer-2014, its dev gold (it was …生活补贴全年人均)
    assert names("社区工作人员和环卫一线人员生活补贴全年人均增长2400元。", "review", 2013) == [
        ("社区工作人员和环卫一线人员人均生活补贴增加额", 2400)]


def test_a_bare_per_head_list_takes_the_pays_raised_before_it():
    # hailaer-2013: the four values were all named 月人均
    got = names("企业退休人员基本养老金、城镇低保标准、社区干部生活补贴和环卫工人工资再次提高，"
                "月人均分别提高221元、90元、350元和300元。", "review", 2012)
    assert got == [("企业退休人员月人均基本养老金增加额", 221), ("城镇低保标准月人均增加额", 90),
                   ("社区干部月人均生活补贴增加额", 350), ("环卫工人月人均工资增加额", 300)]


def test_a_per_head_income_keeps_its_name():
    # hailaer-2018, its dev golds: 人均 inside a statistic's name is no rise of pay
    assert names("城镇和农村居民人均可支配收入分别达35512元、25689元，分别同比增长7.8%。", "review", 2017)[:2] == [
        ("城镇常住居民人均可支配收入", 35512), ("农村常住居民人均可支配收入", 25689)]
