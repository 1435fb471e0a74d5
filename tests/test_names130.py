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
