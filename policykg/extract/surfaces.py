"""Places and proper names: the place surfaces of a report (the gazetteer's names, its jurisdiction and
parents with their short forms, the county and district names of its province) and the tests of
whether a name starts like a proper name (``proper_head``, ``strong_head``)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import divisions
from .grammar import COUNTRY_PAIR, NUMBERED, PROPER_TAGS, TITLE_LEVELS, TOWN_HEAD, alternation, lexicon, pos_tags, word_freq


class Surfaces(dict):
    """Place surfaces (surface → (canonical, level)) with their lengths and a compiled alternation."""

    local: frozenset[str] = frozenset()        # the division names below the report's province
    divisions: frozenset[str] = frozenset()    # the same, common words included (包头, 大同): a name may start with one
    level: str = ""                             # the jurisdiction's level (province, city, county, district)
    province: str = ""                          # the short name of the report's province (内蒙古, 天津)
    home: str = ""                              # the code of the report's province (460000)

    def freeze(self) -> "Surfaces":
        self.lengths = sorted({len(k) for k in self}, reverse=True)
        self.regex = re.compile(alternation(self)) if self else None
        self.local_lengths = sorted({len(k) for k in self.local}, reverse=True)
        self.division_lengths = sorted({len(k) for k in self.divisions}, reverse=True)
        return self

    def local_prefix(self, name: str, common: bool = False) -> str | None:
        """The division of the report's province that ``name`` starts with (垦利经开区), ending on a word
        boundary of the name (新会 does not start 新会展中心); ``common``: common words too (大同, 包头)."""
        pool = self.divisions if common else self.local
        if not pool:
            return None
        ends, pos = set(), 0
        for w, _ in pos_tags(name):
            pos += len(w)
            ends.add(pos)
        lengths = self.division_lengths if common else self.local_lengths
        return next((name[:n] for n in lengths if n in ends and len(name) > n and name[:n] in pool), None)


def place_surfaces(context) -> dict[str, tuple[str, str]]:
    """Gazetteer surfaces plus the report's jurisdiction and its parents (with short forms)."""
    return _place_surfaces_cached(None if context is None else (context.place, tuple(context.place_parents)))


@lru_cache(maxsize=64)
def _place_surfaces_cached(key) -> dict[str, tuple[str, str]]:
    lex = lexicon()
    out = Surfaces(lex.places)
    if key is None:
        return out.freeze()
    home = divisions.resolve_jurisdiction(key[0], list(key[1])) if key[0] else None
    if home is not None:
        out.divisions = frozenset(divisions.province_names(home.province))
        out.level = home.level
        out.province = divisions.divisions()[home.province].short
        out.home = home.province
        out.local = frozenset(n for n in out.divisions if _name_word(n))
    for name in [key[0], *key[1]]:
        if not name:
            continue
        level = suffix_level(name) or "county"
        canon = lex.places.get(name, (name, level))[0]
        out.setdefault(name, (canon, lex.places.get(name, (name, level))[1]))
        short = short_place(name)
        if short and short != name:
            out.setdefault(short, out[name])
    return out.freeze()


def _name_word(name: str) -> bool:
    """A division name that reads as a name, not a common word (城区, 合作, 港口 are division names too)."""
    toks = pos_tags(name)
    return toks[0][1] in PROPER_TAGS or (word_freq(name) or 0) < 100 if len(toks) == 1 else \
        all(t[1] in PROPER_TAGS or (word_freq(t[0]) or 0) < 100 for t in toks if len(t[0]) > 1)


def suffix_level(name: str) -> str | None:
    for suf, level in lexicon().place_suffixes:
        if name.endswith(suf) and len(name) > len(suf):
            return level
    return None


def short_place(name: str) -> str:
    for suf, _ in lexicon().place_suffixes:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def place_prefix(name: str, surfaces: dict) -> str | None:
    for n in getattr(surfaces, "lengths", None) or sorted({len(k) for k in surfaces}, reverse=True):
        if name[:n] in surfaces and len(name) >= n:
            return name[:n]
    return None


