"""Indicator names a reader would write (issue 13, item 2), continued from test_names.py: what a figure
measures when an award, an inner verb, a share, a beneficiary, a respective list or a project's
investment stands around it; real sentences of the dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import extract, names


@pytest.mark.parametrize("snippet, expected", [
    # hunan, liaoning, yunnan, hainan 2026: 获评/列入 end the counted object like 入选
    ("8家企业获评国家领航级。", ("国家领航级企业数量", Decimal("8"))),
    ("航空、机器人及智能制造、工业母机、绿色石化4个集群获评国家先进制造业集群。",
     ("国家先进制造业集群数量", Decimal("4"))),
    ("中老铁路等25个案例获评全球最佳减贫案例。", ("全球最佳减贫案例数量", Decimal("25"))),
    ("43个社区获评“全国示范性老年友好型社区”。", ("“全国示范性老年友好型社区”数量", Decimal("43"))),
    ("10个项目列入中国世界文化遗产预备名单。", ("中国世界文化遗产预备名单项目数量", Decimal("10"))),
])
def test_awarded_things_are_named_by_the_award(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected, part", [
    # guizhou, guangdong, shanxi, ningxia, liaoning, qinghai 2026: who acts, where or how stands before the
    # verb; its object is what the number measures
    ("围绕重点领域和重点群体开展职业技能培训30万人次。", ("职业技能培训人次", Decimal("30")), "plan"),
    ("上消化道癌高危人群开展内镜检查3万名。", ("内镜检查人数", Decimal("3")), "plan"),
    ("分类实施黑土地保护工程900万亩。", ("黑土地保护工程面积", Decimal("900")), "plan"),
    ("高标准打造幸福河湖100条。", ("幸福河湖数量", Decimal("100")), "review"),
])
def test_a_verb_inside_the_phrase_leaves_its_object(snippet, expected, part):
    assert expected in names(snippet, part)


def test_an_inner_verb_in_a_list_or_after_zhan_stays():
    # ningxia 2026: 新建 after 、 opens the second member's name; hainan 2026: 占新建建筑 is the whole
    got = [n for n, _ in names("有意愿特困人员集中供养率、新建居住区养老设施配建率均达100%。", "review")]
    assert "新建居住区养老设施配建率" in got and "有意愿特困人员集中供养率" in got
    assert ("装配式建筑面积占新建建筑比重", Decimal("80")) in names("装配式建筑面积占新建建筑比重超80%。", "review")


@pytest.mark.parametrize("snippet, expected, part", [
    # anhui, shanxi, liaoning, qinghai, ningxia, hainan 2026: 更新 (更新改造) is the work, not the thing; as a
    # treating verb it stands after the thing, before the measure (names21; names58: the compound 更新改造 whole)
    ("更新改造城市地下管网3600公里。", ("城市地下管网更新改造长度", Decimal("3600")), "plan"),
    ("更新住宅电梯300部以上。", ("住宅电梯更新数量", Decimal("300")), "plan"),
])
def test_renewal_is_an_action_verb(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # sichuan, neimenggu 2026: how the counted places develop is no part of them
    ("50个国省乡村振兴重点帮扶县振兴发展。", ("国省乡村振兴重点帮扶县数量", Decimal("50")), "review"),
    # hainan, jiangxi 2026: how their building went
    ("4个国家区域医疗中心建设取得明显成效。", ("国家区域医疗中心数量", Decimal("4")), "review"),
    ("200个“好社区”试点建设全面铺开。", ("“好社区”试点数量", Decimal("200")), "review"),
])
def test_the_development_of_counted_places_is_cut(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected", [
    # xinjiang, hainan 2026: X占N% with no whole written is X's share
    ("全疆经营主体总量276.81万户，其中民营经济主体占97.2%。", ("民营经济主体占比", Decimal("97.2"))),
    ("共建“一带一路”国家投资占50%以上。", ("共建“一带一路”国家投资占比", Decimal("50"))),
])
def test_a_share_without_its_whole_is_named_a_share(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # hunan, shanxi, shandong, hubei, sichuan, xinjiang 2026: a bare share after a figure is that figure's
    ("全省新能源装机达到5000万千瓦、占比达44.7%。", ("新能源装机占比", Decimal("44.7"))),
    ("地区生产总值迈上6万亿元台阶、占全国比重升至6.5%左右。", ("地区生产总值占全国比重", Decimal("6.5"))),
    ("新能源装机达到8000万千瓦，占全疆装机64%。", ("新能源装机占全疆装机比重", Decimal("64"))),
])
def test_a_bare_share_belongs_to_the_figure_before_it(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.unit
@pytest.mark.parametrize("snippet, expected", [
    # guizhou, xinjiang, ningxia 2026: a percentage of a whole going to a part is the part's share
    ("坚持民生投入只增不减，每年70%左右财政支出用于民生事业，每年办好十件民生实事。",
     ("民生支出占财政支出比重", Decimal("70"))),
    ("民生投入持续加大，每年70%以上的财政支出投入民生领域。", ("民生支出占财政支出比重", Decimal("70"))),
])
def test_a_percentage_of_a_whole_going_to_a_part_is_a_share(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.unit
def test_an_amount_does_not_continue_a_share():
    # ningxia 2026: the money invested is not the share named before it
    got = names("每年将75%以上的财力用于民生，5年累计投入6200多亿元。", "review")
    assert ("民生支出占财力比重", Decimal("75")) in got
    assert all(not n.endswith("比重") for n, v in got if v == Decimal("6200"))


@pytest.mark.parametrize("snippet, expected, part", [
    # hailaer 2014, qinghai, anhui, hunan, shanxi, neimenggu 2026: 为 + who benefits is no part of the name
    ("为1467位80岁以上低收入老年人发放高龄补贴176万元。", ("高龄补贴", Decimal("176")), "review"),
    ("为既有住宅加装电梯600部。", ("既有住宅加装电梯数量", Decimal("600")), "plan"),
    ("为2.15万名劳动者追回工资2.65亿元。", ("劳动者追回工资", Decimal("2.65")), "review"),
])
def test_the_beneficiary_is_dropped_before_the_action(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # guangdong, hainan, jiangxi, yunnan 2026: after 分别 the unit is written once, after the last value
    ("广州、深圳地铁线网单日最高客运量分别达1409万、1305万人次，均创新高。",
     [("广州地铁线网单日最高客运量", Decimal("1409"), "万人次"), ("深圳地铁线网单日最高客运量", Decimal("1305"), "万人次")],
     "review"),
    ("力争电子信息、有色金属、装备制造业产业规模分别达1.28万亿、1.18万亿、8200亿元。",
     [("电子信息产业规模", Decimal("1.28"), "万亿元"), ("有色金属产业规模", Decimal("1.18"), "万亿元"),
      ("装备制造业产业规模", Decimal("8200"), "亿元")], "plan"),
    ("文化惠民工程、全民健身工程分别惠及3500万、2300万人次。",
     [("文化惠民工程受益人次", Decimal("3500"), "万人次"), ("全民健身工程受益人次", Decimal("2300"), "万人次")], "review"),
])
def test_a_unit_written_once_serves_the_whole_respective_list(snippet, expected, part):
    assert [(q.indicator, q.value, q.unit) for q in extract(snippet, part, 2026)] == expected



@pytest.mark.parametrize("snippet, expected, part", [
    # chongqing, ningxia, qinghai, shanxi 2026: 落地见效 says how the counted things went
    ("355项“川渝通办”事项落地见效。", ("“川渝通办”事项数量", Decimal("355")), "review"),
    ("区属国企战略性重组、开发区管理制度等163项改革任务落地见效。", ("改革任务数量", Decimal("163")), "review"),
    # heilongjiang, ningxia 2026: 高质量 before an action verb goes with the verb
    ("高质量建成高标准农田1169万亩。", ("高标准农田面积", Decimal("1169")), "review"),
    ("高质量办理人大代表建议395件。", ("人大代表建议数量", Decimal("395")), "review"),
])
def test_how_well_the_work_went_is_no_part_of_the_name(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # hailaer 2013, 2014, shanxi 2026: a project's own investment is named after the project
    ("启动投资1.3亿元的海拉尔河、伊敏河堤防工程。", [("海拉尔河、伊敏河堤防工程投资", Decimal("1.3"))], "plan"),
    ("投资3.3亿元的机场快速路建成通车，投资1.4亿元的西出口道路工程进展顺利。",
     [("机场快速路投资", Decimal("3.3")), ("西出口道路工程投资", Decimal("1.4"))], "review"),
    ("总投资超500亿元的晋北采煤沉陷区新能源基地加快建设。", [("晋北采煤沉陷区新能源基地总投资", Decimal("500"))], "review"),
])
def test_a_projects_investment_is_named_after_the_project(snippet, expected, part):
    assert names(snippet, part) == expected
    # the place's investment stays 投资
    assert names("全年完成投资1.7亿元。", "review") == [("投资", Decimal("1.7"))]


@pytest.mark.parametrize("snippet, expected", [
    # shanghai, shanxi, xinjiang 2026: 分别 pairs the changes with the figures stated just before
    # (接待 kept before the visitors, as the blind dev readers keep it: names36)
    ("接待国内游客4.16亿人次、入境游客936万人次，分别增长6.7%、39.6%。",
     [("接待国内游客人次", Decimal("6.7")), ("入境游客人次", Decimal("39.6"))]),
    ("全年接待游客3.23亿人次、游客花费3700亿元，分别增长8%、8.4%。",
     [("接待游客人次", Decimal("8")), ("游客花费", Decimal("8.4"))]),
])
def test_respective_changes_take_the_names_of_the_figures_before(snippet, expected):
    got = names(snippet, "review")
    assert got[-2:] == expected and [n for n, _ in got[:2]] == [n for n, _ in expected]


@pytest.mark.parametrize("snippet, expected, part", [
    # guangxi, hainan 2026: the stage of works of a figure that continues the previous one is its own
    ("自治区重大项目开工390个、竣工437个。",
     [("自治区重大项目开工数量", Decimal("390")), ("自治区重大项目竣工数量", Decimal("437"))], "review"),
    ("年投资亿元以上项目新开工43个以上、竣工38个以上。",
     [("年投资亿元以上项目新开工数量", Decimal("43")), ("年投资亿元以上项目竣工数量", Decimal("38"))], "plan"),
])
def test_a_continued_figure_keeps_its_own_stage_of_works(snippet, expected, part):
    assert names(snippet, part) == expected
