"""Indicator names on text nobody tuned to, round five (names124, issue 13 item 2): four constructed probe reports
(tests/data/constructed/figs-district-2012, figs-county-2018, figs-countycity-2019, figs-province-2015, annotated before
the tool was run on them) beside the earlier rounds' probes. A share written X占Y的比重 is named X占Y比重; a span of years
before 累计 is no part of a name; 同步 is an adverb of the act, no part of what is counted."""
from __future__ import annotations

import pytest

from quantity_helpers import probe_figure

pytestmark = pytest.mark.unit


def test_a_share_written_with_de_is_named_without_it():
    """Probes countycity 2019, district 2012, province 2015, banner 2021 and district 2024 gave X占Y的比重; every probe
    gold and 17 of the 18 dev golds of a 占…比重 share write X占Y比重 (hailaer-2013's one 的 realigned)."""
    assert probe_figure("figs-countycity-2019", "高新技术产业产值占规模以上工业总产值的比重达到46.8%").indicator \
        == "高新技术产业产值占规模以上工业总产值比重"
    assert probe_figure("figs-district-2012", "占一般预算支出的比重达到62%").indicator == "民生支出占一般预算支出比重"
    assert probe_figure("figs-province-2015", "研究与试验发展经费支出占地区生产总值的比重保持在6%左右").indicator \
        == "研究与试验发展经费支出占地区生产总值比重"
    assert probe_figure("figs-banner-2021", "民生投入占一般公共预算支出的比重保持在80%以上").indicator \
        == "民生投入占一般公共预算支出比重"


def test_a_span_of_years_before_a_running_total_is_no_part_of_the_name():
    """Probes countycity 2019 (三年累计完成) and province 2015 (四年累计完成) gave 一般公共预算收入三年/四年; the period
    holds the span, as it already did for 五年累计."""
    assert probe_figure("figs-countycity-2019", "一般公共预算收入三年累计完成690亿元").indicator == "一般公共预算收入"
    assert probe_figure("figs-province-2015", "一般公共预算收入四年累计完成1.4万亿元").indicator == "一般公共预算收入"
    assert probe_figure("figs-district-2012", "地方一般预算收入五年累计完成96亿元").indicator == "地方一般预算收入"


def test_tongbu_says_how_the_act_goes_not_what_is_counted():
    """Probes district 2012 (4座地铁站同步启用) and district 2025 (同步改造地下管网85公里) kept 同步 in the name; as the
    guideline's adverb between the things and the act closing them (N个X正式启用 → X启用数量), it goes."""
    assert probe_figure("figs-district-2012", "4座地铁站同步启用").indicator == "地铁站启用数量"
    assert probe_figure("figs-district-2025", "同步改造地下管网85公里").indicator == "地下管网改造长度"
