"""Project names that are their own head (``whole_names`` of ``data/lexicons/heads.yaml``): a transfer of
power, gas or heat (A电入B) or of water (引A济B) named by its two ends, with no works word after it. The
decision (``decide.py``) weighs such a candidate by its shape (head ``*whole``), not by its words."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .name_ends import name_end

WHOLE = "whole"


@lru_cache(maxsize=1)
def whole_re() -> re.Pattern | None:
    pats = resources.lexicon_data("heads").get("whole_names") or []
    return re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None


def whole_heads(text: str, project_head: re.Pattern) -> list[tuple[str, int, int]]:
    """(name, start, end) of each whole name not followed by a project head (the head's name holds it)."""
    rx = whole_re()
    if rx is None:
        return []
    return [(m.group(), m.start(), name_end(text, m.start(), m.end())) for m in rx.finditer(text)
            if not project_head.match(text, m.end())]
