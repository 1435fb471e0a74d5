"""Park heads by grammar rather than by list (``head_families`` of ``parks.yaml``): a function word
(what a zone is for: 生物, 物流, 互贸…) right before a place-bound head (城, 区, 经济区: the heads dev
text supports). A report that names a park by a head no other report uses (X汽车城, X陆港区) still yields a candidate, and the
decision (``decide.py``) weighs it by its head's family, not by the one combined word."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import alternation, parks_raw


@lru_cache(maxsize=1)
def family_re() -> re.Pattern:
    """A function word then a family head, the head in group 1."""
    raw = parks_raw()["head_families"]
    return re.compile(f"(?:{alternation(raw['functions'])})({alternation(raw['heads'])})")


def family_heads(text: str, ends, taken) -> list[tuple[str, int, int, str]]:
    """(head, start, end, family) of each family head in ``text`` that ends a token (``ends``: 城 of
    城市 does not) where no lexicon head ends (``taken``)."""
    out = []
    for m in family_re().finditer(text):
        b = m.end()
        if b not in taken and (b in ends or b == len(text)):
            out.append((m.group(), m.start(), b, m.group(1)))
    return out
