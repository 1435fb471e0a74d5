"""Whose a bare measure is when the sentence's first clause states what a thing did. A measure word alone
opening the clause right after (吉化乙烯项目投产，总产能达190万吨; 服务业支撑作用更加明显，增加值跨上3万亿元)
measures the noun subject of that clause: X总产能, X增加值, not the place's (names49; issue #13 item 2)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .earlier_clauses import clauses_before, opening_words, within_bounds
from .qlexicon import qwords


def _w(key: str):
    return qwords("clause_subjects", key)


def clause_subject(clause: str) -> str:
    """The nouns opening ``clause`` when a verb or an adverb follows them right away, or ''."""
    if re.search(_w("not_in_clause"), clause):
        return ""       # a figure or a list in the clause: the measure may be any member's
    subject = opening_words(clause, "clause_subjects", lambda word, tag: tag in _w("subject_tags"))
    if not within_bounds(subject, "clause_subjects") or re.search(_w("measure_end"), subject):
        return ""
    return subject


def own_clause_subjects(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a figure named by a measure word alone (总产能, 增加值) opening the second clause of its sentence
    is the measure of the subject of the first (X项目投产，总产能达N万吨 → X项目总产能)."""
    for q in starting_in(sspan, out):
        base = str(q.attrs.get("indicator_base") or "")
        if base not in _w("measures") or not q.label.startswith(base):
            continue
        clauses = clauses_before(text, sspan, q.span.start, "clause_subjects")
        if len(clauses) != 1:
            continue    # the measure must open the clause right after the sentence's first
        subject = clause_subject(clauses[0][0])
        if subject and subject not in base:
            rename(q, subject + base)
