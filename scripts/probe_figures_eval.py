"""Probe texts: the figures of the six constructed reports of tests/data/constructed scored against their gold (names115).

    PYTHONPATH=.:scripts python scripts/probe_figures_eval.py [--errors] [--json]

A measure of its own, never mixed with dev or test: short texts of other levels and years (city 2013, county 2016,
province 2018, district 2020, city 2023, league 2025), written and annotated by the guideline before the tool was
run on them. Per text and in total: figures found (same kind, value and unit over an overlapping span, as
``policykg.scoring.match_quantities`` matches them), spurious figures, and over the matched ones the indicator name
exact (character for character), equivalent (``same_indicator``, or one canonical name in the alias table:
生产总值 and 地区生产总值), comparator and period. ``--errors`` lists every miss.
"""
from __future__ import annotations

import json
from pathlib import Path

from script_cli import parser, run
from policykg.scoring import match_quantities, same_indicator
from policykg.yaml_keys import read_unique

HERE = Path(__file__).resolve().parent.parent / "tests" / "data" / "constructed"
MEASURES = ["found", "spurious", "gold", "name exact", "name equivalent", "comparator", "period"]


def probe_stems() -> list[str]:
    """The probe texts that have a gold (figs-*.txt beside figs-*-quantities.yaml)."""
    return sorted(p.stem for p in HERE.glob("figs-*.txt") if (HERE / f"{p.stem}-quantities.yaml").exists())


def figures(stem: str):
    """The tool's figures on one probe text, offsets in the text as written (read, structure, extract)."""
    from policykg.extract import extract
    from policykg.read import for_matching, read_report, restore_offsets
    from policykg.structure import parse
    written = read_report(str(HERE / f"{stem}.txt"))
    doc = for_matching(written)
    outline = parse(doc)
    _, facts = restore_offsets(written, outline, extract(doc, outline))
    return facts.quantities


def equivalent(name: str, gold: str) -> bool:
    """The guideline's equivalences: the short forms written out, and a spelling the alias table maps."""
    from policykg.extract.qlexicon import alias_map
    aliases = alias_map()
    return same_indicator(name, gold) or aliases.get(name, name) == aliases.get(gold, gold)


def score(stem: str) -> tuple[dict, list[str]]:
    """One text's measures and its error lines."""
    gold = read_unique(HERE / f"{stem}-quantities.yaml") or []
    pred = figures(stem)
    out, errors = dict.fromkeys(MEASURES, 0), []
    for kind in ("Target", "Outcome"):
        matches, c = match_quantities(pred, gold, kind)
        out["found"] += c.tp
        out["spurious"] += c.fp
        out["gold"] += c.tp + c.fn
        errors += [f"missed {kind}: {q}" for q in c.fns] + [f"spurious {kind}: {p}" for p in c.fps]
        for p, g in matches:
            checks = {"name exact": p.indicator == g["indicator"], "name equivalent": equivalent(p.indicator, g["indicator"]),
                      "comparator": p.comparator == g["comparator"],
                      "period": (p.start_year, p.end_year) == (g["start_year"], g["end_year"])}
            for key, ok in checks.items():
                out[key] += ok
            if not checks["name exact"]:
                mark = "name~" if checks["name equivalent"] else "name"
                errors.append(f"{mark}: {g['quote']} → {p.indicator} (gold {g['indicator']})")
            if not checks["comparator"]:
                errors.append(f"comparator: {g['quote']} → {p.comparator} (gold {g['comparator']})")
            if not checks["period"]:
                errors.append(f"period: {g['quote']} → {p.start_year}-{p.end_year} "
                              f"(gold {g['start_year']}-{g['end_year']})")
    return out, errors


def main(argv=None) -> int:
    ap = parser(__doc__)
    ap.add_argument("--errors", action="store_true", help="list every miss per text")
    ap.add_argument("--json", action="store_true", help="the measures per text and in total as JSON")
    args = ap.parse_args(argv)
    per, total = {}, dict.fromkeys(MEASURES, 0)
    for stem in probe_stems():
        per[stem], errors = score(stem)
        for key, n in per[stem].items():
            total[key] += n
        if args.errors and not args.json:
            print(f"[{stem}]", *errors, sep="\n  ")
    per["total"] = total
    if args.json:
        print(json.dumps(per, indent=1, sort_keys=True, ensure_ascii=False))
        return 0
    if args.errors:
        return 0
    print("| text | " + " | ".join(MEASURES) + " |\n|---|" + "---:|" * len(MEASURES))
    for stem, m in per.items():
        print(f"| {stem} | " + " | ".join(str(m[k]) for k in MEASURES) + " |")
    return 0


if __name__ == "__main__":
    run(main)
