"""Leave-one-report-out scores of the learned park/project decision on the dev split.

For each dev report with an entity annotation: fit the decision on the other dev reports, score the
held-out one as an unseen report (its own words left out of the dev reports' word counts, as
loro_fast.py and the fit do); print micro-averaged P/R/F1 per class, beside the rule passes alone. This
is the dev number that does not flatter the model (the model never saw the report it is scored on).
Usage: .venv/bin/python scripts/loro.py [--rules-only] [--errors]
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from policykg.evaluation import manifest
from policykg.scoring import Counts
from script_cli import parser, run

CLASSES = ("parks", "projects", "placements", "organisations")


def score(stem: str, model: str) -> dict:
    code = ("import json;from policykg.evaluation import manifest,evaluate_report;"
            f"r=evaluate_report({stem!r},manifest()[{stem!r}],unseen=True);"
            f"print(json.dumps({{k:[r[k].tp,r[k].fp,r[k].fn,r[k].fps,r[k].fns] for k in {CLASSES!r}}}))")
    env = {**os.environ, "POLICYKG_ENTITY_MODEL": model}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return __import__("json").loads(out.stdout)


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--rules-only", action="store_true", help="the rule passes alone, no model fitted")
    ap.add_argument("--errors", action="store_true", help="print each held-out report's FP and FN")
    args = ap.parse_args()
    stems = sorted(s for s, i in manifest().items() if i["split"] == "dev" and i["entities"])
    totals = {"learned": {k: Counts() for k in CLASSES}, "rules": {k: Counts() for k in CLASSES}}
    with tempfile.TemporaryDirectory() as tmp:
        for stem in stems:
            runs = {"rules": "rules"}
            if not args.rules_only:
                path = os.path.join(tmp, f"{stem}.json")
                subprocess.run([sys.executable, "-m", "policykg.extract.train", "--exclude", stem, "--out", path],
                               check=True, capture_output=True)
                runs["learned"] = path
            for name, model in runs.items():
                for k, (tp, fp, fn, fps, fns) in score(stem, model).items():
                    if args.errors and name == "learned" and k in ("parks", "projects", "placements"):
                        print(f"  {stem} {k} FP {fps}\n  {stem} {k} FN {fns}")
                    totals[name][k].add(Counts(tp, fp, fn))
                    print(f"{stem:14s} {name:8s} {k:13s} " + " ".join(f"{v:.2f}" for v in Counts(tp, fp, fn).prf()))
    for name, per in totals.items():
        for k, c in per.items():
            if c.tp + c.fp + c.fn:
                print(f"ALL {name:8s} {k:13s} P={c.prf()[0]:.2f} R={c.prf()[1]:.2f} F1={c.prf()[2]:.2f}")
    return 0


if __name__ == "__main__":
    run(main)
