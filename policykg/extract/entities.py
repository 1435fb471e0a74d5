"""Named entities of a report: parks, projects, organisations and places, with their links.

Rule based, on purpose: the reports use a small set of naming patterns (a proper-name head followed
by a category suffix such as 经开区, 产业园, 工程, 集团), and every decision must be traceable to a
pattern in ``data/lexicons`` / ``data/gazetteer``. jieba is used for word boundaries and POS tags
(proper-name tags ns/nr/nz/nt/j and out-of-vocabulary words mark a name-like head); no statistical
NER model for Chinese government text is available offline, so the span logic is written here.

Public API:
    extract_entities(text, sentences, curation=False) -> (entities, links)
    extract_groups(text, sentences) -> list[GroupStatement]
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..model import Entity, Link, Sentence, Span
from .tagger import freq as _freq
from .tagger import pos as _tagger_pos

DATA = Path(__file__).resolve().parents[2] / "data"

_CJK = r"\u3400-\u9fff"
_NAME_CHAR = re.compile(rf"[{_CJK}0-9A-Za-z（）()·]")
_PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j"}
_COUNTRY_PAIR = re.compile(r"^中[日德意法韩美俄英荷新以澳加瑞奥比芬丹挪葡西泰越马印巴埃哈白乌蒙老柬缅阿沙]")
_NUMBERED = re.compile(r"^(?:\d+(?:国道|省道|号线|号)|第[一二三四五六七八九十百零\d]+)")
_COUNT = r"(?:\d+|[一二三四五六七八九十百两]+)"
_COUNT_AFTER = re.compile(rf"^{_COUNT}[个项家所座条处]")
_COUNT_BEFORE = re.compile(rf"{_COUNT}(?:[个项家所座条处批])$")
_ROLE_VERBS = ("对接", "服务", "融入", "支撑")
_MEASURE_AFTER = re.compile(r"^\d+(?:\.\d+)?(?:公里|千米|米|亩|万|亿|个|项|家|所|座|条|处|台|套|户|栋|平方)")
_LIST_PROJECTS = re.compile(
    rf"((?:[{_CJK}0-9A-Za-z（）“”]+、)*[{_CJK}0-9A-Za-z（）“”]+)等([{_CJK}]{{0,6}}?)(?:项目|工程)")
_LIST_GOVERNORS = {"推进", "加快", "推动", "加快推进", "重点推进", "抓好", "做好", "开工", "实施", "重点实施", "启动"}
_RANKED = re.compile(r"^[一二三四五六七八九十两]+大")
_CATEGORY_SUFFIXES = {"项目", "工程", "中心", "平台", "基地", "交易中心", "新建", "改建", "扩建", "迁建", "段"}
_TOWN_HEAD = re.compile(rf"^[{_CJK}]{{2,3}}?(?:镇|乡|县|旗)")
_PART_ORDER = {"review": 0, "outlook": 1, "plan": 2}


# --------------------------------------------------------------------------------------------- data
@dataclass
class _Lex:
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


def _yload(text: str):
    """YAML with the C loader when PyYAML has it (ten times faster than the pure Python one)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    parks = _yload((DATA / "lexicons" / "parks.yaml").read_text(encoding="utf-8"))
    proj = _yload((DATA / "lexicons" / "projects.yaml").read_text(encoding="utf-8"))
    gaz = _yload((DATA / "gazetteer" / "places.yaml").read_text(encoding="utf-8"))
    places: dict[str, tuple[str, str]] = {}
    for section, level in (("provinces", "province"), ("cities", "city"), ("new_areas", "region"),
                           ("regions", "region")):
        for name, aliases in (gaz.get(section) or {}).items():
            for surface in [name, *(aliases or [])]:
                places.setdefault(surface, (name, level))
    return _Lex(
        park_suffixes=parks["suffixes"],
        park_re=re.compile(_alternation(s["suffix"] for s in parks["suffixes"])),
        title_prefixes=parks["title_prefixes"],
        title_cues=parks["title_cues"],
        park_status=parks["status"],
        project_suffixes=proj["project_suffixes"],
        project_re=re.compile(_alternation(proj["project_suffixes"])),
        segment_heads=proj["segment_heads"],
        ambiguous=proj["ambiguous_suffixes"],
        org_suffixes=proj["organization_suffixes"],
        org_re=re.compile(_alternation(proj["organization_suffixes"])),
        agencies=proj["agencies"],
        org_categories=proj["organization_categories"],
        cons_before=sorted(proj["construction_before"], key=len, reverse=True),
        cons_after=sorted(proj["construction_after"], key=len, reverse=True),
        not_after=re.compile(rf"^(?:{_COUNT}年)?(?:{_alternation(proj['not_after'])})"),
        stop_words=sorted(proj["stop_words"], key=len, reverse=True),
        lead_words=sorted(proj["lead_words"], key=len, reverse=True),
        stop_chars=set(proj["stop_chars"]),
        generic=set(proj["generic_words"]),
        places=places,
        place_suffixes=sorted(gaz["suffixes"].items(), key=lambda kv: len(kv[0]), reverse=True),
        settlement_endings=set(gaz["settlement_endings"]),
        not_place=set(gaz["not_place"]),
    )


