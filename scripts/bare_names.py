"""Count the dev figures named by a bare measure or a generic money or count word alone (names94, issue 13).

    PYTHONPATH=.:scripts python scripts/bare_names.py [--rows out.tsv]

Every extracted figure of the 29 dev reports (targets and outcomes, with and without a matched gold) is tested:
its name is bare when it is measure words only (``name_owner.is_bare``: 支出, 总花费, 产值占全省比重), a bare measure
of the assessment lexicon (``assess_names.bare_measure``: 数量, 人数), or a generic money or count word with how it
stands at most (``bare_names`` in name_lint.yaml: 投资, 投入资金, 企业数量). Prints the total and the count per report;
``--rows``: each bare figure (report, kind, value, name, gold, sentence). Dev only: no test report is read.
"""
from __future__ import annotations

import csv
import re
from collections import Counter

import name_rule_audit as audit
from policykg import resources
from policykg.corpus.assess_names import bare_measure
from policykg.extract.name_owner import is_bare
from script_cli import out_file, output, parser, run


def bare(name: str) -> bool:
    """Whether ``name`` names no thing: measure words, or a generic money or count word alone."""
    generic = resources.lexicon_data("name_lint")["bare_names"]
    return bool(name) and (is_bare(name) or bare_measure(name) or bool(re.fullmatch(generic, name)))


def bare_rows(dev: dict) -> list[list[str]]:
    """[report, kind, value, name, gold, sentence] of every bare-named dev figure, in text order."""
    rows = []
    for stem in dev:
        for key, (q, g) in sorted(audit.figures(stem, dev).items(), key=lambda kv: kv[0][1]):
            if bare(q.indicator):
                rows.append([stem, key[0], key[3] + key[4], q.indicator, (g or {}).get("indicator", ""),
                             audit._sentence(dev[stem][0].text, key[1], key[2])])
    return rows


def main(argv=None) -> int:
    ap = parser(__doc__)
    ap.add_argument("--rows", type=out_file, help="the bare-named figures, as TSV")
    args = ap.parse_args(argv)
    rows = bare_rows(audit.read_dev())
    per = Counter(r[0] for r in rows)
    print(f"bare names: {len(rows)} on {len(per)} dev reports")
    print(" ".join(f"{stem}:{n}" for stem, n in sorted(per.items())))
    if args.rows:
        with output(args.rows) as f:
            csv.writer(f, delimiter="\t").writerows([["report", "kind", "value", "name", "gold", "sentence"], *rows])
    return 0


if __name__ == "__main__":
    run(main)
