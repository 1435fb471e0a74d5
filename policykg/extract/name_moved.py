"""A making act still opening a name, moved after the things it makes (issue #13 item 2, names48).

The guideline writes the act that makes what is counted after the things, before the measure
(引进省级首店N家 → 省级首店引进数量). ``name_flows.defining_act`` places an act that was peeled off the
phrase; an act the peeling left in the name (behind a scope word: 省内转化重大科技成果N项, or in a name the
text writes whole: 转化科技成果数量增长N%) stays a verb phrase. The acts and scopes are data
(``name_moved`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re

from .qlexicon import pos_of, qwords


def _w(key: str):
    return qwords("name_moved", key)


def act_after_things(name: str) -> str:
    """Rule: a name opening with a making act of ``acts`` (past a scope of ``scopes``), before things that open
    with a nominal word (``object_tags``) and end the name or stand before its measure (``name_flows.heads``),
    names the things with the act after them: 转化科技成果数量 → 科技成果转化数量, 省内转化重大科技成果 →
    省内重大科技成果转化. Unchanged otherwise."""
    m = re.fullmatch("(?P<scope>" + _w("scopes") + ")?(?P<act>" + _w("acts") + ")(?P<things>.{2,}?)(?P<head>"
                     + qwords("name_flows", "heads").removesuffix("$") + ")?", name)
    if m is None:
        return name
    tags = pos_of(m.group("things"))
    if not tags or tags[0][1] not in _w("object_tags"):
        return name
    return (m.group("scope") or "") + m.group("things") + m.group("act") + (m.group("head") or "")
