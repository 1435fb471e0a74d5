"""Figures stated in lists whose values or members went astray (names74, issue 13;
docs/checks/indicator-names74.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import extract, name_of, names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence", [
    # controls: a sum (jiangsu), groups (sichuan, shanxi), a share of a whole (guangxi): one figure each
    "限上仓储会员店、集合店零售额合计增长15.7%。",
    "新能源汽车、光伏产品、锂电池“新三样”出口增长69.4%。",
    "电动汽车、锂电池、光伏产品“新三样”出口年均增长18%。",
    "新产业、新产品对工业增长贡献超50%。",
    # qinghai 2026: one sector's official name
    "交通运输、仓储和邮政业增长8.5%。",
])
def test_a_sum_a_group_or_a_share_of_a_list_stays_one_figure(sentence):
    assert len(names(sentence, "review")) == 1


def test_a_respective_value_of_another_unit_is_read_for_the_next_member():
    # shanghai 2026: 453.8万吨 was dropped and 1.35亿人次 named with both members
    sentence = "上海机场航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨，分别增长8.3%、7.9%。"
    got = {(q.indicator, str(q.value), q.unit) for q in extract(sentence, "review", 2026)}
    assert ("货邮吞吐量", "453.8", "万吨") in got
    assert not any("和" in n for n, _, _ in got)



@pytest.mark.parametrize("sentence, value, expected", [
    # guangdong 2026: 214对 was dropped and 69家 named with both members
    ("国际友城和外国驻穗总领馆分别增至214对和69家。", "214", "国际友城数量"),
    ("国际友城和外国驻穗总领馆分别增至214对和69家。", "69", "外国驻穗总领馆数量"),
    # fujian 2026, liaoning 2026: a count of pairs was no figure
    ("国际友城达137对，“留学福建”品牌更加响亮。", "137", "国际友城数量"),
    ("国际友城达到96对。", "96", "国际友城数量"),
])
def test_a_count_of_pairs_is_a_figure(sentence, value, expected):
    assert name_of(sentence, value) == expected


def test_pairs_go_uncounted_where_no_clause_ends_after_them():
    # control: 1对1 is a way of helping, not a count of pairs
    assert [str(v) for _, v in names("开展1对1帮扶3000人。", "plan")] == ["3000"]
