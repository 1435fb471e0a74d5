"""The units a place name is made of (天津市静海区 → 天津市, 静海区) and the level its suffix says.

Units are cut by their suffixes (places.yaml ``jurisdiction``). A name whose suffixes stand inside a unit's own
name (辉县市, 沙县区, 社旗县, 红旗区: a county's or banner's word before the suffix; 芒市, one character before 市)
cannot be cut so; it is cut into names the gazetteer knows instead.
"""
from __future__ import annotations

import re
from functools import cache

from ..divisions import MUNICIPALITIES, candidates, unit_words


@cache
def _unit_pattern() -> re.Pattern:
    """A unit (places.yaml jurisdiction): a province, city or prefecture has a name of two characters or more
    before its suffix (苏州 is no unit of 苏州市), a county or district may have one (沛县, 城区) and its name may
    open with a suffix character (市中区); a county's or district's suffix ends the unit before it."""
    words = unit_words()
    short = "".join(sorted({s[-1] for s in words["short"]}))
    return re.compile(rf"[^{short}]{{2,}}?(?:{'|'.join(words['named'])})|.+?(?:{'|'.join(words['short'])})")


def units_of(name: str) -> list[str] | None:
    """The units of a place name the text writes, when it is made of whole units only (not 区 or 市第), none of
    them a unit word alone (地区 of 我代表地区行政公署, 特区: the level of the unit, not its name)."""
    units = _unit_pattern().findall(name)
    units = units if units and "".join(units) == name else _known_units(name)
    return None if units and any(u in unit_words()["levels"] for u in units) else units


def _known_units(name: str) -> list[str] | None:
    """``name`` cut into the fewest pieces that end in a unit's suffix and that the gazetteer knows or the suffixes cut
    whole (河南省新乡市辉县市: the suffixes cut 辉县 and leave 市); None when there is no such cut."""
    pattern, suffixes = _unit_pattern(), tuple(unit_words()["levels"])
    best: dict[int, list[str]] = {0: []}
    for i in range(len(name)):
        if i not in best:
            continue
        for j in range(i + 1, len(name) + 1):
            piece = name[i:j]
            whole = piece.endswith(suffixes) and (candidates(piece) or pattern.findall(piece) == [piece])
            if whole and len(best.get(j, name)) > len(best[i]) + 1:
                best[j] = best[i] + [piece]
    return best.get(len(name)) or None


def split_place(name: str) -> list[str]:
    """'天津市静海区' → ['天津市', '静海区']; the last unit is the jurisdiction."""
    return units_of(name) or [name]


def place_level(units: list[str]) -> str | None:
    """The level its suffix says (places.yaml jurisdiction levels, the longest suffix deciding: 地区 a prefecture,
    特区 a county-level unit); None for a name without one (静海, given as --place): a guess would
    contradict the level the text's own mentions give it."""
    name = units[-1]
    if name in MUNICIPALITIES:
        return "province"
    levels = unit_words()["levels"]
    suffix = max((s for s in levels if name.endswith(s)), key=len, default=None)
    return levels[suffix] if suffix else None
