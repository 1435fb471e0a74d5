"""How many dev reports use each word and each kind name: policykg/data/lexicons/report_words.tsv, the
genericity the park/project decision weighs (a word most reports use names a kind of thing, a word of
one report names one thing). Words are the tagger's tokens of two or more characters, written when
two or more dev reports use them (a word of one report reads as a rare one, like a word no dev report
has); kind names are a park or project head with the 2–8 name characters before it (智算中心),
written when three or more dev reports use them (a name of one thing seldom recurs in three).
Test-split and held-back reports are never read.
Usage: .venv/bin/python scripts/make_report_words.py
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from policykg.evaluation import manifest
from policykg.extract.decide import _head_res
from policykg.extract.grammar import NAME_CHAR, pos_tags
from policykg.read import for_matching, read_report

OUT = Path(__file__).resolve().parents[1] / "policykg" / "data" / "lexicons" / "report_words.tsv"
WORD = re.compile(r"^[\u3400-\u9fff]{2,}$")


def kind_names(text: str) -> set[str]:
    """Every head of the decision with 2–8 name characters before it."""
    out = set()
    for _, rx in _head_res():
        for m in rx.finditer(text):
            for n in range(2, 9):
                a = m.start() - n
                if a < 0 or not NAME_CHAR.match(text[a]):
                    break
                out.add(text[a:m.end()])
    return out


def main() -> None:
    df: Counter = Counter()
    kinds: Counter = Counter()
    dev = sorted(s for s, i in manifest().items() if i["split"] == "dev")
    for stem in dev:
        text = for_matching(read_report(str(manifest()[stem]["path"]))).text
        df.update({w for line in text.splitlines() for w, _ in pos_tags(line) if WORD.match(w)})
        kinds.update(kind_names(text))
    rows = sorted({**{w: n for w, n in kinds.items() if n >= 3}, **{w: n for w, n in df.items() if n >= 2}}.items())
    OUT.write_text(f"# dev reports ({len(dev)}) using each word; scripts/make_report_words.py\n"
                   + "".join(f"{w}\t{n}\n" for w, n in rows), encoding="utf-8")
    print(f"{len(dev)} dev reports, {len(rows)} words → {OUT}")


if __name__ == "__main__":
    main()
