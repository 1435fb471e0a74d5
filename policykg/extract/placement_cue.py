"""Whether a park or project candidate stands where its sentence ties works to a park.

The decision (``decide.py``) weighs a candidate by its own shape and clause; a name the text places
(在X建设Y, X：A、B…, X…A、B等项目开工, X…，A、B建成投产 — ``placement.rule_choice`` read inside one sentence,
the rule the placement pass uses) is more
likely a real park or project at either end of the tie. The other end is one of the rule passes' own
spans, so a candidate is not tied to another candidate of the same decision.
"""
from __future__ import annotations

from types import SimpleNamespace

from ..model import Span
from .placement import rule_choice


def _tied(text: str, project: tuple[int, int], parks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The park span (of ``parks``) the placement rule ties the project span to in this sentence."""
    sentence = SimpleNamespace(span=Span(0, len(text)), paragraph=None)
    spans = [(Span(a, b), (a, b)) for a, b in sorted(parks)]
    return rule_choice(Span(*project), sentence, spans, text)


def placement_cue(text: str, kind: str, a: int, b: int, rule_spans: set) -> dict[str, float]:
    """``Park:hosts`` when a rule-found project of the sentence is tied to the park candidate [a, b);
    ``Project:placed`` when the project candidate [a, b) is tied to a rule-found park."""
    parks = [(x, y) for k, x, y in rule_spans if k == "Park"]
    if kind == "Project":
        return {"Project:placed": 1.0} if _tied(text, (a, b), [p for p in parks if p[1] <= a]) else {}
    others = [p for p in parks if p[1] <= a or b <= p[0]] + [(a, b)]
    projects = sorted((x, y) for k, x, y in rule_spans if k == "Project" and x >= b)
    return {"Park:hosts": 1.0} if any(_tied(text, q, others) == (a, b) for q in projects) else {}


def stated_ties(text: str, rule_cands: list, kept: list, unnamed) -> list:
    """The rule passes' candidates at either end of a tie this sentence states (the project placed in
    the park) that no kept candidate overlaps: both ends are kept whatever their scores. A project
    that names only a kind of works (``unnamed(name)``) ties nothing."""
    parks = {(c.a, c.b): c for c in rule_cands if c.kind == "Park"}
    out = {}
    for q in (c for c in rule_cands if c.kind == "Project" and not unnamed(c.name)):
        park = _tied(text, (q.a, q.b), [p for p in parks if p[1] <= q.a])
        if park:
            out.update({id(q): q, id(parks[park]): parks[park]})
    return [c for c in out.values() if not any(k.a < c.b and c.a < k.b for k in kept)]
