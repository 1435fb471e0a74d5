"""Indicator names of works (issue 13, item 2): a count or size of things a works verb treats keeps
the verb after the thing whichever side of it the verb stands; a joining character opening a word
is no joining word; a left phrase that is one verb takes the thing written after the number.
Real sentences of dev reports."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected, part", [
    # liaoning, heilongjiang, qinghai 2026: 改造 before the thing is what the count measures
    ("改造老旧小区682个、老旧管网7912公里。", ("老旧小区改造数量", Decimal("682")), "review"),
    ("改造老旧小区682个、老旧管网7912公里。", ("老旧管网改造长度", Decimal("7912")), "review"),
    ("改造农村危房4600户。", ("农村危房改造户数", Decimal("4600")), "plan"),
    ("加大投入力度，改造农村户厕2.1万座。", ("农村户厕改造数量", Decimal("2.1")), "review"),
])
def test_a_treated_thing_is_counted_with_the_treatment(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # liaoning 2026: built new as well as treated: the count is of both, no part of a stock
    ("新建改造高标准农田476万亩，开展黑土地保护工程1036万亩。", ("高标准农田面积", Decimal("476")), "review"),
    # heilongjiang 2026: who benefits from the works is counted, not what was treated
    ("人居环境持续改善，改造老旧小区、城中村、农村危房惠及群众10.08万户。",
     ("老旧小区、城中村、农村危房受益群众户数", Decimal("10.08")), "review"),
])
def test_built_or_benefiting_counts_take_no_treatment(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # hainan, qinghai, ningxia 2026: 和 of 和美 opens a word, it joins nothing
    ("打造“双环”旅游公路和美乡村风景线，新建和美乡村250个，推进崖州、博鳌潭门片区化建设。",
     ("新建和美乡村数量", Decimal("250")), "plan"),
    ("深入实施文明乡风建设工程，打造150个和美乡村，让广大农牧民生活更好。", ("和美乡村数量", Decimal("150")), "plan"),
    ("建成350个美丽乡村、500个和美乡村。", ("和美乡村建成数量", Decimal("500")), "review"),
    # but after a verb a joining word before a second verb still joins the two verbs
    ("新建和改造提升农村公路2500公里。", ("农村公路里程", Decimal("2500")), "review"),
])
def test_a_word_opening_with_a_joining_character_is_kept(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # guizhou, qinghai 2026: the verb left of the number names nothing; the thing after it does
    ("大力发展现代设施农业和智慧农业，巩固提升80万亩蔬菜应急保供基地，加快补齐冬春茄果类蔬菜供给短板。",
     ("蔬菜应急保供基地面积", Decimal("80")), "plan"),
    ("勘探新增油气储量2亿吨，形成60万吨政府可调度煤炭储备能力。",
     ("政府可调度煤炭储备能力", Decimal("60")), "review"),
])
def test_a_bare_verb_takes_the_thing_after_the_number(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # xinjiang, qinghai 2026: an amount of goods named by the goods alone, after an output, is an output
    ("粮食总产486.5亿斤，单产1105.6斤、居全国第一，棉花总产616.5万吨、占全国92.8%，蔬菜2062.6万吨，特色林果1400万吨以上，"
     "“牧九条”政策效应持续显现，猪牛羊禽肉223万吨，水产品20.6万吨。", ("水产品产量", Decimal("20.6")), "review"),
    ("生产原油239万吨、天然气56.5亿立方米，勘探新增油气储量2亿吨。", ("天然气产量", Decimal("56.5")), "review"),
])
def test_goods_after_an_output_are_an_output(snippet, expected, part):
    got = names(snippet, part)
    assert expected in got and ("单产产量", Decimal("1105.6")) not in got


def test_goods_after_no_output_take_no_output():
    # hunan 2026: a store of water after no output stays what it is
    assert ("消防蓄水池产量", Decimal("30")) not in names("新增消防蓄水池30万立方米。", "plan")


@pytest.mark.parametrize("snippet, expected, part", [
    # chongqing, neimenggu, shanxi, jilin 2026: the treatment after the things counted stays after them
    ("完成200条背街小巷整治。", ("背街小巷整治数量", Decimal("200")), "plan"),
    ("完成2100万千瓦火电机组、2812万吨钢铁产能、395台燃煤锅炉超低排放改造。",
     ("燃煤锅炉超低排放改造数量", Decimal("395")), "review"),
    ("统筹推进16个大中型灌区现代化改造。", ("大中型灌区现代化改造数量", Decimal("16")), "plan"),
    # but a work that does not treat them is cut (hailaer 2018)
    ("完成了主要街道240栋建筑物的立面修复、5549块牌匾的规范设置。", ("牌匾数量", Decimal("5549")), "review"),
])
def test_a_treatment_after_the_things_counted_stays(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # hailaer 2018: the treating work after 的 (X的改造提升, X的升级改造, X的立面修复) is what the count measures
    ("重点实施城区20条道路的改造提升，加快推进海拉尔至宝日希勒、特尼河农村公路建设。", ("道路改造提升数量", Decimal("20")), "plan"),
    ("完成9条道路路灯的升级改造。", ("道路路灯改造数量", Decimal("9")), "review"),
    ("完成了主要街道240栋建筑物的立面修复、5549块牌匾的规范设置。", ("建筑物修复数量", Decimal("240")), "review"),
    # chongqing 2026: so is the treatment in the progress tail (N个X完成整治)
    ("8个重点河湖入河排污口完成整治。", ("重点河湖入河排污口整治数量", Decimal("8")), "review"),
])
def test_a_treatment_written_after_the_things_or_their_de_stays(snippet, expected, part):
    got = names(snippet, part)
    assert expected in got
    assert (re.sub("改造|修复|整治", "", expected[0]), expected[1]) not in got


def test_the_lint_finds_an_untreated_count():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from name_lint import kinds
    assert "untreated" in kinds("老旧小区数量", "个", "改造老旧小区682个")
    assert "untreated" not in kinds("老旧小区改造数量", "个", "改造老旧小区682个")
    assert "untreated" not in kinds("高标准农田面积", "万亩", "新建改造高标准农田476万亩")


@pytest.mark.parametrize("snippet, expected, part", [
    # hunan, heilongjiang, liaoning, shandong, guizhou, shanxi, hainan 2026 (names33): an upgrade compound is the
    # treatment, whole, after the thing, whichever side of the number the thing stands
    ("扩充优质普通高中公办学位8万个，提质升级1000所中小学校食堂，深化大湘西地区基础教育帮扶。",
     ("中小学校食堂提质升级数量", Decimal("1000")), "plan"),
    ("推动基础教育扩优提质，深化公办幼儿园建设三年攻坚，提质升级基础教育优质学位9万个。",
     ("基础教育优质学位提质升级数量", Decimal("9")), "plan"),
    ("强化“一老一小”服务。改造提升公办养老机构20个以上，创建全国示范性老年友好型社区80个。",
     ("公办养老机构改造提升数量", Decimal("20")), "plan"),
    ("新改建农村公路3500公里，规范提升农村供水厂站500处，实施“村村都有救护员”行动。",
     ("农村供水厂站规范提升数量", Decimal("500")), "plan"),
    ("深化“四好农村路”建设，提质改造农村公路差等路1200公里，农村公路优良中等路比率稳定在85%以上。",
     ("农村公路差等路提质改造里程", Decimal("1200")), "plan"),
    ("十三是维修养护农村供水工程1900处。十四是免费送戏下乡1万场。", ("农村供水工程维修养护数量", Decimal("1900")), "plan"),
    ("壮大糟粕醋等特色产业。推动69家省级共享农庄提档升级。", ("省级共享农庄提档升级数量", Decimal("69")), "plan"),
])
def test_an_upgrade_compound_is_the_treatment_whole(snippet, expected, part):
    got = names(snippet, part)
    assert expected in got


def test_an_upgraded_count_still_reaches_the_concept_of_the_things():
    from policykg.headline_eval import reached
    assert reached("基础教育优质学位提质升级数量") == reached("基础教育优质学位数量") == "school-places"
    assert reached("农村供水厂站规范提升数量") == reached("农村供水厂站数量") == "rural-tap-water"


@pytest.mark.parametrize("snippet, expected, part", [
    # neimenggu, qinghai, ningxia 2026 (names33): the power grade opening a counted work is no part of its name
    ("确保新增新能源装机3000万千瓦。建成20个500千伏输变电工程，启动阿拉善至蒙中地区特高压柔性直流输电线路论证。", ("输变电工程建成数量", Decimal("20")), "plan"),
    ("推进卡阳、松如沟等14个750千伏电网工程、青疆联网通道建设，优先在德令哈、格尔木、西宁等有条件的地区布局。", ("电网工程数量", Decimal("14")), "plan"),
    ("力争储能规模实现翻番。新建750千伏和330千伏电网工程16个，提高电力外送通道利用率和绿电率。", ("新建电网工程数量", Decimal("16")), "plan"),
])
def test_a_power_grade_is_left_out_of_a_count_of_works(snippet, expected, part):
    got = names(snippet, part)
    assert expected in got
    assert not any("千伏" in name for name, _ in got)


def test_a_bound_of_the_power_grade_stays():
    # neimenggu 2026: 220千伏及以上 says which lines are counted
    assert any(name.startswith("220千伏及以上输电线路") for name, _ in names("220千伏及以上输电线路总长超7万公里。", "review"))
