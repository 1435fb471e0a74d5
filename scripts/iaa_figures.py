"""Inter-annotator agreement on figures: two hand annotations of one report's quantities, A (the dev gold) and B.

Two entries are the same figure when their values start at the same character of the report (a quote may
be written longer or shorter by either annotator). Over the figures both found: the share whose indicator
names are equal character for character (the evaluation's strict measure), and whose comparator and period
agree. Dev reports only: the default pairs are every docs/checks/iaa/*-quantities.yaml against its dev gold.
Usage: .venv/bin/python scripts/iaa_figures.py [A.yaml B.yaml] [--diff]
"""
from __future__ import annotations

from pathlib import Path

import yaml

from policykg.errors import InputError, special_file
from policykg.yaml_keys import read_unique
from script_cli import parser, run

ROOT = Path(__file__).resolve().parents[1]
IAA_DIR = ROOT / "docs/checks/iaa"
DEV = ROOT / "tests/annotations/dev"


KEYS = ("quote", "start", "indicator", "value", "comparator", "start_year", "end_year")


def load(path: Path) -> list[dict]:
    """The entries of a quantities file; a missing, unreadable or misshapen file is an InputError (one line,
    exit 2)."""
    if what := special_file(path):      # a FIFO would hold the script waiting, a device read without end
        raise InputError(f"{path}: is {what}, not a quantities file")
    try:
        items = read_unique(path)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError) as err:
        raise InputError(f"{path}: cannot read ({type(err).__name__})") from None
    if not isinstance(items, list) or not all(isinstance(e, dict) and all(k in e for k in KEYS) for e in items):
        raise InputError(f"{path}: not a list of figures, each with {', '.join(KEYS)}")
    if not all(isinstance(e["start"], int) and isinstance(e["quote"], str) for e in items):
        raise InputError(f"{path}: a figure's start is no whole number or its quote no text")
    return items


def value_at(entry: dict) -> int:
    """The offset of the entry's number in the report: its quote's start plus where the value sits in it."""
    digits = str(entry["value"]).lstrip("-")
    return entry["start"] + max(entry["quote"].find(digits), 0)


def compare(a: list[dict], b: list[dict]) -> dict:
    """Counts of figures found by A only, B only and both, and the agreements over those found by both."""
    b_at = {value_at(e): e for e in b}
    both = [(e, b_at[value_at(e)]) for e in a if value_at(e) in b_at]
    same = {"indicator": lambda x, y: x["indicator"] == y["indicator"],
            "comparator": lambda x, y: x["comparator"] == y["comparator"],
            "period": lambda x, y: (x["start_year"], x["end_year"]) == (y["start_year"], y["end_year"])}
    return {"a": len(a), "b": len(b), "both": len(both),
            **{k: sum(f(x, y) for x, y in both) for k, f in same.items()},
            "names": [(x["quote"], x["indicator"], y["indicator"]) for x, y in both if x["indicator"] != y["indicator"]]}


def main(argv: list[str] | None = None) -> int:
    ap = parser(__doc__)
    ap.add_argument("files", nargs="*", help="A.yaml B.yaml (default: the dev gold against docs/checks/iaa)")
    ap.add_argument("--diff", action="store_true", help="list every name the two annotators wrote differently")
    args = ap.parse_args(argv)
    if len(args.files) not in (0, 2):
        ap.error("give two files, A then B, or none")
    pairs = ([tuple(map(Path, args.files))] if args.files else
             [(DEV / p.name, p) for p in sorted(IAA_DIR.glob("*-quantities.yaml"))])
    loaded = [(b_path, load(a_path), load(b_path)) for a_path, b_path in pairs]   # every file read before any output
    print("| report | A | B | both | indicator | comparator | period |\n|---|---:|---:|---:|---:|---:|---:|")
    total = {"a": 0, "b": 0, "both": 0, "indicator": 0, "comparator": 0, "period": 0}
    diffs = []
    for b_path, a_items, b_items in loaded:
        c = compare(a_items, b_items)
        diffs += [(b_path.stem, *n) for n in c.pop("names")]
        total = {k: total[k] + c[k] for k in total}
        print(row(b_path.stem.removesuffix("-quantities"), c))
    if len(pairs) > 1:
        print(row("all", total))
    for stem, quote, a_name, b_name in diffs if args.diff else ():
        print(f"{stem}: {quote}: A {a_name} | B {b_name}")
    return 0


def row(report: str, c: dict) -> str:
    share = (lambda k: f"{c[k] / c['both']:.2f}") if c["both"] else (lambda k: "–")
    return (f"| {report} | {c['a']} | {c['b']} | {c['both']} | {share('indicator')} | {share('comparator')} | "
            f"{share('period')} |")


if __name__ == "__main__":
    run(main)
