"""Where a fixed place name of the gazetteer (places.yaml) names no place: a new area of another province written by
its short form or after another place (福州地铁滨海快线, 绍兴滨海新区), a place of another province cut inside an
organisation's name (北京大学, 西安交通大学), a fixed name holding a place (上海合作组织), or a phrase pairing unit words
(名村名镇) (places57)."""
from __future__ import annotations

from functools import lru_cache

from .. import divisions, resources


@lru_cache(maxsize=1)
def _gazetteer() -> dict:
    return resources.yaml_file(resources.gazetteer("places.yaml"))


@lru_cache(maxsize=1)
def _area_provinces() -> dict[str, str]:
    """Each new area's name and short form → the code of its province."""
    gaz, out = _gazetteer(), {}
    for area, province in gaz["new_area_provinces"].items():
        code = divisions.resolve(province).code
        out.update((name, code) for name in [area, *(gaz["new_areas"].get(area) or [])])
    return out


def _after_other_place(st, a: int, area_province: str, surfaces) -> bool:
    """Does the word of a place outside the area's province end right at A (绍兴|滨海新区, not 天津|滨海新区)?"""
    before = next((t for t in reversed(st.tokens) if t[1] == a), None)
    if before is None or not (before[3] == "ns" or before[2] in surfaces):
        return False
    d = divisions.resolve(surfaces.get(before[2], (before[2],))[0])
    return d is None or d.code[:2] != area_province[:2]


def foreign_area(st, a: int, b: int, surfaces) -> bool:
    """A new area of another province written by its short form, or by its name right after another place's."""
    name, home = st.text[a:b], getattr(surfaces, "home", "")
    province = _area_provinces().get(name)
    if not home or province is None or province[:2] == home[:2]:
        return False
    return surfaces[name][0] != name or _after_other_place(st, a, province, surfaces)


def _outside(name: str, surfaces) -> bool:
    """Is the fixed name's place a division of another province than the report's?"""
    home, d = getattr(surfaces, "home", ""), divisions.resolve(surfaces[name][0])
    return bool(home) and d is not None and d.code[:2] != home[:2]


def inside_word(st, a: int, b: int, surfaces) -> bool:
    """Does a place of another province end inside a longer word the tagger reads as an organisation's name (北京大学,
    西安交通大学), or open a fixed name that holds it (上海合作组织)?"""
    if st.text.startswith(tuple(_gazetteer()["place_holding_names"]), a):
        return True
    word = next((t for t in st.tokens if t[0] == a), None)
    if word is None or word[1] <= b or not _outside(st.text[a:b], surfaces):
        return False
    return word[3] == "nt"


def no_fixed_place(st, a: int, b: int, surfaces) -> bool:
    """Is the fixed name written at [a, b) of ST no mention of its place (``foreign_area``, ``inside_word``)?"""
    return foreign_area(st, a, b, surfaces) or inside_word(st, a, b, surfaces)


def paired_units(name: str) -> bool:
    """A phrase repeating a character before two unit words (名村名镇, 名县名镇, 治城治乡): no town's name."""
    units = _gazetteer()["paired_units"]
    return len(name) == 4 and name[0] == name[2] and name[1] in units and name[3] in units
