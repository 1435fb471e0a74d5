"""Whose a figure is (issue 13, item 2): an investment named after the project or the group of
projects its sentence ties it to (docs/annotation-guideline.md); real sentences of the dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names


@pytest.mark.parametrize("snippet, expected, part", [
    # hailaer 2014, 2018, ningxia, liaoning 2026: a count of projects, then the investment
    ("全年实施重点项目47个，完成投资46.9亿元。", ("重点项目投资", Decimal("46.9")), "review"),
    ("全年共实施重点工业项目28个，完成投资33.9亿元。", ("重点工业项目投资", Decimal("33.9")), "review"),
    ("强化项目落地保障，建设亿元以上项目4000个、完成投资超4500亿元。", ("亿元以上项目投资", Decimal("4500")), "plan"),
    # hailaer 2013, 2018: the investment, then the projects it is spent on
    ("年内计划投资3.9亿元，实施19个城市重点基础设施项目，解决好事关群众切身利益的问题。",
     ("城市重点基础设施项目投资", Decimal("3.9")), "plan"),
    ("投资4.17亿元实施生态环境类重点项目7个，重点实施了六二六小河。", ("生态环境类重点项目投资", Decimal("4.17")), "review"),
])
def test_a_groups_investment_is_named_after_the_group(snippet, expected, part):
    assert expected in names(snippet, part)


def test_a_project_opening_the_clause_before_owns_the_investment():
    # hailaer 2014: the project is the subject of the clause before
    got = names("“菜篮子”工程一期全面完工，完成投资2.4亿元，建成大棚2350亩。", "review")
    assert ("“菜篮子”工程一期投资", Decimal("2.4")) in got


@pytest.mark.parametrize("snippet, expected, part, year", [
    # hailaer 2013: the zone built in the clause before the investment
    ("做强三产。全力建设中俄蒙国际物流园区，全年计划投资3亿元，用于基础设施和项目建设。",
     ("中俄蒙国际物流园区投资", Decimal("3")), "plan", 2013),
    # hailaer 2014: a sentence opening with 园区 stands for the zone opening the sentence before
    ("中俄蒙国际物流园区晋升为自治区级物流园区。园区基础设施开工建设，建园路建成通车，规划展厅投入使用，"
     "全年完成投资1.7亿元，起步区基础框架初步形成。", ("中俄蒙国际物流园区投资", Decimal("1.7")), "review", 2014),
])
def test_the_zone_a_sentence_is_about_owns_its_bare_investment(snippet, expected, part, year):
    assert expected in names(snippet, part, year)


def test_a_zone_past_a_figure_of_its_sentence_owns_no_investment():
    # hailaer 2014 (a figure put into the sentence): the figure before the money stands between it and the zone
    got = names("中俄蒙国际物流园区晋升为自治区级物流园区。园区新建道路5条，全年完成投资1.7亿元。", "review", 2014)
    assert ("投资", Decimal("1.7")) in got


@pytest.mark.parametrize("snippet, expected", [
    # no project named or counted beside it: the place's investment stays bare
    ("园区基础设施开工建设，全年完成投资1.7亿元。", ("投资", Decimal("1.7"))),
    # a count of things that are no projects owns nothing (建成保障性住房2262套 names the work it pays for:
    # 保障性住房投资, tests/test_names39.py)
    ("全年完成投资5.2亿元，保障性住房2262套交付使用。", ("投资", Decimal("5.2"))),
    # a bare 项目 names no group
    ("投资4.5亿元实施了标准化幼儿园、南开路中学等14个项目。", ("投资", Decimal("4.5"))),
])
def test_an_investment_without_an_owner_stays_bare(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # fujian, sichuan, hailaer 2014 2026: how far the money has gone is no part of the name
    ("1550个省重点项目完成投资7398亿元。", ("省重点项目投资", Decimal("7398"))),
    ("中俄蒙国际汽车产业园累计完成投资1.5亿元。", ("中俄蒙国际汽车产业园投资", Decimal("1.5"))),
])
def test_completed_investment_is_investment(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected, part", [
    # hailaer 2013, 2014, guangdong, yunnan, hainan 2026: a yield after the figure of what yields it
    ("年内入园企业达到7家，实现产值2亿元。", ("入园企业产值", Decimal("2")), "plan"),
    ("地产蔬菜种植面积达到2万亩，产量达到15万吨。", ("地产蔬菜产量", Decimal("15")), "plan"),
    ("马铃薯总产量达到25万吨，实现产值2.5亿元。", ("马铃薯产值", Decimal("2.5")), "plan"),
    ("实现粮食播种面积3320万亩、产量1285万吨以上。", ("粮食产量", Decimal("1285")), "plan"),
    ("规模以上工业企业达7.6万家、增加值增长3%。", ("规模以上工业企业增加值", Decimal("3")), "review"),
])
def test_a_yield_is_named_after_what_yields_it(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected", [
    # after an amount or a count of people the yield stays bare (收入 and 人数 yield no 产值)
    ("农民人均纯收入达到16720元，产值增长5%。", ("产值", Decimal("5"))),
    ("接待游客370万人次，产值增长5%。", ("产值", Decimal("5"))),
])
def test_an_amount_yields_nothing(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet", [
    # hailaer 2014, xinjiang, qinghai 2026: a capacity inside a project's name, the project committed
    "亘富200万吨褐煤提质项目年内投产。",
    "实施黑羊站水厂3万吨扩建项目，缓解中心城区供水紧张的状况。",
    "国能准东20亿立方米/年煤制天然气项目开工建设。",
    "加快格尔木、德令哈3座35万千瓦光热电站建设。",
])
def test_a_capacity_inside_a_projects_name_is_no_figure(snippet):
    assert not [n for n, v in names(snippet, "plan") if v in (Decimal("200"), Decimal("3"), Decimal("20"), Decimal("35"))
                and not n.endswith("数量")]


@pytest.mark.parametrize("snippet, expected", [
    # neimenggu 2026: right after the verb the capacity is the amount built
    ("在电网关键节点布局建设700万千瓦新型储能项目。", Decimal("700")),
    # hailaer 2013: the sentence commits the capacity (仓储能力)
    ("实施奋斗镇1.6万吨蔬菜仓储等项目，仓储能力达到7万吨。", Decimal("1.6")),
])
def test_a_capacity_built_or_committed_stays(snippet, expected):
    assert expected in [v for _, v in names(snippet, "plan")]


@pytest.mark.parametrize("snippet, expected", [
    # hailaer 2013, hainan 2026: a number after 和 or 、 opens its own list member, named by what follows it
    ("开工建设10万平方米职工住宅小区、5万平方米公安小区和2万平方米回迁房等开发项目。", ("回迁房面积", Decimal("2"))),
    ("完成东海写字楼、国税局综合业务用房主体建设和8万平方米广场等工程。", ("广场面积", Decimal("8"))),
])
def test_a_number_after_a_joining_word_is_named_by_its_own_member(snippet, expected):
    got = names(snippet, "plan")
    assert expected in got and not any(n.endswith(("和面积", "和数量")) for n, _ in got)


@pytest.mark.parametrize("snippet, expected, part", [
    # hailaer 2014: that the counted works were finished is no part of their name
    ("3条主干道路完工，9条次干道路开工建设。", ("主干道路数量", Decimal("3")), "review"),
    ("15公里雨水管网二期工程按期竣工。", ("雨水管网二期工程长度", Decimal("15")), "plan"),
])
def test_finishing_is_no_part_of_the_counted_works(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected", [
    # fujian, qinghai, xinjiang 2026: 实现 only says the thing came about
    ("失业人员实现再就业10万人。", ("失业人员再就业人数", Decimal("10"))),
    ("农牧区劳动力实现转移就业112万人次。", ("农牧区劳动力转移就业人次", Decimal("112"))),
    ("和田地区矿业权出让实现收益60.37亿元。", ("和田地区矿业权出让收益", Decimal("60.37"))),
])
def test_came_about_is_no_part_of_the_name(snippet, expected):
    assert expected in names(snippet, "review")
    # 实现率 is a rate of its own
    assert names("目标实现率达到95%。", "review") == [("目标实现率", Decimal("95"))]


@pytest.mark.parametrize("snippet, expected, part", [
    # guangxi 2026, hailaer 2018: money followed by the one work it pays for
    ("筹措12.42亿元实施生态惠民工程，开展森林生态效益补偿。", ("生态惠民工程资金", Decimal("12.42")), "plan"),
    ("投资5600万元完成了西山保护区三家污染企业搬迁。", ("西山保护区三家污染企业搬迁投资", Decimal("5600")), "review"),
])
def test_money_is_named_after_the_work_it_pays_for(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected", [
    # hailaer 2018, jinghai 2021: a list of works names no one work
    ("投资1.2亿元完成了机场路护坡改造、城市出入口和主要街区的景观绿化工程。", ("投资", Decimal("1.2"))),
    ("投入4000多万元用于发热门诊、集中隔离点设施改造和防护物资购置。", ("投入资金", Decimal("4000"))),
])
def test_money_for_a_list_of_works_stays_bare(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.unit
@pytest.mark.parametrize("snippet, expected", [
    # hunan, jiangsu, hubei 2026: the topic sentence or clause before a bare 总量 names what it counts
    ("规模工业企业利润增长5.9%。经营主体持续壮大。总量接近800万户，企业主体超220万户。", ("经营主体总量", Decimal("800"))),
    ("市场经营主体增量提质，总量突破1000万户，规上工业企业超过2万家。", ("市场经营主体总量", Decimal("1000"))),
])
def test_a_bare_total_belongs_to_the_topic_before_it(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.unit
def test_a_bare_total_after_a_clause_with_no_topic_stays_bare():
    # the clause before states no subject with how it moves: nothing to own the 总量
    assert names("围绕重点产业链开展精准招商和延链补链强链工作，总量达到20家。", "review") == [("总量", Decimal("20"))]


@pytest.mark.unit
@pytest.mark.parametrize("snippet, expected", [
    # hainan, xinjiang, neimenggu 2026: a bare measure of what a thing does takes the thing the clause
    # before names, pushed (持续推进X, 部区共建X) or standing (X上线运行)
    ("多功能自由贸易账户（EF账户）上线运行，发生业务量3500亿元。", ("多功能自由贸易账户业务量", Decimal("3500"))),
    ("持续推进“高效办成一件事”，办件量达302.86万件。", ("“高效办成一件事”办件量", Decimal("302.86"))),
    ("部区共建内蒙古牛羊肉交易中心，力争交易额达到100亿元。", ("内蒙古牛羊肉交易中心交易额", Decimal("100"))),
])
def test_a_bare_activity_measure_belongs_to_the_thing_before_it(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.unit
def test_a_bare_activity_measure_after_a_figure_stays_bare():
    # guangdong 2026: the clause before counts deals (a figure): they are not what the 成交额 is of
    got = names("高交会促成1023项供需对接和投融资项目签约，成交额超1700亿元。", "review")
    assert ("成交额", Decimal("1700")) in got, got


@pytest.mark.unit
@pytest.mark.parametrize("snippet, expected", [
    # guangxi, hubei, sichuan 2026: the policy, fund or work that people or households benefit from
    ("落实国家育儿补贴政策，惠及154万户家庭。", ("国家育儿补贴政策受益家庭户数", Decimal("154"))),
    ("发放困难群众救助补助资金127.8亿元、惠及461万人次。", ("困难群众救助补助资金受益人次", Decimal("461"))),
    ("着力改善群众居住条件，改造老旧小区1.84万个，惠及310多万户。", ("老旧小区改造受益户数", Decimal("310"))),
    ("谋划多年、惠及3400万人的引大济岷工程启动建设。", ("引大济岷工程受益人数", Decimal("3400"))),
    # jiangsu, shanxi 2026: the subject of 惠及 when the people counted are named after the number
    ("育儿补贴惠及124万名婴幼儿。", ("育儿补贴受益婴幼儿人数", Decimal("124"))),
])
def test_beneficiaries_are_named_after_what_they_benefit_from(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.unit
def test_beneficiaries_of_a_list_keep_no_one_member():
    # guangdong 2026: two kinds of centres built, the last one is not all that benefits; the people counted past
    # their age bound are named (figures47: 3岁以下 is who qualifies, no part of the name)
    got = names("新建设5个市级托育综合服务中心、10个县级托育服务机构，惠及超50万名3岁以下婴幼儿。", "review")
    assert [n for n, v in got if v == Decimal("50")] == ["受益婴幼儿人数"]


@pytest.mark.unit
@pytest.mark.parametrize("snippet", [
    # hailaer 2013, qinghai 2026: capacities inside the members of a list of projects closed by 等项目
    "大唐700万吨露天煤矿、400万吨褐煤提质、5万千瓦风电、华润雪花啤酒迁址新建等项目前期工作扎实推进。",
    "推动国达化工60万吨钾肥复合造粒、蓝科锂业碳酸锂装置系统性优化改造、沃锦储热40万吨熔盐装置技术升级、"
    "泰丰先行磷酸铁锂扩产等项目建设。",
])
def test_a_capacity_inside_a_listed_project_is_no_figure(snippet):
    assert names(snippet, "plan") == []


@pytest.mark.unit
@pytest.mark.parametrize("snippet, expected", [
    # hailaer 2018: a number qualifying the work is left out
    ("投资5600万元完成了西山保护区三家污染企业搬迁，投资4890万元实施10蒸吨以下燃煤锅炉改造。",
     ("燃煤锅炉改造投资", Decimal("4890"))),
    # hailaer 2014: the money ends its clause, the next clause is the one work it pays for
    ("投资1168万元，完成21个老旧小区供热管网改造，使8000户居民家庭的供热质量得到显著改善。",
     ("老旧小区供热管网改造投资", Decimal("1168"))),
])
def test_money_is_named_after_the_work_it_pays_for(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.unit
@pytest.mark.parametrize("snippet, expected", [
    # hailaer 2014, hailaer 2018: the next clause lists numbers with what they count before the one work
    # (N栋X、M平方米Y改造; N户、M平方米棚改任务): the work pays, 任务 left out
    ("投资3700万元，集中改造的11条背街巷道全部完工;投资3600万元，完成54栋住宅楼、14万平方米既有建筑节能改造;",
     ("既有建筑节能改造投资", Decimal("3600"))),
    ("继续举全区之力推进棚户区改造工程。全年投资90.07亿元，完成1.8万户、189万平方米棚改任务，结束了海拉尔区集中连片棚户区的历史。",
     ("棚改投资", Decimal("90.07"))),
])
def test_money_before_listed_numbers_of_one_work_is_that_works(snippet, expected):
    got = names(snippet, "review")
    assert expected in got and ("投资", expected[1]) not in got


@pytest.mark.unit
def test_money_for_a_purpose_in_the_next_clause_stays_bare():
    # hailaer 2013: 用于 states what the park's money is for; no work owns it, the park does (names24)
    got = names("全力建设中俄蒙国际物流园区，全年计划投资3亿元，用于基础设施和项目建设。")
    assert [n for n, v in got if v == Decimal("3")] == ["中俄蒙国际物流园区投资"]


@pytest.mark.unit
@pytest.mark.parametrize("snippet, expected", [
    # heilongjiang, jilin 2026: what a campaign or a policy drives is named after it
    ("消费潜能不断激活，开展提振消费专项行动，组织系列促消费活动，拉动消费728.4亿元。",
     ("系列促消费活动拉动消费", Decimal("728.4"))),
    ("释放消费动能，扩围实施“以旧换新”政策，拉动消费285.6亿元。", ("“以旧换新”政策拉动消费", Decimal("285.6"))),
])
def test_what_a_policy_drives_is_named_after_it(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected, part", [
    # hainan 2026 (gold 城市更新行动投资): the programme carried out, cut from its investment at 、
    ("推进城市更新立法，大力实施城市更新行动、完成投资220亿元。", ("城市更新行动投资", Decimal("220")), "plan"),
    # liaoning 2026: the cooperation going on in the clause before
    ("鞍本钢、鞍凌钢实现重组，央地合作持续深化，完成投资3500亿元。", ("央地合作投资", Decimal("3500")), "review"),
    # qinghai 2026: a fund of the programme going on in the clause before
    ("对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个。",
     ("对口援青和东西部协作资金", Decimal("27.3")), "review"),
])
def test_the_programme_of_the_clause_before_owns_the_money(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # jinghai 2021: a task done names no programme that owns the money (the projects of the next clause do:
    # 帮扶项目资金, tests/test_names39.py)
    ("全面完成东西部扶贫协作和支援合作任务，累计投入资金2.4亿元。",
     ("投入资金", Decimal("2.4")), "review"),
    # shandong 2026: what is pushed forward is no programme noun (扩围提质)
    ("实施提振消费“五大工程”，推进以旧换新扩围提质，落实资金280多亿元，带动商品销售2000多亿元。",
     ("落实资金", Decimal("280")), "review"),
])
def test_money_after_a_clause_naming_no_programme_keeps_its_name(snippet, expected, part):
    assert expected in names(snippet, part)
