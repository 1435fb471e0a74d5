"""One growth stated for a list of whole indicators is each member's (names74,
docs/checks/indicator-names74.md): "社会消费品零售总额、固定资产投资增长4%左右" states that each of the two grows 4%.

A member is a whole indicator when its name as written is an exact match of a concept of the scheme (the
headline indicators: 固定资产投资, 全社会研发经费投入, 高技术制造业增加值 …). Members that are parts of one thing
summed (限上仓储会员店、集合店零售额合计增长), a named group (新能源汽车、光伏产品、锂电池“新三样”出口, 集成电路、
生物医药、人工智能三大先导产业规模) or sharing a whole (新产业、新产品对工业增长贡献超50%) are no whole indicators,
or the growth is no growth: the figure stays one.
"""
from __future__ import annotations

import re

from ..model import Quantity
from .qlexicon import qwords


def _whole(name: str) -> bool:
    # the concept scheme's exact patterns are the project's list of whole indicators (emit imports extract)
    from ..emit.concepts import match
    found = match(name)
    return found is not None and found[1] == "exact"


def whole_members(q: Quantity, quote: str) -> list[Quantity] | None:
    """The quantity once per member when Q is a growth in % of a 、 list of whole indicators with no
    sum word (``lists.sum_words``) in its QUOTE; else None."""
    if q.attrs.get("measure") != "growth" or q.unit != "%" or re.search(qwords("lists", "sum_words"), quote):
        return None
    base = str(q.attrs.get("indicator_base", q.indicator))
    parts = base.split(qwords("lists", "separator"))
    if len(parts) < 2 or base != q.indicator or not all(p and _whole(p) for p in parts):
        return None
    return [Quantity(**{**q.__dict__, "indicator": p, "attrs": dict(q.attrs, indicator_base=p)}) for p in parts]
