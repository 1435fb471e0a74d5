"""Leave-one-report-out scores of the learned park/project decision, fast.

As ``scripts/loro.py`` (fit on the other dev reports, score the held-out one through the whole
pipeline), but the candidates of each report are read once: 28 fits. Every fold uses the fixed
regularisation and thresholds of ``policykg.extract.train`` (C, FIXED), which have seen every dev
report, so the figures are a shade kinder than an unseen report's; use it to compare changes. Only
the entity model is refitted per fold: the placement column uses the rule (or the packaged placement
model, fitted on every dev report, when it wins), so it is optimistic in that case.
With ``--rules`` no model is fitted: every report is scored by the rule passes alone
(``POLICYKG_ENTITY_MODEL=rules``), its own use taken out of the word counts as in the folds, which
gives the README's rule-passes column.
Usage: .venv/bin/python scripts/loro_fast.py [--errors] [--rules]
"""
from __future__ import annotations

import os
import tempfile

from policykg.evaluation import evaluate_report, manifest
from policykg.scoring import Counts
from policykg.extract import decide
from policykg.extract.train import cross_validate, report_examples, write_model
from script_cli import parser, run

CLASSES = ("parks", "projects", "placements", "organisations")


def _score(held: str, info: dict, totals: dict, errors: bool = False) -> None:
    decide.model.cache_clear()
    result = evaluate_report(held, info, unseen=True)   # its own words are not counted
    for k in CLASSES:
        totals[k].add(result[k])
        if errors and k in ("parks", "projects", "placements"):
            print(f"  {held} {k} FP {result[k].fps}\n  {held} {k} FN {result[k].fns}")
    print(held, " ".join(f"{k}={result[k].prf()[2]:.2f}" for k in CLASSES), flush=True)


def _rules_only(dev: dict, totals: dict, errors: bool) -> None:
    os.environ["POLICYKG_ENTITY_MODEL"] = "rules"
    for held, info in dev.items():
        _score(held, info, totals, errors)


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--rules", action="store_true", help="the rule passes alone, no model fitted")
    ap.add_argument("--errors", action="store_true", help="print each held-out report's FP and FN")
    args = ap.parse_args()
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}
    totals = {k: Counts() for k in CLASSES}
    if args.rules:
        _rules_only(dev, totals, args.errors)
        return _print_totals(totals)
    by_report = {s: report_examples(s, i) for s, i in dev.items()}
    c, thresholds, f = cross_validate(by_report)
    print(f"full fit: C={c} thresholds={thresholds} candidate-level LORO F1 {f:.3f}")
    with tempfile.TemporaryDirectory() as tmp:
        for held, info in dev.items():
            path = os.path.join(tmp, f"{held}.json")
            write_model(path, [r for s, rs in by_report.items() if s != held for r in rs], c, {}, thresholds)
            os.environ["POLICYKG_ENTITY_MODEL"] = path
            _score(held, info, totals, args.errors)
    return _print_totals(totals)


def _print_totals(totals: dict) -> int:
    for k, t in totals.items():
        p, r, f1 = t.prf()
        print(f"ALL {k:13s} P={p:.3f} R={r:.3f} F1={f1:.3f} (right {t.tp}, wrong {t.fp}, missed {t.fn})")
    return 0


if __name__ == "__main__":
    run(main)
