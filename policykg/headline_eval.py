"""Score the extractor on the hand table of the headline 2026 targets of the provincial reports.

`python -m policykg.headline_eval` (a line of `make eval`) extracts every report the table
(`tests/annotations/headline-2026.yaml`, read blind) names and prints two shares of its targets:

- right: the extractor states a Target whose span overlaps the quote, with the same value and unit
  (NFKC), the same comparator, the same start and end year and, for a range, the same ceiling
  (goal ≥ 97 %);
- concept: that Target's indicator reaches the table's concept code (the exact or broad match
  `policykg build` links it to; goal ≥ 90 %), over the targets that have a concept code.

Both over all reports and over the held-out ones (outside the dev split of the manifest). The table is a
held-out check: its misses are listed (`--misses`), never used to change a rule.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

from .errors import InputError, UsageError, run_module
from .evaluation import ANNOTATIONS
from .yaml_keys import read_unique

ROOT = ANNOTATIONS.parent.parent   # the checkout: the table and the corpus are not package data
TABLE = ANNOTATIONS / "headline-2026.yaml"
CORPUS = ROOT / "data" / "corpus" / "provincial-2026"
FIELDS = ("quote", "start", "concept", "value", "unit", "comparator", "start_year", "end_year")
COMPARATORS = {"=", ">=", "<=", ">", "<", "≈"}


@dataclass
class Verdict:
    """How the extractor did on one hand-annotated target."""
    report: str
    quote: str
    concept: str | None     # the code it should reach; None when the scheme has none
    found: bool             # a Target with this value and unit on an overlapping span
    right: bool             # … and the same comparator, period and ceiling
    concept_ok: bool        # the found Target's indicator reaches `concept`
    got: str                # what the extractor said, for the list of misses


def number(value, where: str) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise InputError(f"{where}: value {value!r} is not a number") from None


def check_row(row, where: str) -> dict:
    """One annotated target, its fields checked; an InputError names the first problem."""
    if not isinstance(row, dict):
        raise InputError(f"{where}: expected a mapping {{quote: …, start: …, …}}")
    missing = [f for f in FIELDS if f not in row]
    if missing:
        raise InputError(f"{where}: missing {', '.join(missing)}")
    if row["comparator"] not in COMPARATORS:
        raise InputError(f"{where}: comparator {row['comparator']!r} is not one of {' '.join(sorted(COMPARATORS))}")
    if not isinstance(row["start"], int) or row["start"] < 0:
        raise InputError(f"{where}: start {row['start']!r} is not an offset")
    number(row["value"], where)
    if row.get("max_value") is not None:
        number(row["max_value"], where)
    return row


def load_table(path: Path = TABLE) -> dict[str, list[dict]]:
    """report stem → its annotated targets, in file order."""
    from .errors import special_file
    what = special_file(path)
    if what:  # /dev/zero was read until the memory ran out
        raise InputError(f"{path}: is {what}, not the hand table (a YAML file)")
    try:
        raw = read_unique(path)
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML ({' '.join(str(exc).split())})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except RecursionError:  # brackets or keys nested thousands deep: the YAML composer's traceback
        raise InputError(f"{path}: YAML nested too deep to read; expected a map of report stem → list of "
                         f"targets") from None
    if not isinstance(raw, dict) or not raw:
        raise InputError(f"{path}: expected a map of report stem → list of targets")
    table = {}
    for stem, rows in raw.items():
        if not isinstance(rows, list) or not (CORPUS / f"{stem}.txt").is_file():
            raise InputError(f"{path}: {stem}: expected a list of targets of {CORPUS.name}/{stem}.txt")
        table[stem] = [check_row(r, f"{path}: {stem} #{i + 1}") for i, r in enumerate(rows)]
    return table


def extract_targets(stem: str) -> list:
    """The Targets the extractor finds in one corpus report."""
    from .extract import extract
    from .read import for_matching, read_report
    from .structure import parse
    doc = for_matching(read_report(str(CORPUS / f"{stem}.txt")))
    return [q for q in extract(doc, parse(doc)).quantities if q.kind == "Target"]


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def is_right(q, gold: dict) -> bool:
    """Same comparator, period and ceiling (value and unit are already equal)."""
    ceiling = gold.get("max_value")
    return (q.comparator == gold["comparator"]
            and (q.start_year, q.end_year) == (gold["start_year"], gold["end_year"])
            and q.upper_value == (Decimal(str(ceiling)) if ceiling is not None else None))


def candidates(gold: dict, targets: list) -> list:
    """Targets on an overlapping span with the gold value and unit, fully right ones first."""
    end = gold["start"] + len(gold["quote"])
    value, unit = Decimal(str(gold["value"])), nfkc(str(gold["unit"]))
    hits = [q for q in targets if q.span.start < end and gold["start"] < q.span.end
            and q.value == value and nfkc(q.unit) == unit]
    return sorted(hits, key=lambda q: not is_right(q, gold))


def reached(indicator: str) -> str | None:
    from .emit.concepts import match
    found = match(indicator)
    return found[0].code if found else None


def judge_report(stem: str, gold_rows: list[dict], targets: list) -> list[Verdict]:
    """One verdict per annotated target; each extracted Target answers for at most one of them."""
    used: set[int] = set()
    out = []
    for g in gold_rows:
        q = next((q for q in candidates(g, targets) if id(q) not in used), None)
        if q is None:
            near = [f"{t.indicator} {t.value}{t.unit}" for t in targets
                    if t.span.start < g["start"] + len(g["quote"]) and g["start"] < t.span.end]
            out.append(Verdict(stem, g["quote"], g["concept"], False, False, False,
                               "; ".join(near) or "nothing on this span"))
            continue
        used.add(id(q))
        code = reached(q.indicator)
        got = (f"{q.indicator} {q.comparator} {q.value}{'—' + str(q.upper_value) if q.upper_value else ''}"
               f"{q.unit} {q.start_year}–{q.end_year} → {code}")
        out.append(Verdict(stem, g["quote"], g["concept"], True, is_right(q, g),
                           g["concept"] is not None and code == g["concept"], got))
    return out


def score(table: dict[str, list[dict]]) -> list[Verdict]:
    """Extract every report of the table and judge each of its targets, reports in name order."""
    return [v for stem in sorted(table) for v in judge_report(stem, table[stem], extract_targets(stem))]


def held_out(stems) -> set[str]:
    """The stems outside the dev split of the manifest (the test split's, and any not annotated)."""
    from .evaluation import manifest
    dev = {s for s, info in manifest().items() if info["split"] == "dev"}
    return {s for s in stems if s not in dev}


def shares(verdicts: list[Verdict]) -> dict[str, float | int]:
    """Counts and shares: targets, right, found, concept (over the targets with a concept code)."""
    with_concept = [v for v in verdicts if v.concept is not None]
    n = len(verdicts)
    return {"reports": len({v.report for v in verdicts}), "targets": n,
            "found": sum(v.found for v in verdicts) / n if n else 0.0,
            "right": sum(v.right for v in verdicts) / n if n else 0.0,
            "with_concept": len(with_concept),
            "concept": sum(v.concept_ok for v in with_concept) / len(with_concept) if with_concept else 0.0}


def summary(verdicts: list[Verdict]) -> dict[str, dict]:
    """Shares over all reports and over the held-out ones."""
    keep = held_out({v.report for v in verdicts})
    return {"all": shares(verdicts), "held-out": shares([v for v in verdicts if v.report in keep])}


def render(verdicts: list[Verdict], misses: bool) -> str:
    lines = ["| reports | scope | targets | found | right (goal ≥ 0.97) | concept (goal ≥ 0.90) |",
             "|---:|---|---:|---:|---:|---:|"]
    for scope, s in summary(verdicts).items():
        lines.append(f"| {s['reports']} | {scope} | {s['targets']} | {s['found']:.3f} | {s['right']:.3f} "
                     f"| {s['concept']:.3f} (of {s['with_concept']}) |")
    if misses:
        for v in verdicts:
            what = [w for w, bad in (("not found", not v.found), ("wrong comparator/period/ceiling",
                    v.found and not v.right), ("wrong concept", v.concept is not None and not v.concept_ok))
                    if bad]
            if what:
                lines.append(f"[{v.report}] {v.quote} ({v.concept}): {', '.join(what)} — got {v.got}")
    return "\n".join(lines)


class OneLineParser(argparse.ArgumentParser):
    """argparse whose errors are a UsageError (one line, exit 2) instead of usage text."""

    def error(self, message):
        raise UsageError(message)


def main(argv: list[str] | None = None) -> int:
    from .option_parsing import once_only
    ap = once_only(OneLineParser(prog="python -m policykg.headline_eval", description=__doc__.split("\n")[0]))
    ap.add_argument("--table", type=Path, default=TABLE, help="the hand table (default: %(default)s)")
    ap.add_argument("--misses", action="store_true", help="list every target not fully right")
    ap.add_argument("--json", action="store_true", help="print the shares and verdicts as JSON")
    args = ap.parse_args(argv)
    verdicts = score(load_table(args.table))
    if args.json:
        print(json.dumps({"summary": summary(verdicts), "verdicts": [asdict(v) for v in verdicts]},
                         ensure_ascii=False, indent=1, sort_keys=True))
    else:
        print(render(verdicts, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(run_module(main, "python -m policykg.headline_eval"))
