"""The outline's and part kinds' words and patterns (``data/lexicons/structure.yaml``), read once and
compiled once."""
from __future__ import annotations

import re
from functools import cache

from .. import resources


@cache
def sword(module: str, key: str):
    """A word, pattern text or word list (as a tuple) of ``structure.yaml``'s section for one structure module."""
    value = resources.lexicon_data("structure")[module][key]
    return tuple(value) if isinstance(value, list) else value


@cache
def spattern(module: str, key: str, flags: int = 0, **fill: str) -> re.Pattern:
    """``sword(module, key)`` compiled (filled by str.format first when FILL is given)."""
    text = sword(module, key)
    return re.compile(text.format(**fill) if fill else text, flags)
