"""Money of one work in a run of investments (names130, issue 13; docs/checks/names130.md): a level of money named by a
work alone after an investment in its sentence is that work's investment. The dev report and the probe text are read
whole (hailaer-2013 as ``pk build`` reads it; tests/data/constructed, annotated before the tool ran on it)."""
from __future__ import annotations

from pathlib import Path

import pytest

from audit_helpers import family_only, without_rule
from quantity_helpers import probe_figure, report_figure

pytestmark = pytest.mark.unit

HAILAER_2013 = Path(__file__).resolve().parent.parent / "data" / "corpus" / "hailaer" / "hailaer-2013.txt"


@pytest.mark.parametrize("quote, expected", [
    # the list 投资3500万元的A改造、3800万元的B改造、729万元的C改造…: was 背街巷道改造, 旧有小区供热改造 (names130's
    # blind reader: no measure)
    ("3800万元的背街巷道改造", "背街巷道改造投资"),
    ("729万元的旧有小区供热改造", "旧有小区供热改造投资"),
    # after 投资12.4亿元的保障性住房…: was 呼伦社区文体馆项目
    ("550万元呼伦社区文体馆项目", "呼伦社区文体馆项目投资"),
])
def test_works_after_an_investment_are_invested(quote, expected):
    assert report_figure(HAILAER_2013, quote).indicator == expected


def test_a_part_of_an_investment_is_invested():
    # the figs-countycity-2019 gold: 完成重点工程投资186亿元，其中交通工程72亿元 → 交通工程投资 (was 交通工程)
    assert probe_figure("figs-countycity-2019", "交通工程72亿元").indicator == "交通工程投资"


@pytest.mark.parametrize("path, quote, expected", [
    # controls: the investment itself, and a figure of another measure after it, keep their names
    (HAILAER_2013, "投资1.27亿元的公路客运总站", "公路客运总站投资"),
    (Path(__file__).parent / "data" / "constructed" / "figs-countycity-2019.txt", "完成重点工程投资186亿元", "重点工程投资"),
])
def test_investment_controls(path, quote, expected):
    assert report_figure(path, quote).indicator == expected


def test_the_rule_is_audited_on_two_families():
    assert not family_only("shared_investments")
    assert without_rule("shared_investments", lambda: probe_figure("figs-countycity-2019", "交通工程72亿元").indicator) \
        == ("交通工程", "交通工程投资")


@pytest.mark.parametrize("stem, quote, expected", [
    # 出让 transfers land: the area transferred (the probe golds; was 国有建设用地面积, 经营性用地面积)
    ("figs-county-2019", "出让国有建设用地2860亩", "国有建设用地出让面积"),
    ("figs-district-2024", "出让经营性用地1260亩", "经营性用地出让面积"),
    # 违法建设 is a thing removed, no building act (the probe gold; was 违法建设面积)
    ("figs-district-2012", "拆除违法建设180万平方米", "违法建设拆除面积"),
])
def test_land_transferred_and_buildings_removed_keep_the_act(stem, quote, expected):
    assert probe_figure(stem, quote).indicator == expected


@pytest.mark.parametrize("path, quote, expected", [
    # controls: money of a transfer keeps its name (the probe gold); buildings removed named as a noun of their own
    # keep the act as before (hailaer-2018's gold)
    (Path(__file__).parent / "data" / "constructed" / "figs-district-2024.txt", "土地出让收入96亿元", "土地出让收入"),
    (Path(__file__).resolve().parent.parent / "data" / "corpus" / "hailaer" / "hailaer-2018.txt", "拆除各类违建9.6万平方米",
     "违建拆除面积"),
])
def test_transfer_controls(path, quote, expected):
    assert report_figure(path, quote).indicator == expected


@pytest.mark.parametrize("rule_id, stem, quote, off, on", [
    ("transferred_land", "figs-district-2024", "出让经营性用地1260亩", "经营性用地面积", "经营性用地出让面积"),
    ("building_nouns", "figs-district-2012", "拆除违法建设180万平方米", "违法建设面积", "违法建设拆除面积"),
])
def test_the_land_rules_are_audited_on_two_families(rule_id, stem, quote, off, on):
    assert not family_only(rule_id)
    assert without_rule(rule_id, lambda: probe_figure(stem, quote).indicator) == (off, on)
