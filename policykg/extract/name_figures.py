"""No second figure in a figure's name (issue #13, figs20): a name read past another number with its measure
word (116个国家和地区近4000名运动员参赛; 14条高速公路项目和黄百等4个在建铁路项目; 认定…358户和种子独角兽企业1户)
names what the figure's own words say, on its side of that number. The patterns are data (``name_figures`` in
data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re

from .lead_words import strip_words
from .qlexicon import pos_of, qwords

_MIN = 2


def _w(key: str) -> str:
    return qwords("name_figures", key)


def without_second_figure(name: str, source: str) -> str:
    """Rule: a name read right of its number (``source`` right or grouped: N个X…) stops before a second figure,
    less the lead of the list member that figure opens and a verb left closing it (国家和地区近4000名… →
    国家和地区; 高速公路项目和黄百等4个… → 高速公路项目; 国家缔结118对友城 → 国家); a name read left of it
    (``source`` left) is the member after the second figure when one follows (…358户和种子独角兽企业 →
    种子独角兽企业) or, the second figure a count of households closing it, the words before it (脱贫4120户 → 脱贫),
    else the words before it when they end in a noun (监测对象20.9万户 → 监测对象; not …分别增至).
    Unchanged when no second figure stands in it or the cut leaves fewer than two characters."""
    m = re.search(_w("figure"), name)
    if m is None or source not in ("left", "right", "grouped"):
        return name
    before = re.sub(_w("member_lead"), "", name[:m.start()])
    if source != "left":
        before = _verb_off(before)
        return before if len(before) >= _MIN else name
    after = strip_words(name[m.end():], _w("joining"), _w("joining_marks"), ends="left")
    if len(after) >= _MIN and not re.search(_w("figure"), after):
        return after
    if not after and len(before) >= _MIN and re.search(_w("household_pair"), name):
        return before      # 脱贫4120户13850人: the people of the households just counted (names119)
    tags = pos_of(before) if len(before) >= _MIN else []
    return before if tags and tags[-1][1].startswith("n") else name


def _verb_off(words: str) -> str:
    """``words`` without the verb closing them (国家缔结 → 国家), when two characters or more are left."""
    tags = pos_of(words) if words else []
    if tags and tags[-1][1] == "v" and len(words) - len(tags[-1][0]) >= _MIN:
        return words[:-len(tags[-1][0])]
    return words
