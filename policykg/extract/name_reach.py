"""Whose places reached are when their clause opens with the verb of reach (…的通道网络，辐射全国N个城市): the
thing the clause right before closes on reaches them, as a subject written before the verb does
(``subjects.own_subjects``: X覆盖N个城市 → X覆盖城市数量; names122); and the places inside places reached, after 的,
are reached by the same thing (…通达全球N个国家和地区的M个港口 → X通达港口数量; names125). One pass: chongqing and
guangxi 2026. The words are data (``reach_openers`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from ..model import Quantity, Span, starting_in
from .qlexicon import pos_of, qwords


def _w(key: str):
    return qwords("reach_openers", key)


def _closing_thing(clause: str) -> str:
    """The nouns after the last 的 that ``clause`` closes on (…为中心的通道网络 → 通道网络), or ''."""
    m = re.search(_w("closing_thing"), clause)
    if not m:
        return ""
    words = pos_of(m["thing"])
    return m["thing"] if words and words[-1][1] in _w("noun_tags") else ""


def _unnamed_count(q: Quantity) -> bool:
    """Is ``q`` a count still named by the things written after its number alone?"""
    return q.attrs.get("source") == "right" and q.attrs.get("measure") == "count" \
        and q.name_base == q.attrs.get("phrase")


def own_reach_openers(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a count of things after its number whose clause opens with a verb of reach and its scope (辐射全国N个
    城市, 通达全球N个国家和地区) is named by the thing the clause before closes on, and the verb: X辐射城市数量; the
    list members after it in its clause (、N个铁路站点) and a clause of the same kind right after it have the same
    subject (X辐射铁路站点数量, X通达国家和地区数量)."""
    opener, marks = re.compile(_w("opener")), _w("clause_marks")
    subject, verb, opened = "", "", -1     # the subject given last, its verb, and where its clause opens
    for q in starting_in(sspan, out):
        if not _unnamed_count(q):
            continue
        m = opener.match(q.label)
        if m is None:
            gap = text[opened:q.span.start] if opened >= 0 else marks
            if subject and q.attrs.get("action") == verb and re.match(r"\d", q.label) \
                    and not re.search(f"[{marks}]", gap):
                rename(q, subject + _w("verbs")[verb] + q.name_base)     # a member of the clause's list
            continue
        before = text[sspan.start:q.span.start]
        if Decimal(m["n"]) != abs(q.value) or not before or before[-1] not in marks:
            continue    # another number stands before its own, or words of its clause stand before the verb
        clause = re.split(f"[{marks}]", before[:-1])[-1]
        thing = subject if opened == q.span.start - len(clause) - 1 else _closing_thing(clause)
        if len(thing) >= 2:
            rename(q, thing + _w("verbs")[m["verb"]] + q.name_base)
            subject, verb, opened = thing, m["verb"], q.span.start
    own_reached_parts(starting_in(sspan, out), rename)


def own_reached_parts(out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Part of the pass (run at the end of ``own_reach_openers``): the places written after 的 behind places reached (通达全球N个国家和地区的M个港口) are reached by the
    same thing through the same verb: X通达港口数量, as the count before them is X通达国家和地区数量 (names125;
    chongqing and guangxi 2026)."""
    verbs, mark = _w("verbs").values(), _w("part_mark")
    ordered = sorted(out, key=lambda q: q.span.start)
    for first, q in zip(ordered, ordered[1:]):
        phrase, base = first.attrs.get("phrase") or "", first.name_base
        if first.span != q.span or not _unnamed_count(q) or not phrase or phrase + mark not in q.label:
            continue
        owner = base[: len(base) - len(phrase)] if base.endswith(phrase) else ""
        if any(owner.endswith(v) and len(owner) > len(v) for v in verbs):
            rename(q, owner + q.name_base)
