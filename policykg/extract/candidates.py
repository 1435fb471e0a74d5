"""Rule candidates of each sentence: parks, projects, organisations and places, with the status
cues of their clause. The learned decision (``decide.py``) weighs these against grammar candidates."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import (
    CATEGORY_SUFFIXES,
    CJK,
    COUNT,
    COUNT_AFTER,
    MEASURE_AFTER,
    PROPER_TAGS,
    RANKED,
    ROLE_VERBS,
    Candidate,
    TokSentence,
    alternation,
    left_boundary,
    lexicon,
    lexicon_raw,
    place_prefix,
    pos_tags,
    proper_head,
    quoted,
    strip_leading,
    strong_head,
    suffix_level,
    word_freq,
)


# ----------------------------------------------------------------------------------------- parks
def park_kind(name: str) -> tuple[str, str]:
    for s in lexicon().park_suffixes:
        if name.endswith(s["suffix"]):
            return s["kind"], s.get("expand") and name[: -len(s["suffix"])] + s["expand"] or name
    return "industrial park", name


def first_token(name: str) -> str:
    toks = pos_tags(name)
    return toks[0][0] if toks else ""


def _name_ending_at(st: TokSentence, m, lex) -> tuple[int, int, str, str]:
    """The name a suffix match ends: back to its left boundary, leading stop/lead words dropped."""
    a0, b = m.span()
    start, why = left_boundary(st, a0)
    name, cut = strip_leading(st.text[start:b], lex.stop_words + lex.lead_words)
    return start + cut, b, name, why


def park_candidates(st: TokSentence, surfaces) -> tuple[list[Candidate], list[tuple[int, str]]]:
    lex = lexicon()
    out, titles = [], []
    for m in lex.park_re.finditer(st.text):
        start, b, name, why = _name_ending_at(st, m, lex)
        if len(name) <= len(m.group()) or "的" in name or why in ("等", "count", *ROLE_VERBS):
            continue
        if b < len(st.text) and st.text[b] == "的" and not strong_head(name, surfaces):
            continue
        first = first_token(name)
        place = place_prefix(name, surfaces)
        rest = name[len(place):] if place and len(name) - len(place) > len(m.group()) else name
        if (first in lex.title_prefixes or name.startswith(("国家级", "省级", "市级"))
                or rest.startswith(tuple(lex.title_prefixes)) or "中国特色社会主义" in name
                or re.match(r"^第.{1,3}批", name)):
            titles.append((start, name))
            continue
        topic = start == 0 and b < len(st.text) and st.text[b] not in "、和与及等"
        if not (proper_head(name, surfaces) or topic):
            continue
        if quoted(st, start, b):
            continue
        out.append(Candidate("Park", name, start, b, st))
    return out, titles


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


# -------------------------------------------------------------------------------------- projects
def is_governed(st: TokSentence, a: int, b: int, governing_start: int, weak: bool = True) -> bool:
    """Is the name at [a, b) the object of a construction verb (before it, or after it)?"""
    lex = lexicon()
    left, right = st.clause_bounds(a, b)
    before = st.text[left:a]
    for w in lex.cons_before:
        i = before.rfind(w)
        if i >= 0 and not weak and w in lexicon_raw()["weak_governors"]:
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


def governed_strong(st: TokSentence, a: int, b: int) -> bool:
    return is_governed(st, a, b, a, weak=False)


def _ends_with_suffix(name: str) -> bool:
    return any(name.endswith(s) for s in lexicon().project_suffixes if s != "段")


def _close_paren(st: TokSentence, b: int, name: str) -> int:
    """Extend a name ending inside brackets to the closing one: 大运河国家文化公园（安徽段）."""
    if name.count("（") > name.count("）") and st.text[b:b + 1] == "）":
        return b + 1
    if name.count("(") > name.count(")") and st.text[b:b + 1] == ")":
        return b + 1
    return b


def project_candidates(st: TokSentence, surfaces) -> list[Candidate]:
    lex = lexicon()
    out = []
    for m in lex.project_re.finditer(st.text):
        a0, b = m.span()
        suffix = m.group()
        start, why = left_boundary(st, a0)
        name = st.text[start:b]
        name, cut = strip_leading(name, lex.stop_words + lex.lead_words + lex.cons_before)
        start += cut
        b = _close_paren(st, b, name)
        name = st.text[start:b]
        if len(name) <= len(suffix) or why in ("等", "count") or "的" in name:
            continue
        if suffix == "段" and not any(h in name for h in lex.segment_heads) and not (
                name.endswith(("段）", "段)")) and lex.project_re.search(name[:max(name.rfind("（"), name.rfind("("))][-5:] + "\x00")
                and _ends_with_suffix(name[:max(name.rfind("（"), name.rfind("("))])):
            continue
        if lex.not_after.match(st.text[b:]) or COUNT_AFTER.match(st.text[b:]) or MEASURE_AFTER.match(st.text[b:]):
            continue
        if b < len(st.text) and st.text[b] in "化制的":
            continue
        if quoted(st, start, b):
            continue
        first = first_token(name)
        if first in lex.title_prefixes:
            continue
        if name in lex.generic or len(name) - len(suffix) < 2:
            continue
        if b not in st.ends and b < len(st.text):        # the suffix runs into a longer word (高中学校)
            continue
        toks = pos_tags(name)
        if len(toks) == 1 and toks[0][1] not in ("ns", "nr", "nz") and word_freq(name):   # dictionary word: 高速公路
            continue
        modifier = name[: -len(suffix)]
        if suffix == "工程" and modifier.endswith(tuple(lexicon_raw().get("programme_heads") or ())):
            continue                      # 垂类大模型培育工程, 医疗卫生强基工程: programmes
        if RANKED.match(name):
            continue                      # 七大购物中心: a count of a category
        if modifier in surfaces and suffix in CATEGORY_SUFFIXES:   # "北京项目": a place + a category
            continue
        proper = proper_head(name, surfaces)
        governed = is_governed(st, start, b, start, weak=suffix not in lexicon_raw()["weak_suffixes"])
        if not (proper or governed):
            continue
        if not proper and (len(modifier) < 3 or all(w in lex.generic for w, _ in pos_tags(modifier))):
            continue              # governed but generic: 公立医院, 新兴产业项目
        if not governed and suffix in lex.ambiguous and not (
                strong_head(name, surfaces) and is_governed(st, start, b, start, weak=True)):
            continue          # 完善安徽高等研究院…机制: an organisation or a platform, not works
        if not governed and suffix in lex.ambiguous and why == "发挥":
            continue          # 发挥X中心作用: an organisation (see org_candidates)
        out.append(Candidate("Project", name, start, b, st, {"governed": governed}))
    return out


def project_status(c: Candidate) -> str | None:
    """Status from the cues of the clause (``status_cues`` of ``projects.yaml``): after the name first
    (its predicate), then the verb before it; a completion stated in a plan is still under way."""
    cues = lexicon_raw()["status_cues"]
    left, right = c.st.clause_bounds(c.a, c.b)
    before, after = c.st.text[left:c.a], c.st.text[c.b:right]
    part = c.st.part
    if any(w in before + after for w in cues["imminent"]):
        return "to start"
    done, plan, start, going = cues["completed"], cues["planned"], cues["to start"], cues["under construction"]
    # the words right after the name, up to the next list item
    tail = re.split("[、和及与]", after, maxsplit=1)[0] if after[:1] not in "、和及与" else after
    found = None
    near = before if before[-1:] in "、和及与" else before[-8:]     # a list item: the verb governs the list
    if any(w in tail for w in done) or any(w in near for w in done):
        found = "completed"
    elif any(w in before for w in plan) or any(tail.startswith(w) for w in plan):
        found = "planned"
    elif any(w in before[-6:] for w in start) or any(w in tail for w in start) or (
            any(w in before for w in start) and any(w in tail for w in cues["start_after"])):
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
    verbs, acts = alternation(lexicon_raw()["enterprise_verbs"]), alternation(lexicon_raw()["enterprise_actions"])
    return re.compile(rf"(?:{verbs})([{CJK}]{{2,8}}?)(?=[{CJK}]{{0,5}}?(?:{acts}))")


@lru_cache(maxsize=1)
def _org_list_res() -> tuple[re.Pattern, re.Pattern]:
    cat = alternation(lexicon().org_categories)
    pat = re.compile(rf"((?:[{CJK}0-9A-Za-z（）]+、)*[{CJK}0-9A-Za-z（）]+)等(?:{COUNT}[家个所])?[{CJK}]{{0,8}}?(?:{cat})")
    intro = re.compile(rf"(?:引进|引入|落户)((?:[{CJK}0-9A-Za-z（）]+、)*[{CJK}0-9A-Za-z（）]+)等[{CJK}]{{0,6}}项目")
    return pat, intro


def org_candidates(st: TokSentence, surfaces) -> list[Candidate]:
    lex = lexicon()
    out = []
    for m in lex.org_re.finditer(st.text):
        start, b, name, why = _name_ending_at(st, m, lex)
        if name.startswith("环") and len(name) > len(m.group()) + 2:   # 环X大学 = around X
            name, start = name[1:], start + 1
        if len(name) <= len(m.group()) or why in ("等", "count") or "的" in name:
            continue
        if "企业" in name or (b < len(st.text) and st.text[b] in "化制"):
            continue
        if first_token(name) in lex.generic and not proper_head(name, surfaces):
            continue
        if any(first_token(name).startswith(g) for g in lex.generic if len(g) >= 2):   # 公立医院/nt
            continue
        if m.group() in lexicon_raw()["brand_org_suffixes"]:
            w, f = pos_tags(name)[0]
            if not (f in PROPER_TAGS or (word_freq(w) or 0) < 100) or w in lex.generic:
                continue
        if quoted(st, start, b):
            continue
        out.append(Candidate("Organization", name, start, b, st))
    for w in lex.agencies:
        for m in re.finditer(re.escape(w), st.text):
            out.append(Candidate("Organization", w, m.start(), m.end(), st))
    # 支持X拓展… / 组织X…复工: X is an enterprise
    for m in _enterprise_re().finditer(st.text):
        toks = pos_tags(st.text[m.start(1):m.start(1) + 8])
        if not toks:
            continue
        w, f = toks[0]
        if len(w) < 2 or w in lex.generic or not (f in PROPER_TAGS - {"j"} or not word_freq(w)):
            continue
        name = w
        for w2, f2 in toks[1:]:
            if len(w2) == 1 and f2 == "n":
                name += w2
            break
        if name in surfaces:
            continue
        out.append(Candidate("Organization", name, m.start(1), m.start(1) + len(name), st))
    # 发挥X(引领)作用: X is an organisation (or an already known project)
    for m in re.finditer(rf"发挥([{CJK}（）]{{3,20}}?(?:中心|平台|院|所))[{CJK}]{{0,4}}作用", st.text):
        name = m.group(1)
        if proper_head(name, surfaces):
            out.append(Candidate("Organization", name, m.start(1), m.end(1), st, {"weak": True}))
    return out


LIST_RE = re.compile(rf"((?:[{CJK}0-9A-Za-z（）]+、)*[{CJK}0-9A-Za-z（）]+)等")


def list_members(st: TokSentence, m: re.Match) -> list[tuple[int, int]]:
    """Members of "A、B等…" ending at m.end(1); the first member is cut at its governing verb."""
    lex = lexicon()
    items = []
    pos = m.start(1)
    for part in m.group(1).split("、"):
        items.append([pos, pos + len(part)])
        pos += len(part) + 1
    a0 = items[0][1]
    start, _ = left_boundary(st, a0)
    start = max(start, items[0][0])
    name, cut = strip_leading(st.text[start:a0], lex.stop_words + lex.lead_words + lex.cons_before)
    items[0][0] = start + cut
    return [(a, b) for a, b in items if b - a >= 2]


def org_list_candidates(st: TokSentence, surfaces) -> list[Candidate]:
    lex = lexicon()
    out = []
    pat, intro = _org_list_res()
    endings = ("网", "联行", "基金", "集团", "公司", "大学", "学院", "学校", "医院", "研究院", "研究所", "银行", "控股")
    for p, strict in ((pat, True), (intro, False)):
        for m in p.finditer(st.text):
            _, gov = left_boundary(st, m.start(1) + len(m.group(1).split("、")[0]))
            if strict and gov in lex.cons_before:        # 建设…、冷链配送等平台: kinds of platform
                continue
            for a, b in list_members(st, m):
                name = st.text[a:b]
                if name in lex.generic or first_token(name) in lex.generic:
                    continue
                toks = pos_tags(name)
                proper = any(len(w) >= 2 and (f in PROPER_TAGS or not word_freq(w)) for w, f in toks)
                if strict and not (name.endswith(endings) or proper and len(toks) <= 2):
                    continue
                if not strict and not (proper or name.endswith(endings)):
                    continue
                if name in surfaces or suffix_level(name):
                    continue                # 壮大曹妃甸区、渤海新区等平台: places
                out.append(Candidate("Organization", name, a, b, st))
    return out


# ---------------------------------------------------------------------------------------- places
def place_candidates(st: TokSentence, surfaces) -> list[Candidate]:
    lex = lexicon()
    out = []
    t = st.text
    if surfaces:
        for m in (getattr(surfaces, "regex", None) or re.compile(alternation(surfaces))).finditer(t):
            canon, level = surfaces[m.group()]
            out.append(Candidate("Place", m.group(), m.start(), m.end(), st, {"canon": canon, "placeLevel": level}))
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
        if len(w) > len(suffix) and not (f in PROPER_TAGS or not word_freq(w)):
            continue
        while j > 0:
            pa, pb, pw, pf = toks[j - 1]
            if pw in lex.generic or pw in lex.stop_words or not re.fullmatch(rf"[{CJK}]+", pw):
                break
            if (pf in PROPER_TAGS and pf != "j") or not word_freq(pw) or (suffix == "古镇" and j == ti and len(pw) >= 2):
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
        out.append(Candidate("Place", name, start, b, st, {"canon": name, "placeLevel": level}))
    # case 3: unsuffixed settlement names (大邱庄/nr, 唐官屯/nr)
    for a, b, w, f in toks:
        if len(w) == 3 and w[-1] in lex.settlement_endings and f in ("nr", "ns") and w not in surfaces:
            out.append(Candidate("Place", w, a, b, st, {"canon": w, "placeLevel": None, "settlement": True}))
    return out
