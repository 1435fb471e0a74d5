"""Whose a figure is when a scope word before it names a unit other than the report's own: 全省 or 全市 in a
county's report quotes the province's or the city's target, not the county's."""
from __future__ import annotations

import re
from functools import cache

from ..model import Metadata, Quantity
from .qlexicon import lexicon


@cache
def _scope_word() -> re.Pattern:
    words = lexicon("metadata")
    return re.compile(words["scope_word"].format(units="|".join(sorted(words["scope_units"], key=len, reverse=True))))


def _own_unit(place: str) -> str:
    """The unit the place ends in, as its scope words write it: 地区 of 喀什地区; 区 of a district and an 自治区."""
    return max((u for u in lexicon("metadata")["scope_units"] if place.endswith(u)), key=len, default=place[-1])


def own_other_jurisdictions(text: str, md: Metadata, quantities: list[Quantity]) -> list[Quantity]:
    """Rule: a figure right after a scope word of another unit than the report's (全省地区生产总值增长7% in a
    county's report) keeps that word in its name: the figure is that jurisdiction's, and its name then reaches
    a concept broadly at most (the exact patterns are a report's own names), so it is never compared with the
    report's own results. A place without a unit word (海拉尔, given as --place) has no own unit to tell
    another's from: every scope word then stays out of the names, as the report's own."""
    if not md.place or md.place_level is None:
        return quantities
    own = _own_unit(md.place)   # 市 of 呼伦贝尔市 and of a county-level 满洲里市; 区 of a district and an 自治区
    for q in quantities:
        m = _scope_word().search(text, max(0, q.span.start - 3), q.span.start)
        if m:
            _drop_national_owner(text, q)
        if m and m["unit"] != own and not q.indicator.startswith(m[0]):
            q.indicator = m[0] + q.indicator
            q.attrs["indicator_base"] = m[0] + str(q.attrs.get("indicator_base") or q.indicator[len(m[0]):])
    return quantities


def _drop_national_owner(text: str, q: Quantity) -> None:
    """Rule: a figure after a scope word (…，我县增长12% after 全国固定资产投资增长7%) is that scope's: the nation's
    owner word opening the name it took from the figure before it, and not written in its own words, is dropped."""
    word = next((w for w in lexicon("metadata")["national_owners"] if q.indicator.startswith(w)), None)
    if word is None or word in text[q.span.start:q.span.end]:
        return      # written in the figure's own words (全市16个区…获评全国双拥模范城): the title's, kept
    q.indicator = q.indicator[len(word):]
    base = q.attrs.get("indicator_base")
    if base and str(base).startswith(word):
        q.attrs["indicator_base"] = str(base)[len(word):]
