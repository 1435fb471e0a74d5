"""Scoring one report's extraction against its hand annotation: entity classes by name, project → park
placements, project/park → place ties, quantities by value, unit and span, and agreement over the matched
quantities. The rules are written in evaluation.py's docstring; evaluation.py reads the annotations and sums
the counts."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

AGREEMENT = ["indicator", "concept", "comparator", "period"]
SHOWN = {"period": "start_year", "concept": "indicator"}  # the attribute an agreement miss shows


@dataclass
class Counts:
    """True positives, false positives and false negatives of one class, with the items behind them."""
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fps: list = field(default_factory=list)
    fns: list = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.fps += other.fps
        self.fns += other.fns

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def names(item: dict) -> set[str]:
    return {item["label"], *(item.get("alt") or [])}


def score_entities(pred, gold: list[dict], kind: str) -> Counts:
    """Counts of one entity class; a prediction matches a gold item when any of their names agree. Each
    gold item is hit once, by a maximum matching of nodes to items (``max_matching``): a node left over for an
    item another node holds is a false positive (a duplicate a researcher would meet as two rows), listed as
    ``label (duplicate)``."""
    ents = [e for e in pred if e.kind == kind]
    required = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]

    def hit(e, g):
        return bool({e.label, *e.alt_labels} & names(g))
    hits = [[i for i, g in enumerate(required) if hit(e, g)] for e in ents]
    claimed = max_matching(hits)
    matched, c = set(claimed.values()), Counts()
    for n, e in enumerate(ents):
        if n in matched:
            c.tp += 1
        elif hits[n]:
            c.fp += 1
            c.fps.append(e.label + " (duplicate)")
        elif not any(hit(e, g) for g in optional):
            c.fp += 1
            c.fps.append(e.label)
    missed = [g["label"] for i, g in enumerate(required) if i not in claimed]
    c.fn, c.fns = len(missed), missed
    return c


def max_matching(hits: list[list[int]]) -> dict[int, int]:
    """A maximum matching of nodes to the items each hits (``hits[n]``), as item → node. Nodes come in output
    order; each takes its first free item, else frees one along an augmenting path (items in index order), so the
    result is the same every run and a greedy claim is kept wherever it costs no other node its match."""
    owner: dict[int, int] = {}

    def augment(n: int, seen: set[int]) -> bool:
        for i in hits[n]:
            if i not in seen:
                seen.add(i)
                if i not in owner or augment(owner[i], seen):
                    owner[i] = n
                    return True
        return False
    for n, items in enumerate(hits):
        free = next((i for i in items if i not in owner), None)
        if free is not None:
            owner[free] = n
        else:
            augment(n, set())
    return owner


def gold_placements(gold: dict):
    """(name → gold item label, name → gold park label, required pairs, optional pairs) of the
    located_in pairs whose object is a gold park; a pair with an `optional` end is optional."""
    park_names = {n: g["label"] for g in gold.get("parks") or [] for n in names(g)}
    item_names = {n: g["label"] for key in ("projects", "parks", "organizations", "places")
                  for g in gold.get(key) or [] for n in names(g)}
    optional = {n for key in ("projects", "parks", "organizations", "places")
                for g in gold.get(key) or [] if g.get("optional") for n in names(g)}
    pairs = [(item_names.get(s, s), park_names[o], s in optional or o in optional)
             for s, o in gold.get("located_in") or [] if o in park_names]
    required = {(s, o) for s, o, opt in pairs if not opt}
    return item_names, park_names, required, {(s, o) for s, o, opt in pairs if opt} - required


def gold_name(entity, lookup: dict) -> str:
    """The gold label an extracted entity matches by label or alias (else its own label)."""
    return next((lookup[n] for n in sorted({entity.label, *entity.alt_labels}) if n in lookup), entity.label)


def score_placements(entities, links, gold: dict) -> Counts:
    """Project → park ties: predicted locatedIn/hosts between a Project and a Park against the gold
    located_in pairs whose object is a gold park; a pair with an `optional` end counts neither way."""
    item_names, park_names, gold_pairs, optional_pairs = gold_placements(gold)
    pred_pairs = set()
    for ln in links:
        s, o = (ln.subject, ln.object) if ln.predicate == "locatedIn" else (ln.object, ln.subject)
        if ln.predicate not in ("locatedIn", "hosts") or getattr(s, "kind", None) != "Project" \
                or getattr(o, "kind", None) != "Park":
            continue
        pred_pairs.add((gold_name(s, item_names), gold_name(o, park_names)))
    pred_pairs -= optional_pairs
    c = Counts(tp=len(pred_pairs & gold_pairs))
    c.fps = sorted(pred_pairs - gold_pairs)
    c.fns = sorted(gold_pairs - pred_pairs)
    c.fp, c.fn = len(c.fps), len(c.fns)
    return c


def gold_place_ties(gold: dict):
    """(item name → label, place name → label, required pairs, labels of optional items) of the located_in
    pairs of a gold project or park and a gold place; a pair with an `optional` end is not required."""
    items = {n: g["label"] for key in ("projects", "parks") for g in gold.get(key) or [] for n in names(g)}
    places = {n: g["label"] for g in gold.get("places") or [] for n in names(g)}
    optional = {g["label"] for key in ("projects", "parks", "places") for g in gold.get(key) or [] if g.get("optional")}
    pairs = {(items[s], places[o]) for s, o in gold.get("located_in") or [] if s in items and o in places}
    return items, places, {(s, o) for s, o in pairs if not {s, o} & optional}, optional


def score_place_ties(entities, links, gold: dict) -> Counts:
    """Project → place and park → place ties: predicted locatedIn/hosts from a Project or Park to a Place
    against the gold located_in pairs of a gold project or park and a gold place, both ends matched by
    label or alias; a tie with an `optional` end (gold or predicted) counts neither way."""
    items, places, gold_pairs, optional = gold_place_ties(gold)
    pred_pairs = set()
    for ln in links:
        s, o = (ln.subject, ln.object) if ln.predicate == "locatedIn" else (ln.object, ln.subject)
        if ln.predicate not in ("locatedIn", "hosts") or getattr(s, "kind", None) not in ("Project", "Park") \
                or getattr(o, "kind", None) != "Place":
            continue
        pair = (gold_name(s, items), gold_name(o, places))
        if not set(pair) & optional:
            pred_pairs.add(pair)
    c = Counts(tp=len(pred_pairs & gold_pairs))
    c.fps = sorted(pred_pairs - gold_pairs)
    c.fns = sorted(gold_pairs - pred_pairs)
    c.fp, c.fn = len(c.fps), len(c.fns)
    return c


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _decimal(value) -> Decimal | None:
    """An annotated value as a number; None for a value no extractor states as one (e.g. '1/4')."""
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return None


def match_quantities(pred, gold: list[dict], kind: str) -> tuple[list, Counts]:
    """(prediction, gold) pairs of one kind: same value and unit, overlapping spans."""
    g_k = [g for g in gold if g["kind"] == kind]
    used: set[int] = set()
    matches = []
    c = Counts()
    for p in (p for p in pred if p.kind == kind):
        for i, g in enumerate(g_k):
            if i in used or p.value != _decimal(g["value"]) or _nfkc(p.unit) != _nfkc(g["unit"]):
                continue
            if p.span.start < g["start"] + len(g["quote"]) and g["start"] < p.span.end:
                used.add(i)
                matches.append((p, g))
                break
        else:
            c.fps.append(f"{p.label} ({p.value}{p.unit})")
    c.fns = [g["quote"] for i, g in enumerate(g_k) if i not in used]
    c.tp, c.fp, c.fn = len(matches), len(c.fps), len(c.fns)
    return matches, c


def same_indicator(name: str, gold: str) -> bool:
    """An extracted indicator name agrees with the gold's up to the short forms the contract writes out in an
    indicator's label (规上 → 规模以上: the node both spellings reach)."""
    from .extract.identity import indicator_identity
    return indicator_identity(name) == indicator_identity(gold)


def agreement(matches) -> dict[str, Counts]:
    """Agreement of indicator, concept, comparator and period over matched quantities, as hit/miss
    counts. The indicator must be the gold name (``same_indicator``); the concept is counted only where the
    gold name reaches a canonical concept, and must be the one the extracted name reaches."""
    from .headline_eval import reached
    out = {k: Counts() for k in AGREEMENT}
    for p, g in matches:
        checks = {"indicator": same_indicator(p.indicator, g["indicator"]), "comparator": p.comparator == g["comparator"],
                  "period": (p.start_year, p.end_year) == (g["start_year"], g["end_year"])}
        if gold_concept := reached(g["indicator"]):
            checks["concept"] = reached(p.indicator) == gold_concept
        for k, ok in checks.items():
            out[k].tp += ok
            if not ok:
                out[k].fp += 1
                out[k].fps.append(f"{g['quote']}: {getattr(p, SHOWN.get(k, k))}")
    return out
