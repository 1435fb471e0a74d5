"""Parks named as the members of a list whose park head is written once (parks68, issue 12).

"丰南、玉田、遵化经济开发区", "钦州、凭祥综合保税区", "大路、龙口、薛家湾三个工业园区": each member is a park of its
own, named member + head (丰南经济开发区), as the guideline labels a list with one shared head. The candidate spans
the member as written; ``headed`` (its attribute) is the name the park is known by (``assemble.add_parks``). The list is read
as parks when its last member with the head is a park the decision kept (遵化经济开发区), or when a count before the
head says how many members there are (三个工业园区 after three): the count makes the list one of whole parks.
The joiner and the count are data (``park_shared`` of ``grammar.yaml``); the heads are the park suffixes and the
sub-area heads of ``parks.yaml``. A stretch ending in a park head before the first joiner is a whole name
(大同经开区、阳泉高新区): no list.

Weighed in parks70 (docs/checks/parks70.md) on the 29 dev reports and 22 probe texts, never the test reports: 45
firings, judged by the guideline's list rule: 13 right (the member's park is written whole or short elsewhere:
哈尔滨片区, 玉田, 白箬铺, 晋江, 福州/厦门/平潭片区, 南宁/钦州港/崇左片区, 大路/龙口/薛家湾), 30 optional (the member reads as a
city, county, town or abbreviation alone: 曲靖, 喀什, 湘琼, 齐河, 牟定 …), 2 wrong (开区 cut from a whole name, both gone
with the guard above). On parks70's four new texts 13 firings, none wrong. Kept: its right firings cost nothing, the
optional ones name real parks in the graph, and after the guard the count form alone would only lose 3 right
firings (哈尔滨, 玉田, 白箬铺). Measured gain: probe parks tp +3 (the banner's three), dev and the new four ±0.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import cn_int
from .grammar import (COUNT, NAME_CHAR, TITLE_LEVELS, Candidate, TokSentence, alternation, lexicon, parks_raw,
                      strip_leading)
from .left_edge import left_boundary
from .qlexicon import gwords

_MEMBER = (2, 5)        # characters of a member: a place or a short proper word


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """The park heads: the park suffixes and the sub-area heads of ``parks.yaml``, longest first."""
    heads = [s["suffix"] for s in lexicon().park_suffixes] + list(parks_raw()["sub_area_heads"])
    return tuple(sorted(set(heads), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, str]:
    """(the park heads, the count closing the stretch before a head, the joiner)."""
    count_re = re.compile(gwords("park_shared", "count_tail").format(count=COUNT))
    return re.compile(alternation(_heads())), count_re, gwords("park_shared", "joiner")


def _member_ok(name: str) -> bool:
    """A short stretch with no digit, level word or park head of its own (a whole name: 示范区 before 、)."""
    lo, hi = _MEMBER
    return (lo <= len(name) <= hi and not any(c.isdigit() for c in name) and name not in lexicon().generic
            and not any(level in name for level in TITLE_LEVELS) and not _patterns()[0].search(name))


def _head_start(text: str, start: int, floor: int) -> int:
    """Where the shared head starts: a function word (``head_families`` of parks.yaml: 合作, 工业) right before
    the park head is the head's (深儋合作产业园 → 合作产业园), so long as the member keeps two characters after
    ``floor`` (its stretch's start)."""
    for word in sorted(parks_raw()["head_families"]["functions"], key=len, reverse=True):
        if text.endswith(word, floor, start) and start - len(word) - floor >= _MEMBER[0]:
            return start - len(word)
    return start


def _members(st: TokSentence, end: int) -> list[tuple[int, int]] | None:
    """The (start, end) of each member of the joined list ending at ``end``, first to last; None when the
    stretch before ``end`` is no list of short members."""
    t, joiner = st.text, _patterns()[2]
    out, j = [], end
    while True:
        i = j
        while i > 0 and t[i - 1] != joiner and NAME_CHAR.match(t[i - 1]) and j - i <= _MEMBER[1]:
            i -= 1
        if i > 0 and t[i - 1] == joiner and _member_ok(t[i:j]):
            out.append((i, j))
            j = i - 1
            continue
        if not out or any(t.endswith(h, 0, j) for h in _heads()):
            return None     # a whole park name before the first joiner (大同经开区、阳泉高新区): no shared head
        a = left_boundary(st, j)[0]
        lex = lexicon()
        name, cut = strip_leading(t[a:j], lex.stop_words + lex.lead_words)
        if not _member_ok(name):
            return None
        out.append((a + cut, j))
        return out[::-1]


def shared_head_parks(st: TokSentence, kept: list[Candidate]) -> list[Candidate]:
    """A Park candidate (member + head) for each member of a list of parks with one written head, beside the
    parks ``kept`` by the decision."""
    head_re, count_re, _ = _patterns()
    spans = {(c.a, c.b) for c in kept}
    out = []
    for m in head_re.finditer(st.text):
        count = count_re.search(st.text, 0, m.start())
        end = count.start() if count else m.start()
        members = _members(st, end)
        if not members:
            continue
        head = m.group()
        if count:
            whole = cn_int(count.group(1)) == len(members)
        else:
            whole = (members[-1][0], m.end()) in spans
            head = st.text[_head_start(st.text, m.start(), members[-1][0]):m.end()]
            members = members[:-1]
        if whole:
            out += [Candidate("Park", st.text[a:b], a, b, st, {"head": head, "headed": st.text[a:b] + head})
                    for a, b in members if (a, b) not in spans]
    return out
