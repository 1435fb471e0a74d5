"""The left edge of a kept project's name, set after every pass (issue #12, projprec33): a name written right
after a joining mark (``name_edges.joins`` of projects.yaml: 中国—东盟…, 陇东到山东…) with a short run of name
characters before the mark is the second half of a pair's or a route's name, and takes the first half back
(中国—东盟医疗保健合作中心, 陇东到山东特高压直流工程): kept cut, it named a thing the report does not.
A join word (及, 和) before the left's annex (``name_edges.annexes``: 及配套…, 及服务中心) splits no name, and a name
kept without the annex written right after it takes it back (projbounds48)."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import CJK, Candidate, lexicon, lexicon_raw
from .name_bounds import stretch_end
from .name_ends import name_end
from .name_grammar import head_res


@lru_cache(maxsize=1)
def _lex() -> dict:
    edge = lexicon_raw()["name_edges"]
    lex = lexicon()
    return {"first": re.compile(rf"[{CJK}]{{1,{edge['first_half']}}}$"), "joins": tuple(edge["joins"]),
            "marks": edge["marks"], "no_opening": tuple((*lex.stop_chars, *lex.stop_words)),
            "annexes": tuple(edge.get("annexes") or ()), "breaks": tuple(edge.get("annex_breaks") or ()),
            "join_words": tuple(sorted(lexicon_raw().get("join_words") or (), key=len, reverse=True))}


def annexed(right: str) -> bool:
    """Does the right side of a join open with a word making it the left's annex (香日德水库及|配套灌溉工程), with no
    sector or list-kind word after it (``annex_breaks``: 及|配套产业重大项目)?"""
    lex = _lex()
    word = next((w for w in lex["annexes"] if right.startswith(w)), "")
    return bool(word) and not any(b in right[len(word):] for b in lex["breaks"])


def rejoined(c: Candidate) -> Candidate:
    """``c`` with the first half of its pair or route when it starts right after a join: ``first_half`` name
    characters or fewer, with a mark (``marks``) or the sentence's start before them (，中国—东盟…), and not opening with a
    word a name never starts with (``stop_chars``, ``stop_words``: ，从北京到… is a clause); else ``c``."""
    lex, text = _lex(), c.st.text
    if c.a < 2 or text[c.a - 1] not in lex["joins"]:
        return c
    m = lex["first"].search(text, 0, c.a - 1)
    if m is None or m.group(0).startswith(lex["no_opening"]) \
            or (m.start() > 0 and text[m.start() - 1] not in lex["marks"]):
        return c
    return Candidate(c.kind, text[m.start():c.b], m.start(), c.b, c.st, dict(c.attrs))


def annex_joined(c: Candidate) -> Candidate:
    """``c`` with the annex a join word adds right after it (香日德水库|及配套灌溉工程, …总装基地|及服务中心项目), up
    to the last project head in the run of name characters after the annex word (``name_bounds.stretch_end``) and
    past a bracket the annex opened there (``name_ends.name_end``: …工程（一期）); else ``c``."""
    text, b = c.st.text, c.b
    join = next((w for w in _lex()["join_words"] if text.startswith(w, b)), None)
    if c.kind != "Project" or join is None:
        return c
    start = b + len(join)
    e = stretch_end(c.st, start)
    heads = [m for m in dict(head_res())["Project"].finditer(text, start, e) if m.end() in c.st.ends or m.end() == e]
    if not heads:
        return c
    end = name_end(text, heads[-1].start(), heads[-1].end(), since=start)
    # the annex's own words decide, not a later clause's (…工程立项审批，培育重大产业项目)
    if not annexed(text[start:end]):
        return c
    return Candidate(c.kind, text[c.a:end], c.a, end, c.st, dict(c.attrs))
