"""Grammar of a park's name beyond what every name obeys (``name_grammar._name_shaped``): a park's name may
start with a word jieba tags a verb (the X of X产业园, X科创城) unless it governs a name or states a
status; a place followed by such a verb starts a clause (某市申建…综保区), as does such a verb inside with a
name of its own after it (省部共建国家大学科技园), and a park followed by a title level (X开发区国家级Y园区), a
ranked count (N大片区) or a verb (海口综保区进入…) is not one park's name, nor one that runs on into a
project's head (but the works of building it, X产业园项目); nor is a name ending in
``not_heads`` of ``parks.yaml`` (a 公园 is a public park, not an economic zone) or holding a word that
opens a clause (``never_inside``: a preposition or passive marker); nor is a sub-area (``sub_area_heads``:
…片区) of no zone its sentence names before it, as often a rural or town district as part of a zone. No name starts
inside a park head (开区… of 宁乡经开区…), and a park's name holds no whole park head with a works verb after it."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import (COUNT, LIST_GOVERNORS, TITLE_LEVELS, alternation, lexicon, lexicon_raw, parks_raw, phase_words,
                      pos_tags)
from .qlexicon import gwords


@lru_cache(maxsize=1)
def _governing() -> frozenset[str]:
    """Verbs that govern a name or state its status (the verb classes too): never a name's start."""
    lex = lexicon()
    return frozenset((*lex.cons_before, *lex.stop_words, *lex.lead_words, *lex.title_cues,
                      *(w for ws in lex.park_status.values() for w in ws), *LIST_GOVERNORS,
                      *(w for ws in lexicon_raw()["verb_classes"].values() for w in ws)))


@lru_cache(maxsize=1)
def _predicates() -> frozenset[str]:
    """Verbs that, right after a place, make a stretch a clause: the stop words and status cues."""
    lex = lexicon()
    return frozenset((*lex.stop_words, *(w for ws in lex.park_status.values() for w in ws)))


def verb_led(name: str, head_len: int, named) -> int:
    """Where a park's name starts past the verbs and adjectives the left edge left on it (改造现有奋斗镇农业园区,
    制定合肥滨湖科学城): the first token after them (``verb_led`` tags of parks.yaml, a verb or an adjective
    first) from which ``named`` holds, more than the head remaining; 0 when there is none."""
    tags = tuple(parks_raw().get("verb_led") or ())
    pos = 0
    for i, (w, f) in enumerate(pos_tags(name)):
        if not f.startswith(tags) or i == 0 and not f.startswith(("v", "a")):
            return 0
        pos += len(w)
        if len(name) - pos <= head_len:
            return 0
        if named(name[pos:]):
            return pos
    return 0


def verb_may_start(first) -> bool:
    """May a park's name start with this token (start, end, word, tag) jieba tags a verb?"""
    return first[3].startswith("v") and first[2] not in _governing()


@lru_cache(maxsize=1)
def _clause_words() -> frozenset[str]:
    return frozenset(parks_raw()["never_inside"])


def holds_clause_word(toks) -> bool:
    """Does a token after the first (start, end, word, tag) open a clause (在, 被: X园区在…, X被命名为…)?"""
    return any(t[2] in _clause_words() for t in toks[1:])


def place_and_predicate(toks, local) -> bool:
    """Do the tokens open with a place and its predicate (X市 申建 …)?"""
    return len(toks) > 2 and toks[1][3].startswith("v") and toks[1][2] in _predicates() and (
        toks[0][3] == "ns" or toks[0][2] in lexicon().places or toks[0][2] in local)


@lru_cache(maxsize=1)
def _inner_verbs() -> frozenset[str]:
    """Verbs that govern a name or state what it gets: the predicates above and the honour class of
    ``verb_classes`` (获评, 列入), general data no report's fold takes out (``title_cues`` may be)."""
    return _predicates() | frozenset(lexicon_raw()["verb_classes"]["honour"])


def governs_a_name(toks, text: str, b: int, head: re.Pattern) -> bool:
    """Does a verb that governs a name or states its status (``_inner_verbs``, tagged a verb) stand after the
    first token with a name of its own after it, more than a park head (丹东有序推进边民互市贸易区,
    省部共建国家大学科技园, 盘锦大洼区获评…先行区)? The stretch is then a clause, its verb's object the
    name. Right before the head the verb says what the park is (湘琼先进制造业共建产业园, 南北共建园区)."""
    return any(t[3].startswith("v") and t[2] in _inner_verbs() and t[1] < b and not head.fullmatch(text, t[1], b)
               for t in toks[1:])


def park_then_verb(toks, text: str, b: int, head: re.Pattern) -> bool:
    """Does a token tagged a verb follow a whole park's name (a park head closing a name of its own) with a name
    of its own after it, more than a park head (海口综保区进入全国A类综保区)? The park is then the subject of a
    clause, not the start of a longer park's name. Tokens are (start, end, word, tag)."""
    a = toks[0][0] if toks else b
    return any(t[3] == "v" and t[1] < b and not head.fullmatch(text, t[1], b)
               and _park_ends_at(text, head, a, t[0]) for t in toks[1:])


def _park_ends_at(text: str, head: re.Pattern, a: int, pos: int) -> bool:
    """Does a whole park's name (a park head match starting after ``a``) end right at ``pos``?"""
    return any(m.end() == pos and m.start() > a for m in head.finditer(text, a, pos))


@lru_cache(maxsize=4)
def _honour_re(park_heads: str) -> re.Pattern:
    return re.compile(gwords("park_shape", "honour").format(heads=park_heads, levels=alternation(TITLE_LEVELS),
                                                            count=COUNT))


