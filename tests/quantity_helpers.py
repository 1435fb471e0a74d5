"""Helpers for the quantity tests: sentences with a Context guessed from part headings, the quantities
of a snippet under a given part, their (indicator, value) pairs, and a brief form of a quantity."""
from __future__ import annotations

import re
from decimal import Decimal

from policykg.extract.quantities import extract_quantities
from policykg.model import Context, Sentence
from policykg.structure.sentences import sentence_spans

_PART = re.compile(r"^[ \t\u3000]*([一二三四五六七八九十]+)、(.+)$", re.M)


def guess_sentences(text: str, year: int) -> list[Sentence]:
    """Sentences with a Context guessed from the nearest preceding part heading (一、… 二、…).

    Stand-in for policykg.structure: 回顾 → review; 时期/远景/规划 without a year → outlook;
    anything else → plan."""
    parts = [(m.start(), m.group(2).strip()) for m in _PART.finditer(text)]
    out = []
    for sp in sentence_spans(text):
        before = [p for p in parts if p[0] <= sp.start]
        kind, heads = None, []
        if before:
            label = before[-1][1]
            heads = [label]
            if re.search(r"回顾|过去", label):
                kind = "review"
            elif re.search(r"时期|远景|规划|主要考虑", label) and not re.search(r"20\d\d年", label):
                kind = "outlook"
            else:
                kind = "plan"
        out.append(Sentence(sp, text[sp.start:sp.end], context=Context(year, kind, heads)))
    return out


def extract(snippet: str, part_kind: str = "plan", year: int = 2021, heading: str = "") -> list:
    """Quantities of a snippet (one or more sentences) under a given part."""
    ctx = Context(year, part_kind, [heading] if heading else [])
    sents = [Sentence(sp, snippet[sp.start:sp.end], context=ctx) for sp in sentence_spans(snippet)]
    return extract_quantities(snippet, sents)


def names(snippet: str, part: str = "plan", year: int = 2026) -> list[tuple[str, Decimal]]:
    """(indicator, value) of each quantity of a snippet, in a report of 2026 unless told otherwise."""
    return [(q.indicator, q.value) for q in extract(snippet, part, year)]


def name_of(sentence: str, value: str, part: str = "review", year: int = 2026) -> str:
    """The indicator of the sentence's first figure whose value is written VALUE."""
    return next(n for n, v in names(sentence, part, year) if str(v) == value)


def brief(q) -> tuple:
    return (q.indicator, q.value, q.unit, q.comparator)


def report_figure(path, quote: str):
    """The tool's figure whose span holds the start of QUOTE in the whole report at PATH, as ``pk build`` reads it."""
    from policykg.evaluation import report_facts
    from policykg.read import read_report
    facts = report_facts(path)
    at = read_report(str(path)).text.index(quote)
    return next(q for q in facts.quantities if q.span.start <= at + len(quote) - 1 and at < q.span.end)


def probe_figure(stem: str, quote: str):
    """report_figure of a constructed probe report (tests/data/constructed/STEM.txt)."""
    from pathlib import Path
    return report_figure(Path(__file__).parent / "data" / "constructed" / f"{stem}.txt", quote)


def quantities_in(doc, quote: str, reach: int | None = None) -> list:
    """The quantities a whole read report (DOC, as ``read_report``/``read_bytes`` give it) states from the first QUOTE
    on, over its length (or REACH characters): the report built as ``pk build`` extracts it."""
    from policykg.extract import extract
    from policykg.read import for_matching
    from policykg.structure import parse
    doc = for_matching(doc)
    start = doc.text.index(quote)
    facts = extract(doc, parse(doc))
    return [q for q in facts.quantities if start <= q.span.start < start + (reach or len(quote))]
