"""Indicator names (issue 13, names60): four shapes review27 left alone (docs/checks/review27.md), each fixed
at the pass that makes the name. Sentences of our own in the shape, and the dev sentences (jiangsu, guizhou,
shanxi, hainan, chongqing 2026) that keep or get their names."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import extract, names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    ("在校大学生就业率达到95%。", ("在校大学生就业率", Decimal("95"))),
    ("全年在建重点项目120个。", ("在建重点项目数量", Decimal("120"))),
    ("在职职工医保参保率达到98%。", ("在职职工医保参保率", Decimal("98"))),
    # jiangsu 2026: jieba reads 在建 as a verb, which the peeling took for the act done on the thing
    ("在建高品质住宅项目达383个。", ("在建高品质住宅项目数量", Decimal("383"))),
])
def test_a_not_stray_word_is_no_act_peeled_off(sentence, expected):
    assert expected in names(sentence, "plan", 2026)


@pytest.mark.parametrize("sentence, expected", [
    # guizhou, shanxi 2026 (gold 在建铁路项目数量, 在建抽水蓄能项目数量): the 在建 after the count stays too
    ("推动4个在建铁路项目加快建设。", ("在建铁路项目数量", Decimal("4"))),
    ("抓好4个在建抽水蓄能项目建设。", ("在建抽水蓄能项目数量", Decimal("4"))),
])
def test_zaijian_after_a_count_is_kept(sentence, expected):
    assert expected in names(sentence, "plan", 2026)


@pytest.mark.parametrize("sentence, expected", [
    ("改造更新老旧小区120个。", ("老旧小区改造更新数量", Decimal("120"))),
    ("改造更新城镇老旧管网800公里。", ("城镇老旧管网改造更新长度", Decimal("800"))),
    # the order names58 made whole stays as it was
    ("更新改造老旧渔船952艘。", ("老旧渔船更新改造数量", Decimal("952"))),
])
def test_the_reversed_compound_is_named_whole(sentence, expected):
    assert expected in names(sentence, "plan", 2026)


def test_taitao_is_one_unit():
    got = extract("更新改造老旧设备1200台套。", "plan", 2026)
    assert [(q.indicator, q.value, q.unit) for q in got] == [("老旧设备更新改造数量", Decimal("1200"), "台套")]


def test_a_single_tai_stays_a_unit():
    got = extract("更新改造老旧设备1200台。", "plan", 2026)
    assert [(q.indicator, q.unit) for q in got] == [("老旧设备更新改造数量", "台")]


@pytest.mark.parametrize("sentence", [
    "研发投入强度达到地区生产总值的2.8%。",
    "全市研发经费投入强度达到全市生产总值的3%左右。",
])
def test_an_intensity_against_output_is_the_rate_itself(sentence):
    # the alias of the guideline names it (全社会研发投入强度), no share of output (…占地区生产总值比重)
    assert [n for n, _ in names(sentence, "plan", 2026)] == ["全社会研发投入强度"]


def test_an_intensity_share_of_an_average_stays_a_share():
    # 占 names a share of the average, not the intensity itself: share_done keeps it (not rate_done)
    assert names("能耗强度占全国平均的80%。", "plan", 2026) == [("能耗强度占全国比重", Decimal("80"))]


def test_intensity_levels_keep_their_names():
    # hainan, chongqing 2026 (gold 研发投入强度, 全社会研发经费投入强度)
    assert names("研发投入强度提升至1.8%。", "plan", 2026) == [("全社会研发投入强度", Decimal("1.8"))]
    assert names("全社会研发经费投入强度达到3.25%。", "plan", 2026) == [("全社会研发经费投入强度", Decimal("3.25"))]
