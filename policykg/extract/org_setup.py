"""Bodies a clause sets up, opens or moves in (X挂牌运行, X落户宁夏, A、B挂牌): the clause's subject, each
member of a list, is an organisation when it ends with a body's head (``setup_heads`` of orgs.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import (
    CJK, CLAUSE_END, PROPER_TAGS, Candidate, TokSentence, alternation, clause_start, lexicon, pos_tags, word_freq,
)
from .org_shape import kind_only, org_re, orgs_raw, trim_start

_CLAUSE_MARKS = CLAUSE_END + "！？"   # a subject never reaches back past a clause, colon or exclamation


@lru_cache(maxsize=1)
def _setup_re() -> re.Pattern:
    return re.compile(alternation(orgs_raw()["setup_verbs"]))


def _subject_end(text: str, cs: int, v: int) -> int:
    """Where the subject before the verb at ``v`` ends: past 正式/获批/总部 and a place the body moves
    to (在汉成立)."""
    between = sorted(orgs_raw()["setup_between"], key=len, reverse=True)
    end, moved = v, True
    while moved:
        moved = False
        m = re.search(rf"{orgs_raw()['setup_place_word']}[{CJK}]{{1,2}}$", text[cs:end])
        if m and end - m.start() - cs > 0 and m.start() > 0:
            end, moved = cs + m.start(), True
        for w in between:
            if text.endswith(w, cs, end) and end - len(w) > cs:
                end, moved = end - len(w), True
                break
    return end


def _members(st: TokSentence, cs: int, end: int):
    """The subject's members: split at 、 and at a preposition 在 (A在B成立: B is where A was set up,
    a body too when it ends with a head)."""
    at = orgs_raw()["setup_place_word"]
    cuts = [(a, b) for a, b, w, f in st.tokens if cs <= a and b <= end and (w == "、" or w == at and f == "p")]
    pos = cs
    for a, b in [*cuts, (end, end)]:
        yield pos, a
        pos = b


def set_up_bodies(st: TokSentence) -> list[Candidate]:
    """The bodies the sentence's clauses set up: subject members ending with a body's head, trimmed of
    leading words that open no name, no kind of body (各类研究中心) and no generic first word."""
    text, heads = st.text, tuple(orgs_raw()["setup_heads"])
    generic = lexicon().generic
    out = []
    for m in _setup_re().finditer(text):
        cs = clause_start(text, m.start(), _CLAUSE_MARKS)
        end = _subject_end(text, cs, m.start())
        for a, b in _members(st, cs, end):
            head = next((h for h in sorted(heads, key=len, reverse=True) if text.endswith(h, a, b)), "")
            if not head or b - a > orgs_raw()["setup_longest"] or b - a <= len(head) + 1 or b not in st.ends:
                continue
            a = trim_start(text, a, b, len(head), org_re())
            name = text[a:b]
            if len(name) <= len(head) + 1 or kind_only(name, head) or any(name.startswith(g) for g in generic):
                continue
            out.append(Candidate("Organization", name, a, b, st))
    return out


@lru_cache(maxsize=1)
def _listing_re() -> re.Pattern:
    raw = orgs_raw()
    onto, exchanges = alternation(raw["listing_onto"]), alternation(raw["exchanges"])
    return re.compile(rf"(?:{alternation(raw['listing_verbs'])})|(?:{onto})(?=[{CJK}]{{0,4}}(?:{exchanges}))")


def listed_firms(st: TokSentence) -> list[Candidate]:
    """Firms a clause lists on an exchange (A、B成功上市, X登陆港交所): only a firm is listed, so each
    subject member named by a proper or rare first word (no generic one: 一批优质企业) is a firm."""
    text, generic = st.text, lexicon().generic
    lo, hi = orgs_raw()["listed_name_length"]
    out = []
    for m in _listing_re().finditer(text):
        cs = clause_start(text, m.start(), _CLAUSE_MARKS)
        for a, b in _members(st, cs, m.start()):
            toks = pos_tags(text[a:b])
            if not (lo <= b - a <= hi) or not toks or a not in st.starts or b not in st.ends:
                continue
            w, f = toks[0]
            if w in generic or not (f in PROPER_TAGS or not word_freq(w)):
                continue
            out.append(Candidate("Organization", text[a:b], a, b, st))
    return out
