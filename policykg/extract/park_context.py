"""Context features of the park decision (``decide.py``): what a park's neighbours and its clause say
of it. A list member whose neighbour ends in a park head is likely a park too (coordination joins
like with like); a clause that goes on to talk of a park's inside (入驻, 园区) or states a park's
status (申建, 获批) is about a park; a sub-area (…片区) after the zone it divides is one (alone it is no
candidate: ``park_shape.sub_area_alone``). The cue words are ``context_cues`` of ``parks.yaml``."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import JOINERS, TokSentence, parks_raw
from .park_shape import sub_areas

_STOPS = "，,；;：:。！？"


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
    while j < len(text) and text[j] not in JOINERS + _STOPS + "等":
        j += 1
    return text[b + 1:j]


def park_context(st: TokSentence, a: int, b: int, heads: re.Pattern) -> dict[str, float]:
    """The features of the Park candidate at [a, b); ``heads`` matches a park head ending a string."""
    f = {}
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
