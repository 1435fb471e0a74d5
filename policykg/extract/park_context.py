"""Context features of the park decision (``decide.py``): what a park's neighbours and its clause say
of it. A list member whose neighbour ends in a park head is likely a park too (coordination joins
like with like); a clause that goes on to talk of a park's inside (入驻, 园区) or states a park's
status (申建, 获批) is about a park; a sub-area (…片区) after the zone it divides is one (alone it is no
candidate: ``park_shape.sub_area_alone``). What the name says of itself travels too: a name that starts with
a region of the gazetteer (北部湾港, 长三角X), ends in a region's head (X生态经济区) or in a region's area with no
port or airport word before it (成都平原经济区), or opens with the country and a partner (中国—东盟…) names a region,
its port or a framework between states, not a zone firms locate in; a place and a head alone are weighed by the head (深圳港 is a city's
port, 湘潭经开区 a zone); a title level inside it (X国家大学科技园, X国家地理标志保护示范区) makes it
a designation; 等 and the kind word after it close a list of parks (…等5个物流园区) or of other things
(…等高能级产业平台, …等滨水空间), weighed apart. The cue words are ``context_cues`` of ``parks.yaml``."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import JOINERS, TokSentence, parks_raw
from .park_shape import sub_areas
from .surfaces import place_prefix

_STOPS = "，,；;：:。！？"
_KIND_REACH = 10    # characters after 等 a kind word may end within


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in parks_raw()["context_cues"].items()}


def _member_before(text: str, a: int) -> str:
    """The list member right before position ``a`` (past one joiner), or ''."""
    if a < 1 or text[a - 1] not in JOINERS:
        return ""
    i = a - 1
    while i > 0 and text[i - 1] not in JOINERS + _STOPS:
        i -= 1
    return text[i:a - 1]


def _member_after(text: str, b: int) -> str:
    """The list member right after position ``b`` (past one joiner), or ''."""
    if b >= len(text) or text[b] not in JOINERS:
        return ""
    j = b + 1
    while j < len(text) and text[j] not in JOINERS + _STOPS + "".join(_cues()["list_close"]):
        j += 1
    return text[b + 1:j]


def _kind_after(text: str, b: int, heads: re.Pattern) -> str:
    """After 等 right behind the name, is the kind word a park head ('park') or another ('other')? '' without 等."""
    if b >= len(text) or text[b] not in _cues()["list_close"]:
        return ""
    j = b + 1
    while j < len(text) and j - b <= _KIND_REACH and text[j] not in _STOPS + JOINERS:
        j += 1
    return "park" if any(heads.search(text, b + 1, k) for k in range(b + 2, j + 1)) else "other"


def name_context(name: str, surfaces, heads: re.Pattern) -> dict[str, float]:
    """What a park candidate's own words say of its kind: a region, a designation, a place and its head
    alone (weighed by head: 深圳港 is a city's port, 湘潭经开区 a zone)."""
    f = {}
    m = heads.search(name)
    if surfaces is not None and m and m.start() and name[:m.start()] in (
            place_prefix(name, surfaces), surfaces.local_prefix(name, common=True)):
        f[f"Park:place_only={m.group()}"] = 1.0
    words = _cues()
    first = place_prefix(name, surfaces) if surfaces is not None else None
    if first and surfaces[first][1] == "region" or name.endswith(words["region_heads"]) or region_area(name):
        f["Park:region"] = 1.0
    if any(w in name[2:] for w in words["designation_levels"]):
        f["Park:title_inside"] = 1.0
    return f


def region_area(name: str) -> bool:
    """Does the name end in a region's area head with no port or airport word right before it (成都平原经济区, not
    湛江临港经济区), or open with the whole country and a partner (中国—东盟…)?"""
    words = _cues()
    head = next((h for h in words["region_areas"] if name.endswith(h)), None)
    return head is not None and not name[:-len(head)].endswith(words["zone_sites"]) \
        or name.startswith(words["region_starts"])


def park_context(st: TokSentence, a: int, b: int, heads: re.Pattern, surfaces=None) -> dict[str, float]:
    """The features of the Park candidate at [a, b); ``heads`` matches a park head ending a string;
    ``surfaces``: the report's place surfaces."""
    f = name_context(st.text[a:b], surfaces, heads)
    kind = _kind_after(st.text, b, heads)
    if kind:
        f[f"Park:kind_after={kind}"] = 1.0
    text = st.text
    if any(m and heads.search(m) for m in (_member_before(text, a), _member_after(text, b))):
        f["Park:sibling_park"] = 1.0
    left, right = st.clause_bounds(a, b)
    cues = _cues()
    if any(w in text[b:right] for w in cues["inside"]):
        f["Park:inside_after"] = 1.0
    if any(w in text[left:a] for w in cues["status"]):
        f["Park:status_before"] = 1.0
    sub_heads, zones = sub_areas()
    if text.endswith(sub_heads, a, b) and zones.search(text, 0, a):      # the zone before the name, not in it
        f["Park:area_of_zone"] = 1.0
    return f
