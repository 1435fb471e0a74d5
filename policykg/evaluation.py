"""Score the extractor against the hand annotations of `tests/annotations/{dev,test}`.

`python -m policykg.evaluation` (what `make eval` runs) prints precision, recall and F1 per class for
the dev and the test split side by side, micro-averaged over the reports of each split:

- parks, projects, organisations: a prediction is right when its label or an alias equals the gold
  label or an alias; each gold item is hit once, nodes and items matched by a maximum matching (a node
  left over for an item another node holds is a false positive, a duplicate); gold items marked `optional`
  count neither as hits nor as misses;
- placements: project → park `locatedIn`/`hosts` pairs, both ends matched by name;
- place ties: project → place and park → place `locatedIn`/`hosts` pairs, both ends matched by name; a
  pair with an `optional` end counts neither way; scored on the reports whose gold lists places;
- targets, outcomes: same kind, value and unit (NFKC), overlapping spans (one gold item per
  prediction), only for the kinds the manifest says are annotated in full;
- indicator, comparator, period: agreement over the matched targets and outcomes; concept: over those
  whose gold indicator reaches a canonical concept, the extracted indicator reaches the same one;
- figure ties: the targets and outcomes tied to the park or project they are of, derived from the gold
  names (``policykg/scoring_ties.py``).

The manifest (`tests/annotations/manifest.yaml`) names each report's split, file and complete kinds.
What the split means is written in `docs/annotation-guideline.md`.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from .errors import InputError, run_module
from .scoring import AGREEMENT, Counts, agreement, match_quantities, score_entities, score_place_ties, score_placements
from .scoring_ties import score_figure_ties
from .yaml_keys import read_unique


def find_annotations(start: Path | None = None) -> Path:
    """``tests/annotations`` of the source checkout holding ``start`` (default: the current folder),
    looked for there and above; the annotations are part of the checkout, not of the package."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "tests" / "annotations" / "manifest.yaml").is_file():
            return folder / "tests" / "annotations"
    return here / "tests" / "annotations"


ANNOTATIONS = find_annotations()
ENTITY_CLASSES = {"parks": ("parks", "Park"), "projects": ("projects", "Project"),
                  "organisations": ("organizations", "Organization")}
CLASSES = ["parks", "projects", "placements", "place ties", "organisations", "targets", "outcomes", "figure ties"]


def manifest() -> dict[str, dict]:
    """stem → {split, path, quantities (kinds annotated in full), entities (bool)}; an unreadable
    manifest, or an entry whose report file is missing, is an InputError naming it."""
    where = ANNOTATIONS / "manifest.yaml"
    checkout = ANNOTATIONS.parent.parent  # the manifest's report paths are relative to the checkout
    try:
        raw = read_unique(where)
    except OSError as exc:
        raise InputError(f"{where}: cannot read the annotation manifest ({exc.strerror}); "
                         f"run from a policykg source checkout") from None
    except yaml.YAMLError as exc:
        raise InputError(f"{where}: not valid YAML ({exc})") from None
    if not isinstance(raw, dict) or not all(s in ("dev", "test") and isinstance(r, dict) for s, r in raw.items()):
        raise InputError(f"{where}: expected dev: and test: maps of report → {{path: …}}")
    out = {}
    for split, reports in raw.items():
        for stem, info in reports.items():
            folder = ANNOTATIONS / split
            path = info.get("path") if isinstance(info, dict) else None
            if not path or not (checkout / str(path)).is_file():
                raise InputError(f"{where}: {split}/{stem}: no report file at {path!r}")
            out[stem] = {"split": split, "path": checkout / info["path"],
                         "quantities": list(info.get("quantities") or [])
                         if (folder / f"{stem}-quantities.yaml").exists() else [],
                         "entities": (folder / f"{stem}-entities.yaml").exists(),
                         "folder": folder}
    return out


def entity_annotation(stem: str, info: dict) -> dict:
    """The report's entity annotation ({stem}-entities.yaml of its split folder); {} when it is empty."""
    return read_unique(info["folder"] / f"{stem}-entities.yaml") or {}


def quantity_annotation(stem: str, info: dict) -> list:
    """The report's figure annotation ({stem}-quantities.yaml of its split folder); [] when it is empty."""
    return read_unique(info["folder"] / f"{stem}-quantities.yaml") or []


