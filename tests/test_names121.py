"""Indicator names on text nobody tuned to, round three (names121, issue 13 item 2): four constructed probe reports
(tests/data/constructed/figs-city-2014, figs-prefecture-2018, figs-countycity-2022, figs-district-2025, annotated
before the tool was run on them). A range written with 至 (10%至11%, 300至350公里) is read as one as 4.5%—5% is;
a table written as prose (指标：数值) names each value by the words before its colon."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import brief, extract, name_of, probe_figure

pytestmark = pytest.mark.unit


def test_a_range_written_with_zhi_is_its_lower_bound():
    """Probe (city 2014, plan): 地区生产总值增长10%至11% gave 11% alone (and 300至350公里 350公里)."""
    assert [brief(q) for q in extract("地区生产总值增长10%至11%；公共财政预算收入增长10%。", "plan", 2014)][0] == (
        "地区生产总值", Decimal("10"), "%", ">=")
    assert brief(probe_figure("figs-city-2014", "新建农村公路300至350公里"))[1:] == (Decimal("300"), "公里", ">=")
    assert brief(probe_figure("figs-countycity-2022", "提高1.5至2个百分点"))[1:] == (Decimal("1.5"), "个百分点", ">=")


def test_zhi_after_a_verb_is_no_range():
    """Control: 缩小至 / 增长至 is the level reached, not a range (guangdong 2026's 从2.50:1缩小至2.2:1 shape)."""
    got = [brief(q) for q in extract("一般公共预算收入由120亿元增长至150亿元。", "review", 2026)]
    assert (Decimal("150"), "亿元") in [(v, u) for _, v, u, _ in got]


def test_a_table_written_as_prose_names_each_value_by_its_row():
    """Probe (city 2014, review): 地区生产总值：2100亿元，增长11.2%；公共财政预算收入：205亿元… gave 资金 to all ten."""
    sentence = ("全年主要指标完成情况是：地区生产总值：2100亿元，增长11.2%；公共财政预算收入：205亿元，增长14.3%；"
                "农民人均纯收入：11300元，增长12.6%。")
    assert [q.indicator for q in extract(sentence, "review", 2014)] == [
        "地区生产总值", "地区生产总值", "一般公共预算收入", "一般公共预算收入", "农民人均纯收入", "农民人均纯收入"]


def test_a_colon_before_words_still_ends_the_clause():
    """Control (the dev plans' 主要预期目标是：地区生产总值增长…): the words before such a colon name nothing after it."""
    assert name_of("今年主要预期目标是：地区生产总值增长6%左右。", "6", "plan") == "地区生产总值"


def test_a_population_opening_a_list_bounds_every_member():
    """Probe (prefecture 2018, review) and hailaer-2013 (plan; its gold 城乡居民基本医疗保险参保率, the names116 line):
    城乡居民 opening the first member of a respective list is every later member's, as a place scope is."""
    got = [q.indicator for q in extract("城乡居民基本养老保险和基本医疗保险参保率分别达到95%、98%。", "review", 2018)]
    assert got == ["城乡居民基本养老保险参保率", "城乡居民基本医疗保险参保率"]
    sentence = "确保城乡居民参加养老保险和基本医疗保险参保率保持在90%和98%以上。"
    assert name_of(sentence, "98", "plan", 2013) == "城乡居民基本医疗保险参保率"


def test_a_member_with_its_own_scope_keeps_it():
    """Control (sichuan 2026's shape): 城乡居民基础养老金、城市低保、农村低保标准分别… — 城市/农村 are the members' own."""
    got = [q.indicator for q in extract("城乡居民基础养老金、城市低保、农村低保标准分别提高20元、30元、25元。", "review", 2026)]
    assert not any(n.startswith("城乡居民城市") or n.startswith("城乡居民农村") for n in got)


def test_a_part_is_counted_by_the_act_of_its_whole():
    """Probe (city 2014, review): 开工建设保障性住房1.6万套，其中公共租赁住房4200套 named the part 公共租赁住房套数, the
    stock; a part is counted as the figure before it is (the guideline's 其中 line), its act closing the name."""
    assert name_of("开工建设保障性住房1.6万套，其中公共租赁住房4200套。", "4200", "review", 2014) == "公共租赁住房开工套数"


def test_a_part_after_a_flow_keeps_the_flow():
    """Control (names61's rule): 净增经营主体N户，其中企业M户 → 净增企业数量, unchanged."""
    assert name_of("净增经营主体3万户，其中企业1万户。", "1") == "净增企业数量"


def test_acts_sharing_one_thing_name_each_member_of_a_respective_list():
    """Probe (district 2025, plan): 新开工和续建市区重点项目分别为45个、110个 named both 市区重点项目数量, the acts lost."""
    got = [q.indicator for q in extract("新开工和续建市区重点项目分别为45个、110个。", "plan", 2026)]
    assert got == ["新开工市区重点项目数量", "续建市区重点项目数量"]


def test_a_list_of_things_is_not_read_as_acts():
    """Control: a list of things after one act (新建A、B分别…) keeps the list's own members."""
    got = [q.indicator for q in extract("新建幼儿园、中小学分别为8所、5所。", "plan", 2026)]
    assert got[1] != got[0] and all("幼儿园中小学" not in n for n in got)
