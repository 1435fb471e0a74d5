"""How many dev reports use each word and each kind name: ``data/lexicons/report_words.tsv``, the
genericity the park/project decision weighs (a word most reports use names a kind of thing, a word of
one report names one thing; ``specificity``).

Words are the tagger's tokens of two or more characters, written when two or more dev reports use
them; kind names are a park or project head with the 2–8 name characters before it (智算中心), written
when three or more dev reports use them. Test-split and held-back reports are never read. When the
decision is fitted, each dev report's own use is taken out of the counts its candidates see
(``specificity.leaving_out``), so it is described as an unseen report would be.
"""
from __future__ import annotations

import re
from collections import Counter

from .grammar import NAME_CHAR, pos_tags

WORD = re.compile(r"^[\u3400-\u9fff]{2,}$")


def kind_names(text: str) -> set[str]:
    """Every head of the decision with 2–8 name characters right before it (not across punctuation)."""
    from .name_grammar import head_res
    out = set()
    for _, rx in head_res():
        for m in rx.finditer(text):
            for n in range(1, 9):
                a = m.start() - n
                if a < 0 or not NAME_CHAR.match(text[a]):
                    break
                if n >= 2:
                    out.add(text[a:m.end()])
    return out


def vocabulary(text: str) -> frozenset[str]:
    """The words and kind names one report uses (each counts once per report)."""
    words = {w for line in text.splitlines() for w, _ in pos_tags(line) if WORD.match(w)}
    return frozenset(words | kind_names(text))


def count(texts) -> tuple[dict[str, int], str]:
    """(word → reports, the file's text) for the dev reports' texts."""
    words: Counter = Counter()
    kinds: Counter = Counter()
    n = 0
    for text in texts:
        n += 1
        ws = {w for line in text.splitlines() for w, _ in pos_tags(line) if WORD.match(w)}
        words.update(ws)
        kinds.update(kind_names(text))
    rows = {w: c for w, c in kinds.items() if c >= 3}
    for w, c in words.items():
        if c >= 2:
            rows[w] = max(c, rows.get(w, 0))
    body = "".join(f"{w}\t{c}\n" for w, c in sorted(rows.items()))
    return rows, f"# dev reports ({n}) using each word; scripts/make_report_words.py\n" + body
