"""The grammar the entity passes share: lexicons and gazetteer (data files), sentences with jieba
tokens and offsets, and where a name starts (places and proper-name tests: ``surfaces.py``). Patterns and words live in ``data/lexicons`` and ``data/gazetteer``; nothing here names a
park or a project."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .. import resources
from ..model import Sentence
from .listpattern import ListPattern
from .park_forms import park_suffixes
from .park_standard import with_standard
from .qlexicon import alternation_of as alternation  # noqa: F401  (the passes import it from here)
from .tagger import freq as word_freq  # noqa: F401  (other passes import it from here)
from .tagger import pos as _tagger_pos

CJK = r"\u3400-\u9fff"
NAME_CHAR = re.compile(rf"[{CJK}0-9A-Za-z（）()·]")
PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j"}


def _grammar_words() -> dict:
    """The grammar's function words and character classes (``data/lexicons/grammar.yaml``)."""
    return resources.lexicon_data("grammar")


def _either(words) -> str:
    """An alternation in the data file's order (these patterns are only tested, never measured)."""
    return "|".join(map(re.escape, words))


_G = _grammar_words()
_W = _G["grammar"]      # this module's patterns, filled from the words above
COUNTRY_PAIR = re.compile(_W["country_pair_start"].format(pairs=_G["country_pair"]))
NUMBERED = re.compile(_W["numbered"].format(routes=_either(_G["numbered_routes"]), ordinals=_G["ordinal_digits"]))
COUNT = rf"(?:\d{{1,{_G['digit_run']}}}|[{_G['numerals']}]{{1,{_G['numeral_run']}}})"
COUNT_AFTER = re.compile(rf"^{COUNT}[{_G['count_classifiers']}]")
COUNT_BEFORE = re.compile(rf"{COUNT}(?:[{_G['counted_classifiers']}])$")
COUNTED = re.compile(rf"{COUNT}[{_G['counted_classifiers']}]")          # a count of things inside a stretch (台黑4条高速)
COUNT_CLASSIFIERS = _G["count_classifiers"]
ROLE_VERBS = tuple(_G["role_verbs"])
MEASURE_AFTER = re.compile(rf"^\d+(?:\.\d+)?(?:{_either(_G['measure_units'])})")
# between 等 and the works word: a count, then up to eight characters (grammar.yaml grammar.list_middle)
_LIST_MIDDLE = _W["list_middle"].format(cjk=CJK)
LIST_PROJECTS = ListPattern(f"{CJK}0-9A-Za-z（）“”.·",
                            _W["list_projects"].format(middle=_LIST_MIDDLE, heads=_either(_G["list_heads"])))
LIST_GOVERNORS = set(_G["list_governors"])
RANKED = re.compile(_W["ranked"].format(numerals=_G["ranked_numerals"]))
CATEGORY_SUFFIXES = set(_G["category_suffixes"])
JOINERS = "".join(_G["joiners"])
LIST_WORDS = tuple(_G["list_words"])
TITLE_LEVELS = tuple(_G["title_levels"])
RESULT_COMPLEMENTS = tuple(_G["result_complements"])
CLAUSE_MARKS, CLAUSE_END = _G["clause_marks"], _G["clause_marks"] + _G["colon_marks"]   # END: with the colons
CLAUSE_OR_SENTENCE_END = CLAUSE_END + _G["sentence_marks"]

TOWN_HEAD = re.compile(rf"^[{CJK}]{{2,3}}?(?:{_either(_G['town_heads'])})")
PART_ORDER = {"review": 0, "outlook": 1, "plan": 2}


