"""The project misses of strict grouped leave-family-out (``loro_fast.py --group --strict``), each with its cause.

Per held-out family, under the fold's model and without the lexicon entries only the family supports (as
``park_misses_grouped.py`` does for parks), every missed gold project is classed by ``miss_causes.classify``:
``none`` (no candidate overlaps it), ``boundary`` (no candidate has its span, or another start of its head wins),
``low`` (its exact span is the best of its head, under the fold's threshold: the features pulling it down most) or
``filtered`` (a rule takes it out). One tab-separated line per miss: report, cause, score, name, detail, and the
sentence around it. Dev reports only.
Usage: .venv/bin/python scripts/project_misses_grouped.py [--only FAMILY,FAMILY] > misses.tsv
"""
from __future__ import annotations

import sys
from collections import Counter

import loro_fast
import park_misses_grouped
from policykg.evaluation import manifest
from script_cli import parser, run

WINDOW = 24     # characters of the sentence shown on each side of the name


def _around(texts: list[str], name: str) -> str:
    for t in texts:
        if (i := t.find(name)) >= 0:
            return (t[max(0, i - WINDOW):i] + "【" + name + "】" + t[i + len(name):i + len(name) + WINDOW]).replace("\t", " ")
    return "(not in text)"


def _explained(group: dict) -> dict:
    """(In the child) each report scored as ``loro_fast._group_results``, its project misses printed."""
    out = loro_fast.ORIGINAL(group)
    for mod in ("miss_causes", "miss_classes"):     # imported anew over the edited lexicons
        sys.modules.pop(mod, None)
    import miss_causes
    from policykg.evaluation import entity_annotation
    from policykg.extract import decide, train
    from policykg.extract.report_words import vocabulary
    from policykg.extract.specificity import leaving_out
    from policykg.extract.surfaces import place_surfaces
    from policykg.read import for_matching, read_report
    from policykg.scoring import names
    from policykg.structure import parse
    m = decide.model()
    words = dict(Counter(w for i in group.values() for w in vocabulary(for_matching(read_report(str(i["path"]))).text)))
    train.leaving_out = lambda _own: leaving_out(words)     # the family's words out, as the scoring saw them
    weights = m.weights
    for held, info in group.items():
        records = train.report_examples(held, info)
        probs = [m.probability(r["x"]) for r in records]
        sentences = parse(for_matching(read_report(str(info["path"])))).sentences
        texts = [s.text for s in sentences]
        surfaces = place_surfaces(next((s.context for s in sentences if s.context), None))
        gold = {g["label"]: names(g) for g in entity_annotation(held, info).get("projects") or []}
        for label in sorted(out[held]["projects"].fns):
            cause, p, d = miss_causes.classify(gold[label], texts, records, probs, m.thresholds["Project"], surfaces)
            detail = miss_causes.pulls(d, weights)[:4] if cause == "low" else [] if isinstance(d, dict) else d
            print(f"{held}\t{cause}\t{p:.2f}\t{label}\t{detail}\t{_around(texts, label)}", flush=True)
    return out


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--only", type=lambda t: t.split(","), metavar="FAMILY,FAMILY", help="these families alone")
    args = ap.parse_args()
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}
    held_out = {s: i for s, i in dev.items() if not args.only or loro_fast.family(s) in args.only}
    if unknown := sorted(set(args.only or ()) - {loro_fast.family(s) for s in dev}):
        ap.error(f"--only {','.join(unknown)}: no such dev family")
    park_misses_grouped._explained = _explained     # _table installs it as the child's work
    totals = park_misses_grouped._table(dev, held_out)
    t = totals["projects"]
    print(f"ALL projects P={t.prf()[0]:.3f} R={t.prf()[1]:.3f} F1={t.prf()[2]:.3f} (right {t.tp}, wrong {t.fp}, "
          f"missed {t.fn})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    run(main)
