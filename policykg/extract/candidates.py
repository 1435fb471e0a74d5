"""Rule candidates of each sentence for parks, with the status cues of their clause (projects:
``project_rules.py``; organisations and places: ``named.py``). The learned decision (``decide.py``) weighs these
against grammar candidates."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import (
    ROLE_VERBS,
    TITLE_LEVELS,
    Candidate,
    TokSentence,
    lexicon,
    parks_raw,
    pos_tags,
    quoted,
    strip_leading,
)
from .. import resources
from .left_edge import left_boundary
from .park_lists import drawn_zones, listed_parks
from .park_placed import placed_parks
from .park_shape import own_heads, policy_unnamed, verb_led, verb_may_start, verb_then_category
from .qlexicon import gpattern, gwords
from .surfaces import place_prefix, proper_head, strong_head


def _w(key: str):
    return gwords("candidates", key)


# ----------------------------------------------------------------------------------------- parks
def park_kind(name: str) -> tuple[str, str]:
    for s in lexicon().park_suffixes:
        if name.endswith(s["suffix"]):
            return s["kind"], s.get("expand") and name[: -len(s["suffix"])] + s["expand"] or name
    return "industrial park", name


def first_token(name: str) -> str:
    toks = pos_tags(name)
    return toks[0][0] if toks else ""


def name_ending_at(st: TokSentence, m, lex) -> tuple[int, int, str, str]:
    """The name a suffix match ends: back to its left boundary, leading stop/lead words dropped."""
    a0, b = m.span()
    start, why = left_boundary(st, a0)
    name, cut = strip_leading(st.text[start:b], lex.stop_words + lex.lead_words)
    return start + cut, b, name, why


def past_title_verb(name: str, lex) -> str:
    """The name past a verb that seeks, wins or makes a title (新创建, 争创, 获批, 申建): what such a verb governs
    (新创建国家现代农业产业园3个) is the title, so the title check looks after it. The action verbs of
    indicators.yaml are the general list (a report's own title cues may be few)."""
    rest, _ = strip_leading(name, resources.lexicon_data("indicators")["verb_prefixes"])
    verbs = _title_verbs(tuple(lex.title_cues), tuple(lex.park_status["applied for"]))
    verb = next((v for v in verbs if rest.startswith(v) and len(rest) > len(v)), "")
    return rest[len(verb):] if verb else name


@lru_cache(maxsize=4)
def _title_verbs(title_cues: tuple[str, ...], applied_for: tuple[str, ...]) -> tuple[str, ...]:
    """The action verbs, title cues and application verbs, longest first: sorted once per lexicon, not per
    name (keyed on the lexicon's words, so a fold's own lexicon gets its own list)."""
    ind = resources.lexicon_data("indicators")
    return tuple(sorted({*ind["action_verbs"], *title_cues, *applied_for}, key=lambda w: (-len(w), w)))


def _titled(name: str, surfaces, lex, head_len: int = 0) -> bool:
    """Does the name start like a title or a category (国家级…, 重点…, 第二批…), its place and a leading
    title verb aside (when more than the ``head_len`` characters of its head follow the place)?"""
    name = past_title_verb(name, lex)
    place = place_prefix(name, surfaces)
    rest = name[len(place):] if place and len(name) - len(place) > head_len else name
    return bool(first_token(name) in lex.title_prefixes or name.startswith(TITLE_LEVELS)
                or rest.startswith(tuple(lex.title_prefixes)) or _w("doctrine") in name
                or gpattern("candidates", "batch").match(name))


_OWN_FIRST = ("n", "s", "j", "l", "i")      # tags a function-named park may start with (not 按照/p, 好/a;
                                            # a verb that governs nothing, as park names may: park_shape)


def own_park(name: str, head: str, surfaces, lex) -> bool:
    """A park a city, county or district report names by its function alone (X物流园, X产业园): the
    jurisdiction's own park, where a province's report would name its place (``park_shape.own_heads``)."""
    if getattr(surfaces, "level", "") in ("", "province") or head not in own_heads():
        return False
    toks = pos_tags(name[: -len(head)])
    first = toks[0] if toks else ("", "x")
    return (len(name) - len(head) >= 2 and not all(w in lex.generic for w, _ in toks)
            and (first[1][:1] in _OWN_FIRST or verb_may_start((0, 0, *first))))


_BRACKETED = re.compile(r"[（(]([^（）()]{2,8})[）)]")


def named_park(name: str, surfaces) -> bool:
    """Does a park's name start like a proper name, or with a division of the report's province even
    when it is a common word too (大同, 包头: a park head after it makes it the place), or name its
    place in brackets (西部（P）科学城)?"""
    return proper_head(name, surfaces, strict=True) or _placed(name, surfaces) or any(
        m.group(1) in surfaces for m in _BRACKETED.finditer(name))


def _placed(name: str, surfaces) -> bool:
    """Does a park's name start with a place of the gazetteer or a division of the report's province?"""
    return bool(place_prefix(name, surfaces) or getattr(surfaces, "local_prefix", None)
                and surfaces.local_prefix(name, common=True))


def park_candidates(st: TokSentence, surfaces) -> tuple[list[Candidate], list[tuple[int, str]]]:
    lex = lexicon()
    out, titles = [], []
    for m in lex.park_re.finditer(st.text):
        start, b, name, why = name_ending_at(st, m, lex)
        if len(name) <= len(m.group()) or _w("of") in name or why in (_w("list_closer"), "count", *ROLE_VERBS):
            continue
        if b < len(st.text) and st.text[b] == _w("of") and not strong_head(name, surfaces, strict=True):
            continue
        if _titled(name, surfaces, lex, len(m.group())):
            titles.append((start, name))
            continue
        topic = start == 0 and b < len(st.text) and st.text[b] not in _w("topic_not_before")
        if not (named_park(name, surfaces) or topic and not policy_unnamed(name, surfaces)
                or own_park(name, m.group(), surfaces, lex)):
            cut = verb_led(name, len(m.group()), lambda n: named_park(n, surfaces)
                           and not _titled(n, surfaces, lex, len(m.group())))
            if not cut:
                continue
            start, name = start + cut, name[cut:]
        if quoted(st, start, b):
            continue
        out.append(Candidate("Park", name, start, b, st))
    out += placed_parks(st, surfaces, {m.end() for m in lex.park_re.finditer(st.text)},
                        lambda name: named_park(name, surfaces), lambda name: _placed(name, surfaces),
                        lambda name, n: _titled(name, surfaces, lex, n))
    spans = {(c.a, c.b) for c in out}
    places = getattr(surfaces, "divisions", frozenset())
    out += [c for c in listed_parks(st) if (c.a, c.b) not in spans and not _titled(c.name, surfaces, lex)
            and c.name not in surfaces and c.name not in places]       # a list of places, not of parks
    spans = {(c.a, c.b) for c in out}
    out += [c for c in drawn_zones(st, lambda name, head: named_park(name, surfaces) or own_park(name, head, surfaces, lex))
            if (c.a, c.b) not in spans]
    designations = tuple(parks_raw().get("designation_heads") or ())
    return [c for c in out if (c.a == 0 or not c.name.endswith(designations))   # its topic: a zone acting
            and not verb_then_category(c.name)], titles


def park_status(c: Candidate) -> str | None:
    lex = lexicon()
    left, _ = c.st.clause_bounds(c.a, c.b)
    before = c.st.text[left:c.a]
    after = c.st.text[c.b:c.st.clause_bounds(c.a, c.b)[1]]
    if any(w in before for w in lex.park_status["applied for"]):
        return "applied for"
    if c.st.part in ("plan", "outlook") and any(w in before for w in lex.park_status["planned"]):
        return "planned"
    if any(w in before + after for w in lex.park_status["existing"]):
        return "existing"
    return None
