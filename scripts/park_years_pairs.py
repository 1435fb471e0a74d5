"""Parks across the years of one jurisdiction (issue 12, parks69): the dev reports and the probe texts built one by
one, their Park nodes grouped by the jurisdiction each report's header names, and for every jurisdiction with two
reports or more, the identities its years share and the joins ``identity_years.year_identities`` makes.

Writes one CSV row per join (``--csv F``: rule, jurisdiction, report, identity, identity taken, reports of the
identity taken) and prints per jurisdiction: reports, distinct identities, identities shared by two reports or
more before and after the joins. Never reads a test report: the reports are the manifest's ``split == "dev"``
and ``tests/data/constructed/probe-*``.
Usage: PYTHONPATH=.:scripts python scripts/park_years_pairs.py [--csv F]
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
from collections import defaultdict

from policykg.evaluation import manifest, report_facts
from policykg.extract.identity_years import year_pairs
from policykg.read import read_report
from probe_texts import probe_texts


def texts() -> list[tuple[str, str]]:
    """(stem, path) of every dev report and every probe text with an entity gold."""
    items = [(s, str(i["path"])) for s, i in sorted(manifest().items()) if i["split"] == "dev"]
    return items + [(s, str(i["path"])) for s, i in sorted(probe_texts("probe", "entities").items())]


def parks_by_jurisdiction(items) -> dict[str, list[tuple[str, str, str]]]:
    """jurisdiction → (report, identity, zh label) of each Park node of its reports."""
    out = defaultdict(list)
    for stem, path in items:
        place = read_report(path).metadata.place or ""
        for e in report_facts(path).entities:
            if e.kind == "Park":
                out[place].append((stem, e.attrs.get("identity") or e.label, e.attrs.get("zh") or e.label))
    return out


def shared(parks, joins) -> int:
    """Identities two reports or more share once ``joins`` ((report, identity) → identity) are made."""
    reports = defaultdict(set)
    for r, i, _ in parks:
        reports[joins.get((r, i), i)].add(r)
    return sum(len(v) > 1 for v in reports.values())


def _unwritable(path: str) -> str:
    """Why a CSV cannot be written at path ('' when it can), told before the minutes of builds, not after."""
    folder = os.path.dirname(path) or "."
    if os.path.isdir(path):
        return "is a folder"
    if not os.path.isdir(folder):
        return f"no folder {folder}"
    return "" if os.access(folder, os.W_OK) else f"folder {folder} is not writable"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", help="write the joins here")
    args = ap.parse_args(argv)
    if args.csv and (why := _unwritable(args.csv)):
        print(f"park_years_pairs.py: --csv {args.csv}: {why}", file=sys.stderr)
        return 2
    rows = []
    for place, parks in sorted(parks_by_jurisdiction(texts()).items()):
        stems = sorted({r for r, _, _ in parks})
        if len(stems) < 2:
            continue
        pairs = year_pairs(parks)
        joins = {(r, i): o for r, i, o in pairs}
        print(f"{place}: {len(stems)} reports ({', '.join(stems)}), {len({i for _, i, _ in parks})} identities, "
              f"shared {shared(parks, {})} -> {shared(parks, joins)}")
        for r, i, o in pairs:
            other = sorted({s for s, x, _ in parks if x == o})
            print(f"  {r}: {i} -> {o} ({', '.join(other)})")
            rows.append(["identity_years.year_identities", place, r, i, o, " ".join(other)])
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["rule", "jurisdiction", "report", "identity", "identity taken", "reports of the identity taken"])
            w.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
