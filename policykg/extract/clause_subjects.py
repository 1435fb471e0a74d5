"""Whose a bare measure is when the sentence's first clause states what a thing did. A measure word alone
opening the clause right after (吉化乙烯项目投产，总产能达190万吨; 服务业支撑作用更加明显，增加值跨上3万亿元)
measures the noun subject of that clause: X总产能, X增加值, not the place's (names49; issue #13 item 2). A first
clause stating how a programme, process or zone goes (农牧业产业化进程加快, X试验区二期加快建设) owns the thing
opening the clause right after (规模以上企业达到N家, 在园师生规模N人) as well (names89)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .earlier_clauses import clauses_before, opening_words, within_bounds
from .qlexicon import alias_map, qwords


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


def state_topic(clause: str) -> str:
    """The programme, process or zone whose course ``clause`` states, the clause closing on it (X进程加快,
    X制度保障水平不断提高, X二期加快建设), or ''."""
    m = re.fullmatch(qwords("topic_states", "state"), clause.strip())
    return m["topic"] if m and within_bounds(m["topic"], "topic_states") else ""


def own_topic_states(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a figure whose thing opens the second clause of its sentence (参合率达到N%) is that of the topic whose
    course the first clause states (新农合制度保障水平不断提高 → 新农合参合率); not a figure of the place's own
    (an indicator of the alias table), nor one whose clause opens with an act."""
    for q in starting_in(sspan, out):
        base = q.name_base
        if not q.label.startswith(base) or base in alias_map() or q.indicator in alias_map():
            continue
        clauses = clauses_before(text, sspan, q.span.start, "topic_states")
        topic = state_topic(clauses[0][0]) if len(clauses) == 1 else ""
        if topic and topic not in base:
            rename(q, joined(topic, base))


def joined(owner: str, base: str) -> str:
    """``owner`` put before ``base``, a word closing the one and opening the other written once (农牧业产业化 +
    产业化龙头企业 → 农牧业产业化龙头企业)."""
    k = next((k for k in range(min(len(owner), len(base)), 1, -1) if owner.endswith(base[:k])), 0)
    return owner + base[k:]
