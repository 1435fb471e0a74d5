"""Whose a figure is when a scope word before it names a unit other than the report's own: 全省 or 全市 in a
county's report quotes the province's or the city's target, not the county's."""
from __future__ import annotations

import re
from functools import cache

from ..model import Metadata, Quantity
from .qlexicon import lexicon


@cache
def _scope_word() -> re.Pattern:
    return re.compile(lexicon("metadata")["scope_word"])


def own_other_jurisdictions(text: str, md: Metadata, quantities: list[Quantity]) -> list[Quantity]:
    """Rule: a figure right after a scope word of another unit than the report's (全省地区生产总值增长7% in a
    county's report) keeps that word in its name: the figure is that jurisdiction's, and its name then reaches
    a concept broadly at most (the exact patterns are a report's own names), so it is never compared with the
    report's own results. A place without a unit word (海拉尔, given as --place) has no own unit to tell
    another's from: every scope word then stays out of the names, as the report's own."""
    if not md.place or md.place_level is None:
        return quantities
    own = md.place[-1]   # 市 of 呼伦贝尔市 and of a county-level 满洲里市; 区 of a district, a 地区 and an 自治区
    for q in quantities:
        m = _scope_word().search(text, max(0, q.span.start - 3), q.span.start)
        if m and m["unit"] != own and not q.indicator.startswith(m[0]):
            q.indicator = m[0] + q.indicator
            q.attrs["indicator_base"] = m[0] + str(q.attrs.get("indicator_base") or q.indicator[len(m[0]):])
    return quantities
