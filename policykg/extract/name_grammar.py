"""The grammar of the decision's candidates (``decide.py``): the park and project heads of the lexicons
(``data/lexicons/parks.yaml`` suffixes, ``projects.yaml`` project_suffixes, ``heads.yaml``), every left
boundary at a token start inside the name stretch before a head, the members of a list sharing one works
word (``shared_kind.py``), and the shape every name obeys
(``_name_shaped``) and a park's name too (``_park_shaped``)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .project_rules import segment_of_works
from .grammar import (COUNTED, LIST_WORDS, NAME_CHAR, Candidate, TokSentence, alternation, lexicon, lexicon_raw,
                      tokens_of)
from .name_ends import bare_forms, name_end
from .park_family import family_heads
from .park_general import general_parks
from .park_shape import (governs_a_name, holds_clause_word, holds_park_head, honour_inside, not_a_park_head,
                         park_then_stop_verb, park_then_verb, place_and_predicate, runs_into_project,
                         starts_inside_head, sub_area_alone, verb_may_start, verb_then_category)
from .qlexicon import gwords
from .reach import is_abbreviation
from .shared_kind import LISTED, listed_members
from .whole_names import WHOLE, whole_heads

MAX_NAME = 24          # characters a name may reach back from its head
_NOT_FIRST = ("v", "d", "p", "c", "u", "r")   # jieba tags (a verbal noun, vn, may start a name)


@lru_cache(maxsize=1)
def head_res() -> tuple[tuple[str, re.Pattern], ...]:
    """Park and project heads: the lexicons' suffixes plus ``data/lexicons/heads.yaml``."""
    lex = lexicon()
    extra = resources.lexicon_data("heads")
    parks = [s["suffix"] for s in lex.park_suffixes] + extra["park"]
    projects = list(lex.project_suffixes) + extra["project"]
    return (("Park", re.compile(alternation(parks))), ("Project", re.compile(alternation(projects))))


def _heads(st: TokSentence):
    """(kind, head, head start, end, family) for every park and project head in the sentence; the
    family (``park_family.py``) is '' for a head of the lexicons."""
    taken = set()
    for kind, rx in head_res():
        for m in rx.finditer(st.text):
            b = name_end(st.text, m.start(), m.end())
            if kind == "Park":
                taken.add(m.end())
            yield kind, m.group(), m.start(), b, ""
    for head, a0, b, family in family_heads(st.text, st.ends, taken):
        yield "Park", head, a0, b, family
    for head, a0, b in whole_heads(st.text, dict(head_res())["Project"]):
        yield "Project", head, a0, b, WHOLE


def shaped(c: Candidate, surfaces) -> bool:
    """Does a rule candidate have the shape the decision's grammar allows a name of its kind?"""
    local = getattr(surfaces, "divisions", frozenset())
    return _name_shaped(c.st, c.a, c.b, local, c.kind) and (c.kind != "Park" or _park_shaped(c.st, c.a, c.b))


def grammar_candidates(st: TokSentence, rule_cands=(), surfaces=None) -> list[Candidate]:
    """Every (kind, start, end) a head allows (token starts in the name stretch), and the rule spans."""
    local = getattr(surfaces, "divisions", frozenset())
    out = [Candidate(c.kind, c.name, c.a, c.b, st, {"head": c.attrs.get("head") or _head_of(c),
                                                     "family": c.attrs.get("family"), "placed": c.attrs.get("placed")})
           for c in rule_cands if shaped(c, surfaces)]
    seen = {(c.kind, c.a, c.b) for c in out}
    heads = list(_heads(st))
    for kind, head, a0, b, family in heads:
        if kind == "Park" and not _park_shaped(st, a0, b):
            continue
        r = a0
        while r > 0 and a0 - r < MAX_NAME and (NAME_CHAR.match(st.text[r - 1]) or st.text[r - 1] in "“”—"):
            r -= 1
        for a in range(r, a0 + 1 if family == WHOLE else a0 - 1):
            if head == gwords("name_grammar", "segment_head") and not segment_of_works(st.text[a:b]):
                continue        # a stretch of a river (嘉陵江重庆段), not works
            if a in st.starts and (kind, a, b) not in seen and _name_shaped(st, a, b, local, kind) and (
                    kind != "Park" or _one_park_named(st.text[a:b])):
                out.append(Candidate(kind, st.text[a:b], a, b, st, {"head": head, "family": family}))
    out += _general(st, {b for kind, _, _, b, _ in heads if kind == "Park"}, surfaces, local,
                    {(c.kind, c.a, c.b) for c in out})
    seen = {(c.kind, c.a, c.b) for c in out}
    places = _Places(local)
    for a, b, word, no_list in listed_members(st, dict(head_res())["Project"], dict(head_res())["Park"], places):
        if ("Project", a, b) not in seen and _name_shaped(st, a, b, local, "Project"):
            seen.add(("Project", a, b))
            out.append(Candidate("Project", st.text[a:b], a, b, st, {"head": "", "family": LISTED, "listed": word,
                                                                          "no_list": no_list}))
    return out


