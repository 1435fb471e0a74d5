"""Indicator names (issue 13, item 2): a sentence opening with its topic (X方面，…) owns its bare measures
and its counts of bare projects; a topic that is no noun phrase owns none, and named figures keep their
names. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit

_ROADS = ("公路方面，新开工晏城至表白寺等2个项目，提速庆云至章丘等23个续建项目，建成通车济南至宁津等5个项目，"
          "高速公路里程突破9500公里。")
_GAS = "非常规天然气发展方面，加快增储上产，推动大吉煤层气田等项目建设，力争产量突破200亿立方米、投资超120亿元。"


@pytest.mark.parametrize("snippet, expected", [
    # shandong 2026: counts of projects at each stage
    (_ROADS, ("公路新开工项目数量", Decimal("2"))),
    (_ROADS, ("公路续建项目数量", Decimal("23"))),
    (_ROADS, ("公路项目建成数量", Decimal("5"))),     # the making act after the grouped things (names117; gold …建成通车数量)
    # shanxi 2026: a word of developing the topic left out; an output and an investment
    (_GAS, ("非常规天然气产量", Decimal("200"))),
    (_GAS, ("非常规天然气投资", Decimal("120"))),
    # a topic sentence after another sentence of the paragraph
    ("铁路方面，抓好6条续建高铁建设。" + _ROADS, ("公路续建项目数量", Decimal("23"))),
])
def test_the_topic_of_a_sentence_owns_its_bare_figures(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected, part", [
    # shandong 2026: a figure named by its own words keeps them
    (_ROADS, ("高速公路里程", Decimal("9500")), "plan"),
    ("就业方面，城镇新增就业124.9万人。", ("城镇新增就业人数", Decimal("124.9")), "review"),
    # shanxi 2026: a topic ending in a verb phrase is no owner
    ("煤炭智能绿色安全开采方面，抓好产能接续，产量稳定在13亿吨左右。", ("产量", Decimal("13")), "plan"),
])
def test_no_topic_for_named_figures_or_a_verb_phrase(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("name, code", [
    # shandong 2026: road projects counted by the topic's name stay projects; a length of roads stays roads
    ("公路新开工项目数量", "projects"),
    ("公路续建项目数量", "projects"),
    ("道路工程数量", "rural-roads"),
    ("非常规天然气产量", "energy-output"),
])
def test_a_topics_projects_keep_their_concept(name, code):
    from policykg.emit.concepts import match
    assert match(name)[0].code == code