def honour_inside(name: str, park_heads: str) -> bool:
    """A park and an honour it gets (X开发区国家级…园区), or a ranked count (N大片区, N大…基地): a
    category, not one park's name. ``park_heads`` is the alternation of the park heads."""
    return bool(_honour_re(park_heads).search(name))


@lru_cache(maxsize=1)
def _not_heads() -> tuple[str, ...]:
    return tuple(parks_raw()["not_heads"])


def not_a_park_head(text: str, b: int) -> bool:
    """Does the stretch ending at ``b`` end in a word that looks like a park head but is not one?"""
    return text.endswith(_not_heads(), 0, b)


@lru_cache(maxsize=1)
def _works_and_zone_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The works words after any park head, those after a zone suffix, and the zone suffixes."""
    raw = parks_raw()
    return (tuple(raw["works_after"]), phase_words(),
            tuple(s["suffix"] for s in lexicon().park_suffixes))


def runs_into_project(text: str, b: int, project_head: re.Pattern) -> bool:
    """Does a project's head follow a park's name at ``b`` (X示范区线 is a railway line)? A works
    word (``works_after``: X产业园项目) names the works of building the park, not another thing; so
    does a zone's phase or a build verb after a zone suffix (``grammar.phase_words``: X物流园一期)."""
    works, zone_works, zones = _works_and_zone_words()
    return bool(project_head.match(text, b)) and not text.startswith(works, b) and not (
        text.startswith(zone_works, b) and text.endswith(zones, 0, b))


@lru_cache(maxsize=1)
def sub_areas() -> tuple[tuple[str, ...], re.Pattern]:
    """The sub-area heads and a pattern of the zones they divide (the park suffixes but those heads)."""
    heads = tuple(parks_raw()["sub_area_heads"])
    return heads, re.compile(alternation(s["suffix"] for s in lexicon().park_suffixes if s["suffix"] not in heads))


def sub_area_alone(text: str, a: int, b: int) -> bool:
    """Does the stretch [a, b) end in a sub-area head with no zone named before that head in the sentence?"""
    heads, zones = sub_areas()
    end = b - 1 if text[b - 1:b] in "）)" else b       # a sub-area in brackets after its whole
    head = next((h for h in heads if text.endswith(h, a, end)), None)
    return head is not None and not zones.search(text, 0, end - len(head))


def policy_unnamed(name: str, surfaces) -> bool:
    """Does a name end in a head a policy's name shares with a zone's (``named_heads``: 示范区, 先行区)
    with no place or proper name first? A demonstration area named by its purpose alone is a policy."""
    from .candidates import named_park                # candidates imports this module
    return name.endswith(tuple(parks_raw()["named_heads"])) and not named_park(name, surfaces)


@lru_cache(maxsize=1)
def own_heads() -> frozenset[str]:
    """Heads a city, county or district report may name its own park by (``own_kinds``): every suffix of
    those kinds, short forms too, but the category words (``list_categories``: 园区 alone is any zone), and
    the drawn zones' heads of those kinds (创业园)."""
    raw = parks_raw()
    drawn = {head for head, kind in raw["drawn_zones"]["heads"].items() if kind in raw["own_kinds"]}
    return frozenset(s["suffix"] for s in lexicon().park_suffixes
                     if s["kind"] in raw["own_kinds"] and s["suffix"] not in raw["list_categories"]) | drawn


def starts_inside_head(text: str, a: int, head: re.Pattern) -> bool:
    """Does a name starting at ``a`` start inside a park head of two or more characters (开区… of 宁乡经开区…)?
    jieba may split an abbreviation (宁乡/经/开区, 经 a preposition) where a left edge then cuts; a name never
    starts inside a word."""
    return any((m := head.match(text, s)) is not None and m.end() > a and len(m.group()) >= 2
               for s in range(max(0, a - 8), a))


def holds_park_head(text: str, a: int, b: int, head: re.Pattern, head_end: re.Pattern, works: frozenset) -> bool:
    """Does a park's name hold a whole park head and a works verb right after it (柯桥经济技术开发区建成投产
    智能制造产业园)? The stretch is then a park, its predicate and what it built, not one name (jieba tags
    建成投产 an abbreviation, so ``park_then_verb`` does not see it). A head that is part of the name's own
    head (产业园 of …产业园区) does not count."""
    last = head_end.search(text, a, b)
    stop = last.start() if last else b
    return any(len(m.group()) >= 2 and m.end() < stop and text.startswith(tuple(works), m.end())
               for m in head.finditer(text, a, stop))


def verb_then_category(name: str) -> bool:
    """Is the name one word jieba tags a verb and a category word after it (``list_categories``: 开发园区 of
    各类开发园区, 涉台园区, 坚持园区…)? The verb says what kind of zone, or opens a clause: no one zone's name."""
    toks = pos_tags(name)
    return len(toks) == 2 and toks[1][0] in parks_raw()["list_categories"] and toks[0][1] in ("v", "vn")


def plural_zone(toks) -> bool:
    """Does a park's name hold a word opening with one (``plural_words``: 各, 村级) that makes its zone word plural
    or a category (年内各乡镇工业园区, jieba's 各乡镇 one word; 淘汰低效村级工业园)? Tokens are (start, end, word, tag)."""
    return any(t[2].startswith(tuple(parks_raw()["plural_words"])) for t in toks)


def park_then_predicate(toks, text: str, head: re.Pattern) -> bool:
    """Does a word that opens a park's predicate (``predicate_openers``: 重点, 启动, 加快) follow a whole park's
    name inside a project's name (龙潭工业集中区重点推进精密铸造二期)? The stretch is then the park, its predicate
    and its works, not one name. Tokens are (start, end, word, tag)."""
    a = toks[0][0] if toks else 0
    return any(t[2] in parks_raw()["predicate_openers"]
               and _park_ends_at(text, head, a, t[0]) for t in toks[1:])
