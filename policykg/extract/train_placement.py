"""Fit the project → park placement decision (``placement.py``) on the dev annotations.

Every candidate pair (``placement_features.pairs``) of every dev report with an entity annotation,
on the entities the extractor finds, is one example: label 1 when the annotation ties that project
to that park, 0 otherwise, left out when either end is `optional`. A logistic regression
(scikit-learn, lbfgs, L2) is fitted; its regularisation and threshold are chosen by
leave-one-report-out F1 of the placements themselves (each project mention keeps its best park),
counted against every gold pair, found entities or not. Weights go, rounded and sorted, to
``data/models/placement-decision.json`` with the rule's F1 on the same pairs beside it: the extractor
uses the model only where it beats the rule (``placement.model``). Test-split annotations are never read here.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict

from ..errors import run_module
from ..evaluation import entity_annotation
from ..scoring import gold_name, gold_placements
from ..read import for_matching, read_report
from ..corpus.safefile import check_target
from ..structure import parse
from ..resources import model as model_file
from .feature_set import PLACEMENT
from .placement import MODEL_NAME, model as placement_model, scored_pairs
from .train import dev_reports, fit, packaged, write_model

C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6)


def report_examples(stem: str, info: dict) -> tuple[list[dict], set]:
    """(one record per candidate pair, the report's required gold pairs)."""
    from . import extract
    gold = entity_annotation(stem, info)
    items, parks, required, optional = gold_placements(gold)
    doc = for_matching(read_report(str(info["path"])))
    outline = parse(doc)
    entities = extract(doc, outline).entities
    out = []
    for p, f in scored_pairs(entities, outline.sentences, doc.text):
        pair = (gold_name(p.project, items), gold_name(p.park, parks))
        if pair in optional:
            continue
        out.append({"x": f, "y": int(pair in required), "mention": (stem, p.project_span.start), "pair": (stem, *pair)})
    return out, {(stem, *p) for p in required}


def placement_f1(records: list[dict], probs, threshold: float, gold: set) -> tuple[int, int, int]:
    """(tp, predicted, gold) when each project mention keeps its best park above the threshold."""
    best: dict = {}
    for r, p in zip(records, probs):
        if p >= threshold and (r["mention"] not in best or p > best[r["mention"]][0]):
            best[r["mention"]] = (p, r["pair"])
    kept = {pair for _, pair in best.values()}
    return len(kept & gold), len(kept), len(gold)


def rule_f1(by_report: dict) -> float:
    """Pooled F1 of the hand-written rule on the same pairs (the baseline the model must beat)."""
    sums = [0, 0, 0]
    for recs, gold in by_report.values():
        probs = [1.0 if r["x"].get("rule=this") else 0.0 for r in recs]
        sums = [a + b for a, b in zip(sums, placement_f1(recs, probs, 0.5, gold))]
    return 2 * sums[0] / (sums[1] + sums[2]) if sums[0] else 0.0


def cross_validate(by_report: dict) -> tuple[float, float, float]:
    """(C, threshold, pooled F1) with the best leave-one-report-out F1."""
    sums = defaultdict(lambda: [0, 0, 0])
    for held in sorted(by_report):
        train = [r for s, (rs, _) in sorted(by_report.items()) if s != held for r in rs]
        recs, gold = by_report[held]
        if not recs or len({r["y"] for r in train}) < 2:
            for c in C_GRID:
                for t in THRESHOLDS:
                    sums[(c, t)][2] += len(gold)
            continue
        for c in C_GRID:
            vec, clf = fit(train, c)
            probs = clf.predict_proba(vec.transform([r["x"] for r in recs]))[:, 1]
            for t in THRESHOLDS:
                for i, v in enumerate(placement_f1(recs, probs, t, gold)):
                    sums[(c, t)][i] += v

    def f1(k):
        tp, pred, gold = sums[k]
        return 2 * tp / (pred + gold) if tp else 0.0
    c, t = max(sums, key=lambda k: (f1(k), -k[0], -k[1]))
    return c, t, f1((c, t))


def examples(reports: dict) -> dict:
    """report_examples of each report, extracted without the placement model: the pairs come from the entities
    alone, and the model being replaced (of another format, say) stopped make train itself."""
    before = os.environ.get("POLICYKG_PLACEMENT_MODEL")
    os.environ["POLICYKG_PLACEMENT_MODEL"] = "rules"
    placement_model.cache_clear()
    try:
        return {s: report_examples(s, i) for s, i in reports.items()}
    finally:
        if before is None:
            del os.environ["POLICYKG_PLACEMENT_MODEL"]
        else:
            os.environ["POLICYKG_PLACEMENT_MODEL"] = before
        placement_model.cache_clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m policykg.extract.train_placement", description=__doc__.split("\n")[0])
    ap.add_argument("--exclude", action="append", default=[], help="leave this dev report out (a fold)")
    ap.add_argument("--out", default=str(model_file(MODEL_NAME)), help="model file to write")
    args = ap.parse_args(argv)
    own = packaged(args.out, model_file(MODEL_NAME))
    check_target(str(args.out), only_ours=not own)
    by_report = examples(dev_reports(args.exclude))
    c, t, f = cross_validate(by_report)
    n = sum(len(rs) for rs, _ in by_report.values())
    rule = rule_f1(by_report)
    write_model(args.out, [r for rs, _ in by_report.values() for r in rs], c, {
        "about": "project → park placement decision fitted by policykg.extract.train_placement on the dev annotations",
        "dev_reports": sorted(by_report), "examples": n, "C": c, "cv_f1": round(f, 4),
        "rule_f1": round(rule, 4)}, {"Placement": t}, own, PLACEMENT)
    print(f"{len(by_report)} dev reports, {n} candidate pairs; leave-one-report-out F1 {f:.3f} at C={c}, "
          f"threshold {t} (the rule: {rule:.3f}; the model is used only when it wins); wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(run_module(main, "python -m policykg.extract.train_placement"))
