"""One growth said once of a 、 list of whole indicators is each member's (names74, restored and extended by
names100; docs/checks/names-lists-names100.md): 社会消费品零售总额、固定资产投资增长4%左右 states that each grows 4%
(heilongjiang's golds), and so does 海洋药物和生物制品、海洋电力、海洋旅游增速保持在10%以上 (liaoning's golds: the
marine industries, members alike). Members summed (限上仓储会员店、集合店零售额合计增长), a named group (A、B、C“新三样”出口),
one sector's official name (交通运输、仓储和邮政业) or modifiers before one head (装备制造业、高端食品加工业产值) stay one
figure: they are neither exact concepts of the scheme nor alike.
"""
from __future__ import annotations

import os
import re

from ..model import Quantity
from .qlexicon import qwords


def _whole(name: str) -> bool:
    # the concept scheme's exact patterns are the project's list of whole indicators (emit imports extract)
    from ..emit.concepts import match
    found = match(name)
    return found is not None and found[1] == "exact"


def _alike(parts: list[str]) -> bool:
    """Every member opens with one word (the common opening, ``alike_least`` long or more) and writes as many
    characters or more of its own after it: 海洋药物和生物制品、海洋电力、海洋旅游."""
    opening, least = os.path.commonprefix(parts), int(qwords("list_wholes", "alike_least"))
    return len(opening) >= least and all(len(p) - len(opening) >= least for p in parts)


def whole_members(q: Quantity, quote: str) -> list[Quantity] | None:
    """Rule: the quantity once per member when Q is a growth in % of a 、 list of whole indicators (exact
    concepts, or members alike) with no sum word (``lists.sum_words``) in its QUOTE; else None."""
    if q.attrs.get("measure") != "growth" or q.unit != "%" or re.search(qwords("lists", "sum_words"), quote):
        return None
    base = str(q.attrs.get("indicator_base", q.indicator))
    parts = base.split(qwords("lists", "separator"))
    if len(parts) < 2 or base != q.indicator or not (all(p and _whole(p) for p in parts) or _alike(parts)):
        return None
    return [Quantity(**{**q.__dict__, "indicator": p, "attrs": dict(q.attrs, indicator_base=p)}) for p in parts]
