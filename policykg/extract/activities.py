"""An activity standing where a project's name would (issue #12, projdist44): a name ending with an act of
``activities.tails`` (projects.yaml) done to a class of things, or two acts joined. 重点实施了棚户区改造、基础设施完善、
景观提升…等5项工程 lists what the programme does, not works; 实施…东山组团绿化和城区绿化补植等工程 joins two acts.
A filter after the decision on every pass's names (``entities._kind``); a named object keeps its name
(金色大厅改造, 机场路护坡改造, 成吉思汗广场改造提升); a name ending with a works head (…工程) is not read."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import lexicon_raw, pos_tags
from .reach import class_token, marked
from .specificity import report_words, reports_using


@lru_cache(maxsize=1)
def _lex() -> dict:
    raw = lexicon_raw()
    a = raw["activities"]
    return {"tails": tuple(sorted(a["tails"], key=len, reverse=True)), "spread": a["spread"],
            "joins": re.compile("|".join(map(re.escape, sorted(raw["join_words"], key=len, reverse=True))))}


def _act_object(name: str) -> str | None:
    """What the name holds before the act ending it (one act or two: 升级改造), or None when no act ends it."""
    tails, obj = _lex()["tails"], name
    for _ in range(2):
        tail = next((t for t in tails if obj.endswith(t) and len(obj) > len(t)), None)
        if tail is None:
            break
        obj = obj[:-len(tail)]
    return None if obj == name else obj


def _class_object(obj: str, surfaces) -> bool:
    """Is every word of the object a class word (``reach.class_token``: generic, a numeral, a common word of no proper
    tag) or one ``activities.spread`` dev reports or more use, with no place, number, Latin letter or quoted label?"""
    words = report_words()
    if marked(obj, surfaces):
        return False
    return all(class_token(w, t) or reports_using(words, w) >= _lex()["spread"] for w, t in pos_tags(obj))


def activity(name: str, surfaces) -> bool:
    """Is the name an act on a class of things, or two act phrases joined by a join word (和, 及)?"""
    sides = _lex()["joins"].split(name)
    if len(sides) == 2 and all(len(s) >= 3 and _act_object(s) for s in sides):
        return True
    obj = _act_object(name)
    return bool(obj) and _class_object(obj, surfaces)
