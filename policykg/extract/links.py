"""Links between what the extractors found and the outline.

- owner of each Target (``hasTarget``): the park of an "A、B等N个项目" statement whose count it is
  (and the listed projects ``contributesTo`` it); else a park that opens the sentence as its topic;
  else the innermost Task heading above it; else the report. Beside it, the park or project a figure is named
  after owns it too (``figure_owners``: ``hasTarget``, and ``hasOutcome`` for an Outcome).
- ``mentions``: the innermost outline node (Section/Task/Goal) governing a mention names it.
- ``contributesTo`` from each work area of this year's plan to the five-year goal and key task it
  serves, decided by content: cosine similarity of character bigrams between the area's text and
  each goal's/task's text; the best goal and the best task are linked when the score is at least
  ``MIN_SIMILARITY``. Bigrams are a transparent, deterministic, dictionary-free measure that works
  for Chinese without segmentation.
"""
from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import Counter

from ..model import Document, Facts, Heading, Link, Outline, Quantity
from .figure_owners import figure_ties
from .qlexicon import gwords

MIN_SIMILARITY = 0.12
_STOP = set(gwords("links", "stop_chars"))


def _innermost(headings: list[Heading]):
    """pos → the deepest heading whose body holds pos (the first of them in list order), or None. One
    sweep over the body boundaries with a heap of the open headings, then a bisection per lookup:
    linear in the mentions, where a scan of every heading per mention was quadratic."""
    events = sorted({p for h in headings if h.body for p in (h.body.start, h.body.end)})
    opening: dict[int, list[tuple[int, int, Heading]]] = {}
    for i, h in enumerate(headings):
        if h.body and h.body.start < h.body.end:
            opening.setdefault(h.body.start, []).append((-h.level, i, h))
    best: list[Heading | None] = []
    heap: list[tuple[int, int, Heading]] = []
    for p in events:
        for item in opening.get(p, ()):
            heapq.heappush(heap, item)
        while heap and heap[0][2].body.end <= p:
            heapq.heappop(heap)  # closed: only the top needs to be open, so the rest may wait
        best.append(heap[0][2] if heap else None)

    def at(pos: int) -> Heading | None:
        i = bisect.bisect_right(events, pos) - 1
        return best[i] if i >= 0 else None
    return at


def _sentence_at(outline: Outline):
    """pos → the sentence holding it (None): a bisection, as a scan of every sentence for every target made a
    report of many figures quadratic (the outline's sentences are in text order and do not overlap)."""
    sentences = outline.sentences
    starts = [s.span.start for s in sentences]

    def at(pos: int):
        i = bisect.bisect_right(starts, pos) - 1
        return sentences[i] if i >= 0 and pos < sentences[i].span.end else None
    return at


def _known(facts: Facts) -> tuple[dict, dict]:
    """The entities by (kind, name or alias), for group members resolved to the emitted entities (curation
    renames), and each park by the start of a span of it (the first park listed wins): made once per report."""
    known, parks = {}, {}
    for e in facts.entities:
        for name in sorted(e.alt_labels) + [e.label]:
            known[(e.kind, name)] = e
        if e.kind == "Park":
            for sp in e.spans:
                parks.setdefault(sp.start, e)
    return known, parks


def _owner(q: Quantity, facts: Facts, sentence_at, groups, innermost, known, parks) -> object:
    for g in groups:
        if g.count_span.start < q.span.end and q.span.start < g.count_span.end:
            for p in g.projects:
                if p.key in known:
                    facts.links.append(Link(known[p.key], "contributesTo", q, g.sentence))
            if g.park is not None and g.park.key in known:
                return known[g.park.key]
    sent = sentence_at(q.span.start)
    if sent is not None and sent.span.start in parks:   # a park named where the target's sentence starts
        return parks[sent.span.start]
    h = innermost(q.span.start)
    return h if h is not None else "report"


def _bigrams(text: str) -> Counter:
    chars = [c for c in re.sub(r"[^\u4e00-\u9fff]", "", text) if c not in _STOP]
    return Counter(a + b for a, b in zip(chars, chars[1:]))


def _cosine(a: Counter, b: Counter) -> float:
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def contributions(doc: Document, outline: Outline) -> list[Link]:
    text = doc.text
    areas = [h for h in outline.headings if h.kind == "Task" and h.also_section and h.part_kind == "plan"]
    aims = [h for h in outline.headings if h.part_kind == "outlook" and h.level >= 2 and h.kind in ("Goal", "Task")]
    if not areas or not aims:
        return []
    vec = {id(h): _bigrams(text[h.body.start:h.body.end]) for h in areas + aims}
    links = []
    for area in areas:
        for kind in ("Goal", "Task"):
            scored = sorted(((_cosine(vec[id(area)], vec[id(a)]), a.span.start, a) for a in aims if a.kind == kind),
                            key=lambda t: (-t[0], t[1]))
            if scored and scored[0][0] >= MIN_SIMILARITY:
                links.append(Link(area, "contributesTo", scored[0][2], area.span))
    return links


def link(doc: Document, outline: Outline, facts: Facts, groups) -> None:
    tasks = _innermost([h for h in outline.headings if h.kind in ("Task", "Goal")])
    sentence_at, (known, parks) = _sentence_at(outline), _known(facts)
    for q in facts.quantities:
        if q.kind != "Target":
            continue
        if q.owner is None:
            q.owner = _owner(q, facts, sentence_at, groups, tasks, known, parks)
        facts.links.append(Link(q.owner, "hasTarget", q, q.span))
    facts.links.extend(figure_ties(doc.text, outline, facts))
    mentioner = _innermost([h for h in outline.headings if h.kind in ("Section", "Task") or h.also_section])
    for e in facts.entities:
        seen = set()
        for sp in e.spans:
            h = mentioner(sp.start)
            if h is not None and id(h) not in seen:
                seen.add(id(h))
                facts.links.append(Link(h, "mentions", e, sp))
    facts.links.extend(contributions(doc, outline))
