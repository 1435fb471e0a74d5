"""A programme carried out, read as a filter after the decision (issue #12): a ``campaigns.heads`` name (…工程)
that a campaign verb (``campaigns.governors`` of ``projects.yaml``: 实施) governs, right after it or as the
last member of the list it opens, that ends its clause and whose modifier names no thing (no works or park head, no
word ending with a ``work_objects`` word, no place, number, Latin letter or quoted label). 实施新时代立德树人工程，…
carries out a programme; 实施伊敏河沿河景观工程 builds on a river, 实施X水库、Y工程 builds what its list names."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import CLAUSE_OR_SENTENCE_END, lexicon_raw
from .name_grammar import head_res
from .reach import names_a_thing

_CLAUSE_END = CLAUSE_OR_SENTENCE_END


@lru_cache(maxsize=1)
def _lex() -> dict:
    raw = lexicon_raw()
    c = raw["campaigns"]
    return {
        "heads": tuple(c["heads"]),
        "governed": re.compile(rf"(?:{'|'.join(map(re.escape, c['governors']))})"
                               rf"((?:[^{re.escape(_CLAUSE_END)}]{{0,{c['reach']}}}、)?)$"),
        "window": c["reach"] + max(map(len, c["governors"])) + 1,
        "heads_res": tuple(rx for _, rx in head_res()),
    }


def carried_out(text: str, a: int, b: int, surfaces) -> bool:
    """Is the name at [a, b) of the sentence ``text`` a programme a campaign verb carries out: a bare 工程 right
    after 实施 (or the last member of the list they open, the members naming no thing either), ending its
    clause?"""
    lex, name = _lex(), text[a:b]
    head = next((h for h in lex["heads"] if name.endswith(h)), None)
    if head is None or len(name) <= len(head) or (b < len(text) and text[b] not in _CLAUSE_END):
        return False
    m = lex["governed"].search(text[max(0, a - lex["window"]):a])
    if m is None or names_a_thing(m.group(1), surfaces, lex["heads_res"]):
        return False
    return not names_a_thing(name[:-len(head)], surfaces, lex["heads_res"])
