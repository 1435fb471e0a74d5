"""Where a name that a head ends runs on past the head: a bracket or quote the name opened and the head
leaves open, or a bracketed place that qualifies the whole name (a national centre's provincial branch,
a province's stretch of a national park). Shared by the rule candidates and the learned decision's
grammar candidates, so that both read the same span."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .grammar import lexicon

_REACH = 24             # characters before the head where an opening bracket or quote is looked for
_PAIRS = (("（", "）"), ("(", ")"), ("“", "”"))
_QUALIFIER = 8          # characters a bracketed qualifier may hold


@lru_cache(maxsize=1)
def _tails() -> tuple[str, ...]:
    words = resources.lexicon_data("grammar")
    return tuple(words.get("bracket_qualifier_tails") or ())


def _place_qualifier(inner: str) -> bool:
    """A gazetteer place, alone or with a tail of ``bracket_qualifier_tails``."""
    places = lexicon().places
    return inner in places or any(inner.endswith(t) and inner[: -len(t)] in places for t in _tails())


def name_end(text: str, a0: int, b: int, since: int | None = None) -> int:
    """The end of the name whose head spans [a0, b): after the closing mark of a bracket or quote
    opened before the head (from ``since``, by default the reach of a name) and left open, or after
    a bracketed place right after the head; else b."""
    before = text[max(0, a0 - _REACH) if since is None else since:a0]
    for left, right in _PAIRS:
        if text[b:b + 1] == right and before.count(left) > before.count(right):
            return b + 1
    if text[b:b + 1] == "（":
        close = text.find("）", b + 1, b + 2 + _QUALIFIER)
        if close > b + 1 and _place_qualifier(text[b + 1:close]):
            return close + 1
    return b


def bare_forms(name: str) -> tuple[str, str]:
    """The name without its closing marks, and without a closing bracketed qualifier: what its head ends."""
    return name.rstrip("）)”"), re.sub(r"（[^（）]*）$", "", name)
