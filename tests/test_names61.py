"""Indicator names (issue 13, names61): a fresh sample of 150 dev figures read; shapes on two dev reports or more fixed
where the name is made (docs/checks/indicator-names61.md). The sentences are dev sentences, with neighbours that keep
their names."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import extract, names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # hubei 2026: the legislative acts stay after the laws and rules counted
    ("提请省人大常委会审议地方性法规草案41件，制定、修改、废止省政府规章72部，办理人大代表建议3623件、政协提案3862件。",
     [("地方性法规草案提请审议数量", Decimal("41")), ("省政府规章制定修改废止数量", Decimal("72"))]),
    # jilin 2026: 人大常委会会议审议 is the legislature's name before 审议, as 人大常委会审议 is
    ("提请省人大常委会会议审议地方性法规草案8部，制定政府规章1部。",
     [("地方性法规草案提请审议数量", Decimal("8")), ("政府规章制定数量", Decimal("1"))]),
    # shandong 2026: 出台
    ("自觉接受省人大及其常委会依法监督、省政协民主监督，推动出台地方性法规350件，办理省人大代表建议4417件、政协委员提案4245件。",
     [("地方性法规出台数量", Decimal("350"))]),
    # hainan 2026: 提请审议 before a bill
    ("与省人大常委会定期开展立法协调，提请审议法规议案105件，办理人大代表建议1749件、政协提案2566件。",
     [("法规议案提请审议数量", Decimal("105"))]),
])
def test_legislative_acts_stay_after_the_laws(sentence, expected):
    got = names(sentence, "review", 2026)
    for pair in expected:
        assert pair in got


def test_handled_proposals_keep_their_bare_names():
    # hubei 2026: 办理 is no legislative act (hailaer-2018's gold: 办理人大代表建议N件 → 人大代表建议数量)
    got = names("提请省人大常委会审议地方性法规草案41件，制定、修改、废止省政府规章72部，办理人大代表建议3623件、政协提案3862件。",
                "review", 2026)
    assert ("人大代表建议数量", Decimal("3623")) in got
    assert ("政协提案数量", Decimal("3862")) in got


@pytest.mark.parametrize("sentence, name, comparator", [
    # guangdong 2026: a base of people right before the number makes the figure a rate; 超 is the comparator
    ("加大校园食堂、连锁餐饮、超市等重点场所食品抽检力度，食品抽检量超每千人6.6批次。", "每千人食品抽检量", ">"),
    # fujian 2026: a physical base is the unit's denominator; 低于 is the comparator
    ("污染防治攻坚战成效考核连续6年优秀，PM_2.5平均浓度低于每立方米19微克，县级城市和县城黑臭水体基本消除。", "PM2.5年均浓度", "<="),
])
def test_per_unit_base_before_the_number(sentence, name, comparator):
    got = [(q.indicator, q.comparator) for q in extract(sentence, "review", 2026)]
    assert (name, comparator) in got
    assert not any("每" in n and not n.startswith("每") for n, _ in got)


def test_per_people_base_opening_a_name_is_kept_whole():
    # hainan 2026: 每10万人口 was cut as a second figure and a threshold (每口…)
    got = names("新增普通高校7所，每10万人口高等教育平均在校生增长27%。", "review", 2026)
    assert ("每10万人口高等教育平均在校生", Decimal("27")) in got


def test_per_people_base_without_a_number_unchanged():
    # guizhou 2026
    got = names("加快构建居家为基础、社区为依托、机构为专业支撑、医养相结合的养老服务供给格局，每千人口拥有3岁以下婴幼儿托位数达4.59个，"
                "养老机构护理型床位占比达73.4%。", "review", 2026)
    assert ("每千人口拥有3岁以下婴幼儿托位数", Decimal("4.59")) in got


@pytest.mark.parametrize("sentence, expected", [
    # hainan 2026: a part of the figure before takes its flow
    ("新增减税降费及退税超800亿元，净增经营主体242.8万户，其中企业57.5万户。", ("净增企业数量", Decimal("57.5"))),
    ("新增技能人才39.87万人次，其中高技能人才7.65万人次。", ("新增高技能人才人次", Decimal("7.65"))),
    # jiangsu 2026
    ("总量达1461.4万户，新登记147万户、其中企业57.3万家。", ("新登记企业数量", Decimal("57.3"))),
    # guangdong 2026: a part of a stock stays a stock
    ("新登记经营主体320万户、增长13%，总量达2037.7万户，其中企业929.8万户。", ("企业数量", Decimal("929.8"))),
])
def test_a_part_takes_the_flow_of_the_figure_before(sentence, expected):
    assert expected in names(sentence, "review", 2026)


@pytest.mark.parametrize("sentence, expected", [
    # jiangxi 2026: a reach grown to so many partners keeps its subject
    ("出口通关效率稳居中部地区第1，对外贸易扩大至228个国家和地区，江西的国际“朋友圈”越来越大。",
     ("对外贸易国家和地区数量", Decimal("228"))),
    # qinghai 2026
    ("进出口总值实现翻番，对外贸易“朋友圈”扩大到155个国家和地区。", ("对外贸易“朋友圈”国家和地区数量", Decimal("155"))),
    # fujian 2026
    ("“先诊疗后付费”模式全面推广，“免陪照护服务”试点扩大至145家医院，医学检查检验结果互认项目达488项。",
     ("“免陪照护服务”试点医院数量", Decimal("145"))),
    # jinghai 2021: its gold keeps the bare partners when no subject is written
    ("我区成为全市唯一国家五金制品外贸转型升级基地，与196个国家和地区建立外贸联系，累计进出口总额819亿元。",
     ("国家和地区数量", Decimal("196"))),
])
def test_a_grown_reach_keeps_its_subject(sentence, expected):
    assert expected in names(sentence, "review", 2026)


@pytest.mark.parametrize("sentence, expected", [
    # sichuan 2026: the things ranking, after their measure and rank
    ("粮食年产量稳定在700亿斤以上，油菜籽等14种农产品产量居全国第1位，钒钛、硫铁等9种矿产查明资源量居全国第1位。",
     [("产量居全国第1位的农产品数量", Decimal("14")), ("查明资源量居全国第1位的矿产数量", Decimal("9"))]),
    # ningxia 2026
    ("全区5G用户渗透率、电信业务收入增幅等5项指标居全国第一。", [("居全国第一的指标数量", Decimal("5"))]),
    # neimenggu 2026
    ("规上工业增加值年均增长7%，稀土化合物、功能材料、煤制烯烃等80多种产品产能全国第一。", [("产能全国第一的产品数量", Decimal("80"))]),
    # guangxi 2026
    ("生态环境质量保持全国前列，7个设区市断面水环境质量进入全国前十，柳州连续六年保持第一。",
     [("断面水环境质量进入全国前十的设区市数量", Decimal("7"))]),
])
def test_things_ranking_in_the_country_are_counted(sentence, expected):
    got = names(sentence, "review", 2026)
    for pair in expected:
        assert pair in got


@pytest.mark.parametrize("sentence, expected", [
    # guangdong 2026: 处置 treats the things as 清理 and 化解 do, the list member after it too
    ("全面建立国土空间规划体系，实施全域土地综合整治，处置批而未供土地171.6万亩、闲置土地18.3万亩。",
     [("批而未供土地处置面积", Decimal("171.6")), ("闲置土地处置面积", Decimal("18.3"))]),
    # neimenggu 2026
    ("开展毁林毁草违规违法行为集中整治，处置毁林毁草问题1.9万个。", [("毁林毁草问题处置数量", Decimal("1.9"))]),
    # shanghai 2026 and hailaer-2018: after another treating verb 处置 is no act of its own (their golds)
    ("加强产业用地综合绩效评估，盘活处置低效产业用地20平方公里。", [("低效产业用地盘活面积", Decimal("20"))]),
    ("全区“三公”经费大幅削减，清退办公用房1.4万平方米，封停处置公车52辆。", [("公车封停数量", Decimal("52"))]),
])
def test_disposal_is_a_treating_act(sentence, expected):
    got = names(sentence, "review", 2026)
    for pair in expected:
        assert pair in got


@pytest.mark.parametrize("sentence, expected", [
    # qinghai and neimenggu 2026: 再 + a making act adds the things again, its 新 form after them (their golds)
    ("新改建普通省道和农村公路5000公里以上，基本消除农村次差公路，再建500座农牧区便民桥。", ("农牧区便民桥新建数量", Decimal("500"))),
    ("要推动行政审批事项能减则减、应放尽放、先减后放、网上办理，再推出20个“高效办成一件事”重点事项。",
     ("“高效办成一件事”重点事项新推出数量", Decimal("20"))),
    # liaoning 2026: 打造 is no making act, after 再 neither (names111: liaoning's gold)
    ("再打造30个“辽宁优品”，推动更多“辽品出辽”“辽品出海”。", ("“辽宁优品”数量", Decimal("30"))),
    # shanxi 2026: 办好 makes no things, and 再提高 is a change (qinghai), not a count
    ("今年再办好15件民生实事。", ("民生实事数量", Decimal("15"))),
])
def test_a_renewed_act_stays_after_the_things(sentence, expected):
    assert expected in names(sentence, "plan", 2026)


@pytest.mark.parametrize("act, expected", [("培育", "“辽宁优品”新培育数量"), ("引进", "“辽宁优品”新引进数量"),
                                           ("认定", "“辽宁优品”新认定数量"), ("建设", "“辽宁优品”新建数量")])
def test_a_renewed_act_replaces_the_plain_act_placed_after_the_things(act, expected):
    """review28: an act defining_act already places after the things (X培育数量) made X培育新培育数量. liaoning 2026's
    sentence with the other acts of renewed_acts that defining_act places (no dev report writes them after 再)."""
    sentence = f"再{act}30个“辽宁优品”，推动更多“辽品出辽”“辽品出海”。"
    assert (expected, Decimal("30")) in names(sentence, "plan", 2026)
