"""Write policykg/data/lexicons/report_words.tsv: how many dev reports use each word and kind name
(policykg.extract.report_words). Test-split and held-back reports are never read.
Usage: .venv/bin/python scripts/make_report_words.py [--out FILE]
"""
from __future__ import annotations

from pathlib import Path

from policykg.evaluation import manifest
from policykg.extract.report_words import count
from policykg.read import for_matching, read_report
from script_cli import out_file, output, parser, run

OUT = Path(__file__).resolve().parents[1] / "policykg" / "data" / "lexicons" / "report_words.tsv"


def dev_texts():
    m = manifest()
    for stem in sorted(s for s, i in m.items() if i["split"] == "dev"):
        yield for_matching(read_report(str(m[stem]["path"]))).text


def main() -> None:
    ap = parser(__doc__)
    ap.add_argument("--out", type=out_file, help=f"default: {OUT.relative_to(OUT.parents[3])}, which it replaces")
    args = ap.parse_args()
    rows, text = count(dev_texts())
    with output(args.out or str(OUT), only_ours=args.out is not None) as fh:  # whole or not at all: a full disk left half the committed list
        fh.write(text)
    print(f"{len(rows)} words → {args.out or OUT}")


if __name__ == "__main__":
    run(main)
