"""Why each project the learned decision misses is missed, leave one report out (as ``loro_fast.py``).

Every missed gold project of a held-out dev report falls in one class, read from the report's grammar
candidates scored by its fold's model: ``none`` (no candidate overlaps the name where the report writes
it), ``boundary`` (candidates overlap it, none has its exact span; or the exact span exists but another
boundary of its head scores higher), ``low`` (the exact span is the best of its head, scored below the
threshold; bucketed by score), ``dropped`` (best and above the threshold, dropped by a later filter).
Prints one line per miss (report, class, score, name, the overlapping candidates) and the counts.
Usage: .venv/bin/python scripts/miss_classes.py [--out FILE]
"""
from __future__ import annotations

import os
import tempfile
from collections import Counter

from policykg.evaluation import entity_annotation, evaluate_report, manifest
from policykg.extract import decide
from policykg.extract.train import FIXED, C, fit, report_examples, write_model
from policykg.read import for_matching, read_report
from policykg.scoring import names
from policykg.structure import parse
from script_cli import run, write_report

DISTRICT = ("jinghai-2021", "hailaer-2013", "hailaer-2014", "hailaer-2018")


def best_of_heads(recs, probs) -> dict:
    """head → (score, -start, record) of the best-scoring candidate of each head (the earlier start on a tie)."""
    best = {}
    for r, p in zip(recs, probs):
        if r["head"] not in best or (p, -r["a"]) > best[r["head"]][:2]:
            best[r["head"]] = (p, -r["a"], r)
    return best


def project_scores(name_set: set, recs: list, probs):
    """The project candidates with their scores, the best candidate of each head, and the best-scored
    candidate whose span is the missed name (None when the grammar never proposes it)."""
    scored = [(r, p) for r, p in zip(recs, probs) if r["name"][0] == "Project"]
    best = best_of_heads([r for r, _ in scored], [p for _, p in scored])
    exact = [(r, p) for r, p in scored if r["name"][1] in name_set]
    return scored, best, (max(exact, key=lambda x: x[1]) if exact else None)


def classify(name_set: set, texts: list[str], recs: list, probs, threshold: float) -> tuple[str, float, list]:
    """(class, the exact span's score or -1, the names of the overlapping candidates) of one miss."""
    scored, best, exact = project_scores(name_set, recs, probs)
    if exact:
        r, p = exact
        if best[r["head"]][2] is not r:
            return "boundary", p, [best[r["head"]][2]["name"][1]]
        return ("low", p, []) if p < threshold else ("dropped", p, [])
    near = []
    for n in name_set:
        for i, text in enumerate(texts):
            s = text.find(n)
            while s >= 0:
                near += [(r["name"][1], round(p, 2)) for r, p in scored if r["head"][1] == i
                         and r["a"] < s + len(n) and s < r["head"][3]]
                s = text.find(n, s + 1)
    return ("boundary" if near else "none"), -1.0, sorted(set(near), key=lambda x: -x[1])[:3]


def fold_misses(held: str, info: dict, train: list, recs: list, tmp: str):
    """Fit the fold without ``held``: (its weights by feature, the scores of ``recs``, the gold projects the
    pipeline misses under that model, gold label → its names)."""
    vec, clf = fit(train, C)
    probs = clf.predict_proba(vec.transform([r["x"] for r in recs]))[:, 1]
    path = os.path.join(tmp, f"{held}.json")
    write_model(path, train, C, {}, FIXED)
    os.environ["POLICYKG_ENTITY_MODEL"] = path
    decide.model.cache_clear()
    missed = evaluate_report(held, info, unseen=True)["projects"].fns
    gold = {g["label"]: names(g) for g in entity_annotation(held, info).get("projects") or []}
    return dict(zip(vec.get_feature_names_out(), clf.coef_[0])), probs, missed, gold


def main() -> int:
    return write_report(__doc__, "misses", write_misses)


def write_misses(out) -> None:
    """Each dev report's project misses, classified, then the counts, on out."""
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}
    by_report = {s: report_examples(s, i) for s, i in dev.items()}
    counts, levels = Counter(), Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for held, info in dev.items():
            train = [r for s, rs in by_report.items() if s != held for r in rs]
            recs = by_report[held]
            _, probs, missed, gold = fold_misses(held, info, train, recs, tmp)
            texts = [s.text for s in parse(for_matching(read_report(str(info["path"])))).sentences]
            level = "district" if held in DISTRICT else "provincial"
            for label in missed:
                cls, p, near = classify(gold[label], texts, recs, probs, FIXED["Project"])
                bucket = cls if cls != "low" else f"low<{0.2 if p < 0.2 else 0.4 if p < 0.4 else 0.6}"
                counts[bucket] += 1
                levels[(level, cls)] += 1
                print(f"{held}\t{bucket}\t{p:.2f}\t{label}\t{near}", file=out, flush=True)
    print("\n".join(f"# {k}\t{v}" for k, v in sorted(counts.items())), file=out)
    print("\n".join(f"# {k[0]} {k[1]}\t{v}" for k, v in sorted(levels.items())), file=out)


if __name__ == "__main__":
    run(main)
