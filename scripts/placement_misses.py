"""Why each gold project → park tie of the dev reports is missed, leave one report out (as ``loro_fast.py``).

Every missed gold tie of a held-out dev report falls in one class, read from the entities its fold's
model keeps and the placement pairs (``placement.scored_pairs``) between them:
``park-subject`` (the gold subject is a park: the contract has no Park → Park locatedIn, the scorer
credits none), ``a:project`` / ``a:park`` / ``a:both`` (an end is not among the entities: an entity miss),
``b:no-pair`` (both ends found, never written in one paragraph within reach), ``b:no-rule`` (a pair, but
the rule ties the project to no park), ``b:other-park`` (the rule ties it to another park),
``c:dropped`` (the rule ties the pair, the learned placement decision does not keep it).
Prints one line per miss and per wrong tie, then the counts by class, district and provincial apart
(the report's own ``place_level``). With ``--rules`` the rule passes alone find the entities.
Usage: .venv/bin/python scripts/placement_misses.py [--rules]
"""
from __future__ import annotations

import os
import tempfile
from collections import Counter

from policykg.evaluation import entity_annotation, manifest
from policykg.extract import decide, extract
from policykg.extract.placement import model as placement_model
from policykg.extract.placement import scored_pairs
from policykg.extract.report_words import vocabulary
from policykg.extract.specificity import leaving_out
from policykg.extract.train import FIXED, C, report_examples, write_model
from policykg.read import for_matching, read_report
from policykg.scoring import gold_name, gold_placements, score_placements
from policykg.structure import parse
from script_cli import parser, run


def classify(pair: tuple[str, str], gold: dict, entities, sentences, text: str) -> str:
    """The class of one missed gold tie (subject label, park label) on these entities."""
    items, parks, _, _ = gold_placements(gold)
    subject, park = pair
    if subject in {g["label"] for g in gold.get("parks") or []}:
        return "park-subject"
    found_project = any(e.kind == "Project" and gold_name(e, items) == subject for e in entities)
    found_park = any(e.kind == "Park" and gold_name(e, parks) == park for e in entities)
    if not (found_project and found_park):
        return "a:both" if not (found_project or found_park) else "a:park" if found_project else "a:project"
    mine = [(p, f) for p, f in scored_pairs(entities, sentences, text)
            if gold_name(p.project, items) == subject]
    hits = [f for p, f in mine if gold_name(p.park, parks) == park]
    if not hits:
        return "b:no-pair"
    if any(f.get("rule=this") for f in hits):
        return "c:dropped"
    return "b:other-park" if any(f.get("rule=this") for _, f in mine) else "b:no-rule"


def report_misses(stem: str, info: dict) -> tuple[str, list[tuple[str, tuple]], int]:
    """(the report's level, [(class or 'wrong', pair)], gold ties) with the entity model in force."""
    doc = for_matching(read_report(str(info["path"])))
    outline = parse(doc)
    with leaving_out(vocabulary(doc.text)):
        facts = extract(doc, outline)
    gold = entity_annotation(stem, info)
    c = score_placements(facts.entities, facts.links, gold)
    out = [(classify(p, gold, facts.entities, outline.sentences, doc.text), p) for p in c.fns]
    level = "provincial" if doc.metadata.place_level == "province" else "district"
    return level, out + [("wrong", p) for p in c.fps], c.tp + c.fn


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--rules", action="store_true", help="the rule passes alone, no learned decision")
    rules = ap.parse_args().rules
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}
    by_report = {} if rules else {s: report_examples(s, i) for s, i in dev.items()}
    counts, gold_ties = Counter(), Counter()
    placement_model.cache_clear()
    with tempfile.TemporaryDirectory() as tmp:
        for held, info in dev.items():
            path = "rules"
            if not rules:
                path = os.path.join(tmp, f"{held}.json")
                write_model(path, [r for s, rs in by_report.items() if s != held for r in rs], C, {}, FIXED)
            os.environ["POLICYKG_ENTITY_MODEL"] = path
            decide.model.cache_clear()
            level, misses, n = report_misses(held, info)
            gold_ties[level] += n
            for cls, pair in misses:
                counts[(level, cls)] += 1
                print(f"{held}\t{level}\t{cls}\t{pair[0]} -> {pair[1]}", flush=True)
    for level in sorted(gold_ties):
        print(f"# {level}: {gold_ties[level]} gold ties; " + ", ".join(
            f"{cls} {v}" for (lv, cls), v in sorted(counts.items()) if lv == level))
    return 0


if __name__ == "__main__":
    run(main)
