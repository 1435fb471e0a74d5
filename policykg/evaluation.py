"""Score the extractor against the hand annotations of `tests/annotations/{dev,test}`.

`python -m policykg.evaluation` (what `make eval` runs) prints precision, recall and F1 per class for
the dev and the test split side by side, micro-averaged over the reports of each split:

- parks, projects, organisations: a prediction is right when its label or an alias equals the gold
  label or an alias; gold items marked `optional` count neither as hits nor as misses;
- placements: project → park `locatedIn`/`hosts` pairs, both ends matched by name;
- targets, outcomes: same kind, value and unit (NFKC), overlapping spans (one gold item per
  prediction), only for the kinds the manifest says are annotated in full;
- indicator, comparator, period: agreement over the matched targets and outcomes; concept: over those
  whose gold indicator reaches a canonical concept, the extracted indicator reaches the same one.

The manifest (`tests/annotations/manifest.yaml`) names each report's split, file and complete kinds.
What the split means is written in `docs/annotation-guideline.md`.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from .errors import InputError, run_module


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
CLASSES = ["parks", "projects", "placements", "organisations", "targets", "outcomes"]
AGREEMENT = ["indicator", "concept", "comparator", "period"]
SHOWN = {"period": "start_year", "concept": "indicator"}  # the attribute an agreement miss shows


@dataclass
class Counts:
    """True positives, false positives and false negatives of one class, with the items behind them."""
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fps: list = field(default_factory=list)
    fns: list = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.fps += other.fps
        self.fns += other.fns

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def manifest() -> dict[str, dict]:
    """stem → {split, path, quantities (kinds annotated in full), entities (bool)}; an unreadable
    manifest, or an entry whose report file is missing, is an InputError naming it."""
    where = ANNOTATIONS / "manifest.yaml"
    checkout = ANNOTATIONS.parent.parent  # the manifest's report paths are relative to the checkout
    try:
        raw = yaml.safe_load(where.read_text(encoding="utf-8"))
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


def names(item: dict) -> set[str]:
    return {item["label"], *(item.get("alt") or [])}


def score_entities(pred, gold: list[dict], kind: str) -> Counts:
    """Counts of one entity class; a prediction matches a gold item when any of their names agree."""
    ents = [e for e in pred if e.kind == kind]
    required = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]

    def hit(e, g):
        return bool({e.label, *e.alt_labels} & names(g))
    c = Counts()
    for e in ents:
        if any(hit(e, g) for g in required):
            c.tp += 1
        elif not any(hit(e, g) for g in optional):
            c.fp += 1
            c.fps.append(e.label)
    missed = [g["label"] for g in required if not any(hit(e, g) for e in ents)]
    c.fn, c.fns = len(missed), missed
    return c


def gold_placements(gold: dict):
    """(name → gold item label, name → gold park label, required pairs, optional pairs) of the
    located_in pairs whose object is a gold park; a pair with an `optional` end is optional."""
    park_names = {n: g["label"] for g in gold.get("parks") or [] for n in names(g)}
    item_names = {n: g["label"] for key in ("projects", "parks", "organizations", "places")
                  for g in gold.get(key) or [] for n in names(g)}
    optional = {n for key in ("projects", "parks", "organizations", "places")
                for g in gold.get(key) or [] if g.get("optional") for n in names(g)}
    pairs = [(item_names.get(s, s), park_names[o], s in optional or o in optional)
             for s, o in gold.get("located_in") or [] if o in park_names]
    required = {(s, o) for s, o, opt in pairs if not opt}
    return item_names, park_names, required, {(s, o) for s, o, opt in pairs if opt} - required


def gold_name(entity, lookup: dict) -> str:
    """The gold label an extracted entity matches by label or alias (else its own label)."""
    return next((lookup[n] for n in sorted({entity.label, *entity.alt_labels}) if n in lookup), entity.label)


def score_placements(entities, links, gold: dict) -> Counts:
    """Project → park ties: predicted locatedIn/hosts between a Project and a Park against the gold
    located_in pairs whose object is a gold park; a pair with an `optional` end counts neither way."""
    item_names, park_names, gold_pairs, optional_pairs = gold_placements(gold)
    pred_pairs = set()
    for ln in links:
        s, o = (ln.subject, ln.object) if ln.predicate == "locatedIn" else (ln.object, ln.subject)
        if ln.predicate not in ("locatedIn", "hosts") or getattr(s, "kind", None) != "Project" \
                or getattr(o, "kind", None) != "Park":
            continue
        pred_pairs.add((gold_name(s, item_names), gold_name(o, park_names)))
    pred_pairs -= optional_pairs
    c = Counts(tp=len(pred_pairs & gold_pairs))
    c.fps = sorted(pred_pairs - gold_pairs)
    c.fns = sorted(gold_pairs - pred_pairs)
    c.fp, c.fn = len(c.fps), len(c.fns)
    return c


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _decimal(value) -> Decimal | None:
    """An annotated value as a number; None for a value no extractor states as one (e.g. '1/4')."""
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return None


def match_quantities(pred, gold: list[dict], kind: str) -> tuple[list, Counts]:
    """(prediction, gold) pairs of one kind: same value and unit, overlapping spans."""
    g_k = [g for g in gold if g["kind"] == kind]
    used: set[int] = set()
    matches = []
    c = Counts()
    for p in (p for p in pred if p.kind == kind):
        for i, g in enumerate(g_k):
            if i in used or p.value != _decimal(g["value"]) or _nfkc(p.unit) != _nfkc(g["unit"]):
                continue
            if p.span.start < g["start"] + len(g["quote"]) and g["start"] < p.span.end:
                used.add(i)
                matches.append((p, g))
                break
        else:
            c.fps.append(f"{p.label} ({p.value}{p.unit})")
    c.fns = [g["quote"] for i, g in enumerate(g_k) if i not in used]
    c.tp, c.fp, c.fn = len(matches), len(c.fps), len(c.fns)
    return matches, c


def agreement(matches) -> dict[str, Counts]:
    """Agreement of indicator, concept, comparator and period over matched quantities, as hit/miss
    counts. The indicator must equal the gold name; the concept is counted only where the gold name
    reaches a canonical concept, and must be the one the extracted name reaches."""
    from .headline_eval import reached
    out = {k: Counts() for k in AGREEMENT}
    for p, g in matches:
        checks = {"indicator": p.indicator == g["indicator"], "comparator": p.comparator == g["comparator"],
                  "period": (p.start_year, p.end_year) == (g["start_year"], g["end_year"])}
        if gold_concept := reached(g["indicator"]):
            checks["concept"] = reached(p.indicator) == gold_concept
        for k, ok in checks.items():
            out[k].tp += ok
            if not ok:
                out[k].fp += 1
                out[k].fps.append(f"{g['quote']}: {getattr(p, SHOWN.get(k, k))}")
    return out


def evaluate_report(stem: str, info: dict, unseen: bool = False) -> dict[str, Counts]:
    """Read, structure and extract one report; its counts per class and agreement measure. UNSEEN
    (leave-one-report-out): the report's own words are left out of the dev reports' word counts."""
    from contextlib import nullcontext

    from .extract import extract
    from .extract.report_words import vocabulary
    from .extract.specificity import leaving_out
    from .read import for_matching, read_report
    from .structure import parse
    doc = for_matching(read_report(str(info["path"])))
    outline = parse(doc)
    with leaving_out(vocabulary(doc.text)) if unseen else nullcontext():
        facts = extract(doc, outline)
    result: dict[str, Counts] = {}
    if info["entities"]:
        gold = yaml.safe_load((info["folder"] / f"{stem}-entities.yaml").read_text(encoding="utf-8")) or {}
        for key, (yaml_key, kind) in ENTITY_CLASSES.items():
            result[key] = score_entities(facts.entities, gold.get(yaml_key) or [], kind)
        result["placements"] = score_placements(facts.entities, facts.links, gold)
    if info["quantities"]:
        gold_q = yaml.safe_load((info["folder"] / f"{stem}-quantities.yaml").read_text(encoding="utf-8")) or []
        matches = []
        for kind in info["quantities"]:
            m, c = match_quantities(facts.quantities, gold_q, kind)
            result[kind.lower() + "s"] = c
            matches += m
        result.update(agreement(matches))
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
    ap = argparse.ArgumentParser(prog="python -m policykg.evaluation", description=__doc__.split("\n")[0])
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
