"""The shape of an organisation's name (``data/lexicons/orgs.yaml``): where it starts, whether it
names one body or a kind of body, and the jurisdiction's own bodies (省X集团)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .grammar import lexicon, pos_tags, yload


@lru_cache(maxsize=1)
def orgs_raw() -> dict:
    return yload(resources.lexicon("orgs").read_text(encoding="utf-8"))


def trim_start(text: str, start: int, b: int, suffix_len: int, org_re: re.Pattern) -> int:
    """The start of the name ending at ``b``: after an earlier organisation suffix inside it that a verb
    follows (X大学更名Y大学 names two; X大学Y学院 is one unit of X), then past leading tokens whose tag
    never opens a name (``lead_tags``)."""
    tags = set(orgs_raw()["lead_tags"])
    for m in org_re.finditer(text, start, b - suffix_len):
        after = pos_tags(text[m.end():b - suffix_len])
        if m.end() < b - suffix_len and after and after[0][1] in ("v", "vn", "vd", "d", "ad"):
            start = m.end()
    toks, juris = pos_tags(text[start:b - suffix_len]), orgs_raw()["jurisdictions"]
    cut = 0
    for i, (w, f) in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ("", "")
        # a verbal noun opens names (体育学院): it goes only before a verb or a jurisdiction (重组组建省…)
        lead = f in tags or f == "vn" and (nxt[1] in tags or nxt[0] in juris)
        if not lead or w in juris:
            break
        cut += len(w)
    return start + cut


def jurisdiction_own(name: str, suffix: str) -> bool:
    """省X集团, 自治区X集团: the jurisdiction's own body, named by a common word after the jurisdiction."""
    if suffix not in orgs_raw()["jurisdiction_suffixes"]:
        return False
    place = next((j for j in orgs_raw()["jurisdictions"] if name.startswith(j)), "")
    return bool(place) and len(name) - len(place) - len(suffix) >= 2


def kind_only(name: str, suffix: str) -> bool:
    """Is the name before its suffix made only of class words, generic words, tiers and counts?"""
    stem = name[: len(name) - len(suffix)]
    if not stem:
        return True
    kinds, generic = set(orgs_raw()["kind_words"]), lexicon().generic
    return all(w in kinds or w in generic or w.endswith("级") or f in ("b", "m", "q", "mq", "f", "k")
               for w, f in pos_tags(stem))
