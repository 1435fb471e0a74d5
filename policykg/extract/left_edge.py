"""Where a name starts: back from its head over name characters to a stop word, a stop character, a count
or the first end of a route (晏城至表白寺) — the left edge every entity pass shares."""
from __future__ import annotations

import re

from .. import resources
from .grammar import COUNT_BEFORE, COUNT_CLASSIFIERS, NAME_CHAR, RESULT_COMPLEMENTS, TokSentence, lexicon
from .qlexicon import alternation_of, gwords


def _joining_dash(t: str, i: int) -> bool:
    """A dash between two name characters joins a name (中国—东盟…合作中心, 磨憨—磨丁经济合作区)."""
    return t[i] == "—" and 0 < i < len(t) - 1 and bool(NAME_CHAR.match(t[i - 1])) and bool(NAME_CHAR.match(t[i + 1]))


def left_boundary(st: TokSentence, a: int) -> tuple[int, str]:
    """Where a name ending after position ``a`` starts; returns (start, what stopped it)."""
    lex = lexicon()
    t = st.text
    r = a
    while r > 0 and (NAME_CHAR.match(t[r - 1]) or _joining_dash(t, r - 1)):
        r -= 1
    start, why = r, (t[r - 1] if r > 0 else "")
    # rightmost stop word inside [r, a)
    seg = t[r:a]
    for w in lex.stop_words:
        i = seg.rfind(w)
        while i >= 0:
            s0 = r + i
            # a stop word must not start inside a jieba token that crosses its start
            if s0 in st.starts or s0 == r:
                if s0 + len(w) > start or why == "":
                    if s0 + len(w) >= start:
                        start, why = s0 + len(w), w
                break
            i = seg.rfind(w, 0, i)
    for i in range(a - 1, r - 1, -1):
        if i + 1 <= start:
            break
        c = t[i]
        if c in lex.stop_chars and i in st.starts and i + 1 in st.ends:
            route = _route_start(st, i, a) if c == gwords("left_edge", "route") else None
            if route is not None:
                # "京沪高速新沂至江都段": a route head before the first end belongs to the name
                if not ROUTE_PREFIX.search(t[start:route]):
                    start, why = route, "route"
                break
            start, why = i + 1, c
            break
        if c.isdigit() and i + 1 < a and t[i + 1] in COUNT_CLASSIFIERS:
            start, why = i + 2, "count"
            break
    if why in lex.stop_words and t.startswith(RESULT_COMPLEMENTS, start) and start in st.starts \
            and start + 1 in st.ends:
        start += 1          # the complement of the stop verb (规划好X), its own token: not the name's
    # a count just before the name ("10项民心工程") makes it a category
    if COUNT_BEFORE.search(t[max(0, start - 4):start]):
        why = "count"
    return start, why


ROUTE_PREFIX = re.compile(rf"[\u4e00-\u9fff]{{2}}(?:{alternation_of(resources.lexicon_data('grammar')['route_words'])})$")


def _route_start(st: TokSentence, i: int, a: int) -> int | None:
    """Where the first end of a route name "晏城至表白寺", "董家口至五莲铁路" starts when 至 at ``i``
    joins two place-like ends (the tokens right before it, at least two name characters, no verb;
    2–12 characters after it, no second 至); None when 至 is not inside a route name."""
    after = st.text[i + 1:a]
    if not 2 <= len(after) <= 12 or gwords("left_edge", "route") in after:
        return None
    start = i
    for t0, t1, word, flag in reversed([t for t in st.tokens if t[1] <= i]):
        if flag[:1] in ("v", "p", "d", "c", "u", "m") or not all(NAME_CHAR.match(ch) for ch in word):
            break
        start = t0
        if i - start >= 2:
            break
    return start if i - start >= 2 else None
