"""A programme carried out, read as a filter after the decision (issue #12): a ``campaigns.heads`` name (…工程)
that a campaign verb (``campaigns.governors`` of ``projects.yaml``: 实施) governs, right after it or as the
last member of the list it opens, that ends its clause and whose modifier names no thing (no works or park head, no
word ending with a ``work_objects`` word, no place, number, Latin letter or quoted label). 实施新时代立德树人工程，…
carries out a programme; 实施伊敏河沿河景观工程 builds on a river, 实施X水库、Y工程 builds what its list names."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import CLAUSE_OR_SENTENCE_END, lexicon_raw, pos_tags
from .name_grammar import head_res
from .reach import marked

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
        "objects": tuple(raw["work_objects"]),
        "heads_res": tuple(rx for _, rx in head_res()),
    }


def _names_a_thing(text: str, surfaces, lex: dict) -> bool:
    """Does ``text`` hold a works or park head, a word ending with a work object (…河, …港), a place of the
    report, a number, a Latin letter or a quoted label?"""
    if marked(text, surfaces) or any(rx.search(text) for rx in lex["heads_res"]):
        return True
    return any(w.endswith(lex["objects"]) for w, _ in pos_tags(text))


def carried_out(text: str, a: int, b: int, surfaces) -> bool:
    """Is the name at [a, b) of the sentence ``text`` a programme a campaign verb carries out: a bare 工程 right
    after 实施 (or the last member of the list they open, the members naming no thing either), ending its
    clause?"""
    lex, name = _lex(), text[a:b]
    head = next((h for h in lex["heads"] if name.endswith(h)), None)
    if head is None or len(name) <= len(head) or (b < len(text) and text[b] not in _CLAUSE_END):
        return False
    m = lex["governed"].search(text[max(0, a - lex["window"]):a])
    if m is None or _names_a_thing(m.group(1), surfaces, lex):
        return False
    return not _names_a_thing(name[:-len(head)], surfaces, lex)
