"""The shape of an organisation's name (``data/lexicons/orgs.yaml``): where it starts, whether it
names one body or a kind of body, and the jurisdiction's own bodies (省X集团)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .grammar import CJK, alternation, lexicon, lexicon_raw, pos_tags, word_freq


@lru_cache(maxsize=1)
def orgs_raw() -> dict:
    return resources.lexicon_data("orgs")


@lru_cache(maxsize=1)
def org_re() -> re.Pattern:
    """Every organisation suffix (projects.yaml's and orgs.yaml's), longest first."""
    return re.compile(alternation(lexicon().org_suffixes + orgs_raw()["suffixes"]))


def brand_suffix(suffix: str) -> bool:
    return suffix in lexicon_raw()["brand_org_suffixes"] or suffix in orgs_raw()["brand_suffixes"]


def coined_stem(name: str, suffix: str) -> bool:
    """A short stem no dictionary holds and no generic word opens (a company's own short name before
    its 集团): a brand even when the tagger splits it into common characters."""
    stem, lex = name[: len(name) - len(suffix)], lexicon()
    lo, hi = orgs_raw()["coined_stem_length"]
    return (suffix in orgs_raw()["coined_suffixes"] and lo <= len(stem) <= hi and not word_freq(stem) and stem not in lex.generic
            and not any(w in lex.generic or w in orgs_raw()["kind_words"] for w, _ in pos_tags(stem)))


def inside_word(st, b: int) -> bool:
    """The suffix ending at ``b`` ends inside a longer word (X大学生, X大学城): it ends no name."""
    return b not in st.ends


def verb_suffix(st, b: int, suffix: str) -> bool:
    """A suffix of ``verb_read_suffixes`` the tagger reads as a verb where it ends (敬畏组织/v, 非公经济组织/v):
    an act or a kind, no body's name (the bodies named so, 世卫组织, are in org_gazetteer.yaml)."""
    return suffix in orgs_raw()["verb_read_suffixes"] and any(
        e == b and w == suffix and f == "v" for _, e, w, f in st.tokens)


def in_facility_name(text: str, b: int) -> bool:
    """Does the name ending at ``b`` open a facility's or project's name (X大学国家医学中心, X集团集中供热项目,
    X科学院葫芦岛基地)? Nouns only run on from ``b`` to the clause's end, which is a facility head
    (``facility_heads``): a firm named only inside such a name is no organisation (the guideline)."""
    stop = re.search(orgs_raw()["facility_stops"], text[b:b + orgs_raw()["facility_reach"] + 1])
    rest = text[b:b + stop.start()]
    if not rest or not rest.endswith(tuple(orgs_raw()["facility_heads"])):
        return False
    return all(f not in ("v", "vn", "p", "c", "d", "u") for _, f in pos_tags(rest)[:-1])


def opens_name(text: str, b: int) -> bool:
    """Does a noun follow ``b``? A body of ``bodies`` then opens a longer name (an event, an award,
    one of its institutes), and only that name is an organisation if any."""
    after = pos_tags(text[b:b + 6])
    return bool(after) and after[0][1] in orgs_raw()["name_going_on_tags"]


def field_suffix(suffix: str) -> bool:
    return suffix in orgs_raw()["field_suffixes"]


def field_named(name: str) -> bool:
    """国家X技术创新中心: a body the state names by a field X, which is not a kind word (a generic word may
    open the name; 省技术创新中心 is a kind of centre every province has)."""
    suffix = next(s for s in sorted(orgs_raw()["field_suffixes"], key=len, reverse=True) if name.endswith(s))
    return not kind_only(name, suffix, orgs_raw()["jurisdictions"])


