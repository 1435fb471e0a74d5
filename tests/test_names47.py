"""Indicator names (issue 13 item 2, names47): list members named right (docs/checks/indicator-lists-names47.md).

A modifier-only member borrows the last member's head cut at a word, not at its own length (船舶、航空航天行业增加值 →
船舶行业增加值), and a longer member written parallel to the last one borrows it too (美丽河湖、美丽海湾建成率); 新增
before a list's first number is the later members' act (新增2个X、19个Y → 新增Y数量). Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # jilin 2026 (gold: 人参全产业链产值), was 人参菌全产业链产值
    ("人参、食用菌全产业链产值分别达到1230亿元、120亿元。", ("人参全产业链产值", Decimal("1230"))),
    # liaoning 2026, was 船舶航天行业增加值
    ("船舶、电子专用材料、航空航天行业增加值分别增长84.8%、17.5%、12.3%。", ("船舶行业增加值", Decimal("84.8"))),
    # yunnan 2026, was 蔬菜果设施产量占比
    ("蔬菜、小浆果设施产量占比分别提高15、22个百分点。", ("蔬菜设施产量占比", Decimal("15"))),
    # shandong 2026 (gold: 美丽河湖建成率), was 美丽河湖
    ("美丽河湖、美丽海湾建成率分别达到30%、50%。", ("美丽河湖建成率", Decimal("30"))),
    # ningxia 2026, was 急难型 (a rise by an amount: 增加额, names72)
    ("急难型、支出型临时救助最低标准分别提高100元、150元。", ("急难型临时救助最低标准增加额", Decimal("100"))),
])
def test_a_modifier_member_borrows_the_head_after_the_last_members_modifier(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # fujian 2026
    ("新增2个国家先进制造业集群、19个国家中小企业特色产业集群。", ("新增国家中小企业特色产业集群数量", Decimal("19"))),
    # shanxi 2026 (gold: 新增现代农业产业园数量)
    ("新增1个国家级优势特色产业集群、1—2个现代农业产业园。", ("新增现代农业产业园数量", Decimal("1"))),
    # yunnan 2026: every later member, however far down the list
    ("新增7名“两院”院士、9个全国重点实验室、1个国家级技术创新中心。", ("新增国家级技术创新中心数量", Decimal("1"))),
])
def test_the_flow_before_a_lists_first_number_is_every_members(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # jiangxi 2026: the member joins the rest of the last member's first word (城镇 + 居民); a 、 list writing each
    # population keeps the written series (names119; was the alias 城镇常住居民…)
    ("城镇、农村居民人均可支配收入分别增长4.3%、5.7%。", ("城镇居民人均可支配收入", Decimal("4.3"))),
    # yunnan 2026: 第一 + 产业 of 第三产业
    ("第一、第三产业增加值分别增长3.1%、5.1%。", ("第一产业增加值", Decimal("3.1"))),
    # liaoning 2026: the last member is one word; the cut at the member's length stays
    ("刑事、治安案件分别下降12%、3.3%。", ("刑事案件数量", Decimal("-12"))),
    # fujian 2026: equal modifiers, cut at a word already
    ("食品、药品抽检合格率分别达99.62%、99.71%。", ("食品抽检合格率", Decimal("99.62"))),
])
def test_a_cut_at_the_members_length_that_reads_right_stays(sentence, expected):
    assert expected in names(sentence)


def test_a_figure_after_a_comma_is_no_member_of_the_list_before():
    # anhui 2026: 197家… is a clause of its own, not added by the 新增 of the clause before
    got = names("全省新增8个国家级临床重点专科，197家二级以上医院开设体重管理门诊。")
    assert ("新增国家级临床重点专科数量", Decimal("8")) in got
    assert ("二级以上医院开设体重管理门诊数量", Decimal("197")) in got


def test_a_making_act_of_the_list_is_still_shared_as_before():
    # jilin 2026: 建设 closes each member's name, no 新增 is written
    got = names("建设10个县级综合养老服务中心、60个乡镇区域养老服务中心、120个村级养老服务站点。")
    assert ("村级养老服务站点建设数量", Decimal("120")) in got
