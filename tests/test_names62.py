"""Indicator names (issue 13, names62): 150 dev outcomes read, half of them from the district reports; shapes on two
dev reports or more fixed (docs/checks/indicator-names62.md). The sentences are dev sentences, with neighbours that
keep their names."""
from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.extract.scopes import own_other_jurisdictions
from policykg.model import Metadata
from quantity_helpers import extract, names

pytestmark = pytest.mark.unit


def test_a_one_noun_list_member_takes_the_last_members_measure():
    # hainan 2026: 地表水 was named alone
    got = names("空气质量优良天数比例98.8%，PM2.5浓度11.8微克/立方米，地表水、近岸海域水质优良比例分别达96.9%、99.7%。",
                "review", 2026)
    assert ("地表水水质优良比例", Decimal("96.9")) in got
    assert ("近岸海域水质优良比例", Decimal("99.7")) in got


def test_a_ratio_closing_the_last_member_is_the_first_members_too():
    # shandong 2026: 非化石能源发电量 (no share) and 用电量占比 (no owner)
    got = names("全员劳动生产率持续提升，装备制造业营收、利润较快增长，民间投资占比达到64.7%，社会融资规模增长9%，"
                "制造业中长期贷款余额增长10.6%，非化石能源发电量、用电量占比均超过30%。", "review", 2026)
    assert ("非化石能源发电量占比", Decimal("30")) in got
    assert ("非化石能源用电量占比", Decimal("30")) in got


@pytest.mark.parametrize("sentence, expected", [
    # fujian 2026: a member that only qualifies the last one keeps borrowing its whole measure
    ("食品、药品抽检合格率分别达99.62%、99.71%，食品安全考核结果为A级。",
     [("食品抽检合格率", Decimal("99.62")), ("药品抽检合格率", Decimal("99.71"))]),
    # shanxi 2026: a parallel member borrows after its own word
    ("炼焦先进产能占比达到100%，炼铁、炼钢先进产能占比分别达到64.3%、62.3%。",
     [("炼铁先进产能占比", Decimal("64.3")), ("炼钢先进产能占比", Decimal("62.3"))]),
])
def test_list_members_that_borrowed_before_keep_their_names(sentence, expected):
    got = names(sentence, "review", 2026)
    for pair in expected:
        assert pair in got


@pytest.mark.parametrize("sentence", [
    "成为全国政府总法律顾问唯一试点省份和5个国际商事仲裁中心建设试点地区之一。",     # hainan 2026
    "东北虎豹国家公园成为全国首批5个国家公园之一。",                                  # jilin 2026
])
def test_the_set_a_place_is_one_of_is_no_figure(sentence):
    assert extract(sentence, "review", 2026) == []


def test_a_count_before_one_of_the_set_stays():
    # jilin 2026's next clause is a figure of its own
    assert ("高标准农田面积", Decimal("100")) in names("东北虎豹国家公园成为全国首批5个国家公园之一，建设高标准农田100万亩。",
                                                 "review", 2026)


@pytest.mark.parametrize("sentence, name, value", [
    # shanghai 2026: 首次全部 between the places and 获评
    ("“中国航天日”活动成功举办，全市16个区首次全部获评全国双拥模范城。", "全国双拥模范城区数量", Decimal("16")),
    # guangdong 2026: 新 before 获评 was glued to the things
    ("5个地级市和5个县级城市新获评全国文明城市。", "全国文明城市县级城市数量", Decimal("5")),
    # jiangxi 2026: 受命名 is a selection verb
    ("11个设区市受命名全国双拥模范城，实现“满堂红”。", "全国双拥模范城设区市数量", Decimal("11")),
])
def test_places_counted_into_a_title_are_named_by_it(sentence, name, value):
    assert (name, value) in names(sentence, "review", 2026)


def test_a_national_owner_written_in_the_figure_stays_after_a_scope_word():
    # shanghai 2026: 全市 before the number dropped the 全国 of the title the figure itself writes
    text = "“中国航天日”活动成功举办，全市16个区首次全部获评全国双拥模范城。"
    qs = extract(text, "review", 2026)
    own_other_jurisdictions(text, Metadata(place="上海市", place_level="province"), qs)
    assert [q.indicator for q in qs] == ["全国双拥模范城区数量"]


def test_a_national_owner_taken_from_the_figure_before_is_still_dropped():
    # the rule's own case: the nation's owner word not written in the figure's words goes after 全市
    text = "全国固定资产投资增长7%，全市增长12%。"
    qs = extract(text, "review", 2026)
    own_other_jurisdictions(text, Metadata(place="上海市", place_level="province"), qs)
    later = [q for q in qs if q.value == Decimal("12")]
    assert later and not later[0].indicator.startswith("全国")


def test_an_adverb_before_shixian_names_no_title():
    # jinghai 2021's gold: 120个困难村全部实现X counts the villages (困难村数量), as before names62
    got = names("在财力十分紧张的情况下，三年累计投入22亿元，120个困难村全部实现“三美四全五均等”。", "review", 2021)
    assert ("困难村数量", Decimal("120")) in got
