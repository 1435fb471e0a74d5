"""Figure names on district reports, from hailaer-2017's blind gold (names76, issue 13;
docs/checks/indicator-names76.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, expected", [
    # hailaer-2017 (gold 新建蔬菜大棚数量), guangxi 2026: 新建成 is written 新建, as 新建设 is
    ("新建成蔬菜大棚320个、仓储库2万平方米,蔬菜产量达到9万吨。", "320", "新建蔬菜大棚数量"),
    ("新建成城市应急备用水源10个。", "10", "新建城市应急备用水源数量"),
    ("建设或改造燃气、供排水等地下管网2771公里，新建成汽车公共充电桩2.64万个。", "2.64", "新建汽车公共充电桩数量"),
    # control: an area of things built keeps its plain name; hailaer-2014's gold drops 新建成 before 的
    ("新建成蔬菜大棚320个、仓储库2万平方米,蔬菜产量达到9万吨。", "2", "仓储库面积"),
    ("中俄蒙国际汽车产业园累计完成投资1.5亿元，新建成的4个4S店正式运营。", "4", "中俄蒙国际汽车产业园4S店数量"),
])
def test_new_built_is_written_new_build(sentence, value, expected):
    assert name_of(sentence, value, "review") == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # hailaer-2017's golds: the things whose part is treated, named by the part and the treatment before them
    ("实施36个老旧小区的既有建筑节能改造、45个老旧小区基础设施综合改造、23个老旧小区的三级供热管网改造。", "36",
     "既有建筑节能改造老旧小区数量"),
    ("实施36个老旧小区的既有建筑节能改造、45个老旧小区基础设施综合改造、23个老旧小区的三级供热管网改造。", "23",
     "三级供热管网改造老旧小区数量"),
    # guangdong 2026 (gold 生活污水治理设施改造提升自然村数量): the treatment before the number
    ("改造提升超5000个已建成自然村的生活污水治理设施，优化已建成自然村生活污水治理设施运维管护。", "5000",
     "生活污水治理设施改造提升已建成自然村数量"),
    # controls: no 的 (the treatment after the things), and a part of one word (hailaer-2018's golds)
    ("实施36个老旧小区的既有建筑节能改造、45个老旧小区基础设施综合改造、23个老旧小区的三级供热管网改造。", "45",
     "老旧小区基础设施综合改造数量"),
    ("完成了主要街道240栋建筑物的立面修复、5549块牌匾的规范设置。", "240", "建筑物修复数量"),
    ("全年新增亮化楼宇82栋，桥梁4座，完成9条道路路灯的升级改造，城区缤纷绚丽。", "9", "道路路灯改造数量"),
])
def test_things_whose_part_is_treated(sentence, value, expected):
    assert name_of(sentence, value, "plan") == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # hailaer-2017 (gold 新增造林面积) and jiangxi 2026 (gold 新增“四融一共”和美乡村先行村数量): 新增 before an act that
    # defines nothing of the count stays the flow
    ("全年新增造林8000亩,完成沙区综合治理1200亩。", "8000", "新增造林面积"),
    ("新增打造“四融一共”和美乡村先行村500个以上。", "500", "新增“四融一共”和美乡村先行村数量"),
    # control: an act of its own after 新增 is not one
    ("全年新增造林8000亩,完成沙区综合治理1200亩。", "1200", "沙区综合治理面积"),
])
def test_added_before_a_plain_act_stays(sentence, value, expected):
    assert name_of(sentence, value, "review") == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # hailaer-2017 (gold 现代化垃圾中转站数量; the guideline keeps 建成 after the things), guangdong 2026: the things after
    # a modifier and 的 were lost
    ("加快推进便民市场建设,完成30座公厕新建改造,建成4座现代化的垃圾中转站。", "4", "现代化垃圾中转站建成数量"),
    ("全省320家承包或委托经营的中小学食堂、40家学生集体用餐配送单位实现全流程检查评价。", "320", "承包或委托经营中小学食堂数量"),
    # control: a size passed names a class of its own (names67)
    ("4个过五百亿的县市。", "4", "过五百亿县市数量"),
])
def test_things_after_a_modifier_and_of(sentence, value, expected):
    assert name_of(sentence, value, "plan") == expected
