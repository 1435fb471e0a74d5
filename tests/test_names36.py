"""Indicator names (issue 13, names36): the next general classes of dev disagreements, each as the dev readers write
it (docs/checks/indicator-names36.md): the sectors by their full names, 粮食总产量 as written, no 受益 for a service
given, visitors counted by visit with 接待 kept, a level member taking its list's act, 增加N个X as X增加数, and the
people sent read whole. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.extract.name_flow_context import sent_people
from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # ningxia 2026: every dev reader writes the sectors' full names (guizhou, ningxia, shanxi)
    ("一产、二产、三产增加值分别增长5%左右、5%以上、5%左右。",
     [("第一产业增加值", Decimal("5")), ("第二产业增加值", Decimal("5")), ("第三产业增加值", Decimal("5"))]),
    # shanxi 2026: one sector alone
    ("一产增加值增长4.5%以上。", [("第一产业增加值", Decimal("4.5"))]),
])
def test_the_sectors_are_named_in_full(snippet, expected):
    assert names(snippet) == expected


@pytest.mark.parametrize("snippet, expected", [
    # yunnan 2026 and ningxia 2026: the readers keep 总产量 as written
    ("居民人均可支配收入增长与经济增长同步，粮食总产量稳定在1955万吨以上，单位地区生产总值二氧化碳排放降低完成目标。",
     ("粮食总产量", Decimal("1955"))),
    ("增强抗灾能力，确保粮食总产量稳定保持在76亿斤以上。", ("粮食总产量", Decimal("76"))),
])
def test_total_grain_output_is_kept_as_written(snippet, expected):
    assert expected in names(snippet)


def test_grain_output_as_written_stays_plain():
    # fujian 2026: the plain spelling stays the plain name
    assert ("粮食产量", Decimal("513")) in names("粮食产量513万吨以上；")


@pytest.mark.parametrize("snippet, expected", [
    # chongqing 2026 and guizhou 2026: a service given is named with who is given it, no 受益 (the blind gold)
    ("为200万名以上中小学生开展心理健康测评；提供未成年人假期公益托管服务15万人次。", ("心理健康测评中小学生人数", Decimal("200"))),
    ("改造提升25个标准化养老机构，为2万名特殊困难老年人提供居家社区机构服务。",
     ("居家社区机构服务特殊困难老年人人数", Decimal("2"))),
])
def test_a_service_given_names_no_beneficiaries(snippet, expected):
    got = names(snippet)
    assert expected in got and not any("受益" in n for n, _ in got)


def test_a_benefit_paid_out_keeps_its_beneficiaries():
    # guangdong 2026: 发放 (the readers split: 发放 kept on guangdong, the plain firms on hailaer-2018): unchanged
    assert ("育儿补贴受益婴幼儿人数", Decimal("300")) in names("为超300万名婴幼儿发放育儿补贴，减轻育儿负担。")


@pytest.mark.parametrize("snippet, expected", [
    # liaoning 2026, hainan 2026: 接待 kept before the visitors, as the blind gold keeps it
    ("打造海岛游等精品线路，力争接待游客人次增长10%。", ("接待游客人次", Decimal("10"))),
    ("推出医美抗衰、肿瘤康复、中医康养等特色医疗旅游产品，接待医疗旅游100万人次以上。", ("接待医疗旅游人次", Decimal("100"))),
    # guizhou 2026: a growth of visitors is of their visits (人次)
    ("接待游客人次、旅游总花费均增长8%以上，省外游客、入境过夜游客分别增长10%、35%以上。", ("入境过夜游客人次", Decimal("35"))),
])
def test_visitors_are_counted_by_visit_with_their_receiving(snippet, expected):
    assert expected in names(snippet)


def test_a_total_after_the_visits_is_the_visitors():
    # the total spent belongs to the visitors, not to the act of receiving them
    got = names("全区规模以上服务业企业突破2000户，全年接待游客3亿人次、总花费超过4500亿元。", "review")
    assert ("接待游客人次", Decimal("3")) in got and ("游客总花费", Decimal("4500")) in got


@pytest.mark.parametrize("snippet, expected", [
    # liaoning 2026: the level members share the act the last member is named with (the blind gold)
    ("推动产业集群与实验室群、中试平台、制造业创新中心等深度对接，着力培育6个世界级、7个国家级、9个区域级产业集群。",
     [("世界级产业集群培育数量", Decimal("6")), ("国家级产业集群培育数量", Decimal("7")),
      ("区域级产业集群培育数量", Decimal("9"))]),
    # shanxi 2026: 新建 before the list
    ("实施省级区域医疗中心扩容行动，新建6个国家级、20个省级临床重点专科，打造名医名科名院。",
     [("新建国家级临床重点专科数量", Decimal("6")), ("新建省级临床重点专科数量", Decimal("20"))]),
])
def test_a_level_member_takes_the_act_of_its_list(snippet, expected):
    assert names(snippet) == expected


def test_a_level_list_without_an_act_stays_plain():
    # liaoning 2026: counties designated, no act: both members plain (the gold)
    assert names("实施粮食产能提升行动，布局建设20个国家级、19个省级粮食产能提升重点县。") == [
        ("国家级粮食产能提升重点县数量", Decimal("20")), ("省级粮食产能提升重点县数量", Decimal("19"))]


@pytest.mark.parametrize("snippet, expected", [
    # shanxi 2026, neimenggu 2026: 增加N个X counts the things added, named as 新增 names them (names114; was X增加数)
    ("增加1万个普惠性学前教育学位。", ("新增普惠性学前教育学位数量", Decimal("1"))),
    ("加强学龄人口净流入和净流出地区教育资源余缺调配，增加5000个普通高中招生计划。", ("新增普通高中招生计划数量", Decimal("5000"))),
])
def test_things_added_by_zengjia_are_counted_as_added(snippet, expected):
    assert expected in names(snippet)


def test_things_added_by_xinzeng_keep_their_flow():
    # shanghai 2026: 新增N个X stays 新增X数量
    assert ("新增先进智能工厂数量", Decimal("50")) in names("新增50家以上先进智能工厂。")


@pytest.mark.parametrize("snippet, expected", [
    # guizhou 2026, liaoning 2026: where or what for people are sent is cut after the people
    ("选派1200名以上科技特派员到基层开展科技服务。", ("科技特派员选派人数", Decimal("1200"))),
    ("选派2000名农村科技特派员服务县域特色产业发展。", ("农村科技特派员选派人数", Decimal("2000"))),
])
def test_people_sent_are_named_without_where_they_go(snippet, expected):
    assert expected in names(snippet)


def test_a_person_noun_holding_a_purpose_word_is_read_whole():
    # the people of a sending act (guizhou's 选派) whose noun holds 服务 (医疗服务队员, the known item of names35):
    # cut after the people, not inside their noun
    assert sent_people("医疗服务队员到基层", "选派") == "医疗服务队员"
    assert sent_people("科技特派员到基层开展科技服务", "选派") == "科技特派员"


@pytest.mark.parametrize("snippet, expected", [
    # (the cpi commit) fujian, hunan, … 2026: the price change named as written, 涨幅 kept (13 of 15 dev readers)
    ("居民消费价格涨幅2%左右；粮食产量615亿斤左右。", ("居民消费价格涨幅", Decimal("2"))),
    ("CPI涨幅2%左右，单位GDP二氧化碳排放下降3%左右。", ("居民消费价格涨幅", Decimal("2"))),
    ("经济社会发展主要预期目标是：经济增长5.5%左右，在实际工作中努力争取更好结果。", ("地区生产总值", Decimal("5.5"))),
])
def test_the_price_change_is_named_as_written(snippet, expected):
    assert expected in names(snippet)
