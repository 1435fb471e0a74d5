"""Leave-one-report-out park errors of the learned decision, each with its cause: per dev report, the
model is fitted on the other reports (as ``loro_fast.py``), the report is scored through the pipeline, and
every missed gold park and every wrong park is explained from the report's candidates under that fold's
model: ``no candidate`` (no grammar or rule candidate has the name), ``boundary`` (a candidate of another
start on the same head won), ``below threshold`` (the best of its head, not likely enough), ``kept wrong``
(the best of its head and likely enough); the weights that pushed it most are listed with it.
Dev reports only (test reports are never read here).
Usage: .venv/bin/python scripts/park_misses.py [--only STEM,STEM] > table.md
"""
from __future__ import annotations

import os
import tempfile

from policykg.evaluation import evaluate_report, manifest
from policykg.extract import decide
from policykg.extract.train import C, FIXED, report_examples, write_model
from script_cli import parser, run


def _pushes(m, x: dict, sign: int, n: int = 3) -> str:
    """The ``n`` features that raised (sign 1) or lowered (sign -1) the score most."""
    parts = sorted(((m.weights.get(k, 0.0) * v, k) for k, v in x.items()), key=lambda t: -sign * t[0])
    return ", ".join(f"{k.removeprefix('Park:')} {w:+.2f}" for w, k in parts[:n] if sign * w > 0)


def explain(name: str, wrong: bool, records: list[dict], m) -> tuple[str, str]:
    """(cause, detail) of one missed (``wrong`` False) or wrong park of a held-out report."""
    mine = [r for r in records if r["name"] == ("Park", name)]
    if not mine:
        return ("no candidate", "") if not wrong else ("not a candidate name", "tie or trimmed name")
    r = max(mine, key=lambda r: m.probability(r["x"]))
    p = m.probability(r["x"])
    rivals = [q for q in records if q["head"] == r["head"] and q is not r]
    best = max(rivals, key=lambda q: (m.probability(q["x"]), -q["a"]), default=None)
    if best is not None and (m.probability(best["x"]), -best["a"]) > (p, -r["a"]):
        return "boundary", f"{best['name'][1]} won ({m.probability(best['x']):.2f} > {p:.2f})"
    if wrong:
        return "kept wrong", f"p {p:.2f}; up: {_pushes(m, r['x'], 1)}"
    return "below threshold", f"p {p:.2f}; down: {_pushes(m, r['x'], -1)}"


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--only", type=lambda t: t.split(","), metavar="STEM,STEM", help="these dev reports alone")
    only = ap.parse_args().only
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}
    if unknown := [s for s in only or [] if s not in dev]:   # a typo printed an empty table
        ap.error(f"--only {','.join(unknown)}: no such dev report (dev: {', '.join(dev)})")
    by_report = {s: report_examples(s, i) for s, i in dev.items()}
    c, thresholds = C, FIXED
    print("| report | park | error | cause | detail |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for held, info in dev.items():
            if only and held not in only:
                continue
            path = os.path.join(tmp, f"{held}.json")
            write_model(path, [r for s, rs in by_report.items() if s != held for r in rs], c, {}, thresholds)
            os.environ["POLICYKG_ENTITY_MODEL"] = path
            decide.model.cache_clear()
            result = evaluate_report(held, info, unseen=True)["parks"]
            m = decide.model()
            for wrong, items in ((False, result.fns), (True, result.fps)):
                for name in items:
                    cause, detail = explain(name, wrong, by_report[held], m)
                    print(f"| {held} | {name} | {'wrong' if wrong else 'missed'} | {cause} | {detail} |", flush=True)
    return 0


if __name__ == "__main__":
    run(main)
