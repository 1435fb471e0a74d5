"""Inter-annotator agreement on entities: two hand annotations of one report, A (the reference) and B.

B's items are scored against A's with the matching of policykg.evaluation (a B item hits an A item
when a label or alt agrees; an item optional in either file counts neither as a hit nor as an
error), per class: parks, projects, organisations, placements (project → park located_in, the
evaluation's class) and located_in (every tie whose ends both files annotate). F1 is symmetric in A
and B, so it is the agreement; `agree` is the simple (chance-free) agreement matched / (matched +
only A + only B). Dev reports only: the default pairs are every docs/checks/iaa/*-entities.yaml against its dev gold.
Usage: .venv/bin/python scripts/iaa.py [A.yaml B.yaml] [--diff] [--strict] (default: every docs/checks/iaa file)
"""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import yaml

from policykg.errors import special_file
from policykg.scoring import Counts, gold_name, gold_placements, names, score_entities
from policykg.yaml_keys import read_unique
from script_cli import parser, run

ROOT = Path(__file__).resolve().parents[1]
CLASSES = {"parks": ("parks", "Park"), "projects": ("projects", "Project"),
           "organisations": ("organizations", "Organization")}
ITEM_KEYS = ("projects", "parks", "organizations", "places")
IAA_DIR = ROOT / "docs/checks/iaa"


def dev_pairs(iaa_dir: Path = IAA_DIR) -> list[tuple[Path, Path]]:
    """(dev gold, second annotation) for every docs/checks/iaa/<stem>-entities.yaml, in name order."""
    return [(ROOT / "tests/annotations/dev" / b.name, b) for b in sorted(iaa_dir.glob("*-entities.yaml"))]


def load(path: Path) -> dict:
    """An annotation file's mapping; SystemExit 2 with one line when it is unreadable or not a mapping."""
    if what := special_file(path):   # a FIFO held the script waiting for good
        _refuse(path, f"is {what}, not an annotation file")
    try:
        data = read_unique(path) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        _refuse(path, err)
    except RecursionError:  # brackets nested thousands deep: the traceback of the YAML composer
        _refuse(path, "nested too deep to read")
    if not isinstance(data, dict):
        _refuse(path, "not a mapping of entity lists")
    for key in ITEM_KEYS:  # another shape ended in an AttributeError or KeyError traceback
        items = data.get(key) or []
        if not isinstance(items, list) or not all(isinstance(g, dict) and isinstance(g.get("label"), str)
                                                  for g in items):
            _refuse(path, f"{key}: not a list of items with a label")
    ties = data.get("located_in") or []
    if not isinstance(ties, list) or not all(isinstance(t, list) and len(t) == 2 for t in ties):
        _refuse(path, "located_in: not a list of [project, park] pairs")
    return data


def _refuse(path, why) -> None:
    print(f"iaa.py: {path}: {why if isinstance(why, str) else type(why).__name__ + ': ' + str(why).splitlines()[0]}",
          file=sys.stderr)
    raise SystemExit(2)


def entity(item: dict, kind: str):
    """A B item in the shape score_entities reads from the extractor."""
    return SimpleNamespace(kind=kind, label=item["label"], alt_labels=list(item.get("alt") or []))


def compare_class(a_items: list[dict], b_items: list[dict], kind: str) -> Counts:
    """B's required items as predictions against A, where an A item that only B's optional items
    name becomes optional too (either annotator's doubt makes an item count neither way)."""
    b_req = [b for b in b_items if not b.get("optional")]
    b_opt = [b for b in b_items if b.get("optional")]

    def named_by(a, group):
        return any(names(a) & names(b) for b in group)
    ref = [dict(a, optional=True) if not a.get("optional") and named_by(a, b_opt) and not named_by(a, b_req)
           else a for a in a_items]
    return score_entities([entity(b, kind) for b in b_req], ref, kind)


def tie_sets(gold: dict, parks_only: bool):
    """(name → label lookup, required pairs, optional pairs) of one file's located_in ties: the
    evaluation's project → park pairs, or every tie whose two ends the file annotates."""
    if parks_only:
        lookup, _, required, optional = gold_placements(gold)
        projects = {n for g in gold.get("projects") or [] for n in names(g)}
        keep = {(s, o) for s, o in required | optional if s in projects or s not in lookup}
        return lookup, required & keep, optional & keep
    lookup = {n: g["label"] for key in ITEM_KEYS for g in gold.get(key) or [] for n in names(g)}
    doubtful = {g["label"] for key in ITEM_KEYS for g in gold.get(key) or [] if g.get("optional")}
    pairs = {(lookup[s], lookup[o]) for s, o in gold.get("located_in") or [] if s in lookup and o in lookup}
    optional = {p for p in pairs if p[0] in doubtful or p[1] in doubtful}
    return lookup, pairs - optional, optional