def trim_start(text: str, start: int, b: int, suffix_len: int, pattern: re.Pattern) -> int:
    """The start of the name ending at ``b``: after an earlier organisation suffix inside it that a verb
    or a kind follows (X大学更名Y大学 names two, X交所上市公司 a kind; X大学Y学院 is one unit of X), then
    past leading tokens whose tag never opens a name (``lead_tags``; a one-character token only with
    ``short_lead_tags``, 大数据集团 keeps 大, or a generic one before a verb)."""
    if b - start > orgs_raw()["longest_name"]:
        return start        # a stretch no name is this long: left as it is, not tagged again (long lines)
    for m in pattern.finditer(text, start, b - suffix_len):
        after = pos_tags(text[m.end():b - suffix_len])
        if m.end() < b - suffix_len and after and (after[0][1] in ("v", "vn", "vd", "d", "ad")
                                                   or kind_only(text[m.end():b], text[b - suffix_len:b])):
            start = m.end()
    start = past_object_verb(text, start, b, suffix_len)
    raw, generic = orgs_raw(), lexicon().generic
    toks, juris = pos_tags(text[start:b]), raw["jurisdictions"]
    cut = 0
    for i, (w, f) in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ("", "")
        # a verbal noun opens names (体育学院): it goes only before a verb or a jurisdiction (重组组建省…)
        lead = f in raw["lead_tags"] or f == "vn" and (nxt[1] in raw["lead_tags"] or nxt[0] in juris)
        if len(w) == 1:     # 新 of 新组建 goes, 各 of 各商业银行 stays (a kind), 设 of 新设 goes
            lead = (f in raw["short_lead_tags"] or w in generic and nxt[1] in raw["lead_tags"]
                    or cut > 0 and f in raw["lead_tags"])
        if not lead or w in juris or cut + len(w) > b - start - suffix_len:
            break
        cut += len(w)
    return start + cut


def past_object_verb(text: str, start: int, b: int, suffix_len: int) -> int:
    """After the last verb inside the stretch that takes a body as its object (``object_verbs``: 长白山获X,
    奇瑞汽车登陆X): the words before it are the verb's subject, no part of the name. The verb must leave a
    name longer than its suffix."""
    at, pos = start, start
    for w, _ in pos_tags(text[start:b]):
        pos += len(w)
        if w in orgs_raw()["object_verbs"] and b - pos > suffix_len:
            at = pos
    return at


def jurisdiction_own(name: str, suffix: str) -> bool:
    """省X集团, 自治区X集团: the jurisdiction's own body, named by a common word after the jurisdiction."""
    if suffix not in orgs_raw()["jurisdiction_suffixes"]:
        return False
    place = next((j for j in orgs_raw()["jurisdictions"] if name.startswith(j)), "")
    # the jurisdiction a word of its own (省外 + a tier + 医院 names no province's hospital)
    return bool(place) and len(name) - len(place) - len(suffix) >= 2 and pos_tags(name)[0][0] == place


def jurisdiction_before(text: str, a: int) -> str:
    """The jurisdiction word right before position ``a`` (自治区 of 自治区国资委), or ''."""
    return next((j for j in orgs_raw()["jurisdictions"] if text.endswith(j, 0, a)), "")


def class_word(word: str) -> bool:
    """A word of class or tier (开放型, 研究型, 市州级: ``class_endings``): it opens a kind of body."""
    return len(word) >= 2 and word.endswith(tuple(orgs_raw()["class_endings"]))


def kind_only(name: str, suffix: str, extra: tuple = ()) -> bool:
    """Is the name before its suffix made only of class words, generic words, tiers and counts?"""
    stem = name[: len(name) - len(suffix)]
    if not stem or len(stem) > orgs_raw()["longest_name"]:
        return not stem     # a stretch this long is no kind (nor a name): not tagged again (long lines)
    kinds, generic = {*orgs_raw()["kind_words"], *extra}, lexicon().generic
    return all(w in kinds or w in generic or class_word(w) or f in ("b", "m", "q", "mq", "f", "k")
               for w, f in pos_tags(stem))


@lru_cache(maxsize=1)
def _founded_re() -> re.Pattern:
    verbs, heads = alternation(orgs_raw()["founding_verbs"]), alternation(orgs_raw()["founded_suffixes"])
    return re.compile(rf"(?:{verbs})([{CJK}（）]{{2,20}}?(?P<head>{heads}))(?![{CJK}])")


def founded(text: str) -> list[tuple[int, int]]:
    """Spans of the bodies a founding verb names (成立X中心, 组建X研究院), the name ending the clause; not
    a kind, nor one counted (组建紧密型城市医疗集团39个: so many of a kind, ``counted_after``)."""
    return [m.span(1) for m in _founded_re().finditer(text)
            if not kind_only(m.group(1), m["head"]) and not _counted_re().match(text, m.end(1))]


@lru_cache(maxsize=1)
def _counted_re() -> re.Pattern:
    return re.compile(orgs_raw()["counted_after"])
