"""The "figure ties" class of the evaluation: the Targets and Outcomes tied to the park or project they are of.

A derived measure (no gold of its own): a gold figure is of a gold park or project of the same report when its
gold indicator name contains that item's label or an alias (the guideline names a project's or park's own figure
after it: 时代广场商业项目总投资, 中俄蒙国际物流园区入园企业数量). Recall is over those gold figures: one is found
when the tool's figure matching it (same kind, value, unit, overlapping span) is tied (``hasTarget``/``hasOutcome``
from a Park or Project) to an entity one of whose names, or a name of a gold item it matches, the gold name
contains. Precision is over the tool's ties on figures of the kinds the report annotates in full: a tie is right
when its figure matches a gold figure whose gold name contains such a name. A gold name that omits its owner
makes a right tie count as wrong: the check report reads every wrong tie for that.
"""
from __future__ import annotations

from .scoring import Counts, match_quantities, names

TIES = ("hasTarget", "hasOutcome")


def _tool_ties(facts) -> dict[int, list]:
    """id(figure) → the Park/Project entities tied to it."""
    out: dict[int, list] = {}
    for link in facts.links:
        if link.predicate in TIES and getattr(link.subject, "kind", None) in ("Park", "Project"):
            out.setdefault(id(link.object), []).append(link.subject)
    return out


def _owner_names(entity, gold_items: list[dict]) -> set[str]:
    """The entity's names and those of the gold items it matches by a name."""
    own = {entity.label, *entity.alt_labels}
    out = set(own)
    for g in gold_items:
        if own & names(g):
            out |= names(g)
    return out


def _gold_owned(indicator: str, gold_items: list[dict]) -> bool:
    return any(n and n in indicator for g in gold_items for n in names(g))


def score_figure_ties(facts, gold_entities: dict, gold_q: list[dict], kinds: list[str]) -> Counts:
    """Counts of the figure ties of one report (see the module docstring). A figure with a right tie is one true
    positive (for recall and precision alike); each wrong tie is a false positive, each owned gold figure
    without a right tie (or not found at all) a false negative."""
    items = list(gold_entities.get("parks") or []) + list(gold_entities.get("projects") or [])
    ties = _tool_ties(facts)
    c = Counts()
    for kind in kinds:
        matches, _ = match_quantities(facts.quantities, gold_q, kind)
        gold_of = {id(p): g for p, g in matches}
        matched = {id(g) for _, g in matches}
        for p in (p for p in facts.quantities if p.kind == kind):
            g, right = gold_of.get(id(p)), False
            for e in ties.get(id(p), []):
                if g is not None and any(n in g["indicator"] for n in _owner_names(e, items) if n):
                    right = True
                else:
                    c.fps.append(f"{e.label} → {p.indicator} ({p.value}{p.unit})"
                                 + (f" [gold: {g['indicator']}]" if g else " [no gold figure]"))
            if right:
                c.tp += 1
            elif g is not None and _gold_owned(g["indicator"], items):
                c.fns.append(f"{g['indicator']} ({g['quote']})")
        c.fns += [f"{g['indicator']} ({g['quote']}) [figure not found]" for g in gold_q
                  if g["kind"] == kind and id(g) not in matched and _gold_owned(g["indicator"], items)]
    c.fp, c.fn = len(c.fps), len(c.fns)
    return c
