"""List members (names100, issue 13; docs/checks/names-lists-names100.md), on dev sentences: a member with no act of
its own shares the acts of the member before it, read in the words that member writes them in (新培育认定A 9个、B 3个 →
新培育认定B数量); one growth said once of a 、 list of whole indicators is each member's (names74's rule, restored
and extended to members alike)."""
from __future__ import annotations

import pytest

from audit_helpers import audit, audit_rule
from quantity_helpers import name_of, names

pytestmark = pytest.mark.unit

HEILONGJIANG = ("经济发展新引擎不断壮大，数字经济核心产业营收增长10.9%，生物经济重点产业营收快速增长，冰雪经济总产出增长"
                "13.2%，新培育认定省级文化创意中心9个、省级创意设计产业园区3个。")
SICHUAN = ("推进城市有机更新，启动城市更新创新模式试点，新开工改造城镇老旧小区4402个、城中村5.1万户、城市危旧房3.1万套（间），"
           "既有住宅加装（更新）电梯9555部，完成燃气、排水、供水管网改造9436公里。")


@pytest.mark.parametrize("text, value, expected", [
    (HEILONGJIANG, "3", "新培育认定省级创意设计产业园区数量"),   # was 省级创意设计产业园区认定数量: 新培育 lost
    (HEILONGJIANG, "9", "新培育认定省级文化创意中心数量"),       # the first member, as names99 left it
    (SICHUAN, "5.1", "城中村改造新开工户数"),                    # was 城中村改造户数: 新开工 lost
    (SICHUAN, "4402", "城镇老旧小区改造新开工数量"),             # the first member, unchanged
])
def test_later_member_reads_the_shared_acts_where_the_first_writes_them(text, value, expected):
    assert name_of(text, value) == expected


@pytest.mark.parametrize("text, value, expected", [
    # guangxi-2026 (= gold): a member with a 新+verb of its own keeps it, not the act before it (names86)
    ("实施科技创新支撑支柱产业高质量发展行动，力争攻克关键技术105项以上、新转化项目40个以上。", "40", "新转化项目数量"),
    # jiangxi-2026: members with acts of their own keep them
    ("大力推进法治政府、数字政府、服务型政府建设，累计提请省人大常委会审议省级地方性法规46件、制定省政府规章21件。", "21",
     "省政府规章制定数量"),
    # hubei-2026: a stock after a flow is another kind of thing, made by no act
    ("新增有进出口实绩企业1357家、总数突破1万家。", "1", "有进出口实绩企业总数"),
])
def test_members_with_their_own_acts_or_of_another_kind_are_left_alone(text, value, expected):
    assert name_of(text, value) == expected


def test_rule_is_registered_with_its_two_source_families():
    rule = audit_rule("shared_words")
    assert {audit.family(s + "-2026") for s in rule[2].split()} == {"heilongjiang", "sichuan"}


@pytest.mark.parametrize("text, expected", [
    # heilongjiang-2026 (= golds): exact concepts of the scheme
    ("社会消费品零售总额、固定资产投资增长4%左右。", ["社会消费品零售总额", "固定资产投资"]),
    # liaoning-2026 (golds: three entries, named …业): members alike, the marine industries
    ("海洋药物和生物制品、海洋电力、海洋旅游增速保持在10%以上。", ["海洋药物和生物制品", "海洋电力", "海洋旅游"]),
])
def test_one_growth_of_a_list_of_whole_indicators_is_each_members(text, expected):
    assert [n for n, _ in names(text)] == expected


@pytest.mark.parametrize("text, value, expected", [
    # jiangsu-2026: a sum (合计) of the members
    ("限上仓储会员店、集合店零售额合计增长15.7%。", "15.7", "限上仓储会员店、集合店零售额"),
    # qinghai-2026: one sector's official name
    ("服务业平稳趋好，交通运输、仓储和邮政业增长8.5%。", "8.5", "交通运输、仓储和邮政业"),
    # hainan-2026: modifiers before one head, neither exact concepts nor alike
    ("装备制造业、高端食品加工业产值年均增长超20%。", "20", "装备制造业、高端食品加工业产值"),
])
def test_a_list_that_is_no_list_of_whole_indicators_stays_one_figure(text, value, expected):
    assert [n for n, v in names(text, "review") if str(v) == value] == [expected]