def compare_ties(a: dict, b: dict, parks_only: bool) -> Counts:
    """B's ties against A's, B's ends renamed to A's labels by name; optional in either: neither way.
    A tie counts only when both files annotate both its ends (either may skip places)."""
    a_names, a_req, a_opt = tie_sets(a, parks_only)
    b_names, b_req, b_opt = tie_sets(b, parks_only)
    a_labels = set(a_names.values())

    def to_a(pairs):
        renamed = {tuple(gold_name(SimpleNamespace(label=x, alt_labels=_alts(b, x)), a_names) for x in p)
                   for p in pairs}
        return {p for p in renamed if set(p) <= a_labels}
    b_req, b_opt = to_a(b_req), to_a(b_opt)
    b_labels = {gold_name(SimpleNamespace(label=n, alt_labels=[]), a_names) for n in b_names}
    a_req, a_opt = ({p for p in pairs if set(p) <= b_labels} for pairs in (a_req, a_opt))
    c = Counts(tp=len(b_req & a_req))
    c.fps = sorted(b_req - a_req - a_opt)
    c.fns = sorted(a_req - b_req - b_opt)
    c.fp, c.fn = len(c.fps), len(c.fns)
    return c


def _alts(gold: dict, label: str) -> list[str]:
    return next((list(g.get("alt") or []) for key in ITEM_KEYS for g in gold.get(key) or []
                 if g["label"] == label), [])


def required(gold: dict) -> dict:
    """The annotation with every optional flag dropped (the strict view: doubt counts as a claim)."""
    return {k: [{**g, "optional": False} for g in v] if k in ITEM_KEYS else v for k, v in gold.items()}


def status_splits(a: dict, b: dict) -> list[tuple[str, str, str]]:
    """(class, label, who has it required) of items both files name, required in one, optional in the other."""
    out = []
    for key, (yk, _) in CLASSES.items():
        for x, y, who in ((a, b, "A"), (b, a, "B")):
            for g in x.get(yk) or []:
                if not g.get("optional") and any(names(g) & names(h) and h.get("optional") for h in y.get(yk) or []):
                    out.append((key, g["label"], who))
    return out


def identity_splits(a: dict, b: dict) -> list[tuple[str, str, list[str]]]:
    """(class, label, [labels]) where one file's item is named by two or more items of the other:
    one thing to one annotator, several to the other (matching counts every one of them a hit)."""
    out = []
    for key, (yk, _) in CLASSES.items():
        for x, y in ((a, b), (b, a)):
            for g in x.get(yk) or []:
                hits = [h["label"] for h in y.get(yk) or [] if names(g) & names(h)]
                if len(hits) > 1:
                    out.append((key, g["label"], hits))
    return out


def compare(a: dict, b: dict, strict: bool = False) -> dict[str, Counts]:
    """class → Counts of B against A (strict: optional flags dropped in both)."""
    if strict:
        a, b = required(a), required(b)
    out = {key: compare_class(a.get(yk) or [], b.get(yk) or [], kind) for key, (yk, kind) in CLASSES.items()}
    out["placements"] = compare_ties(a, b, parks_only=True)
    out["located_in"] = compare_ties(a, b, parks_only=False)
    return out


def agree(c: Counts) -> float:
    """Simple agreement: matched / (matched + only in A + only in B)."""
    total = c.tp + c.fp + c.fn
    return c.tp / total if total else 1.0


def table(rows: dict[str, dict[str, Counts]]) -> str:
    """Markdown table: report × class with counts, P, R, F1 and simple agreement."""
    out = ["| report | class | both | only B | only A | P | R | F1 | agree |", "|---|---|" + "---:|" * 7]
    for report, per in rows.items():
        for key, c in per.items():
            p, r, f = c.prf()
            out.append(f"| {report} | {key} | {c.tp} | {c.fp} | {c.fn} | {p:.2f} | {r:.2f} | {f:.2f} | {agree(c):.2f} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = parser(__doc__)
    ap.add_argument("files", nargs="*", help="A.yaml B.yaml (default: the dev gold against docs/checks/iaa)")
    ap.add_argument("--diff", action="store_true", help="list the items only one annotator has")
    ap.add_argument("--strict", action="store_true", help="drop every optional flag (doubt counts as a claim)")
    args = ap.parse_args(argv)
    if len(args.files) not in (0, 2):
        ap.error("give two files, A then B, or none")
    pairs = [tuple(map(Path, args.files))] if args.files else dev_pairs()
    rows, total, splits = {}, {}, {}
    for a_path, b_path in pairs:
        a, b = load(a_path), load(b_path)
        report = b_path.stem.removesuffix("-entities")
        rows[report] = per = compare(a, b, args.strict)
        splits[report] = [(k, f"{lab} required by {who} only") for k, lab, who in status_splits(a, b)]
        splits[report] += [(k, f"{lab} is one item, named by {hits}") for k, lab, hits in identity_splits(a, b)]
        for key, c in per.items():
            total.setdefault(key, Counts()).add(c)
    if len(rows) > 1:
        rows["all"] = total
    print(table(rows))
    if args.diff:
        for report, per in rows.items():
            for key, c in per.items() if report != "all" else ():
                print(f"\n[{report}] {key}\n  only B: {c.fps}\n  only A: {c.fns}")
            for key, line in splits.get(report, []):
                print(f"[{report}] {key}: {line}")
    return 0


if __name__ == "__main__":
    run(main)
