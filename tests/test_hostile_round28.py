"""Hostile use, round 28: real dev reports in the shapes users' files come in (PDF text, Word exports,
scraped pages; tests/shape_variants.py) give the original's figures (docs/checks/shapes-hostile28.md)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import shape_variants as sv
from metamorphic_helpers import facts_of

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
JINGHAI = ROOT / "data" / "reports" / "jinghai-2021.txt"
ANHUI = ROOT / "data" / "corpus" / "provincial-2026" / "anhui-2026.txt"      # dev
HAILAER = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2013.txt"          # dev, GBK


def figures(text: str) -> Counter:
    """A report's figures (value, unit, comparator, period, indicator), wherever they stand."""
    doc, facts = facts_of(text.encode("utf-8"))
    return Counter((q.kind, q.indicator, str(q.value), str(q.upper_value), q.unit, q.comparator,
                    q.start_year, q.end_year) for q in facts.quantities)


@pytest.fixture(scope="module")
def original():
    cache: dict[Path, tuple[str, Counter]] = {}

    def get(path: Path):
        if path not in cache:
            text = sv.text_of(str(path))
            cache[path] = text, figures(text)
        return cache[path]
    return get


def _same(before: Counter, after: Counter) -> None:
    assert sum(before.values()) > 50
    assert after == before, f"lost {dict(before - after)}, gained {dict(after - before)}"


def test_full_width_letters_read_as_ascii(original):
    """A Word export types letters full-width too (５Ｇ-Ａ, ＧＤＰ, 万Ｐ): indicator names kept them and
    1.7万Ｐ lost its unit (Anhui: 2 of 174 figures lost, 3 renamed); only digits and ％ were folded."""
    text, before = original(ANHUI)
    _same(before, figures(sv.full_width(text)))


@pytest.mark.parametrize("path", [JINGHAI, HAILAER], ids=["jinghai", "hailaer2013"])
def test_a_space_before_the_percent_sign(original, path):
    """A scraped page's no-break space between a number and ％ (增长4 %) lost the figure (Jinghai:
    22 of 94 figures, Hailar 2013: 15 of 115)."""
    text, before = original(path)
    _same(before, figures(sv.odd_spaces(text)))


def test_a_page_number_between_blank_lines(original):
    """PDF text whose page number stands between blank lines (— 3 —) split the paragraph there: its
    tail lost the paragraph's year (Jinghai: four 2020 figures read as the plan's 2016–2020)."""
    text, before = original(JINGHAI)
    _same(before, figures(sv.hard_wrap(text, 64, 38, sv._clutter_dash)))


def test_markdown_bold_headings(original):
    """A Markdown export's headings in ** ** were no headings: targets of the year's tasks were read as
    outcomes (Jinghai: 38 of 94 figures changed, as with no headings at all)."""
    text, before = original(JINGHAI)
    _same(before, figures(sv.markdown_bold(text)))


def test_markdown_hash_headings(original):
    """A Markdown export's headings as ## 一、… were no headings either (Hailar 2013: 56 of 115 figures
    changed, as with no headings at all)."""
    text, before = original(HAILAER)
    _same(before, figures(sv.markdown_hash(text)))


def test_a_letter_spaced_text_reads_its_year(original):
    """A PDF text layer spaced letter by letter (2 0 2 1 年 1 月 1 3 日) was refused: 'no year found in
    the report's header' (the spaces between digits stayed)."""
    text, before = original(JINGHAI)
    _same(before, figures(sv.letter_spaced(text)))


def test_a_letter_spaced_text_is_a_report(original):
    """Hailar 2013 spaced letter by letter was refused as 'not a government work report (no
    政府工作报告/各位代表 text found)': the words were looked up in the text as written only."""
    text, before = original(HAILAER)
    _same(before, figures(sv.letter_spaced(text)))
