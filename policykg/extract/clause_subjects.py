"""Whose a bare measure is when the sentence's first clause states what a thing did. A measure word alone
opening the clause right after (吉化乙烯项目投产，总产能达190万吨; 服务业支撑作用更加明显，增加值跨上3万亿元)
measures the noun subject of that clause: X总产能, X增加值, not the place's (names49; issue #13 item 2)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .qlexicon import pos_of, qwords, starts_with_verb


def _w(key: str):
    return qwords("clause_subjects", key)


def clause_subject(clause: str) -> str:
    """The nouns opening ``clause`` when a verb or an adverb follows them right away, or ''."""
    if re.search(_w("not_in_clause"), clause) or starts_with_verb(clause):
        return ""       # a figure or a list in the clause: the measure may be any member's
    words = pos_of(clause)
    subject = ""
    for i, (word, tag) in enumerate(words):
        if tag in _w("subject_tags"):
            subject += word
            continue
        if tag not in _w("act_tags") or i == 0:
            return ""
        break
    else:
        return ""       # nothing done: a heading or a plain noun phrase
    bounds = _w("subject_chars")
    if not bounds[0] <= len(subject) <= bounds[1] or re.search(_w("measure_end"), subject) \
            or re.match(_w("not_subject"), subject):
        return ""
    return subject


def own_clause_subjects(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a figure named by a measure word alone (总产能, 增加值) opening the second clause of its sentence
    is the measure of the subject of the first (X项目投产，总产能达N万吨 → X项目总产能)."""
    for q in starting_in(sspan, out):
        base = str(q.attrs.get("indicator_base") or "")
        if base not in _w("measures") or not q.label.startswith(base):
            continue
        clauses = re.split(_w("clause_marks"), text[sspan.start:q.span.start])
        if len(clauses) != 2 or clauses[1].strip(_w("lead")):
            continue    # the measure must open the clause right after the sentence's first
        subject = clause_subject(clauses[0].strip())
        if subject and subject not in base:
            rename(q, subject + base)