# --------------------------------------------------------------------------------------------- data
@dataclass
class Lexicon:
    park_suffixes: list[dict]
    park_re: re.Pattern
    title_prefixes: list[str]
    title_cues: list[str]
    park_status: dict[str, list[str]]
    project_suffixes: list[str]
    project_re: re.Pattern
    segment_heads: list[str]
    ambiguous: list[str]
    org_suffixes: list[str]
    org_re: re.Pattern
    agencies: list[str]
    org_categories: list[str]
    cons_before: list[str]
    cons_after: list[str]
    not_after: re.Pattern
    stop_words: list[str]
    lead_words: list[str]
    stop_chars: set[str]
    generic: set[str]
    places: dict[str, tuple[str, str]]      # surface → (canonical, level)
    place_suffixes: list[tuple[str, str]]
    settlement_endings: set[str]
    not_place: set[str]
    feature_heads: tuple[str, ...]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    parks, suffixes = parks_raw(), park_suffixes(parks_raw())
    proj = lexicon_raw()
    gaz = resources.yaml_file(resources.gazetteer("places.yaml"))
    places: dict[str, tuple[str, str]] = {}
    for section, level in (("provinces", "province"), ("cities", "city"), ("new_areas", "region"),
                           ("regions", "region")):
        for name, aliases in (gaz.get(section) or {}).items():
            for surface in [name, *(aliases or [])]:
                places.setdefault(surface, (name, level))
    return Lexicon(
        park_suffixes=suffixes,
        park_re=re.compile(alternation(s["suffix"] for s in suffixes)),
        title_prefixes=parks["title_prefixes"],
        title_cues=parks["title_cues"],
        park_status=parks["status"],
        project_suffixes=[*proj["project_suffixes"], *phase_words()],
        project_re=re.compile(alternation([*proj["project_suffixes"], *phase_words()])),
        segment_heads=proj["segment_heads"],
        ambiguous=proj["ambiguous_suffixes"],
        org_suffixes=proj["organization_suffixes"],
        org_re=re.compile(alternation(proj["organization_suffixes"])),
        agencies=proj["agencies"],
        org_categories=proj["organization_categories"],
        cons_before=sorted(proj["construction_before"], key=len, reverse=True),
        cons_after=sorted(proj["construction_after"], key=len, reverse=True),
        not_after=re.compile(_W["not_after"].format(count=COUNT, words=alternation(proj["not_after"]))),
        stop_words=sorted(proj["stop_words"], key=len, reverse=True),
        lead_words=sorted(proj["lead_words"], key=len, reverse=True),
        stop_chars=set(proj["stop_chars"]),
        generic=set(proj["generic_words"]),
        places=places,
        place_suffixes=sorted(gaz["suffixes"].items(), key=lambda kv: len(kv[0]), reverse=True),
        settlement_endings=set(gaz["settlement_endings"]),
        not_place=set(gaz["not_place"]),
        feature_heads=tuple(gaz["feature_heads"]),
    )


@lru_cache(maxsize=1)
def lexicon_raw() -> dict:
    """``projects.yaml`` as written."""
    return resources.lexicon_data("projects")


@lru_cache(maxsize=None)
def phase_words(acts: bool = True) -> tuple[str, ...]:
    """The phases (一期…) of ``projects.yaml`` ``phase_heads`` and, with ACTS, its build acts (新建…): project heads,
    a zone's works after a zone suffix (``park_shape``), and (the phases) part of a park's mention (placement)."""
    raw = lexicon_raw()["phase_heads"]
    return (*raw["phases"], *(raw["acts"] if acts else ()))


@lru_cache(maxsize=1)
def parks_raw() -> dict:
    """``parks.yaml`` (the sections ``Lexicon`` does not hold: context cues, list categories…), with the zone
    types and industry words of ``park_standard.yaml`` it lacks (``park_standard.with_standard``)."""
    return with_standard(resources.lexicon_data("parks"), resources.lexicon_data("park_standard"))


@lru_cache(maxsize=1)
def curation_data() -> dict:
    return resources.yaml_file(resources.curation("aliases.yaml")) or {}


@lru_cache(maxsize=8192)
def pos_tags(s: str) -> tuple[tuple[str, str], ...]:
    return _tagger_pos(s)


