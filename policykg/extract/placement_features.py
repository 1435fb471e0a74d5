"""Project → park pairs a paragraph offers, and what each pair's context looks like.

A pair is a project mention and a park mention in the same paragraph (or sentence, when the
outline gives no paragraph). Its features say where the park stands (before or after, how many
clauses, sentences, parks and characters apart, whether it opens the paragraph), what surrounds
the park's name and what lies between the two (cue words of ``data/lexicons/placement.yaml``),
and what the hand-written rule (``placement.rule_choice``) would have chosen. Whether a pair holds
is decided by weights fitted on the dev annotations (``placement.py``, ``train_placement.py``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..model import Entity, Sentence, Span
from .grammar import phase_words

RECALL_MIN = 4      # shorter names are looked for only where the extractor kept them (too often a part of a word)
OPENING = 12        # a park that starts within this many characters of its paragraph opens it
REACH = 400         # characters a park may stand from the project and still be a candidate
_CLAUSE = "，,；;：:"
_SENTENCE = "。！？!?"


@dataclass(frozen=True)
class Pair:
    project: Entity
    park: Entity
    project_span: Span
    park_span: Span
    sentence: Sentence


@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[str, ...]]:
    raw = resources.lexicon_data("placement")
    keys = ("before_park", "after_park", "between", "outside", "coordinators", "paragraph_topic_after")
    return {k: tuple(sorted(raw[k], key=len, reverse=True)) for k in keys} | {"park_phases": phase_words(acts=False)}


def mentions(entities: list[Entity], kind: str, text: str = "") -> list[tuple[Span, Entity]]:
    """The spans of the KIND entities; with TEXT, also every other place that writes one of their names
    (label or alias) clear of any entity's span: the extractor keeps a name once it is sure of it, not
    necessarily where the text ties it to a park (a park opens a phrase, 推进X…试点，…，加快建设Y)."""
    out = [(s, e) for e in entities if e.kind == kind for s in e.spans]
    if text:
        out = [(_with_phase(s, text) if kind == "Park" else s, e) for s, e in out]
        taken = bytearray(len(text) + 1)
        for e in entities:
            for s in e.spans:
                taken[s.start:s.end] = b"\1" * (s.end - s.start)
        names = sorted(((n, e) for e in entities if e.kind == kind for n in {e.label, *e.alt_labels}
                        if len(n) >= RECALL_MIN), key=lambda x: (-len(x[0]), x[0], x[1].label))
        for name, e in names:
            for m in re.finditer(re.escape(name), text):
                if not any(taken[m.start():m.end()]):
                    taken[m.start():m.end()] = b"\1" * len(name)
                    out.append((_with_phase(Span(m.start(), m.end()), text) if kind == "Park"
                                else Span(m.start(), m.end()), e))
    return sorted(out, key=lambda m: (m[0], m[1].label))


def _with_phase(span: Span, text: str) -> Span:
    """A park's mention with the phase written right after its name (X产业园二期): what follows that is
    what follows the park's mention (a list neighbour after 二期、, not a hosted work)."""
    phase = next((w for w in cues()["park_phases"] if text.startswith(w, span.end)), "")
    return Span(span.start, span.end + len(phase)) if phase else span


def _scope(st: Sentence) -> Span:
    return st.paragraph if st.paragraph is not None else st.span


def sentence_of(span: Span, sentences: list[Sentence]) -> Sentence | None:
    """The sentence a mention starts in."""
    return next((s for s in sentences if s.span.start <= span.start < s.span.end), None)


def sentence_finder(sentences: list[Sentence]):
    """sentence_of for many mentions: a binary search when the sentences follow one another (a scan of
    all sentences per mention made a long report's placement quadratic), the scan otherwise."""
    spans = [s.span for s in sentences]
    if any(b.start < a.end for a, b in zip(spans, spans[1:])):
        return lambda span: sentence_of(span, sentences)
    starts = [sp.start for sp in spans]

    def find(span: Span) -> Sentence | None:
        i = bisect_right(starts, span.start) - 1
        return sentences[i] if i >= 0 and span.start < spans[i].end else None
    return find


def pairs(entities: list[Entity], sentences: list[Sentence], text: str = "") -> list[Pair]:
    """Every (project mention, park mention) of one paragraph, the park within REACH characters."""
    parks = mentions(entities, "Park", text)
    out, sentence_at = [], sentence_finder(sentences)
    for span, project in mentions(entities, "Project", text):
        st = sentence_at(span)
        if st is None:
            continue
        scope = _scope(st)
        for pspan, park in parks:
            if park is project or not (scope.start <= pspan.start and pspan.end <= scope.end):
                continue
            if abs(pspan.start - span.start) <= REACH and (pspan.end <= span.start or span.end <= pspan.start):
                out.append(Pair(project, park, span, pspan, st))
    return out


def _bucket(n: int, edges=(0, 1, 2, 4, 8)) -> str:
    return next((f"≤{e}" for e in edges if n <= e), f">{edges[-1]}")


@lru_cache(maxsize=1)
def _project_next() -> tuple[str, ...]:
    """placement.yaml project_next, in its order (the first a project's next characters start with)."""
    return tuple(resources.lexicon_data("placement")["project_next"])


def _first_cue(text: str, words) -> str:
    return next((w for w in words if text.startswith(w)), "other")


def features(p: Pair, text: str, parks: list[tuple[Span, Entity]], rule: Entity | None) -> dict[str, float]:
    """The pair's context as named indicator features (values 1.0)."""
    before = p.park_span.end <= p.project_span.start
    a, b = (p.park_span.end, p.project_span.start) if before else (p.project_span.end, p.park_span.start)
    gap = text[a:b]
    scope = _scope(p.sentence)
    in_sentence = p.sentence.span.start <= p.park_span.start < p.sentence.span.end
    between_parks = sum(1 for s, e in parks if a <= s.start and s.end <= b and e is not p.park)
    prev = text[max(scope.start, p.park_span.start - 4):p.park_span.start]
    f = {
        "order=" + ("before" if before else "after"): 1.0,
        "same_sentence=" + str(in_sentence): 1.0,
        "clauses=" + _bucket(sum(gap.count(c) for c in _CLAUSE)): 1.0,
        "sentences=" + _bucket(sum(gap.count(c) for c in _SENTENCE), (0, 1, 2)): 1.0,
        "parks_between=" + _bucket(between_parks, (0, 1)): 1.0,
        "distance=" + _bucket(len(gap), (0, 2, 8, 20, 50, 120)): 1.0,
        "opens_paragraph=" + str(p.park_span.start < scope.start + OPENING): 1.0,
        "rule=" + ("this" if rule is p.park else "other" if rule is not None else "none"): 1.0,
        "park_next=" + _first_cue(text[p.park_span.end:p.park_span.end + 4], cues()["after_park"]): 1.0,
        "project_next=" + _first_cue(text[p.project_span.end:p.project_span.end + 3], _project_next()): 1.0,
        "project_prev=" + ("、" if text[p.project_span.start - 1:p.project_span.start] == "、" else "other"): 1.0,
    }
    for w in cues()["before_park"]:
        if w in prev:
            f[f"park_prev={w}"] = 1.0
    for w in cues()["between"]:
        if w in gap:
            f[f"between={w}"] = 1.0
            f[f"between={w}|{'before' if before else 'after'}"] = 1.0
    return f
