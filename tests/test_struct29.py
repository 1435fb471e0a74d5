"""struct29: a report whose part headings are missing (or not recognised) takes each paragraph's part
from its own opening time words and phrases (structure/part_cues.py), so a review's results stay
outcomes of their years and this year's plan stays targets (docs/checks/shapes-hostile28.md, no-headings
and one-paragraph rows). Real dev text with its headings removed (tests/shape_variants.py)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import shape_variants as sv
from metamorphic_helpers import facts_of
from policykg.structure.part_cues import PartTracker, opening_kind

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
JINGHAI = ROOT / "data" / "reports" / "jinghai-2021.txt"                     # dev, 2021
HAILAER = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2013.txt"          # dev, 2013, GBK


def figures(text: str) -> Counter:
    """(kind, value, unit, comparator, period) of every figure of a report."""
    _, facts = facts_of(text.encode("utf-8"))
    return Counter((q.kind, str(q.value), q.unit, q.comparator, q.start_year, q.end_year) for q in facts.quantities)


def _kinds_of(text: str, quote: str) -> set:
    """(kind, period) of the figures whose stated text is in QUOTE's clause (every figure for "")."""
    doc, facts = facts_of(text.encode("utf-8"))
    at = doc.text.find(quote)
    assert at >= 0, quote
    inside = (lambda q: at <= q.span.start < at + len(quote)) if quote else (lambda q: True)
    return {(q.kind, q.start_year, q.end_year) for q in facts.quantities if inside(q)}


@pytest.mark.parametrize("path", [JINGHAI, HAILAER], ids=["jinghai", "hailaer2013"])
def test_no_headings_keeps_every_figure_and_its_period(path):
    """Without its heading lines the review was read as this year's plan: Jinghai kept 56 of 94
    figures (年均增长2.3% a 2021 target), Hailar 2013 59 of 115 (完成235.2亿元 a 2013 target)."""
    text = sv.text_of(str(path))
    before = figures(text)
    assert sum(before.values()) > 80
    after = figures(sv.no_headings(text))
    assert after == before, f"lost {dict(before - after)}, gained {dict(after - before)}"


def test_a_past_result_stays_an_outcome_and_a_plan_figure_a_target():
    text = sv.no_headings(sv.text_of(str(JINGHAI)))
    assert _kinds_of(text, "地区生产总值年均增长2.3%") == {("Outcome", 2016, 2020)}
    assert _kinds_of(text, "引进北京项目50个以上") == {("Target", 2021, 2021)}


def test_one_paragraph_of_a_review_is_read_as_the_past_year():
    """A file holding only the header and the review's first paragraph (全年地区生产总值完成235.2亿元，
    同比增长18.5%…): its 23 figures were 2013 targets, they are 2012 outcomes."""
    text = sv.one_paragraph(sv.text_of(str(HAILAER)))
    kinds = _kinds_of(text, "")
    assert ("Outcome", 2012, 2012) in kinds
    assert all(k == "Outcome" for k, _, _ in kinds)


@pytest.mark.parametrize("opening, kind", [
    ("“十三五”时期是全面建成小康社会的决胜阶段，", "review"),
    ("各位代表，2020年是全面建成高质量小康社会和“十三五”规划收官之年，", "review"),
    ("2021年是实施“十四五”规划的第一年，", "plan"),
    ("“十四五”时期是静海在全面建成高质量小康社会基础上，", "outlook"),
    ("到2017年底，我区两项指标实现翻番，", "review"),
    ("抓紧制定2030年前碳排放达峰行动方案，", None),      # a year inside a clause: no time of the part
    ("加快推动科技创新。", None),
])
def test_opening_time_words(opening, kind):
    assert opening_kind(opening, 2021) == kind


def test_the_part_carries_until_a_cue_turns_it():
    t = PartTracker(2021)
    assert t.paragraph("五年来，我们认真落实全面从严治党要求。") == "review"
    assert t.paragraph("加快推动科技创新。实施科技创新三年行动计划。") == "review"
    assert t.paragraph("2021年是实施“十四五”规划的第一年，做好今年工作事关长远。") == "plan"
    assert t.paragraph("加快产业转型升级。") == "plan"
    assert t.sentence("去年，我们完成了改造。", first=False) == "review"
