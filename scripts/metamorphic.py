"""Metamorphic check: dev reports retyped (tests/metamorphic_helpers.py) must give the same facts.

For each dev report and transform: extract the original and the retyped bytes, map the retyped
spans back onto the original text, and count facts kept / lost / gained per class.
Dev split only (the manifest's test reports are never read here).
Usage: PYTHONPATH=. .venv/bin/python scripts/metamorphic.py [--reports a,b] [--transforms x,y] [--diff]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from metamorphic_helpers import TRANSFORMS, compare, fact_keys, facts_of  # noqa: E402
from policykg.evaluation import manifest  # noqa: E402
from script_cli import parser, run  # noqa: E402


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--reports", default="")
    ap.add_argument("--transforms", default="")
    ap.add_argument("--diff", action="store_true")
    args = ap.parse_args()
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev"}
    if args.reports:
        unknown = [s for s in args.reports.split(",") if s not in dev]
        if unknown:   # a test report is never read here (it ended in a KeyError traceback)
            ap.error(f"--reports {','.join(unknown)}: no such dev report (dev: {', '.join(dev)})")
        dev = {s: dev[s] for s in args.reports.split(",")}
    names = args.transforms.split(",") if args.transforms else list(TRANSFORMS)
    if unknown := [n for n in names if n not in TRANSFORMS]:
        ap.error(f"--transforms {','.join(unknown)}: no such transform (known: {', '.join(TRANSFORMS)})")
    totals = {n: {} for n in names}
    for stem, info in dev.items():
        doc, facts = facts_of(Path(info["path"]).read_bytes(), str(info["path"]))
        before = fact_keys(facts)
        for name in names:
            r = TRANSFORMS[name](doc.text)
            try:
                tdoc, tfacts = facts_of(r.data, str(info["path"]))
            except Exception as exc:  # noqa: BLE001 - a refusal counts as every fact lost
                print(f"{stem} {name}: refused: {exc}")
                after = {k: [] for k in before}
            else:
                if tdoc.text != r.text:
                    print(f"{stem} {name}: reader text differs from the retyped text")
                after = fact_keys(tfacts, r.back)
            res = compare(before, after)
            for k, v in res.items():
                t = totals[name].setdefault(k, [0, 0, 0])
                for i in range(3):
                    t[i] += v[i]
            if args.diff:
                from collections import Counter
                for k in before:
                    b, a = Counter(before[k]), Counter(after[k])
                    for x in sorted((b - a).elements(), key=repr):
                        print(f"  {stem} {name} {k} - {x}")
                    for x in sorted((a - b).elements(), key=repr):
                        print(f"  {stem} {name} {k} + {x}")
        print(stem, "done", flush=True)
    print(f"{'transform':16s} " + " ".join(f"{k:>22s}" for k in ("quantities", "parks", "projects", "placements")))
    for name, res in totals.items():
        cells = [f"{res[k][0]:>6d} -{res[k][1]:<5d} +{res[k][2]:<5d}" for k in ("quantities", "parks", "projects", "placements")]
        print(f"{name:16s} " + " ".join(f"{c:>22s}" for c in cells))
    return 0


if __name__ == "__main__":
    run(main)