def names_feature(text: str, at: int) -> bool:
    """Whether the place ending at AT of TEXT is the name of a river, lake, bay or road (``feature_heads``): the
    head is the next word or ends the place's own word (海拉尔河, 深圳湾, 根河路, 天府大道), not the opening of a longer
    word (山西路径, 深圳河套学院, 天津河北区)."""
    heads = lexicon().feature_heads
    if not text.startswith(heads, at):
        return False
    pos = 0
    for word, _ in pos_tags(text):
        if pos >= at:
            return pos > at or word in heads
        pos += len(word)
    return True


# ---------------------------------------------------------------------------------- tokenisation
class TokSentence:
    """A sentence with jieba tokens and their character offsets (relative to the sentence)."""

    def __init__(self, s: Sentence):
        self.s = s
        self.text = s.text
        self.base = s.span.start
        self.tokens: list[tuple[int, int, str, str]] = []
        pos = 0
        for word, flag in pos_tags(s.text):
            self.tokens.append((pos, pos + len(word), word, flag))
            pos += len(word)
        self.starts = {t[0] for t in self.tokens}
        self.ends = {t[1] for t in self.tokens}
        ctx = s.context
        self.part = ctx.part_kind if ctx else None
        self.year = ctx.report_year if ctx else None

    def token_at(self, i: int):
        for t in self.tokens:
            if t[0] <= i < t[1]:
                return t
        return None

    def clause_bounds(self, a: int, b: int) -> tuple[int, int]:
        """[start, end) of the clause holding [a, b): between the clause marks or colons (CLAUSE_END) around it."""
        left = clause_start(self.text, a)
        rights = [self.text.find(c, b) for c in CLAUSE_END]
        rights = [r for r in rights if r >= 0]
        return left, (min(rights) if rights else len(self.text))


def clause_start(text: str, at: int, marks: str = CLAUSE_END) -> int:
    """Where the clause holding ``at`` opens: right after the last of ``marks`` before it, else 0. The caller's
    marks say how far back its clause reaches: a candidate's past no comma, semicolon or colon (CLAUSE_END); a body's
    subject past no exclamation either (org_setup); a list of sectors past no sentence end (sector_lists); a share's
    whole past no comma (name_shares, its marks the character class ``name_shares.clause_marks`` of quantities.yaml,
    kept in its sentence)."""
    return max(text.rfind(c, 0, at) for c in marks) + 1


def tokens_of(st: TokSentence, a: int, b: int):
    """The tokens inside [a, b) and the token before a (candidates start at token starts)."""
    index = st.__dict__.get("_token_index")
    if index is None:
        index = st.__dict__["_token_index"] = {t[0]: i for i, t in enumerate(st.tokens)}
    i = index.get(a)
    if i is None:
        return [t for t in st.tokens if a <= t[0] and t[1] <= b], next(
            (t for t in reversed(st.tokens) if t[1] <= a), None)
    j = i
    while j < len(st.tokens) and st.tokens[j][1] <= b:
        j += 1
    return st.tokens[i:j], (st.tokens[i - 1] if i else None)


def strip_leading(name: str, words: Iterable[str]) -> tuple[str, int]:
    cut = 0
    changed = True
    while changed:
        changed = False
        for w in words:
            if name[cut:].startswith(w) and len(name) - cut > len(w):
                cut += len(w)
                changed = True
                break
    return name[cut:], cut


# --------------------------------------------------------------------------------------- helpers
def quoted(st: TokSentence, a: int, b: int) -> bool:
    return a > 0 and st.text[a - 1] in "“\"「『《" or (b < len(st.text) and st.text[b] in "”\"」』》")


@dataclass
class Candidate:
    kind: str
    name: str
    a: int               # sentence-relative
    b: int
    st: TokSentence
    attrs: dict = field(default_factory=dict)
