"""General park candidates (``data/lexicons/park_general.yaml``): a name ending in a kind of area (园区, 城, 港,
基地, 小镇…) that needs no function word from a list. Its start is found by grammar — a gazetteer place or a
division of the report's province, the word after a cue verb (建设, 落户, 依托…), or a list's or a clause's
start — and its middle is taken as it stands: tokens that are no verb, particle, preposition, pronoun, numeral
or punctuation by jieba's tags. The learned decision (``decide.py``) weighs each by how it was made."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .grammar import JOINERS, NAME_CHAR, TokSentence, alternation, lexicon
from .qlexicon import gwords
from .surfaces import place_prefix

MAX_NAME = 24
_STOP_TAGS = ("u", "c", "p", "d", "r", "m", "q", "f", "x", "w", "y", "e", "o")   # never inside the middle
_OPEN = "，,；;：:。！？（(“"       # a clause or an aside opens before the name
_FIRST_TAGS = ("n", "s", "j", "l", "i", "b")   # a name by grammar opens with a noun-like word (not 深化/vn)


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset]:
    raw = resources.lexicon_data("park_general")
    return re.compile(f"{alternation(raw['heads'])}|{_zone_re().pattern}"), frozenset(raw["cues"])


@lru_cache(maxsize=1)
def _zone_re() -> re.Pattern:
    """A zone's kind, written in full or short (经开区, 新开区 and 综保区: a character, the kind's first and 区)."""
    kinds = resources.lexicon_data("park_general").get("zone_kinds", ())
    return re.compile(alternation(kinds) + "|" + "|".join(gwords("park_general", "short_zone").format(first=k[0])
                                                           for k in kinds))


def _middle_start(st: TokSentence, a0: int) -> int:
    """The leftmost token start the middle before a head starting at ``a0`` may reach."""
    start = a0
    for t in reversed(st.tokens):
        if t[1] > a0 and t[0] < a0:       # the token the head's first character sits in
            start = t[0]
            continue
        if t[1] > a0:
            continue
        tag = t[3]
        if (tag.startswith("v") and tag != "vn") or tag.startswith(_STOP_TAGS) or a0 - t[0] > MAX_NAME \
                or not all(NAME_CHAR.match(ch) for ch in t[2]):
            break
        start = t[0]
    return start


def _head_in_verb(st: TokSentence, a0: int) -> bool:
    """Does the head's first character sit in a verb token (入园, 建城)?"""
    t = next((t for t in st.tokens if t[0] <= a0 < t[1]), None)
    return t is not None and t[3].startswith("v") and t[3] != "vn"


def _shaped(st: TokSentence, a: int, b: int, surfaces) -> bool:
    """A general name opens with a noun-like word or a place, is no place itself and starts like no title."""
    name = st.text[a:b]
    first = next(t for t in st.tokens if t[0] == a)
    places = getattr(surfaces, "divisions", frozenset())
    return (first[3].startswith(_FIRST_TAGS) and first[3] != "vn" or bool(place_prefix(name, surfaces))) \
        and name not in surfaces and name not in places and not name.startswith(tuple(lexicon().title_prefixes))


def how_started(st: TokSentence, a: int, b: int, surfaces, cues) -> str | None:
    """Why a general candidate may start at ``a``: ``place``, ``cue``, ``list``, or None."""
    name = st.text[a:b]
    local = getattr(surfaces, "local_prefix", None)
    if place_prefix(name, surfaces) or (local and local(name, common=True)):
        return "place"
    prev = next((t for t in reversed(st.tokens) if t[1] == a), None)
    if prev is not None and prev[2] in cues:
        return "cue"
    if a == 0 or st.text[a - 1] in JOINERS or st.text[a - 1] in _OPEN:
        return "list"
    return None


def general_parks(st: TokSentence, taken, surfaces) -> list[tuple[str, int, int, str]]:
    """(head, start, end, how) of each general candidate whose head ends a token where no other park head
    ends (``taken``)."""
    head_re, cues = _data()
    out = []
    for m in head_re.finditer(st.text):
        a0, b = m.span()
        if b in taken or not (b in st.ends or b == len(st.text)) or _head_in_verb(st, a0):
            continue
        left = _middle_start(st, a0)
        for a in sorted(st.starts):
            if left <= a <= a0 - 2 and _shaped(st, a, b, surfaces):
                how = how_started(st, a, b, surfaces, cues)
                if how:
                    out.append((m.group(), a, b, how))
    return out


def placed_zone(head: str, how: str) -> bool:
    """Does a place open a name ending in a zone's kind (祥云经开区): a zone however it was made?"""
    return how == "place" and _zone_re().fullmatch(head) is not None


def general_start(st: TokSentence, a: int, b: int, surfaces) -> tuple[str, str] | None:
    """(area head, how it starts) when the general grammar would make the name [a, b), whatever made it."""
    head_re, cues = _data()
    m = next((m for m in head_re.finditer(st.text, max(0, b - 6), b) if m.end() == b and m.start() - a >= 2), None)
    if m is None or a not in st.starts or not _shaped(st, a, b, surfaces):
        return None
    how = how_started(st, a, b, surfaces, cues)
    return (m.group(), how) if how else None
