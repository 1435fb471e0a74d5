"""Parks named as the members of a list whose category is a park (A、B等特色产业园区, A等5个物流园区):
the category says what each member is, whatever its own head (or none). Category words are
``list_categories`` of ``parks.yaml``."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import (CJK, JOINERS, NAME_CHAR, Candidate, TokSentence, alternation, lexicon,
                      parks_raw, strip_leading)
from .left_edge import left_boundary
from .qlexicon import gwords

_CLAUSE = "，,；;：:。！？（）()“”《》"
_MEMBER = 20        # characters a member may span


@lru_cache(maxsize=1)
def _category() -> re.Pattern:
    """等, a short modifier (特色, 省级数字经济, 5个) and a park category word."""
    words = parks_raw()["list_categories"]
    return re.compile(gwords("park_lists", "category").format(cjk=CJK, categories=alternation(words)))


def _is_joiner(st: TokSentence, i: int) -> bool:
    """A joiner of ``grammar.yaml``: a mark always, a character only as a word of its own (a 和 inside a
    place name is none)."""
    c = st.text[i]
    return c in JOINERS and (not NAME_CHAR.match(c) or i in st.starts and i + 1 in st.ends)


def _members(st: TokSentence, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each list member before ``end`` (the position of 等), last first."""
    out, e, i = [], end, end - 1
    while i >= 0 and end - i <= _MEMBER * 6:
        if st.text[i] in _CLAUSE:
            break
        if _is_joiner(st, i):
            out.append((i + 1, e))
            e = i
        i -= 1
    if e > 0 and e - i > 1:
        out.append((left_boundary(st, e)[0], e))     # the first member: back to where a name may start
    return out


def listed_parks(st: TokSentence) -> list[Candidate]:
    """A Park candidate for every member of a list that a park category follows."""
    lex = lexicon()
    out = []
    for m in _category().finditer(st.text):
        for a, b in _members(st, m.start()):
            name, cut = strip_leading(st.text[a:b], lex.stop_words + lex.lead_words)
            if 2 <= len(name) <= _MEMBER and name not in lex.generic:
                out.append(Candidate("Park", name, a + cut, b, st))
    return out


def drawn_zones(st: TokSentence, named) -> list[Candidate]:
    """A zone of a general head (X小镇, X创业园, X试验区, X基地) the sentence draws firms, investment or people into
    after naming it (招商, 入驻, an industrial base built in it; firms entering it, ``_drawn``) or extends (二期): a
    park, as the guideline has it; a town for living or tourism alone is not, nor a base that only produces. ``named(name, head)``: does the name start like a proper
    name or a place (or name a city's own park by its function)? Words: ``drawn_zones`` of parks.yaml."""
    words = parks_raw()["drawn_zones"]
    lex = lexicon()
    out = []
    for m in re.finditer(alternation(words["heads"]), st.text):
        a, _ = left_boundary(st, m.start())
        name, cut = strip_leading(st.text[a:m.end()], lex.stop_words + lex.lead_words)
        cut += _governing_verbs(st, a + cut, m.start())
        name = st.text[a + cut:m.end()]
        if len(name) > len(m.group()) + 1 and named(name, m.group()) and _drawn(st, m.group(), m.end(), words):
            out.append(Candidate("Park", name, a + cut, m.end(), st, {"head": m.group()}))   # weighed by its own head
    return out


def _drawn(st: TokSentence, head: str, b: int, words: dict) -> bool:
    """Does the sentence draw into the zone whose head ends at ``b``: a draw word after it (not for a head of
    ``firms_only``), or firms entering, gathering in or drawn into it (``firms``) in the name's clause or the next
    (a later clause has a subject of its own)?"""
    if head not in words["firms_only"] and any(w in st.text[b:] for w in words["draws"]):
        return True
    stops = [i for i in range(b, len(st.text)) if st.text[i] in _CLAUSE]
    return re.search(words["firms"], st.text[b:stops[1] if len(stops) > 1 else len(st.text)]) is not None


def _governing_verbs(st: TokSentence, a: int, head: int) -> int:
    """Characters of the verbs (or adverbs) opening the stretch [a, head) that govern the zone (扶持X创业园)."""
    cut = 0
    for t0, t1, word, tag in st.tokens:
        if t0 == a + cut and t1 < head and tag[:1] in "vd" and tag != "vn":
            cut += t1 - t0
    return cut


def zone_kind(name: str) -> str | None:
    """The park kind of a drawn zone's name (``drawn_zones.heads``), or None for any other name, and for one a
    longer park suffix ends (自由贸易试验区 keeps its own kind, though it ends with 试验区)."""
    heads = parks_raw()["drawn_zones"]["heads"]
    head = next((h for h in heads if name.endswith(h)), None)
    if head is None:
        return None
    suffix = next((s["suffix"] for s in lexicon().park_suffixes if name.endswith(s["suffix"])), "")
    return heads[head] if len(suffix) <= len(head) else None
