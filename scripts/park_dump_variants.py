"""Park decision variants scored offline over ``park_misses_grouped.py --dump``: the best candidate of each head
kept at the fold's park threshold, or (``--general T …``) a candidate only the general path made kept at the lower
threshold T. Scored against the dev gold as the evaluation matches names (any name of a gold park; optional
parks count neither way). It reproduces the pipeline's strict grouped parks within an item (the pipeline's
filters after the decision are not run), so it bounds what such a variant could gain. Dev reports only.
Usage: .venv/bin/python scripts/park_dump_variants.py DUMP [--general T …]
"""
from __future__ import annotations

import json
from collections import defaultdict

from policykg.evaluation import entity_annotation, manifest
from policykg.scoring import names
from script_cli import decimal, parser, run


_ROW = {"stem", "name", "p", "thr", "head", "a", "x"}   # the keys kept_names reads


def kept_names(rows: list[dict], general: float | None = None) -> dict[str, set]:
    """stem → the park names kept: per head the best candidate (highest p, then leftmost), at its threshold."""
    best: dict = {}
    for r in rows:
        k = tuple(r["head"])
        if k not in best or (r["p"], -r["a"]) > (best[k]["p"], -best[k]["a"]):
            best[k] = r
    out = defaultdict(set)
    for r in best.values():
        t = r["thr"] if general is None or "Park:general_only" not in r["x"] else min(r["thr"], general)
        if r["p"] >= t:
            out[r["stem"]].add(r["name"])
    return out


def score(kept: dict[str, set], gold: dict[str, tuple[list[set], set]]) -> tuple[int, int, int]:
    """(right, wrong, missed) of the kept names against each report's (required parks' names, optional names)."""
    tp = fp = fn = 0
    for stem, (required, optional) in gold.items():
        mine = kept.get(stem, set()) - optional
        hit = sum(1 for g in required if g & mine)
        tp, fn = tp + hit, fn + len(required) - hit
        fp += sum(1 for n in mine if not any(n in g for g in required))
    return tp, fp, fn


def dev_gold() -> dict[str, tuple[list[set], set]]:
    out = {}
    for stem, info in sorted(manifest().items()):
        if info["split"] == "dev" and info["entities"]:
            parks = entity_annotation(stem, info).get("parks") or []
            out[stem] = ([set(names(g)) for g in parks if not g.get("optional")],
                         {n for g in parks if g.get("optional") for n in names(g)})
    return out


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("dump", help="park_misses_grouped.py --dump output (JSON lines)")
    ap.add_argument("--general", nargs="+", type=decimal, default=[], metavar="T",
                    help="thresholds for candidates only the general path made")
    args = ap.parse_args()
    try:
        with open(args.dump, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
    except (OSError, ValueError) as exc:
        ap.error(f"{args.dump}: not a readable park dump ({exc})")
    if bad := next((i for i, r in enumerate(rows, 1) if not isinstance(r, dict) or not _ROW <= r.keys()), None):
        # a JSON line of another file ended in a KeyError or TypeError traceback, exit 1 (review28)
        ap.error(f"{args.dump}: record {bad} is no park candidate of park_misses_grouped.py --dump "
                 f"(it needs {', '.join(sorted(_ROW))})")
    gold = dev_gold()
    for t in (None, *args.general):
        tp, fp, fn = score(kept_names(rows, t), gold)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        print(f"{'fold thresholds' if t is None else f'general-only at {t}'}: right {tp}, wrong {fp}, "
              f"missed {fn}, F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    run(main)
