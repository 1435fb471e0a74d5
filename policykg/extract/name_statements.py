"""A clause of its own about the figure's subject, then a list mark before the figure's verb, is no part of its name
(names71, docs/checks/indicator-names71.md): X增速高于经济增速、突破N元 → X (qinghai 2026); 经济总量跨过两个万亿元大关、
超过N亿元 → 经济总量 (sichuan 2026); a clause opening with its verb names nothing, the figure is the one before's thing
(地区生产总值达到N亿元、稳居全国前十强、增长N% → 地区生产总值, hunan 2026). The words are data (``name_statements`` in
data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re
from functools import cache

from .qlexicon import alias_map, match_time, qwords


def _w(key: str) -> str:
    return qwords("name_statements", key)


def statement_subject(name: str) -> str | None:
    """The subject of a left-read name S、 whose S states where its subject stands (``verbs``: 高于, 跨过, 稳居 …):
    the words before that verb, without a change word that measures the statement (增速高于… → X), '' when S opens
    with it; None when the name is no such clause."""
    if not name.endswith(_w("list_mark")):
        return None
    m = re.search(_w("verbs"), name)
    if m is None:
        return None
    return re.sub("(?:" + _w("statement_measures") + ")$", "", name[:m.start()])


def opening_subject(before: str) -> str:
    """Rule: the first figure of a sentence named by nothing of its own, after a first clause that opens with an indicator
    the alias table spells and states where it stands with no number (全市地区生产总值连跨三个千亿元台阶，由A增加到B): that
    indicator (names115); '' when the sentence opens otherwise."""
    clauses = re.split(_w("clause_marks"), before)[:-1]
    clauses = [c for c in clauses if (m := match_time(c))[0] is None or m[1]]     # 过去五年，: a time only
    if not clauses or re.search(r"\d", clauses[0]):
        return ""
    first = re.sub(_w("scope_lead"), "", clauses[0])
    return next((n for n in _longest_first() if first.startswith(n) and len(first) > len(n)), "")


@cache
def _longest_first() -> tuple[str, ...]:
    """The alias table's spellings, longest first (a longer spelling opening a clause wins over its head)."""
    return tuple(sorted(alias_map(), key=len, reverse=True))
