"""Target names as a blind reader judges them (names86, docs/checks/names-targets-names86.md): the making act that
defines a count is kept after the things, 累计 before such an act says a target counts the running total, and a
length, area or count of things built new or rebuilt (新（改）建) keeps the things' plain name. The sentences are dev
sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, value, part, expected", [
    # guangxi: 攻克 and 推出 make the things counted; without them the name reads as the stock
    ("实施科技创新支撑支柱产业高质量发展行动，力争攻克关键技术105项以上、新转化项目40个以上。", "105", "plan",
     "关键技术攻克数量"),
    ("推动企业数字化转型，加快工业互联网与AI融合，强化工业智能算力供给，推出人工智能标志性产品30个，力争新增自治区级"
     "智能工厂和数字化车间80家、人形机器人产量突破5000台。", "30", "plan", "人工智能标志性产品推出数量"),
    # hailaer-2018's review: parking spaces marked out, not the city's parking spaces
    ("积极开展交通秩序整治，编制完成主城区综合交通整治规划，施划停车位5350个，安放挡车器1004个。", "5350", "review",
     "停车位施划数量"),
])
def test_a_making_act_stays_after_the_things(text, value, part, expected):
    assert name_of(text, value, part) == expected


def test_a_member_with_a_new_act_of_its_own_takes_no_act_of_another():
    # guangxi: 新转化项目 is not a count of projects cracked (it read 新转化项目攻克数量; 培育 likewise before names86)
    text = "实施科技创新支撑支柱产业高质量发展行动，力争攻克关键技术105项以上、新转化项目40个以上。"
    assert name_of(text, "40", "plan") == "新转化项目数量"


@pytest.mark.parametrize("text, value, part, expected", [
    # chongqing, guizhou: a target's 累计 before the making act counts the running total (the dev golds)
    ("打造银发综合体50个；累计建成新就业群体友好阵地7000个以上；实施残疾儿童康复救助1万人次。", "7000", "plan",
     "新就业群体友好阵地累计建成数量"),
    ("累计引进和培育150家以上华为云生态企业。", "150", "plan", "华为云生态企业累计引进和培育数量"),
    # jinghai's review: the period is what 累计 sums, so the gold has no 累计
    ("累计引进北师大附属学校、多维绿建等北京项目42个，总投资达228亿元。", "42", "review", "北京项目引进数量"),
])
def test_a_running_total_keeps_its_word_in_a_target_only(text, value, part, expected):
    assert name_of(text, value, part) == expected


@pytest.mark.parametrize("text, value, expected", [
    # sichuan: 新（改）建 is 新改建 written with brackets (the guideline, names68): the plain name of the things
    ("改造1万户农村危房，新（改）建农村卫生厕所3.2万户，新增4000个自然村通硬化路。", "3.2", "农村卫生厕所户数"),
    ("高质量推进城市更新，实施3000个老旧小区、120个老旧街区（厂区）改造，既有住宅加装（更新）电梯6000部，改造2.5万套"
     "（间）城市危旧房、2.6万户城中村，新（改）建燃气、供排水管网4000公里。", "4000", "燃气、供排水管网长度"),
])
def test_things_built_new_or_rebuilt_keep_their_plain_name(text, value, expected):
    assert name_of(text, value, "plan") == expected
