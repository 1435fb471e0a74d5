"""Rule candidates for organisations and places of each sentence (suffixes, lists of enterprises,
the gazetteer and settlement endings); parks are in ``candidates.py``, projects in ``project_rules.py``."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidates import first_token, name_ending_at
from .grammar import (
    CJK,
    COUNT,
    PROPER_TAGS,
    Candidate,
    TokSentence,
    alternation,
    lexicon,
    lexicon_raw,
    names_feature,
    pos_tags,
    quoted,
    strip_leading,
    word_freq,
)
from .fixed_places import no_fixed_place, paired_units
from .left_edge import left_boundary
from .listpattern import ListPattern
from .org_gazetteer import gazetteer_bodies, past_verb_to_body
from .org_setup import listed_firms, set_up_bodies
from .org_shape import (
    brand_suffix,
    class_word,
    coined_stem,
    field_named,
    field_suffix,
    founded,
    in_facility_name,
    inside_word,
    jurisdiction_before,
    jurisdiction_own,
    opens_name,
    kind_only,
    org_re,
    orgs_raw,
    trim_start,
    verb_suffix,
)
from .qlexicon import gwords
from .surfaces import proper_head, suffix_level


def _w(key: str):
    return gwords("named", key)


# --------------------------------------------------------------------------------- organisations
@lru_cache(maxsize=1)
def _enterprise_re() -> re.Pattern:
    verbs, acts = alternation(lexicon_raw()["enterprise_verbs"]), alternation(lexicon_raw()["enterprise_actions"])
    return re.compile(rf"(?:{verbs})([{CJK}]{{2,8}}?)(?=[{CJK}]{{0,5}}?(?:{acts}))")


@lru_cache(maxsize=1)
def _org_list_res() -> tuple[ListPattern, re.Pattern]:
    cat = alternation(lexicon().org_categories)
    pat = ListPattern(f"{CJK}0-9A-Za-z（）", _w("org_list").format(count=COUNT, cjk=CJK, categories=cat))
    intro_verbs = "|".join(lexicon_raw()["intro_verbs"])
    intro = re.compile(_w("intro_list").format(verbs=intro_verbs, cjk=CJK))
    return pat, intro


def _gazetteer(st: TokSentence) -> list[Candidate]:
    """The agencies (projects.yaml) and bodies (orgs.yaml) of the sentence named by their fixed names."""
    out = []
    for w in lexicon().agencies + orgs_raw()["bodies"]:
        if w not in st.text:        # a substring test costs far less than a regex scan per word and sentence
            continue
        for m in re.finditer(re.escape(w), st.text):
            if st.text[m.end():m.end() + 1] in orgs_raw()["agency_not_followed_by"]:
                continue        # 教育部门: a department of a sector, no ministry
            if w in orgs_raw()["bodies"] and (inside_word(st, m.end()) or opens_name(st.text, m.end())):
                continue
            a = m.start() - len(jurisdiction_before(st.text, m.start()))     # 省国资委: the province's own
            out.append(Candidate("Organization", st.text[a:m.end()], a, m.end(), st))
    return out


def org_candidates(st: TokSentence, surfaces) -> list[Candidate]:
    """The organisations of a sentence: names ending in an organisation suffix, those a founding verb sets
    up, the fixed names of agencies and bodies, enterprises a verb acts on, and holders of a role."""
    out = _suffix_named(st, surfaces)
    for a, b in founded(st.text):
        out.append(Candidate("Organization", st.text[a:b], a, b, st))
    out += _gazetteer(st)
    out += gazetteer_bodies(st)
    out += set_up_bodies(st)
    out += listed_firms(st)
    out += _enterprises(st, surfaces)
    out += _role_holders(st, surfaces)
    return out


def _suffix_named(st: TokSentence, surfaces) -> list[Candidate]:
    """Names ending in an organisation suffix (org_re), kept when the words before the suffix name one."""
    lex = lexicon()
    out = []
    for m in org_re().finditer(st.text):
        start, b, name, why = name_ending_at(st, m, lex)
        start = past_verb_to_body(st.text, trim_start(st.text, start, b, len(m.group()), org_re()), b)
        name = st.text[start:b]
        if name.startswith(_w("around")) and first_token(name) == _w("around"):     # 环X大学 = around X
            name, start = name[1:], start + 1
        if m.group() in orgs_raw()["not_suffixes"]:
            continue
        if len(name) <= len(m.group()) or why in (_w("list_closer"), "count") or _w("of") in name or kind_only(name, m.group()):
            continue
        if _w("firm_word") in name or (b < len(st.text) and st.text[b] in orgs_raw()["not_followed_by"]):
            continue
        if inside_word(st, b) or in_facility_name(st.text, b) or verb_suffix(st, b, m.group()):
            continue
        first = first_token(name)
        generic_first = (first in lex.generic and not proper_head(name, surfaces) or class_word(first)
                         or any(first.startswith(g) for g in lex.generic if len(g) >= 2))   # 公立医院/nt
        if field_suffix(m.group()) and not field_named(name) or generic_first and not field_suffix(m.group()):
            continue
        if brand_suffix(m.group()) and not jurisdiction_own(name, m.group()):
            w, f = pos_tags(name)[0]
            if (not (f in PROPER_TAGS or (word_freq(w) or 0) < 100) or w in lex.generic) and not coined_stem(name, m.group()):
                continue
        if quoted(st, start, b):
            continue
        out.append(Candidate("Organization", name, start, b, st))
    return out


def _enterprises(st: TokSentence, surfaces) -> list[Candidate]:
    """支持X拓展… / 组织X…复工: X is an enterprise (a proper or rare first word, a one-character noun after it)."""
    lex = lexicon()
    out = []
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
    return out


def _role_holders(st: TokSentence, surfaces) -> list[Candidate]:
    """发挥X(引领)作用: X is an organisation (or an already known project), a weak candidate."""
    heads = "|".join(lexicon_raw()["role_heads"])
    out = []
    for m in re.finditer(_w("role_holder").format(cjk=CJK, heads=heads), st.text):
        name = m.group(1)
        if proper_head(name, surfaces):
            out.append(Candidate("Organization", name, m.start(1), m.end(1), st, {"weak": True}))
    return out


LIST_RE = re.compile(_w("list_before").format(cjk=CJK))


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
    endings = tuple(lexicon_raw()["organization_list_endings"])
    for p, strict in ((pat, True), (intro, False)):
        for m in p.finditer(st.text):
            _, gov = left_boundary(st, m.start(1) + len(m.group(1).split("、")[0]))
            if strict and gov in lex.cons_before:        # 建设…、冷链配送等平台: kinds of platform
                continue
            members = list_members(st, m)
            # a short member listed with a body named by its ending is a body too (X矿业、Y集团等企业)
            sibling = strict and any(st.text[a:b].endswith(endings) for a, b in members)
            for a, b in members:
                name = st.text[a:b]
                if name in lex.generic or first_token(name) in lex.generic:
                    continue
                toks = pos_tags(name)
                proper = any(len(w) >= 2 and (f in PROPER_TAGS or not word_freq(w)) for w, f in toks)
                by_ending = m.group().endswith(tuple(orgs_raw()["ending_only_categories"]))
                short = sibling and not by_ending and len(name) <= orgs_raw()["sibling_length"]
                if strict and not (name.endswith(endings) or (proper and len(toks) <= 2 or short) and not by_ending):
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
            if (m.start() not in st.starts or names_feature(t, m.end())
                    or no_fixed_place(st, m.start(), m.end(), surfaces)):
                continue        # 贺兰山东麓: 山东 straddles two words; 深圳湾: a bay, no mention of 深圳; 北京大学
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
            if pw in lex.generic or pw in lex.stop_words or not re.fullmatch(rf"[{CJK}]+", pw) or pw in surfaces:
                break       # a known place before the suffixed word is its own place (长沙宁乡, 南沙大湾区)
            if (pf in PROPER_TAGS and pf != "j") or not word_freq(pw) or (suffix == _w("old_town") and j == ti and len(pw) >= 2):
                start = pa
                j -= 1
                if b - start >= 5:
                    break
                continue
            break
        name = t[start:b]
        if len(name) - len(suffix) < 2 or re.match(_w("numbered_start"), name) or name in lex.not_place or any(name.endswith(n) for n in lex.not_place
                                                                     if len(n) > len(suffix)) or paired_units(name):
            continue
        if name in surfaces or (len(name) - len(suffix)) > 4:
            continue
        if b < len(t) and t[b] in _w("not_after_place"):      # 市委, 区长, 县级 ...
            continue
        level = dict(lex.place_suffixes)[suffix]
        out.append(Candidate("Place", name, start, b, st, {"canon": name, "placeLevel": level}))
    # case 3: unsuffixed settlement names (大邱庄/nr, 唐官屯/nr)
    for a, b, w, f in toks:
        if len(w) == 3 and w[-1] in lex.settlement_endings and f in ("nr", "ns") and w not in surfaces \
                and w not in lex.not_place:
            out.append(Candidate("Place", w, a, b, st, {"canon": w, "placeLevel": None, "settlement": True}))
    return out