def _general(st: TokSentence, taken, surfaces, local, seen) -> list[Candidate]:
    """The general park candidates (``park_general.py``) of the sentence, where no other park head ends."""
    out = []
    for head, a, b, how in general_parks(st, taken, surfaces if surfaces is not None else {}):
        if ("Park", a, b) not in seen and _park_shaped(st, a, b) and _name_shaped(st, a, b, local, "Park") \
                and not verb_then_category(st.text[a:b]):
            seen.add(("Park", a, b))
            out.append(Candidate("Park", st.text[a:b], a, b, st, {"head": head, "general": how}))
    return out


class _Places:
    """``name in places``: a gazetteer place or a division of the report's province."""

    def __init__(self, local):
        self.local = local

    def __contains__(self, name: str) -> bool:
        return name in self.local or name in lexicon().places


@lru_cache(maxsize=2)
def head_end(kind: str) -> re.Pattern:
    """A park or project head closing a string."""
    return re.compile(f"(?:{dict(head_res())[kind].pattern})$")


def _honour_inside(name: str) -> bool:
    return honour_inside(name, dict(head_res())["Park"].pattern)


def _one_park_named(name: str) -> bool:
    """Does a stretch name one park, not a park and its honour nor a kind of zone (涉台园区: one verb, a category)?"""
    return not _honour_inside(name) and not verb_then_category(name)


def _park_shaped(st: TokSentence, a: int, b: int) -> bool:
    """A park's name does not run on into a project's head (X示范区线 is a railway line), holds no
    park and its honour and does not end in a word that only looks like a park head (公园), nor is
    a sub-area (…片区) of no zone named before it."""
    return not runs_into_project(st.text, b, dict(head_res())["Project"]) and not _honour_inside(st.text[a:b]) \
        and not not_a_park_head(st.text, b) and not sub_area_alone(st.text, a, b)


def _name_shaped(st: TokSentence, a: int, b: int, local=frozenset(), kind: str = "") -> bool:
    """Grammar every name obeys: it does not start with a closing quote or dash nor close a quote it did
    not open, nor start with a verb,
    adverb, preposition, conjunction, particle or pronoun, nor with a verb of works whatever its tag
    (construction verbs and build class of ``projects.yaml``), and holds no list word or 的 (等, 以及, 的)
    nor the predicate of an honour (the title cues of ``parks.yaml``: 获批, 成为, 晋升…), nor starts inside a park
    head (``park_shape.starts_inside_head``) or a works verb; a park's name holds no whole park head and works verb. A place word
    first is fine whatever its tag (jieba tags 大连 an adverb, 包头 a verb): a gazetteer place or a division
    of the report's province (``local``). A park's name follows ``park_shape`` too."""
    name = st.text[a:b]
    if name[0] in "”—" or name.count("”") > name.count("“") or any(w in name for w in LIST_WORDS) or any(w in name for w in lexicon().title_cues):
        return False
    if name.startswith(tuple(lexicon_raw()["name_never_starts"])) or COUNTED.search(name):
        return False        # 新一轮农村公路; 台黑4条高速 (a count of things, not a name)
    park_head = dict(head_res())["Park"]
    if starts_inside_head(st.text, a, park_head) or any(t[0] < a < t[1] and t[2] in _works_verbs() for t in st.tokens) \
            or kind == "Park" and holds_park_head(st.text, a, b, park_head, head_end("Park"), _works_verbs()):
        return False        # 开区… of 宁乡经开区…, 投产… of 建成投产…; X开发区建成投产Y产业园
    toks, prev = tokens_of(st, a, b)
    first = toks[0] if toks and toks[0][0] == a else None
    if first is not None and (first[2] in _works_verbs()
                              or kind == "Park" and first[2] in lexicon().park_status["applied for"]):
        return False        # a verb of works or an application governs the name whatever its tag (谋划/n, 申报/vn)
    if kind == "Park" and (place_and_predicate(toks, local) or holds_clause_word(toks)
                           or governs_a_name(toks, st.text, b, dict(head_res())["Park"])
                           or park_then_verb(toks, st.text, b, dict(head_res())["Park"])):
        return False
    if kind == "Project" and park_then_stop_verb(toks, st.text, b, dict(head_res())["Park"], _stop_words()):
        return False        # the park is its clause's subject (X物流园启动一期码头): the works are named after the verb
    return (first is None or first[3] == "vn" or not first[3].startswith(_NOT_FIRST) or first[2] in lexicon().places
            or first[2] in local or kind == "Park" and verb_may_start(first)
            or is_abbreviation(st, a, toks, prev, [rx for _, rx in head_res()]))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    return frozenset(lexicon().stop_words)


@lru_cache(maxsize=1)
def _works_verbs() -> frozenset:
    """Verbs that build or open works (``construction_before``/``_after``, the build class of ``verb_classes``,
    ``completion_predicates``)."""
    lex = lexicon()
    raw = lexicon_raw()
    return frozenset((*lex.cons_before, *lex.cons_after, *raw["verb_classes"]["build"], *raw["completion_predicates"]))


def _head_of(c: Candidate) -> str:
    rx = dict(head_res())[c.kind]
    heads = [m.group() for m in rx.finditer(c.name) if any(n.endswith(m.group()) for n in bare_forms(c.name))]
    return heads[-1] if heads else "member"
