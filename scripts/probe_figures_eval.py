"""Probe texts: the figures of the six ``figs-*`` reports of tests/data/constructed scored against their gold (names115).

    PYTHONPATH=.:scripts python scripts/probe_figures_eval.py [--errors] [--json]

A measure of its own, never mixed with dev or test: short texts of other levels and years (city 2013, county 2016,
province 2018, district 2020, city 2023, league 2025), written and annotated by the guideline before the tool was
run on them (found by ``probe_texts``, read by ``policykg.evaluation.report_facts``); names119 added four more
(county 2019, city 2016, province 2021, district 2024) and names121 four (city 2014, autonomous prefecture 2018,
county-level city 2022, municipality district 2025), names123 four (district 2011, county 2015, district 2017,
banner 2021), names124 four (district 2012, county 2018, county-level city 2019, province 2015) and names126 four
(county 2013, city 2020, county-level city 2017, district 2023), names128 four (county 2022, city 2018, province 2012,
autonomous prefecture 2013), totalled apart by round. Per text, per round and in total:
figures found (same kind, value and unit over an overlapping span, as ``policykg.scoring.match_quantities``
matches them), spurious figures, and over the matched ones the indicator name
exact (character for character), equivalent (``same_indicator``, or one canonical name in the alias table:
生产总值 and 地区生产总值), comparator and period. ``--errors`` lists every miss.
"""
from __future__ import annotations

import json

from probe_texts import probe_texts
from script_cli import parser, run
from policykg.evaluation import quantity_annotation, report_facts
from policykg.scoring import match_quantities, same_indicator

ROUNDS = {"names115": ("figs-city-2013", "figs-city-2023", "figs-county-2016", "figs-district-2020",
                        "figs-prefecture-2025", "figs-province-2018"),
          "names119": ("figs-city-2016", "figs-county-2019", "figs-district-2024", "figs-province-2021"),
          "names121": ("figs-city-2014", "figs-countycity-2022", "figs-district-2025", "figs-prefecture-2018"),
          "names123": ("figs-banner-2021", "figs-county-2015", "figs-district-2011", "figs-district-2017"),
          "names124": ("figs-county-2018", "figs-countycity-2019", "figs-district-2012", "figs-province-2015"),
          "names126": ("figs-city-2020", "figs-county-2013", "figs-countycity-2017", "figs-district-2023"),
          "names128": ("figs-city-2018", "figs-county-2022", "figs-prefecture-2013", "figs-province-2012")}
MEASURES = ["found", "spurious", "gold", "name exact", "name equivalent", "comparator", "period"]


def equivalent(name: str, gold: str) -> bool:
    """The guideline's equivalences: the short forms written out, and a spelling the alias table maps."""
    from policykg.extract.qlexicon import alias_map
    aliases = alias_map()
    return same_indicator(name, gold) or aliases.get(name, name) == aliases.get(gold, gold)


def score(stem: str, info: dict) -> tuple[dict, list[str]]:
    """One text's measures and its error lines."""
    gold = quantity_annotation(stem, info)
    pred = report_facts(info["path"]).quantities
    out, errors = dict.fromkeys(MEASURES, 0), []
    for kind in info["quantities"]:
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
    for stem, info in probe_texts("figs", "quantities").items():
        per[stem], errors = score(stem, info)
        for key, n in per[stem].items():
            total[key] += n
        if args.errors and not args.json:
            print(f"[{stem}]", *errors, sep="\n  ")
    for name, stems in ROUNDS.items():
        per[f"total {name}"] = {key: sum(per[stem][key] for stem in stems if stem in per) for key in MEASURES}
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
