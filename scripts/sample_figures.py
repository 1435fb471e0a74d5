"""Draw the fixed-seed sample of figures for a hand check (docs/checks/README.md).

    python scripts/sample_figures.py targets.csv [--per-report 10] [--seed 13]

reads a `policykg table targets|outcomes --format csv` file and prints, as CSV, `--per-report` rows of
each report drawn with random.Random(seed) (reports in name order, rows in text order), with empty
indicator_ok / period_ok / note columns to fill in by hand.
"""
import argparse
import random
import sys

from policykg.sheetcells import GuardedWriter
from script_cli import count, read_table, run, whole


class OneLineParser(argparse.ArgumentParser):
    """A bad option is one line on stderr and exit 2, not the usage text."""

    def error(self, message):
        print(f"sample_figures: {message}", file=sys.stderr)
        sys.exit(2)


def main() -> int:
    from policykg.option_parsing import once_only  # `--seed 1 --seed 2` drew with the last seed without a word
    ap = once_only(OneLineParser(description=__doc__.split("\n")[0]))
    ap.add_argument("table")
    ap.add_argument("--per-report", type=count, default=10)
    ap.add_argument("--seed", type=whole, default=13)
    args = ap.parse_args()
    rows = read_table(args.table, (), unguard=True)
    missing = sorted({"report", "start", "quote", "indicator", "start_year", "end_year"} - set(rows[0] if rows else {}))
    if rows and missing:   # another CSV: it ended in a KeyError traceback
        print(f"sample_figures: {args.table}: no {', '.join(missing)} column (give a `policykg table targets|outcomes` "
              f"CSV)", file=sys.stderr)
        return 2
    by_report: dict[str, list[dict]] = {}
    for r in rows:
        by_report.setdefault(r["report"], []).append(r)
    rng = random.Random(args.seed)
    w = GuardedWriter(sys.stdout)
    w.writerow(["report", "start", "quote", "indicator", "period", "indicator_ok", "period_ok", "note"])
    for report in sorted(by_report):
        picked = rng.sample(by_report[report], min(args.per_report, len(by_report[report])))
        for r in sorted(picked, key=lambda r: int(r["start"])):
            w.writerow([report, r["start"], r["quote"], r["indicator"], f"{r['start_year']}–{r['end_year']}", "", "", ""])
    return 0


if __name__ == "__main__":
    run(main)
