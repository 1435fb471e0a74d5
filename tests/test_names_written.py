"""An indicator spelled with more than its canonical name keeps the spelling (issue 13, item 2; names108): the
alias table's name less a run the text writes (外贸, 全体, 全社会, 财政) is the concept's, not the figure's name. The
table alone says so (names110: the spelling is its own entry; no code overrides a row)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.extract.phrases import normalise_indicator
from policykg.extract.qlexicon import alias_map
from test_names import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # xinjiang 2026: a qualifier opening the name (the gold 外贸进出口总额)
    ("规模以上工业增加值增长7.5%左右，固定资产投资增长8%左右，社会消费品零售总额增长6%左右，外贸进出口总额增长10%左右，"
     "一般公共预算收入增长10%左右。", ("外贸进出口总额", Decimal("10"))),
    # ningxia 2026: 全体 before the population (the gold 全体居民人均可支配收入)
    ("地方一般公共预算收入增长3%左右，全体居民人均可支配收入增长5%以上，城镇调查失业率控制在5.5%左右。",
     ("全体居民人均可支配收入", Decimal("5"))),
    # hailaer-2017: 全社会 before the investment, 财政 inside the budget's name (the golds)
    ("经济社会发展主要预期目标是:地区生产总值增长7.5%,达到326.4亿元;一般公共财政预算收入按可比口径增长7.5%;"
     "全社会固定资产投资增长10%,达到110.7亿元;社会消费品零售总额增长10%,达到164.1亿元。",
     ("全社会固定资产投资", Decimal("110.7"))),
])
def test_a_written_qualifier_stays_in_the_name(snippet, expected):
    assert expected in names(snippet, "plan")


def test_a_rewritten_spelling_still_takes_the_canonical_name():
    # hainan, hebei 2026: 全省生产总值 → 地区生产总值 (the golds); the share's reference is no one run
    assert ("地区生产总值", Decimal("5")) in names("全省生产总值增长5%左右。", "plan")
    assert normalise_indicator("税收占一般公共预算收入比重") == "税收占比"
    assert normalise_indicator("一般公共财政预算收入") == "一般公共财政预算收入"


def _drops_one_run(written: str, canon: str) -> bool:
    extra = len(written) - len(canon)
    return extra > 0 and any(written[:i] + written[i + extra:] == canon for i in range(len(canon) + 1))


def test_no_alias_row_drops_a_run_the_text_writes():
    # names110: such spellings are their own entries (indicators.yaml), so the table is the one source and the name
    # the alias table gives is the name the figure gets; a row of this shape would undo names108's decision
    assert [n for n, canon in alias_map().items() if _drops_one_run(n, canon)] == []


@pytest.mark.parametrize("name, code", [
    # the spelling kept links to the concept the canonical name linked to
    ("一般公共财政预算收入", "general-budget-revenue"), ("外贸进出口总额", "foreign-trade"),
    ("全体居民人均可支配收入", "disposable-income"), ("500万元以上固定资产投资", "fixed-asset-investment"),
])
def test_a_kept_spelling_links_its_concept_exactly(name, code):
    from policykg.emit.concepts import match
    assert (match(name)[0].code, match(name)[1]) == (code, "exact")
