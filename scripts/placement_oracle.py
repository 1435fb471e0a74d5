"""The placement tie finder alone: project → park ties on the gold ends of the dev reports.

Every gold park and project name (label and alt, longest first, no overlaps) found in a dev report's
text becomes one extracted entity with those spans; ``placement.placements`` ties them and the ties are
scored as ``policykg.evaluation`` does. A miss here is the tie finder's (no candidate, rejected, wrong
park), not a missing end. Gold pairs whose subject is no gold project (a park in a park) are counted
apart: the scorer only reads Project → Park. Dev reports only.
Usage: .venv/bin/python scripts/placement_oracle.py [-v]
"""
from __future__ import annotations

import re

from policykg.evaluation import entity_annotation, manifest
from policykg.extract.placement import placements
from policykg.model import Entity, Span
from policykg.read import for_matching, read_report
from policykg.scoring import Counts, names, score_placements
from policykg.structure import parse
from script_cli import parser, run


def gold_entities(text: str, gold: dict) -> list[Entity]:
    """One Park or Project per gold item found in the text, longest names first, spans not overlapping."""
    items = [(g, kind) for key, kind in (("parks", "Park"), ("projects", "Project")) for g in gold.get(key) or []]
    taken: list[Span] = []
    out = []
    for g, kind in sorted(items, key=lambda x: (-max(len(n) for n in names(x[0])), x[0]["label"])):
        spans = []
        for n in sorted(names(g), key=lambda n: (-len(n), n)):
            for m in re.finditer(re.escape(n), text):
                if not any(t.start < m.end() and m.start() < t.end for t in taken):
                    taken.append(Span(m.start(), m.end()))
                    spans.append(taken[-1])
        if spans:
            out.append(Entity(kind, g["label"], sorted(spans, key=lambda s: s.start), set(names(g)) - {g["label"]}))
    return out


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("-v", "--verbose", action="store_true", help="print the FP and FN pairs of each report")
    verbose = ap.parse_args().verbose
    total, apart = Counts(), 0
    for stem, info in sorted(manifest().items()):
        if info["split"] != "dev" or not info["entities"]:
            continue
        gold = entity_annotation(stem, info)
        doc = for_matching(read_report(str(info["path"])))
        outline = parse(doc)
        entities = gold_entities(doc.text, gold)
        c = score_placements(entities, placements(entities, outline.sentences, [], doc.text), gold)
        projects = {n for g in gold.get("projects") or [] for n in names(g)}
        fns = [p for p in c.fns if p[0] in projects]
        apart += len(c.fns) - len(fns)
        total.add(Counts(tp=c.tp, fp=c.fp, fn=len(fns)))
        if c.tp or c.fp or fns:
            print(f"{stem} tp={c.tp} fp={c.fp} fn={len(fns)}")
            for kind, pairs in (("FP", c.fps), ("FN", fns)) if verbose else ():
                print(f"  {kind} {pairs}")
    p, r, f1 = total.prf()
    print(f"ALL placements on gold ends P={p:.2f} R={r:.2f} F1={f1:.2f} "
          f"(tp {total.tp}, fp {total.fp}, fn {total.fn}; {apart} gold pairs with a non-project subject apart)")
    return 0


if __name__ == "__main__":
    run(main)
