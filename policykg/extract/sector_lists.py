"""A list of sectors, read as a filter after the decision (issue #12): a name that is a member of a list closed by
等 and a works word (``sector_lists.works`` of ``projects.yaml``: 等有色金属项目, 等原料生产基地) names a sector, not
works, when the list is one of sectors — the words between 等 and the works word name a class of sectors
(``sector_lists.classes``: 有色金属, 原料), or another member is a sector kind (``reach.sector_kind``:
…传感器研发制造) — and the name itself names no thing (no works or park head, no word ending with a work object,
no place, number, Latin letter or quoted label). 建设铝镁、黄金、超高纯铜等有色金属项目 lists metals; 建成投产大湾、
盘南等煤电项目 lists plants (煤电 is no class word), and a firm's or a place's member keeps its name."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import CJK, CLAUSE_OR_SENTENCE_END, clause_start, lexicon_raw
from .qlexicon import gwords
from .name_grammar import head_res
from .reach import names_a_thing, sector_kind

_CLAUSE_END = CLAUSE_OR_SENTENCE_END
_MARK = "、"


@lru_cache(maxsize=1)
def _lex() -> dict:
    s = lexicon_raw()["sector_lists"]
    works = "|".join(map(re.escape, s["works"]))
    return {
        "after": re.compile(gwords("sector_lists", "after").format(
            mark=_MARK, stop=re.escape(_CLAUSE_END + _MARK), member=s["member"], cjk=CJK, reach=s["reach"], works=works)),
        "classes": tuple(s["classes"]),
        "member": s["member"],
        "heads": tuple(rx for _, rx in head_res()),
    }


def _members_before(text: str, a: int, longest: int) -> list[str]:
    """The members joined by 、 before position ``a`` in its clause (the first one may hold the verb before it)."""
    before = text[clause_start(text, a, _CLAUSE_END):a]
    if not before.endswith(_MARK):
        return []
    return [m[-longest:] for m in before[:-1].split(_MARK) if m]


def listed_sector(text: str, a: int, b: int, surfaces) -> bool:
    """Is the name at [a, b) of the sentence ``text`` a member of a list of sectors closed by 等 and a works word
    (the words between them name a class of sectors, or another member is a sector kind), naming no thing
    itself?"""
    lex = _lex()
    m = lex["after"].match(text, b)
    if m is None or names_a_thing(text[a:b], surfaces, lex["heads"], head_at_end=True):
        return False
    if any(w in m.group(2) for w in lex["classes"]):
        return True
    siblings = [s for s in m.group(1).split(_MARK) if s] + _members_before(text, a, lex["member"])
    return any(sector_kind(s, surfaces) for s in siblings)
