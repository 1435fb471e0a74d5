"""Indicator names with no clause fragment after their measure (issue 13, item 2): a name that already
holds the measure it would be given ends there; real sentences of the dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from test_names import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected, part", [
    # guangxi, hunan 2026: a ranking or a verb between the measure and the number is no part of it
    ("基础设施全面提升，高速公路通车里程全国第四、突破1万公里，高速铁路运营里程全国第七。",
     ("高速公路通车里程", Decimal("1")), "review"),
    ("高新技术企业数量实现翻番、达1.8万家。", ("高新技术企业数量", Decimal("1.8")), "review"),
    ("民生支出占比持续保持在70%以上。", ("民生支出占比", Decimal("70")), "review"),
])
def test_a_name_ends_at_the_measure_it_holds(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # a measure word opening the name, or none inside it, leaves the suffix rule as it was
    ("新建5G基站310个。", ("新建5G基站数量", Decimal("310")), "plan"),
    ("民生支出占一般公共预算支出的73.6%。", ("民生支出占一般公共预算支出比重", Decimal("73.6")), "review"),
])
def test_names_without_an_inner_measure_keep_their_suffix(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # hainan, hunan, yunnan 2026: a clause with its own figure, or saying the thing is done, before 、
    ("2025年医疗旅游人次86.5万、收入83.9亿元。", ("医疗旅游收入", Decimal("83.9")), "review"),
    ("“湘易办”用户突破3500万、月访问量稳定在2000万人次。", ("“湘易办”用户月访问量", Decimal("2000")), "review"),
    ("益阳电厂三期建成投产、总装机达386万千瓦。", ("益阳电厂三期总装机", Decimal("386")), "review"),
    ("个人养老金制度全面实施、开户602万人。", ("个人养老金制度开户人数", Decimal("602")), "review"),
    # shandong, sichuan 2026: a figure with its unit ends the clause; a share keeps the whole it is of
    ("财政民生支出突破万亿元、占比稳定在80%左右。", ("财政民生支出占比", Decimal("80")), "review"),
    ("实施地质灾害避险搬迁5万余户、治理排危4968处。", ("地质灾害治理排危数量", Decimal("4968")), "review"),
])
def test_a_finished_clause_before_a_separator_only_names_the_owner(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # shandong, liaoning, fujian, xinjiang 2026: how far or how the things counted got there; doers counted by the
    # task they did name it before them with 的 (names106, the hailaer-2017 and sichuan golds' form)
    ("6家省属企业完成集团层面重组整合。", ("完成集团层面重组整合的省属企业数量", Decimal("6")), "review"),
    ("10.73万艘乡镇船舶全面纳管。", ("乡镇船舶纳管数量", Decimal("10.73")), "review"),
    ("22.24万户监测对象家庭帮扶措施全面落实。", ("监测对象家庭帮扶措施落实户数", Decimal("22.24")), "review"),
])
def test_no_completion_verb_or_adverb_inside_a_count(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # a list of names, a completion rate or share, and 基本 of a noun keep their words
    ("中国500强、市百强企业7家。", ("中国500强、市百强企业数量", Decimal("7")), "review"),
    ("化债任务完成率达120%。", ("化债任务完成率", Decimal("120")), "review"),
    # shandong 2026: without 完成 the tasks would be what is counted, not the banks (before them with 的: names106)
    ("35家村镇银行完成改革任务。", ("完成改革任务的村镇银行数量", Decimal("35")), "review"),
    ("永久基本农田保护面积不少于3613.97万亩。", ("永久基本农田保护面积", Decimal("3613.97")), "plan"),
])
def test_lists_rates_and_noun_modifiers_keep_their_words(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected", [
    # shandong, jilin 2026: a figure named only by the years it spans measures the figure before it
    ("一般公共预算收入累计完成3.7万亿元，5年增长18.7%。", ("一般公共预算收入", Decimal("18.7"))),
    ("常住人口城镇化率达到67.5%、5年提高4.5个百分点。", ("常住人口城镇化率", Decimal("4.5"))),
    ("财政收入达到1350亿元，3年增长58.6%。", ("财政收入", Decimal("58.6"))),
])
def test_a_span_of_years_is_no_name(snippet, expected):
    got = names(snippet, "review")
    assert expected in got and not any(n.endswith("年") for n, _ in got)


@pytest.mark.parametrize("snippet, expected", [
    # hailaer 2013, 2014: 再 of 再就业 is no governing word (the jobs found again are not all new jobs)
    ("城镇新增就业6128人，再就业2291人。", ("再就业人数", Decimal("2291"))),
    ("全年新增就业5611人，实现再就业2529人。", ("再就业人数", Decimal("2529"))),
])
def test_re_employment_keeps_its_re(snippet, expected):
    got = names(snippet, "review")
    assert expected in got and ("就业人数", expected[1]) not in got


@pytest.mark.parametrize("snippet, expected, part", [
    # jilin 2026: a bare yield belongs to the industry opening the sentence before it
    ("石化产业持续“减油增化提质”，建设一批化工新材料、专用化学品等项目，提升全产业链附加值和竞争力。产值突破1300亿元。",
     ("石化产业产值", Decimal("1300")), "plan"),
    ("新材料产业瞄准高端化发力，打造千亿级碳纤维产业。拓展聚醚醚酮产业化应用，开辟医疗器械材料市场。产值超过350亿元。",
     ("新材料产业产值", Decimal("350")), "plan"),
    # shandong 2026: goods are named after the goods, the industry opening the sentence after its verb
    ("推动新能源汽车产业提质扩量，加快做强电机电控、智能网联等关键部件，力争产量突破120万辆。",
     ("新能源汽车产量", Decimal("120")), "plan"),
])
def test_a_bare_yield_is_the_industrys_of_its_paragraph(snippet, expected, part):
    assert expected in names(snippet, part)


def test_a_bare_yield_with_no_industry_before_it_stays_bare():
    assert ("产值", Decimal("350")) in names("开辟医疗器械材料市场。产值超过350亿元。")


@pytest.mark.parametrize("snippet, expected", [
    # hainan, shanxi 2026: 各 gives the one value to each member, under its own head; the list's defining act
    # (新建) is each member's, as shanxi's golds write it (names85: name_lists.listed_act)
    # (争创 a making act since names114's guideline line: names116)
    ("争创国家现代农业产业园、产业集群、产业强镇各1个。",
     [("国家现代农业产业园争创数量", Decimal("1")), ("产业集群争创数量", Decimal("1")), ("产业强镇争创数量", Decimal("1"))]),
    ("新建省重点实验室、省技术创新中心、省工程研究中心各20家。",
     [("新建省重点实验室数量", Decimal("20")), ("新建省技术创新中心数量", Decimal("20")),
      ("新建省工程研究中心数量", Decimal("20"))]),
])
def test_each_member_of_a_ge_list_keeps_its_own_head(snippet, expected):
    assert names(snippet) == expected


def test_ge_opening_a_name_is_no_list_word():
    assert names("各地区生产总值增长5%。") == [("各地区生产总值", Decimal("5"))]


@pytest.mark.parametrize("snippet, expected", [
    # guangxi, jiangxi 2026: a threshold (超N的) qualifying what is counted stays whole: cut, it left 超的
    ("经济总量超500亿元的县域增至12个。", ("经济总量超500亿元的县域数量", Decimal("12"))),
    ("年销售收入超10亿元的龙头企业达100家以上。", ("年销售收入超10亿元的龙头企业数量", Decimal("100"))),
    # shanghai 2026: a number with 以上 before the thing stays too, as 亿元以上 does (names120; was left out;
    # 开工建设 names the start: names71)
    ("开工建设10亿元以上重大产业项目47个。", ("10亿元以上重大产业项目开工数量", Decimal("47"))),
])
def test_a_threshold_before_de_stays_in_the_name(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # qinghai, shanxi, yunnan 2026: a verb making or giving off goods names how much of them
    ("全年生产钾肥757.5万吨、增长1.1%。", [("钾肥产量", Decimal("757.5")), ("钾肥产量", Decimal("1.1"))]),
    ("五年生产原煤65亿吨。", [("原煤产量", Decimal("65"))]),
    ("度电排放二氧化碳0.13千克、全国最低。", [("度电二氧化碳排放量", Decimal("0.13"))]),
    # ningxia, shandong, yunnan 2026: a noun before the verb, or a measure after it, makes no goods
    ("投入安全生产资金100多亿元。", [("安全生产资金", Decimal("100"))]),
    ("碳排放强度下降20.5%。", [("碳排放强度", Decimal("-20.5"))]),
    ("生产安全事故起数下降10.9%。", [("生产安全事故起数", Decimal("-10.9"))]),
])
def test_a_verb_making_goods_names_how_much(snippet, expected):
    assert names(snippet) == expected


@pytest.mark.parametrize("snippet, expected", [
    # guizhou, qinghai 2026: after 在 a count counts the places where the work is done
    ("在30个县建设运营现代农事综合服务中心，农机作业服务面积60万亩次以上。",
     ("建设运营现代农事综合服务中心的县数量", Decimal("30"))),
    ("干细胞产业实现零的突破，在16家医疗机构设置“免陪护”病房。", ("设置“免陪护”病房的医疗机构数量", Decimal("16"))),
    # a count with no locative counts the things named after it
    ("新建2所公立幼儿园，扶持和规范普惠性民办幼儿园。", ("新建公立幼儿园数量", Decimal("2"))),
])
def test_a_count_after_a_locative_counts_the_places(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # chongqing, xinjiang, qinghai 2026: an amount of goods, water or power named by what is done with it
    ("碳市场累计交易5421.8万吨。", ("碳市场交易量", Decimal("5421.8"))),
    ("绿电交易31.7亿千瓦时。", ("绿电交易量", Decimal("31.7"))),
    ("塔里木河流域生态补水135亿立方米。", ("塔里木河流域生态补水量", Decimal("135"))),
    # shanghai 2026: money is no amount moved (交易量) but what the deals came to
    ("生物医药海外授权交易255亿美元、占全球30%。", ("生物医药海外授权交易额", Decimal("255"))),
])
def test_an_amount_named_by_its_act_measures_how_much(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # yunnan, fujian, shanxi 2026 (and nine more dev reports): what the events counted before cost is theirs
    ("纵深推进安全生产治本攻坚，生产安全事故起数、死亡人数分别下降10.9%、7%。",
     [("生产安全事故起数", Decimal("-10.9")), ("生产安全事故死亡人数", Decimal("-7"))]),
    ("事故起数、死亡人数同比分别下降12.04%、11.56%。", [("事故起数", Decimal("-12.04")), ("事故死亡人数", Decimal("-11.56"))]),
    # a member after no count of events keeps its own name
    ("游客人次、旅游花费分别增长14%、10%。", [("游客人次", Decimal("14")), ("旅游花费", Decimal("10"))]),
])
def test_a_cost_member_after_a_count_of_events_is_theirs(snippet, expected):
    assert names(snippet) == expected


@pytest.mark.parametrize("snippet, expected", [
    # ningxia, shanxi, chongqing 2026: power named by a kind of plant is the capacity installed, its 规模 when the
    # text writes no 装机 (the blind gold of shanxi 2026: 新增新型储能规模; names30)
    ("新型储能超过760万千瓦，绿氢产能近3万吨。", ("新型储能规模", Decimal("760"))),
    ("建成屋顶分布式光伏391万千瓦。", ("屋顶分布式光伏规模", Decimal("391"))),
    ("新增新型储能200万千瓦以上。", ("新增新型储能规模", Decimal("200"))),
    # xinjiang 2026: energy traded is an amount, not a capacity
    ("绿电交易31.7亿千瓦时、增长17.4%。", ("绿电交易量", Decimal("31.7"))),
])
def test_power_named_by_a_plant_kind_is_its_capacity(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # jinghai 2021, hubei, hainan 2026: a plain 建设 of grouped works named by more than 项目 is no part of the name
    ("推进生态黑猪养殖、蚯蚓养殖等6个农业项目建设，生猪出栏量30万头。", ("农业项目数量", Decimal("6"))),
    ("推进三峡水运新通道、沿江高铁宜涪段、长江存储三期等1.22万个亿元以上新建续建项目建设。",
     ("亿元以上新建续建项目数量", Decimal("1.22"))),
    # jinghai 2021: the zone opening the sentence names the projects (names42); the stage 开工 stays after them, a
    # plain 建设 goes
    ("子牙经开区重点推动废旧动力电池回收利用等5个项目开工建设。", ("子牙经开区项目开工数量", Decimal("5"))),
    ("国际商贸物流园推动红星美凯龙二期、鲲宝物流等7个项目建设。", ("国际商贸物流园项目数量", Decimal("7"))),
])
def test_plain_building_of_grouped_works_is_no_part_of_their_name(snippet, expected):
    assert expected in names(snippet)