def proper_head(name: str, surfaces: dict, allow_org: bool = True, strict: bool = False) -> bool:
    """Does the name start like a proper name (place, brand, abbreviation, number, country pair)?
    ``strict`` (a park's name): a verb phrase jieba keeps whole (``verb_compound``) is none, nor an
    organisation's suffix with no name of its own before it (``_org_inside``)."""
    lex = lexicon()
    if COUNTRY_PAIR.match(name) or NUMBERED.match(name):
        return True
    if place_prefix(name, surfaces) or (isinstance(surfaces, Surfaces) and surfaces.local_prefix(name)):
        return True
    toks = [w for w, _ in pos_tags(name)]
    flags = [f for _, f in pos_tags(name)]
    if not toks:
        return False
    w, f = toks[0], flags[0]
    if w in lex.generic or w in lex.title_prefixes:
        return False
    if f == "nt" and any(w.startswith(g) for g in lex.generic if len(g) >= 2):   # 新兴产业/nt
        return False
    if (len(w) >= 2 and f != "m" and not w[0].isdigit() and (f in PROPER_TAGS or not word_freq(w))
            and not (strict and verb_compound(w, f))):
        return True
    if len(w) >= 2 and f == "s":                        # locative proper words: 海北, 城东
        return True
    m = TOWN_HEAD.match(name)                          # 奋斗镇…, 哈克镇…: a town or county name first
    if m and m.group() not in lex.not_place and not any(m.group().startswith(g) for g in lex.generic):
        return True
    if (len(toks) >= 3 and len(toks[0]) == 1 and len(toks[1]) == 1 and flags[0] != "x"
            and not toks[0].isdigit() and toks[0] not in lex.stop_chars and toks[1] not in lex.stop_chars
            and toks[0] + toks[1] not in lex.generic and not word_freq(toks[0] + toks[1])):
        return True                                     # 六/松 现代产业园: an unknown name split in characters
    return allow_org and (_org_inside(name, lex) if strict else
                          any(s in name[:-1] for s in lex.org_suffixes if len(s) >= 2))


def _org_inside(name: str, lex) -> bool:
    """Does an organisation's name open the name (中医药大学科技园)? Its suffix must follow a word of its own:
    a suffix first, or after generic and level words only, names a kind (大学科技园, 国家大学科技园)."""
    for suffix in (s for s in lex.org_suffixes if len(s) >= 2):
        i = name.find(suffix, 0, len(name) - 1)
        if i < 0:
            continue
        before = [w for w, _ in pos_tags(name[:i])]
        if any(w not in lex.generic and w not in TITLE_LEVELS for w in before):
            return True
    return False


def strong_head(name: str, surfaces: dict, strict: bool = False) -> bool:
    """A place or a proper-name token first (stricter than proper_head; ``strict``: as there)."""
    if place_prefix(name, surfaces):
        return True
    toks = pos_tags(name)
    return (bool(toks) and len(toks[0][0]) >= 2 and toks[0][1] in PROPER_TAGS - {"j"}
            and not (strict and verb_compound(*toks[0])))


_COMPOUND_TAGS = ("nz", "nr")               # jieba's catch-all tags for a word it knows no class of
_VERBISH = frozenset({"v", "vn", "vd", "d", "ad"})


def verb_compound(word: str, tag: str) -> bool:
    """Is a first word tagged a name only for want of a class (nz/nr or unknown), and made of two dictionary
    words of which a word of two characters or more is a verb or an adverb (大力/发展, 新/创建, 双/循环)?
    A verb phrase jieba keeps whole, not a proper name; places (ns) and single characters (盛/乐) are spared."""
    if len(word) < 3 or tag == "ns" or (tag not in _COMPOUND_TAGS and word_freq(word)):
        return False
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        if not (word_freq(left) and word_freq(right)):
            continue
        if any(len(p) >= 2 and len(t := pos_tags(p)) == 1 and t[0][1] in _VERBISH for p in (left, right)):
            return True
    return False
