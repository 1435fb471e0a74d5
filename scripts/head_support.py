"""Which heads earn their place: for every park/project head of the decision's grammar, the dev
reports in which it reaches a gold name (a candidate with that head is labelled 1). A head of
policykg/data/lexicons/heads.yaml is kept only when it reaches gold names in at least two dev reports.
Usage: .venv/bin/python scripts/head_support.py
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from policykg.evaluation import manifest
from policykg.extract.train import report_examples
from policykg.resources import load_yaml
from script_cli import parser, run

HEADS = Path(__file__).resolve().parents[1] / "policykg" / "data" / "lexicons" / "heads.yaml"


def main() -> None:
    parser(__doc__).parse_args()
    support = defaultdict(set)
    for stem, info in sorted(manifest().items()):
        if info["split"] == "dev" and info["entities"]:
            for r in report_examples(stem, info):
                if r["y"]:
                    head = next((k.split("=", 1)[1] for k in r["x"] if ":head=" in k), None)
                    support[(r["name"][0], head)].add(stem)
    extra = load_yaml(HEADS.read_text(encoding="utf-8"), str(HEADS))
    for kind, key in (("Park", "park"), ("Project", "project")):
        for head in extra[key]:
            n = len(support[(kind, head)])
            print(f"{'keep' if n >= 2 else 'drop'} {kind:8s} {head:6s} {n} {sorted(support[(kind, head)])}")


if __name__ == "__main__":
    run(main)
