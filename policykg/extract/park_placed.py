"""Rule candidates for parks whose head the suffixes leave to the decision (``placed_heads`` of
``parks.yaml``: 科创城, 合作区, 农高区…, and the family heads of ``park_family``: X生物城, X临港经济区):
such a head names a park when a place or a proper name starts the name, as a suffix does, but never
alone or by its function (a 合作区 of two places, a 产业城 a report only plans). A sub-area (…片区) is
one only after the zone it divides (``park_shape.sub_area_alone``)."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import ROLE_VERBS, Candidate, TokSentence, alternation, lexicon, parks_raw, quoted
from .park_family import family_heads
from .park_shape import sub_area_alone
from .qlexicon import gwords


@lru_cache(maxsize=1)
def _placed_re() -> re.Pattern:
    return re.compile(alternation(parks_raw()["placed_heads"]))


def _head_spans(st: TokSentence, taken: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, family or '') of each placed or family head ending a token where no suffix ends."""
    out = [(*m.span(), "") for m in _placed_re().finditer(st.text)
           if m.end() not in taken and (m.end() in st.ends or m.end() == len(st.text))]
    ends = {b for _, b, _ in out} | taken
    return out + [(a, b, family) for _, a, b, family in family_heads(st.text, st.ends, ends)]


def placed_parks(st: TokSentence, surfaces, taken: set[int], named, placed, titled) -> list[Candidate]:
    """A Park candidate for each placed head whose name starts with a place or proper name (``named``:
    the test the suffix pass applies), or family head whose name starts with a place (``placed``: a
    function word and 经济区 make regions too), and no title (``titled``); ``taken``: ends of the
    suffix matches."""
    from .candidates import name_ending_at            # candidates imports this module
    lex = lexicon()
    out = []
    for a0, b, family in _head_spans(st, taken):
        start, _, name, why = name_ending_at(st, _Span(a0, b), lex)
        head = st.text[a0:b]
        if len(name) <= len(head) or gwords("park_placed", "of") in name \
                or why in (gwords("park_placed", "list_closer"), "count", *ROLE_VERBS) or head in name[:-len(head)]:
            continue        # the head twice: two parks joined (X农高区建设和Y农高区), not one name
        if titled(name, len(head)) or not (placed if family else named)(name) or quoted(st, start, b) \
                or sub_area_alone(st.text, start, b):
            continue
        out.append(Candidate("Park", name, start, b, st, {"placed": 1, "head": head, "family": family}))
    return out


class _Span:
    """A match-like (start, end) for ``name_ending_at``."""

    def __init__(self, a: int, b: int):
        self._span = (a, b)

    def span(self) -> tuple[int, int]:
        return self._span
