"""Elliptic list members: short names that share one kind word written once after the list.

"加快邵永、铜吉、长赣等6条高铁", "乌东德、白鹤滩等14座大中型水电站", "莱临、德商、日照至五莲、聊邯长铁路":
each member is a project named as written (邵永, 乌东德, 日照至五莲); a route pair (A至B, each end
judged as a place) is one even alone before 等. A counted list of generic works (A、B等N个X项目, N条X工程:
``list_heads``) shares its head the same way. When the kind word follows the
last member directly (聊邯长铁路) that member is left to the name passes, which read it whole. The kind
words, their modifiers and the words a member may end with are data (``shared_heads`` of
``data/lexicons/projects.yaml``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import (
    COUNT, NAME_CHAR, PROPER_TAGS, Candidate, TokSentence, alternation, lexicon, lexicon_raw, pos_tags, strip_leading,
    word_freq,
)
from .qlexicon import gwords

_MAX_MEMBER = 8
_ROUTE = gwords("elliptic", "route")    # A至B: a line named by its two ends
_NOT_FIRST = ("v", "d", "p", "c", "u", "r", "m", "q")


@lru_cache(maxsize=1)
def _shared():
    raw = lexicon_raw()["shared_heads"]
    tail = gwords("elliptic", "shared_tail").format(count=COUNT, modifiers=alternation(raw["modifiers"]),
                                                   heads=alternation(raw["heads"]))
    # 等, a count, a short kind (not a field: 领域, 类) and a generic works word: A、B等N个X项目
    kinds = alternation(lexicon_raw()["list_kinds"])
    generic = gwords("elliptic", "generic_tail").format(count=COUNT, kinds=kinds, heads=alternation(raw["list_heads"]))
    own = re.compile(alternation(list(lexicon().project_suffixes) + raw["heads"]))
    return (re.compile(tail), re.compile(generic)), own, tuple(raw["member_tails"]), tuple(raw["not_member_tails"])


def _elements(st: TokSentence, end: int) -> list[tuple[int, int]]:
    """The 、-separated stretches of name characters that end at ``end``, right to left."""
    out, b = [], end
    while True:
        a = b
        while a > 0 and NAME_CHAR.match(st.text[a - 1]):
            a -= 1
        if a == b:
            break
        out.append((a, b))
        if a == 0 or st.text[a - 1] != "、":
            break
        b = a - 1
    return out


def _split_and(st: TokSentence, a: int, b: int) -> list[tuple[int, int]]:
    """京港澳和沪昆扩容 → 京港澳, 沪昆扩容 (both sides at least two characters, 和 a token of its own)."""
    i = st.text.find(gwords("elliptic", "split_at"), a, b)
    if i - a >= 2 and b - i - 1 >= 2 and i in st.starts and i + 1 in st.starts:
        return [(a, i), (i + 1, b)]
    return [(a, b)]


def _member_ok(name: str, counted: bool = False) -> bool:
    """Can this stretch be a member's name? When the kind word does not follow the last member directly
    (等, a count or a size word between: ``counted``), a stretch of up to four characters is taken as an
    abbreviation (新昆楚大, 弥蒙) whatever jieba's tags, unless it is one common word."""
    _, own, tails, not_tails = _shared()
    lex = lexicon()
    body = name[: -len(next((t for t in tails if name.endswith(t)), ""))] if name.endswith(tails) else name
    if not 2 <= len(name) <= _MAX_MEMBER or not body or own.search(body) or name.endswith(not_tails):
        return False
    if any(ch.isdigit() for ch in name) or name in lex.generic:
        return False
    left, to, right = name.partition(_ROUTE)
    if to and left and right and _member_ok(left, True) and _member_ok(right, True):
        return True     # a route pair: each end a place, whose tags are unreliable (遵义/v)
    toks = pos_tags(name)
    if counted and len(name) <= 4:
        return not (len(toks) == 1 and toks[0][1] not in PROPER_TAGS and (word_freq(name) or 0) > 500)
    # one-character tokens of an abbreviation (聊邯长) carry no reliable tag: only words are judged
    if (len(toks[0][0]) > 1 and toks[0][1].startswith(_NOT_FIRST)) or toks[0][0] in lex.generic:
        return False
    # a verb inside a member is a predicate (渝东南迈入…), unless it is a works word ending it (成南扩容)
    return not any(f.startswith("v") and len(w) > 1 for w, f in pos_tags(body))


def elliptic_members(st: TokSentence, taken) -> list[Candidate]:
    """Project candidates for the members of every list that shares a kind word (see module doc)."""
    rxs, *_ = _shared()
    lex = lexicon()
    out: list[Candidate] = []
    for m in (m for rx in rxs for m in rx.finditer(st.text)):
        attached = not (m.group(1) or m.group(2) or m.group(3))
        spans = _elements(st, m.start())
        # one route pair before 等 is a list of its own (A至B等公路)
        least = 1 if m.group(1) and len(spans) == 1 and _ROUTE in st.text[slice(*spans[0])] else 2
        if len(spans) < least:
            continue
        a, b = spans[-1]
        _, cut = strip_leading(st.text[a:b], lex.stop_words + lex.lead_words + lex.cons_before)
        spans[-1] = (a + cut, b)
        members = [s for a, b in reversed(spans) for s in _split_and(st, a, b)]     # reading order
        if not _member_ok(st.text[slice(*members[0])], not attached):
            members.pop(0)      # the first stretch may hold what comes before the list (沈白高铁和京哈改扩建)
        if len(members) < least or not all(_member_ok(st.text[a:b], not attached) for a, b in members):
            continue            # one member that is not a name: the list is not a list of names
        if attached:
            members = members[:-1]
            if any(b - a > 5 for a, b in members):
                continue        # "长江干流、丹江口水库": without 等 or a count only short abbreviations
        for a, b in members:
            if not any(c.a <= a and b <= c.b for c in (*taken, *out)):
                out.append(Candidate("Project", st.text[a:b], a, b, st, {"member": True}))
    return out