def report_facts(path: Path, unseen: bool = False):
    """Read, structure and extract one report as ``pk build`` does; its facts, offsets in the text as written.
    UNSEEN (leave-one-report-out): the report's own words are left out of the dev reports' word counts."""
    from contextlib import nullcontext

    from .extract import extract
    from .extract.report_words import vocabulary
    from .extract.specificity import leaving_out
    from .read import for_matching, read_report, restore_offsets
    from .structure import parse
    written = read_report(str(path))
    doc = for_matching(written)
    outline = parse(doc)
    with leaving_out(vocabulary(doc.text)) if unseen else nullcontext():
        facts = extract(doc, outline)
    return restore_offsets(written, outline, facts)[1]


def evaluate_report(stem: str, info: dict, unseen: bool = False) -> dict[str, Counts]:
    """One report's counts per class and agreement measure (``report_facts`` scored against its gold)."""
    facts = report_facts(info["path"], unseen)
    result: dict[str, Counts] = {}
    if info["entities"]:
        gold = entity_annotation(stem, info)
        for key, (yaml_key, kind) in ENTITY_CLASSES.items():
            result[key] = score_entities(facts.entities, gold.get(yaml_key) or [], kind)
        result["placements"] = score_placements(facts.entities, facts.links, gold)
        if gold.get("places"):      # a gold without places annotates no place ties
            result["place ties"] = score_place_ties(facts.entities, facts.links, gold)
    if info["quantities"]:
        gold_q = quantity_annotation(stem, info)
        matches = []
        for kind in info["quantities"]:
            m, c = match_quantities(facts.quantities, gold_q, kind)
            result[kind.lower() + "s"] = c
            matches += m
        result.update(agreement(matches))
        if info["entities"]:
            result["figure ties"] = score_figure_ties(facts, gold, gold_q, info["quantities"])
    return result


def evaluate(split: str | None = None) -> dict[str, dict[str, Counts]]:
    """split → class → summed counts (and stem → class → counts under the key 'reports')."""
    totals: dict[str, dict] = {}
    for stem, info in sorted(manifest().items()):
        if split and info["split"] != split:
            continue
        per = evaluate_report(stem, info)
        bucket = totals.setdefault(info["split"], {"reports": {}})
        bucket["reports"][stem] = per
        for key, c in per.items():
            bucket.setdefault(key, Counts()).add(c)
    return totals


def table(totals: dict) -> str:
    """Markdown table: one row per class, P/R/F1 for dev and test side by side."""
    splits = [s for s in ("dev", "test") if s in totals]
    head = "| class | " + " | ".join(f"{s} P | {s} R | {s} F1" for s in splits) + " |"
    rows = [head, "|---|" + "---:|" * (3 * len(splits))]
    for key in CLASSES:
        cells = []
        for s in splits:
            c = totals[s].get(key)
            cells += ["–"] * 3 if c is None else [f"{v:.2f}" for v in c.prf()]
        rows.append(f"| {key} | " + " | ".join(cells) + " |")
    for key in AGREEMENT:
        cells = []
        for s in splits:
            c = totals[s].get(key)
            cells += ["", "", "–" if c is None else f"{c.prf()[0]:.2f}"]
        rows.append(f"| {key} agreement | " + " | ".join(cells) + " |")
    counts = " · ".join(f"{s}: {len(totals[s]['reports'])} reports" for s in splits)
    return "\n".join(rows) + f"\n\n{counts}"


def main(argv: list[str] | None = None) -> int:
    from .option_parsing import once_only
    ap = once_only(argparse.ArgumentParser(prog="python -m policykg.evaluation", description=__doc__.split("\n")[0]))
    ap.add_argument("--split", choices=["dev", "test"], help="score one split only")
    ap.add_argument("--errors", action="store_true", help="list the errors per report (dev only)")
    ap.add_argument("--json", action="store_true", help="print P/R/F1 per split and class as JSON")
    args = ap.parse_args(argv)
    totals = evaluate(args.split)
    if args.json:
        print(json.dumps({s: {k: c.prf() for k, c in t.items() if k != "reports"} for s, t in totals.items()},
                         indent=1, sort_keys=True))
        return 0
    print(table(totals))
    if args.errors and "dev" in totals:
        for stem, per in totals["dev"]["reports"].items():
            for key, c in per.items():
                if c.fps or c.fns:
                    print(f"\n[{stem}] {key}\n  FP {c.fps}\n  FN {c.fns}")
    return 0


if __name__ == "__main__":
    sys.exit(run_module(main, "python -m policykg.evaluation"))