@lru_cache(maxsize=1)
def _lex_raw() -> dict:
    return _yload((DATA / "lexicons" / "projects.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _curation() -> dict:
    path = DATA / "curation" / "aliases.yaml"
    return _yload(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=8192)
def _pos(s: str) -> tuple[tuple[str, str], ...]:
    return _tagger_pos(s)


# ---------------------------------------------------------------------------------- tokenisation
class _Sent:
    """A sentence with jieba tokens and their character offsets (relative to the sentence)."""

    def __init__(self, s: Sentence):
        self.s = s
        self.text = s.text
        self.base = s.span.start
        self.tokens: list[tuple[int, int, str, str]] = []
        pos = 0
        for word, flag in _pos(s.text):
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
        left = max(self.text.rfind(c, 0, a) for c in "，,；;：:。") + 1
        rights = [self.text.find(c, b) for c in "，,；;：:。"]
        rights = [r for r in rights if r >= 0]
        return left, (min(rights) if rights else len(self.text))


def _left_boundary(st: _Sent, a: int) -> tuple[int, str]:
    """Where a name ending after position ``a`` starts; returns (start, what stopped it)."""
    lex = _lex()
    t = st.text
    r = a
    while r > 0 and _NAME_CHAR.match(t[r - 1]):
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
            start, why = i + 1, c
            break
        if c.isdigit() and i + 1 < a and t[i + 1] in "个项家所座条处":
            start, why = i + 2, "count"
            break
    # a count just before the name ("10项民心工程") makes it a category
    if _COUNT_BEFORE.search(t[max(0, start - 4):start]):
        why = "count"
    return start, why


def _strip_leading(name: str, words: Iterable[str]) -> tuple[str, int]:
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
class _Surfaces(dict):
    """Place surfaces (surface → (canonical, level)) with their lengths and a compiled alternation."""

    def freeze(self) -> "_Surfaces":
        self.lengths = sorted({len(k) for k in self}, reverse=True)
        self.regex = re.compile(_alternation(self)) if self else None
        return self


def _place_surfaces(context) -> dict[str, tuple[str, str]]:
    """Gazetteer surfaces plus the report's jurisdiction and its parents (with short forms)."""
    return _place_surfaces_cached(None if context is None else (context.place, tuple(context.place_parents)))


@lru_cache(maxsize=64)
def _place_surfaces_cached(key) -> dict[str, tuple[str, str]]:
    lex = _lex()
    out = _Surfaces(lex.places)
    if key is None:
        return out.freeze()
    for name in [key[0], *key[1]]:
        if not name:
            continue
        level = _suffix_level(name) or "county"
        canon = lex.places.get(name, (name, level))[0]
        out.setdefault(name, (canon, lex.places.get(name, (name, level))[1]))
        short = _short_place(name)
        if short and short != name:
            out.setdefault(short, out[name])
    return out.freeze()


def _suffix_level(name: str) -> str | None:
    for suf, level in _lex().place_suffixes:
        if name.endswith(suf) and len(name) > len(suf):
            return level
    return None


def _short_place(name: str) -> str:
    for suf, _ in _lex().place_suffixes:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def _is_place_start(name: str, surfaces: dict) -> str | None:
    for n in getattr(surfaces, "lengths", None) or sorted({len(k) for k in surfaces}, reverse=True):
        if name[:n] in surfaces and len(name) >= n:
            return name[:n]
    return None


def _proper_head(name: str, surfaces: dict, allow_org: bool = True) -> bool:
    """Does the name start like a proper name (place, brand, abbreviation, number, country pair)?"""
    lex = _lex()
    if _COUNTRY_PAIR.match(name) or _NUMBERED.match(name):
        return True
    if _is_place_start(name, surfaces):
        return True
    toks = [w for w, _ in _pos(name)]
    flags = [f for _, f in _pos(name)]
    if not toks:
        return False
    w, f = toks[0], flags[0]
    if w in lex.generic or w in lex.title_prefixes:
        return False
    if f == "nt" and any(w.startswith(g) for g in lex.generic if len(g) >= 2):   # 新兴产业/nt
        return False
    if len(w) >= 2 and f != "m" and not w[0].isdigit() and (f in _PROPER_TAGS or not _freq(w)):
        return True
    if len(w) >= 2 and f == "s":                        # locative proper words: 海北, 城东
        return True
    m = _TOWN_HEAD.match(name)                          # 奋斗镇…, 哈克镇…: a town or county name first
    if m and m.group() not in lex.not_place and not any(m.group().startswith(g) for g in lex.generic):
        return True
    if (len(toks) >= 3 and len(toks[0]) == 1 and len(toks[1]) == 1 and flags[0] != "x"
            and not toks[0].isdigit() and toks[0] not in lex.stop_chars and toks[1] not in lex.stop_chars
            and toks[0] + toks[1] not in lex.generic and not _freq(toks[0] + toks[1])):
        return True                                     # 六/松 现代产业园: an unknown name split in characters
    if allow_org and any(s in name[:-1] for s in lex.org_suffixes if len(s) >= 2):
        return True
    return False


def _strong_head(name: str, surfaces: dict) -> bool:
    """A place or a proper-name token first (stricter than _proper_head)."""
    if _is_place_start(name, surfaces):
        return True
    toks = _pos(name)
    return bool(toks) and len(toks[0][0]) >= 2 and toks[0][1] in _PROPER_TAGS - {"j"}


def _quoted(st: _Sent, a: int, b: int) -> bool:
    return a > 0 and st.text[a - 1] in "“\"「『《" or (b < len(st.text) and st.text[b] in "”\"」』》")


@dataclass
class _Cand:
    kind: str
    name: str
    a: int               # sentence-relative
    b: int
    st: _Sent
    attrs: dict = field(default_factory=dict)


# ----------------------------------------------------------------------------------------- parks
def _park_kind(name: str) -> tuple[str, str]:
    for s in _lex().park_suffixes:
        if name.endswith(s["suffix"]):
            return s["kind"], s.get("expand") and name[: -len(s["suffix"])] + s["expand"] or name
    return "industrial park", name


def _first_token(name: str) -> str:
    toks = _pos(name)
    return toks[0][0] if toks else ""


def _name_ending_at(st: _Sent, m, lex) -> tuple[int, int, str, str]:
    """The name a suffix match ends: back to its left boundary, leading stop/lead words dropped."""
    a0, b = m.span()
    start, why = _left_boundary(st, a0)
    name, cut = _strip_leading(st.text[start:b], lex.stop_words + lex.lead_words)
    return start + cut, b, name, why


def _parks(st: _Sent, surfaces) -> tuple[list[_Cand], list[tuple[int, str]]]:
    lex = _lex()
    out, titles = [], []
    for m in lex.park_re.finditer(st.text):
        start, b, name, why = _name_ending_at(st, m, lex)
        if len(name) <= len(m.group()) or "的" in name or why in ("等", "count", *_ROLE_VERBS):
            continue
        if b < len(st.text) and st.text[b] == "的" and not _strong_head(name, surfaces):
            continue
        first = _first_token(name)
        place = _is_place_start(name, surfaces)
        rest = name[len(place):] if place and len(name) - len(place) > len(m.group()) else name
        if (first in lex.title_prefixes or name.startswith(("国家级", "省级", "市级"))
                or rest.startswith(tuple(lex.title_prefixes)) or "中国特色社会主义" in name
                or re.match(r"^第.{1,3}批", name)):
            titles.append((start, name))
            continue
        topic = start == 0 and b < len(st.text) and st.text[b] not in "、和与及等"
        if not (_proper_head(name, surfaces) or topic):
            continue
        if _quoted(st, start, b):
            continue
        out.append(_Cand("Park", name, start, b, st))
    return out, titles


def _park_status(c: _Cand) -> str | None:
    lex = _lex()
    left, _ = c.st.clause_bounds(c.a, c.b)
    before = c.st.text[left:c.a]
    after = c.st.text[c.b:c.st.clause_bounds(c.a, c.b)[1]]
    if any(w in before for w in lex.park_status["applied for"]):
        return "applied for"
    if c.st.part in ("plan", "outlook") and any(w in before for w in lex.park_status["planned"] + ["培育"]):
        return "planned"
    if any(w in before + after for w in ("设立", "建成", "获批", "成为", "重启")):
        return "existing"
    return None


# -------------------------------------------------------------------------------------- projects
def _governed(st: _Sent, a: int, b: int, governing_start: int, weak: bool = True) -> bool:
    """Is the name at [a, b) the object of a construction verb (before it, or after it)?"""
    lex = _lex()
    left, right = st.clause_bounds(a, b)
    before = st.text[left:a]
    for w in lex.cons_before:
        i = before.rfind(w)
        if i >= 0 and not weak and w in _lex_raw()["weak_governors"]:
            break
        if i >= 0:
            between = before[i + len(w):]
            if not any(sw in between for sw in lex.stop_words if len(sw) >= 2 and sw not in lex.cons_before):
                return True
            break
    after = st.text[b:right]
    if any(after.startswith(w) for w in lex.cons_after):
        return True
    if after[:1] in "、和及与":
        return any(after.endswith(w) for w in lex.cons_after)
    return False


def governed_strong(st: _Sent, a: int, b: int) -> bool:
    return _governed(st, a, b, a, weak=False)


def _ends_with_suffix(name: str) -> bool:
    return any(name.endswith(s) for s in _lex().project_suffixes if s != "段")


def _close_paren(st: _Sent, b: int, name: str) -> int:
    """Extend a name ending inside brackets to the closing one: 大运河国家文化公园（安徽段）."""
    if name.count("（") > name.count("）") and st.text[b:b + 1] == "）":
        return b + 1
    if name.count("(") > name.count(")") and st.text[b:b + 1] == ")":
        return b + 1
    return b


def _projects(st: _Sent, surfaces) -> list[_Cand]:
    lex = _lex()
    out = []
    for m in lex.project_re.finditer(st.text):
        a0, b = m.span()
        suffix = m.group()
        start, why = _left_boundary(st, a0)
        name = st.text[start:b]
        name, cut = _strip_leading(name, lex.stop_words + lex.lead_words + lex.cons_before)
        start += cut
        b = _close_paren(st, b, name)
        name = st.text[start:b]
        if len(name) <= len(suffix) or why in ("等", "count") or "的" in name:
            continue
        if suffix == "段" and not any(h in name for h in lex.segment_heads) and not (
                name.endswith(("段）", "段)")) and lex.project_re.search(name[:max(name.rfind("（"), name.rfind("("))][-5:] + "\x00")
                and _ends_with_suffix(name[:max(name.rfind("（"), name.rfind("("))])):
            continue
        if lex.not_after.match(st.text[b:]) or _COUNT_AFTER.match(st.text[b:]) or _MEASURE_AFTER.match(st.text[b:]):
            continue
        if b < len(st.text) and st.text[b] in "化制的":
            continue
        if _quoted(st, start, b):
            continue
        first = _first_token(name)
        if first in lex.title_prefixes:
            continue
        if name in lex.generic or len(name) - len(suffix) < 2:
            continue
        if b not in st.ends and b < len(st.text):        # the suffix runs into a longer word (高中学校)
            continue
        toks = _pos(name)
        if len(toks) == 1 and toks[0][1] not in ("ns", "nr", "nz") and _freq(name):   # dictionary word: 高速公路
            continue
        modifier = name[: -len(suffix)]
        if suffix == "工程" and modifier.endswith(tuple(_lex_raw().get("programme_heads") or ())):
            continue                      # 垂类大模型培育工程, 医疗卫生强基工程: programmes
        if _RANKED.match(name):
            continue                      # 七大购物中心: a count of a category
        if modifier in surfaces and suffix in _CATEGORY_SUFFIXES:   # "北京项目": a place + a category
            continue
        proper = _proper_head(name, surfaces)
        governed = _governed(st, start, b, start, weak=suffix not in _lex_raw()["weak_suffixes"])
        if not (proper or governed):
            continue
        if not proper and (len(modifier) < 3 or all(w in lex.generic for w, _ in _pos(modifier))):
            continue              # governed but generic: 公立医院, 新兴产业项目
        if not governed and suffix in lex.ambiguous and not (
                _strong_head(name, surfaces) and _governed(st, start, b, start, weak=True)):
            continue          # 完善安徽高等研究院…机制: an organisation or a platform, not works
        if not governed and suffix in lex.ambiguous and why == "发挥":
            continue          # 发挥X中心作用: an organisation (see _orgs)
        out.append(_Cand("Project", name, start, b, st, {"governed": governed}))
    return out


_STATUS_CUES = [
    ("to start", ("开工在即",)),
    ("completed", ("建成投产", "建成", "竣工", "投入使用", "投入运营", "通车", "投产", "投用", "完工", "通航", "运营")),
    ("to start", ("开工建设", "启动建设", "启动", "开工", "新建")),
    ("under construction", ("续建", "加快建设", "在建", "加快", "推进", "推动", "建设", "贯通", "实施")),
    ("planned", ("规划", "筹划", "筹备", "谋划", "前期")),
]


def _project_status(c: _Cand) -> str | None:
    """Status from the cues of the clause: after the name first (its predicate), then the verb before it."""
    left, right = c.st.clause_bounds(c.a, c.b)
    before, after = c.st.text[left:c.a], c.st.text[c.b:right]
    part = c.st.part
    if "开工在即" in before + after:
        return "to start"
    done = ("建成投产", "建成", "竣工", "投入使用", "投入运营", "通车", "投产", "投用", "完工", "通航", "运营")
    plan = ("规划", "筹划", "筹备", "谋划", "前期")
    start = ("开工建设", "启动建设", "启动", "开工", "新建")
    going = ("续建", "加快建设", "在建", "加快", "推进", "推动", "建设", "贯通", "实施")
    # the words right after the name, up to the next list item
    tail = re.split("[、和及与]", after, maxsplit=1)[0] if after[:1] not in "、和及与" else after
    found = None
    near = before if before[-1:] in "、和及与" else before[-8:]     # a list item: the verb governs the list
    if any(w in tail for w in done) or any(w in near for w in done):
        found = "completed"
    elif any(w in before for w in plan) or any(tail.startswith(w) for w in plan):
        found = "planned"
    elif any(w in before[-6:] for w in start) or any(w in tail for w in start) or (
            any(w in before for w in start) and any(w in tail for w in ("开工", "建设"))):
        found = "to start"
    elif any(w in before + tail for w in going):
        found = "under construction"
    if found == "completed" and part in ("plan", "outlook"):
        found = "under construction"
    if found == "to start" and part == "review":
        found = "under construction"
    return found


# --------------------------------------------------------------------------------- organisations
@lru_cache(maxsize=1)
def _enterprise_re() -> re.Pattern:
    verbs, acts = _alternation(_lex_raw()["enterprise_verbs"]), _alternation(_lex_raw()["enterprise_actions"])
    return re.compile(rf"(?:{verbs})([{_CJK}]{{2,8}}?)(?=[{_CJK}]{{0,5}}?(?:{acts}))")


@lru_cache(maxsize=1)
def _org_list_res() -> tuple[re.Pattern, re.Pattern]:
    cat = _alternation(_lex().org_categories)
    pat = re.compile(rf"((?:[{_CJK}0-9A-Za-z（）]+、)*[{_CJK}0-9A-Za-z（）]+)等(?:{_COUNT}[家个所])?[{_CJK}]{{0,8}}?(?:{cat})")
    intro = re.compile(rf"(?:引进|引入|落户)((?:[{_CJK}0-9A-Za-z（）]+、)*[{_CJK}0-9A-Za-z（）]+)等[{_CJK}]{{0,6}}项目")
    return pat, intro


def _orgs(st: _Sent, surfaces) -> list[_Cand]:
    lex = _lex()
    out = []
    for m in lex.org_re.finditer(st.text):
        start, b, name, why = _name_ending_at(st, m, lex)
        if name.startswith("环") and len(name) > len(m.group()) + 2:   # 环X大学 = around X
            name, start = name[1:], start + 1
        if len(name) <= len(m.group()) or why in ("等", "count") or "的" in name:
            continue
        if "企业" in name or (b < len(st.text) and st.text[b] in "化制"):
            continue
        if _first_token(name) in lex.generic and not _proper_head(name, surfaces):
            continue
        if any(_first_token(name).startswith(g) for g in lex.generic if len(g) >= 2):   # 公立医院/nt
            continue
        if m.group() in _lex_raw()["brand_org_suffixes"]:
            w, f = _pos(name)[0]
            if not (f in _PROPER_TAGS or (_freq(w) or 0) < 100) or w in lex.generic:
                continue
        if _quoted(st, start, b):
            continue
        out.append(_Cand("Organization", name, start, b, st))
    for w in lex.agencies:
        for m in re.finditer(re.escape(w), st.text):
            out.append(_Cand("Organization", w, m.start(), m.end(), st))
    # 支持X拓展… / 组织X…复工: X is an enterprise
    for m in _enterprise_re().finditer(st.text):
        toks = _pos(st.text[m.start(1):m.start(1) + 8])
        if not toks:
            continue
        w, f = toks[0]
        if len(w) < 2 or w in lex.generic or not (f in _PROPER_TAGS - {"j"} or not _freq(w)):
            continue
        name = w
        for w2, f2 in toks[1:]:
            if len(w2) == 1 and f2 == "n":
                name += w2
            break
        if name in surfaces:
            continue
        out.append(_Cand("Organization", name, m.start(1), m.start(1) + len(name), st))
    # 发挥X(引领)作用: X is an organisation (or an already known project)
    for m in re.finditer(rf"发挥([{_CJK}（）]{{3,20}}?(?:中心|平台|院|所))[{_CJK}]{{0,4}}作用", st.text):
        name = m.group(1)
        if _proper_head(name, surfaces):
            out.append(_Cand("Organization", name, m.start(1), m.end(1), st, {"weak": True}))
    return out


_LIST_RE = re.compile(rf"((?:[{_CJK}0-9A-Za-z（）]+、)*[{_CJK}0-9A-Za-z（）]+)等")


def _list_members(st: _Sent, m: re.Match) -> list[tuple[int, int]]:
    """Members of "A、B等…" ending at m.end(1); the first member is cut at its governing verb."""
    lex = _lex()
    items = []
    pos = m.start(1)
    for part in m.group(1).split("、"):
        items.append([pos, pos + len(part)])
        pos += len(part) + 1
    a0 = items[0][1]
    start, _ = _left_boundary(st, a0)
    start = max(start, items[0][0])
    name, cut = _strip_leading(st.text[start:a0], lex.stop_words + lex.lead_words + lex.cons_before)
    items[0][0] = start + cut
    return [(a, b) for a, b in items if b - a >= 2]


def _org_lists(st: _Sent, surfaces) -> list[_Cand]:
    lex = _lex()
    out = []
    pat, intro = _org_list_res()
    endings = ("网", "联行", "基金", "集团", "公司", "大学", "学院", "学校", "医院", "研究院", "研究所", "银行", "控股")
    for p, strict in ((pat, True), (intro, False)):
        for m in p.finditer(st.text):
            _, gov = _left_boundary(st, m.start(1) + len(m.group(1).split("、")[0]))
            if strict and gov in lex.cons_before:        # 建设…、冷链配送等平台: kinds of platform
                continue
            for a, b in _list_members(st, m):
                name = st.text[a:b]
                if name in lex.generic or _first_token(name) in lex.generic:
                    continue
                toks = _pos(name)
                proper = any(len(w) >= 2 and (f in _PROPER_TAGS or not _freq(w)) for w, f in toks)
                if strict and not (name.endswith(endings) or proper and len(toks) <= 2):
                    continue
                if not strict and not (proper or name.endswith(endings)):
                    continue
                if name in surfaces or _suffix_level(name):
                    continue                # 壮大曹妃甸区、渤海新区等平台: places
                out.append(_Cand("Organization", name, a, b, st))
    return out


# ---------------------------------------------------------------------------------------- places
def _places(st: _Sent, surfaces) -> list[_Cand]:
    lex = _lex()
    out = []
    t = st.text
    if surfaces:
        for m in (getattr(surfaces, "regex", None) or re.compile(_alternation(surfaces))).finditer(t):
            canon, level = surfaces[m.group()]
            out.append(_Cand("Place", m.group(), m.start(), m.end(), st, {"canon": canon, "placeLevel": level}))
    toks = st.tokens
    last_chars = {s[-1] for s, _ in lex.place_suffixes}
    for ti, (a, b, w, f) in enumerate(toks):
        if w[-1] not in last_chars:
            continue
        # case 1: a proper token that itself ends with a place suffix (镇原县/ns, 塘村/ns)
        # case 2: a suffix token preceded by proper tokens (朝阳/ns 街道/n)
        suffix = next((s for s, _ in lex.place_suffixes if w.endswith(s)), None)
        if suffix is None:
            continue
        j = ti
        start = a if len(w) > len(suffix) else b - len(suffix)
        if len(w) > len(suffix) and not (f in _PROPER_TAGS or not _freq(w)):
            continue
        while j > 0:
            pa, pb, pw, pf = toks[j - 1]
            if pw in lex.generic or pw in lex.stop_words or not re.fullmatch(rf"[{_CJK}]+", pw):
                break
            if (pf in _PROPER_TAGS and pf != "j") or not _freq(pw) or (suffix == "古镇" and j == ti and len(pw) >= 2):
                start = pa
                j -= 1
                if b - start >= 5:
                    break
                continue
            break
        name = t[start:b]
        if len(name) - len(suffix) < 2 or re.match(r"[0-9一二三四五六七八九十两百]", name) or name in lex.not_place or any(name.endswith(n) for n in lex.not_place
                                                                     if len(n) > len(suffix)):
            continue
        if name in surfaces or (len(name) - len(suffix)) > 4:
            continue
        if b < len(t) and t[b] in "委长级域内外":      # 市委, 区长, 县级 ...
            continue
        level = dict(lex.place_suffixes)[suffix]
        out.append(_Cand("Place", name, start, b, st, {"canon": name, "placeLevel": level}))
    # case 3: unsuffixed settlement names (大邱庄/nr, 唐官屯/nr)
    for a, b, w, f in toks:
        if len(w) == 3 and w[-1] in lex.settlement_endings and f in ("nr", "ns") and w not in surfaces:
            out.append(_Cand("Place", w, a, b, st, {"canon": w, "placeLevel": None, "settlement": True}))
    return out


# ------------------------------------------------------------------------------------ assembling
@dataclass
class GroupStatement:
    park: Entity | None
    projects: list[Entity]
    count: int
    count_span: Span
    sentence: Span


def _norm_park(name: str, jurisdiction_names: list[str]) -> str:
    _, full = _park_kind(name)
    for p in sorted(jurisdiction_names, key=len, reverse=True):
        if full.startswith(p) and len(full) > len(p) + 2:
            full = full[len(p):]
            break
    return full.replace("(", "（").replace(")", "）")


_CN_NUM = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _cn_int(s: str) -> int:
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for c in s:
        if c in _CN_NUM:
            cur = _CN_NUM[c]
        elif c == "两":
            cur = 2
        elif c == "十":
            total += (cur or 1) * 10
            cur = 0
        elif c == "百":
            total += (cur or 1) * 100
            cur = 0
    return total + cur


class _Builder:
    def __init__(self, text: str):
        self.text = text
        self.entities: dict[tuple[str, str], Entity] = {}
        self.mentions: dict[tuple[str, str], list[_Cand]] = {}

    def add(self, key: tuple[str, str], c: _Cand, label: str | None = None) -> Entity:
        e = self.entities.get(key)
        if e is None:
            e = Entity(kind=key[0], label=label or c.name)
            self.entities[key] = e
            self.mentions[key] = []
        span = Span(c.st.base + c.a, c.st.base + c.b)
        assert self.text[span.start:span.end] == c.name, (c.name, self.text[span.start:span.end])
        if span not in e.spans:
            e.spans.append(span)
            self.mentions[key].append(c)
        if c.name != e.label:
            e.alt_labels.add(c.name)
        return e


def _ctx_key(c) -> tuple | None:
    return None if c is None else (c.report_year, c.part_kind, c.place, tuple(c.place_parents))


_ANALYSIS: dict = {}


def _analyse(sentences: list[Sentence]):
    """Per-sentence candidates (the costly part), memoised for the last sentence list: the pipeline
    asks for entities and then for groups of the same sentences."""
    key = tuple((s.span.start, s.span.end, s.text, _ctx_key(s.context)) for s in sentences)
    hit = _ANALYSIS.get("key")
    if hit != key:
        sents = [_Sent(s) for s in sentences]
        ctx = next((s.s.context for s in sents if s.s.context), None)
        surfaces = _place_surfaces(ctx)
        rows = []
        for st in sents:
            parks, titles = _parks(st, surfaces)
            projects = _projects(st, surfaces)
            orgs = _orgs(st, surfaces) + _org_lists(st, surfaces)
            places = _places(st, surfaces)
            projects = [c for c in projects if not any(p.a <= c.a and c.b <= p.b for p in parks)]
            rows.append((st, parks, titles, projects, orgs, places))
        _ANALYSIS.clear()
        _ANALYSIS.update(key=key, ctx=ctx, rows=rows)
    rows = [tuple(list(x) if isinstance(x, list) else x for x in row) for row in _ANALYSIS["rows"]]
    return _ANALYSIS["ctx"], rows


def _run(text: str, sentences: Iterable[Sentence], curation: bool):
    ctx, per_sent = _analyse(list(sentences))
    surfaces = _place_surfaces(ctx)
    jur = [n for n in ([ctx.place, *ctx.place_parents] if ctx else []) if n]
    jur_names = sorted({x for n in jur for x in (n, _short_place(n))}, key=len, reverse=True)
    lex = _lex()

    # project names that are the object of construction anywhere win over an organisation reading
    project_names = {c.name for row in per_sent for c in row[3]}
    park_names = {c.name for row in per_sent for c in row[1]}

    # ----- group statements: "A、B等N个(…)项目" / "等N项工程"
    group_re = re.compile(rf"((?:[{_CJK}0-9A-Za-z（）]+、)*[{_CJK}0-9A-Za-z（）]+)等({_COUNT})([个项])([{_CJK}]{{0,6}}?)(项目|工程)")
    groups_raw = []
    for row in per_sent:
        st = row[0]
        for m in group_re.finditer(st.text):
            members = []
            for a, b in _list_members(st, m):
                name = st.text[a:b]
                if name in lex.generic or all(w in lex.generic for w, _ in _pos(name)) or name in park_names:
                    continue
                members.append(_Cand("Project", name, a, b, st, {"member": True}))
            if members:
                row[3].extend(members)
                project_names.update(c.name for c in members)
                groups_raw.append((st, members, _cn_int(m.group(2)), (m.start(2), m.end(5))))
        # uncounted lists: "推进A、B、C等重大项目建设" — the members are projects when they look like names
        for m in _LIST_PROJECTS.finditer(st.text):
            if re.match(rf"{_COUNT}[个项批]", m.group(2)) or m.group(2).startswith(("一批", "各类", "相关")):
                continue
            # the list must follow a works verb: not 引进A、B等项目 (investors) nor "A、B等项目迁驻运营"
            first = m.group(1).split("、")[0]
            govs = [(first.rfind(g), g) for g in (*lex.cons_before, *_LIST_GOVERNORS) if g in first]
            if not govs:
                continue
            i, g = max(govs, key=lambda x: (x[0] + len(x[1]), len(x[1])))
            members = _list_members(st, m)
            if not members:
                continue
            a0 = m.start(1) + i + len(g)
            if members[0][0] < a0 or st.text[a0:members[0][0]].strip("“”"):
                members[0] = (a0, members[0][1]) if members[0][1] - a0 >= 2 else members[0]
            for a, b2 in members:
                name = st.text[a:b2]
                if len(name) <= 2 or (name in lex.generic or all(w in lex.generic for w, _ in _pos(name)) or name in park_names
                        or any(name.endswith(ps["suffix"]) for ps in lex.park_suffixes)
                        or not (_proper_head(name, surfaces, allow_org=False) or lex.project_re.search(name[-4:]))
                        or _first_token(name) in lex.generic or name.count("“") != name.count("”")):
                    continue
                if any(c.a <= a and b2 <= c.b for c in row[3]):
                    continue
                row[3].append(_Cand("Project", name, a, b2, st, {"member": True}))
                project_names.add(name)

    b = _Builder(text)
    # ----- parks: identity by normalised full name
    park_keys: dict[str, tuple[str, str]] = {}
    for row in per_sent:
        for c in row[1]:
            norm = _norm_park(c.name, jur_names)
            park_keys.setdefault(norm, ("Park", norm))
    # back-references: a bare "X示范区" that ends a unique longer park name
    norms = list(park_keys)
    alias_of: dict[str, str] = {}
    for n in norms:
        longer = [o for o in norms if o != n and o.endswith(n)]
        if len(longer) == 1:
            alias_of[n] = longer[0]
    for row in per_sent:
        for c in row[1]:
            norm = _norm_park(c.name, jur_names)
            norm = alias_of.get(norm, norm)
            b.add(("Park", norm), c)
    for key, e in b.entities.items():
        if key[0] != "Park":
            continue
        forms = [m.name for m in b.mentions[key]]
        e.label = max(forms, key=lambda s: (len(s), -forms.index(s)))
        e.alt_labels = {f for f in forms if f != e.label}
        kind, full = _park_kind(e.label)
        if full != e.label:
            e.alt_labels.add(full)
        if key[1] != e.label:
            e.alt_labels.add(key[1])
        e.alt_labels.discard(e.label)
        e.attrs["parkKind"] = kind
        statuses = [s for s in (_park_status(m) for m in b.mentions[key]) if s]
        e.attrs["status"] = ("applied for" if "applied for" in statuses else
                             "planned" if "planned" in statuses and "existing" not in statuses else "existing")

    # ----- projects
    for row in per_sent:
        for c in row[3]:
            b.add(("Project", c.name), c)
    # ----- organisations (a name also found as a project or park stays that)
    for row in per_sent:
        for c in row[4]:
            if c.name in project_names or c.name in park_names:
                continue
            b.add(("Organization", c.name), c)
    # ----- places
    settled = {_short_place(c.name) for row in per_sent for c in row[5] if not c.attrs.get("settlement")}
    for row in per_sent:
        for c in row[5]:
            canon = c.attrs["canon"]
            e = b.add(("Place", canon), c, label=canon)
            if c.attrs.get("placeLevel"):
                e.attrs.setdefault("placeLevel", c.attrs["placeLevel"])
    # stems of suffixed places mentioned bare elsewhere (大邱庄镇 … 大邱庄)
    for key, e in list(b.entities.items()):
        if key[0] == "Place" and e.attrs.get("placeLevel") is None:
            e.attrs["placeLevel"] = "town"
    _ = settled

    # drop mentions nested in a longer mention of the same kind
    for key, e in b.entities.items():
        keep = []
        for s, c in zip(e.spans, b.mentions[key]):
            nested = any(o is not e and o.kind == e.kind and any(
                x.start <= s.start and s.end <= x.end and (x.end - x.start) > (s.end - s.start) for x in o.spans)
                for o in b.entities.values() if o.kind == e.kind)
            keep.append((s, c, nested))
        if all(n for _, _, n in keep):
            e.attrs["_drop"] = True
        else:
            e.spans = [s for s, _, n in keep if not n]
            b.mentions[key] = [c for _, c, n in keep if not n]
            forms = {c.name for c in b.mentions[key]}
            if e.kind != "Park":
                e.alt_labels = {f for f in e.alt_labels if f in forms}
    for key in [k for k, e in b.entities.items() if e.attrs.pop("_drop", False)]:
        del b.entities[key]
        del b.mentions[key]

    # ----- project attributes
    for key, e in b.entities.items():
        if key[0] != "Project":
            continue
        ms = sorted(b.mentions[key], key=lambda c: (_PART_ORDER.get(c.st.part, -1), c.st.base))
        status, year = None, None
        for c in reversed(ms):
            s = _project_status(c)
            if s:
                status = s
                year = c.st.year if c.st.part == "plan" else (c.st.year - 1 if c.st.year and c.st.part == "review" else None)
                break
        if status is None and ms:
            c = ms[-1]
            year = c.st.year if c.st.part == "plan" else (c.st.year - 1 if c.st.year and c.st.part == "review" else None)
        if status:
            e.attrs["status"] = status
        if year:
            e.attrs["year"] = year

    # ----- curation
    if curation:
        cur = _curation()
        aliases = cur.get("aliases") or {}
        reject = cur.get("reject") or {}
        en = cur.get("en") or {}
        for key, e in list(b.entities.items()):
            if e.label in set(reject.get(e.kind, []) or []):
                del b.entities[key]
                continue
            if e.label in aliases:
                e.alt_labels.add(e.label)
                e.label = aliases[e.label]
            if e.label in en:
                e.attrs["en"] = en[e.label]

    entities = sorted(b.entities.values(), key=lambda e: (["Park", "Project", "Organization", "Place"].index(e.kind)
                                                          if e.kind in ("Park", "Project", "Organization", "Place") else 9,
                                                          min(e.spans).start if e.spans else 0, e.label))
    for e in entities:
        e.spans.sort()
    by_span = {}
    for e in entities:
        for s in e.spans:
            by_span[(e.kind, s)] = e

    # ----- links
    links: list[Link] = []
    seen = set()

    def link(s, p, o, span):
        k = (id(s), p, id(o))
        if k not in seen and s is not o:
            seen.add(k)
            links.append(Link(subject=s, predicate=p, object=o, span=span))

    def ent(kind, st, c):
        return by_span.get((kind, Span(st.base + c.a, st.base + c.b)))

    groups: list[GroupStatement] = []
    for st, parks, titles, projects, orgs, places in per_sent:
        sent_span = st.s.span
        topic = None
        for c in parks:
            if c.a == 0:
                topic = ent("Park", st, c)
        # an honour (获批/成为 国家…) belongs to the park named before it in the same clause
        for t0, title in titles:
            holders = [c for c in parks if c.b <= t0 and not re.search("[，,；;。]", st.text[c.b:t0])
                       and any(w in st.text[c.b:t0] for w in lex.title_cues)]
            holder = ent("Park", st, holders[-1]) if holders else None
            if holder is not None:
                holder.attrs.setdefault("titles", [])
                if title not in holder.attrs["titles"]:
                    holder.attrs["titles"].append(title)
        proj_ents = [e for e in (ent("Project", st, c) for c in projects) if e]
        if topic:
            for pe in proj_ents:
                link(pe, "locatedIn", topic, sent_span)
        # name-internal places: "团泊大道大邱庄段" → 大邱庄
        for kind in ("Project", "Park"):
            for c in (projects if kind == "Project" else parks):
                holder = ent(kind, st, c)
                if holder is None:
                    continue
                for pc in places:
                    if c.a <= pc.a and pc.b <= c.b:
                        pl = ent("Place", st, pc)
                        if pl is not None and pl.attrs.get("placeLevel") != "region":
                            link(holder, "locatedIn", pl, sent_span)
                for oc in orgs:
                    if c.a <= oc.a and oc.b <= c.b and kind == "Project":
                        org = ent("Organization", st, oc)
                        if org is not None:
                            link(holder, "involves", org, sent_span)
        # cooperation cues: projects of a sentence involve the organisations it cooperates with
        if proj_ents and re.search("合作|发挥.{2,30}作用", st.text):
            for oc in orgs:
                org = ent("Organization", st, oc)
                if org is None:
                    continue
                before = st.text[max(0, oc.a - 6):oc.a]
                after = st.text[oc.b:oc.b + 8]
                if "与" in before and "合作" in after or "发挥" in before and "作用" in after:
                    for pe in proj_ents:
                        if not any(pe.spans and x.start <= st.base + oc.a < x.end for x in pe.spans):
                            link(pe, "involves", org, sent_span)
        for gst, members, count, (ca, cb) in groups_raw:
            if gst is not st:
                continue
            mems = [e for e in (ent("Project", st, c) for c in members) if e]
            groups.append(GroupStatement(park=topic, projects=mems, count=count,
                                         count_span=Span(st.base + ca, st.base + cb), sentence=sent_span))
    return entities, links, groups


def extract_entities(text: str, sentences: Iterable[Sentence], *, curation: bool = False
                     ) -> tuple[list[Entity], list[Link]]:
    """Parks, projects, organisations and places named in ``sentences``, with locatedIn/involves links."""
    entities, links, _ = _run(text, list(sentences), curation)
    return entities, links


def extract_groups(text: str, sentences: Iterable[Sentence]) -> list[GroupStatement]:
    """One record per "A、B等N个项目" statement, with the park the sentence is about (if any)."""
    return _run(text, list(sentences), False)[2]
