"""The park or project a Target or Outcome is of (figties113): ``hasTarget`` / ``hasOutcome`` from it.

The tie follows the figure's name. The naming passes already read the grammar that makes a figure a park's or
project's own (the thing as the figure's clause subject, X完成投资N / X实现产值N; the figure qualifying it,
总投资N的X, X总投资N; a figure clause right after the thing's clause or sentence: names42, names49, names80) and
name the figure after it (X工程投资, X园区入园企业数量, as the guideline asks). So a figure is tied to the park or
project whose label or alias opens its name, when the text of the figure's sentence, or of the sentence right
before it, names that item: the name and the tie then always agree, and one grammar decides both.
Not tied: a name whose opening item is a list's member (A园区、B园区落地项目数量: the figure is the list's), and a
Target already owned by that item (a group count, a park topic: ``links._owner``).

Outcomes get ``pkg:hasOutcome`` (Park or Project → Outcome; docs/contract.md): ``pkg:hasTarget``'s range is Target, and
an Outcome's report (``inReport``) stays its only other owner. A Target keeps its Task's or report's ``hasTarget``: the
park's or project's edge is added beside it, so queries and impact that walk the outline still find it.
"""
from __future__ import annotations

import bisect
import re

from ..model import Facts, Link, Outline, Quantity
from .qlexicon import gpattern, gwords, pos_of

PREDICATE = {"Target": "hasTarget", "Outcome": "hasOutcome"}


def _names(facts: Facts) -> list[tuple[str, object]]:
    """(name, entity) of every park and project name and alias, longest first (the most specific item wins)."""
    pairs = {(n, id(e)): (n, e) for e in facts.entities if e.kind in ("Park", "Project")
             for n in (e.label, *sorted(e.alt_labels)) if n}
    return sorted(pairs.values(), key=lambda t: (-len(t[0]), t[0], t[1].label))


def _near_text(text: str, outline: Outline):
    """pos → the text of the sentence holding pos and of the sentence right before it ('' outside sentences)."""
    sentences = outline.sentences
    starts = [s.span.start for s in sentences]

    def at(pos: int) -> str:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or pos >= sentences[i].span.end:
            return ""
        return text[sentences[max(i - 1, 0)].span.start:sentences[i].span.end]
    return at


def named_owner(indicator: str, near: str, names: list[tuple[str, object]]):
    """The park or project whose name opens INDICATOR and is written in NEAR, or None (a list's member: None)."""
    for name, entity in names:
        if indicator.startswith(name) and len(indicator) > len(name) and name in near:
            if gpattern("links", "owner_list_after").match(indicator, len(name)):
                return None
            return entity
    return None


def _counts_items(text: str, q: Quantity, entity) -> bool:
    """Whether the figure's number follows the item's name right away, its classifier ending the clause
    (建成闽宁产业园12个、): it counts such items."""
    window = text[max(0, q.span.start - 40):q.span.end + 2]
    return any(re.search(re.escape(n) + gwords("links", "owner_counted_after"), window)
               for n in (entity.label, *entity.alt_labels) if n)


def _next_clause_act(text: str, before: Quantity, q: Quantity) -> bool:
    """Whether Q's clause follows BEFORE's figure across one clause mark alone and opens with an act (no subject)."""
    if gpattern("links", "owner_next_clause").fullmatch(text, before.span.end, q.span.start) is None:
        return False
    tags = pos_of(text[q.span.start:q.span.end][:8])
    return bool(tags) and tags[0][1] in gwords("links", "owner_next_act_tags")


def owned_figures(text: str, outline: Outline, facts: Facts) -> list[tuple[Quantity, object, str]]:
    """(figure, park or project, rule) of every figure of one: 'named' (its name opens with the item's, written
    nearby) or 'next clause' (its act-opened clause follows a named figure's of the item)."""
    names, near = _names(facts), _near_text(text, outline)
    out, last = [], None
    for q in sorted(facts.quantities, key=lambda q: (q.span.start, q.span.end)):
        if q.kind not in PREDICATE:
            continue
        entity = named_owner(q.indicator, near(q.span.start), names)
        if entity is not None and _counts_items(text, q, entity):
            entity = None
        rule = "named"
        opens_with_item = entity is not None or any(q.indicator.startswith(n) for n, _ in names)
        if not opens_with_item and last is not None and _next_clause_act(text, last[0], q):
            entity, rule = last[1], "next clause"
        last = (q, entity) if entity is not None else None
        if entity is not None:
            out.append((q, entity, rule))
    return out


def figure_ties(text: str, outline: Outline, facts: Facts) -> list[Link]:
    """The ``hasTarget``/``hasOutcome`` links from parks and projects to the figures that are theirs."""
    return [Link(entity, PREDICATE[q.kind], q, q.span) for q, entity, _ in owned_figures(text, outline, facts)
            if entity is not q.owner]
