"""Probe texts: parks, projects and placements on the constructed probe reports (parks59, issue 12 items 2–4).

    PYTHONPATH=.:scripts python scripts/probe_eval.py [--errors] [--json]

Each ``tests/data/constructed/probe-*.txt`` with its ``probe-*-entities.yaml`` gold (written and annotated before
the tool was run on it; found by ``probe_texts``) is read, structured and extracted as ``pk build`` does, and scored by
``policykg.evaluation.evaluate_report`` (the dev scorer): P/R/F1 per text, pooled by round (the texts each session
wrote: parks59's six, parks62's four, parks65's four, parks68's four, parks70's four,
parks72's four) and in all. A measure of its own, never mixed with dev or test.
``--errors``: each text's false positives and misses.
"""
from __future__ import annotations

import json

from probe_texts import probe_texts
from script_cli import parser, run
from policykg.evaluation import evaluate_report
from policykg.scoring import Counts

CLASSES = ("parks", "projects", "placements")
ROUNDS = {"parks59": ("probe-city-2017", "probe-city-2024", "probe-county-2014", "probe-district-2022",
                      "probe-prefecture-2018", "probe-province-2019"),
          "parks62": ("probe-city-2013", "probe-county-2020", "probe-district-2016", "probe-province-2023"),
          "parks65": ("probe-county-2012", "probe-countycity-2016", "probe-district-2021", "probe-province-2015"),
          "parks68": ("probe-banner-2018", "probe-city-2011", "probe-district-2013", "probe-province-2020"),
          "parks70": ("probe-city-2019", "probe-county-2023", "probe-countycity-2021", "probe-prefecture-2015"),
          "parks72": ("probe-countycity-2013", "probe-district-2019", "probe-league-2024", "probe-province-2012")}


def score() -> dict[str, dict[str, Counts]]:
    """stem → class → counts, with the pooled counts under 'pooled'."""
    out: dict[str, dict[str, Counts]] = {"pooled": {k: Counts() for k in CLASSES}}
    for stem, info in probe_texts("probe", "entities").items():
        per = evaluate_report(stem, info)
        out[stem] = {k: per[k] for k in CLASSES}
        for k in CLASSES:
            out["pooled"][k].add(per[k])
    for name, stems in ROUNDS.items():
        out[f"pooled {name}"] = {k: Counts() for k in CLASSES}
        for stem in (s for s in stems if s in out):
            for k in CLASSES:
                out[f"pooled {name}"][k].add(out[stem][k])
    return out


def row(name: str, per: dict[str, Counts]) -> str:
    cells = " | ".join("{:.3f} / {:.3f} / {:.3f}".format(*per[k].prf()) for k in CLASSES)
    return f"| {name} | {cells} |"


def main(argv=None) -> int:
    ap = parser(__doc__)
    ap.add_argument("--errors", action="store_true", help="list each text's false positives and misses")
    ap.add_argument("--json", action="store_true", help="print P/R/F1 and tp/fp/fn per text and class as JSON")
    args = ap.parse_args(argv)
    result = score()
    if args.json:
        print(json.dumps({s: {k: [*c.prf(), c.tp, c.fp, c.fn] for k, c in per.items()} for s, per in result.items()},
                         indent=1, sort_keys=True, ensure_ascii=False))
        return 0
    print("| text | " + " | ".join(f"{k} P / R / F1" for k in CLASSES) + " |")
    print("|---|" + "---|" * len(CLASSES))
    for stem, per in result.items():
        print(row(stem, per))
    if args.errors:
        for stem, per in result.items():
            for k, c in per.items():
                if not stem.startswith("pooled") and (c.fps or c.fns):
                    print(f"\n[{stem}] {k}\n  FP {c.fps}\n  FN {c.fns}")
    return 0


if __name__ == "__main__":
    run(main)
