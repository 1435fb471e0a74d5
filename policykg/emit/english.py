"""English labels of places: pinyin of the proper name and the English word for its level."""
from __future__ import annotations

from ..divisions import MUNICIPALITIES, Division
from .ids import romanise

_LEVEL_EN = {"省": "Province", "自治区": "Autonomous Region", "市": "City", "区": "District", "县": "County",
             "旗": "Banner", "州": "Prefecture", "盟": "League", "镇": "Town", "乡": "Township"}


def english_place(name: str) -> str:
    """静海区 → 'Jinghai District' (pinyin of the proper name + the English level word)."""
    for suffix in sorted(_LEVEL_EN, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            word = "Municipality" if name in MUNICIPALITIES else _LEVEL_EN[suffix]
            return f"{_cap(''.join(romanise(stem)))} {word}"
    return _cap("".join(romanise(name)))


_SHORT_NAMED = {"自治区": "Autonomous Region", "自治州": "Autonomous Prefecture", "自治县": "Autonomous County",
                "自治旗": "Autonomous Banner", "地区": "Prefecture", "特别行政区": "Special Administrative Region"}


def english_division(d: Division) -> str:
    """大理白族自治州 → 'Dali Autonomous Prefecture' (its short name for units whose full name
    spells out peoples or 地区); other divisions as english_place."""
    for suffix, word in _SHORT_NAMED.items():
        if d.name.endswith(suffix) and d.short:
            return f"{_cap(''.join(romanise(d.short)))} {word}"
    return english_place(d.name)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]
