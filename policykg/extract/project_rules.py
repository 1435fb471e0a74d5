"""Rule candidates of each sentence for projects (a name ending in a works suffix: 工程, 铁路, 中心 …), whether
a construction verb governs the name, and the status cues of its clause (parks: ``candidates.py``). The
learned decision (``decide.py``) weighs these against grammar candidates."""
from __future__ import annotations

import re

from .candidates import first_token
from .grammar import (
    CATEGORY_SUFFIXES,
    COUNT_AFTER,
    JOINERS,
    MEASURE_AFTER,
    RANKED,
    Candidate,
    TokSentence,
    lexicon,
    lexicon_raw,
    pos_tags,
    quoted,
    strip_leading,
    word_freq,
)
from .left_edge import left_boundary
from .name_ends import name_end
from .qlexicon import gwords
from .surfaces import proper_head, strong_head


def _w(key: str):
    return gwords("candidates", key)


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
    if after[:1] in JOINERS:
        return any(after.endswith(w) for w in lex.cons_after)
    return False


def _ends_with_suffix(name: str) -> bool:
    return any(name.endswith(s) for s in lexicon().project_suffixes if s != _w("segment"))


def segment_of_works(name: str) -> bool:
    """A "…段" names works when it holds a road or line word (京沪高速新沂至江都段) or is a segment of a
    works name, bracketed or not (大运河国家文化公园（安徽段）, …文化公园<province>段); 嘉陵江重庆段 is a
    stretch of a river."""
    if any(h in name for h in lexicon().segment_heads):
        return True
    base = name[:max(name.rfind("（"), name.rfind("("))]
    if name.endswith(_w("bracketed_segment")) and _ends_with_suffix(base):
        return True
    return name.endswith(_w("segment")) and any(name[:-1].endswith(p) and _ends_with_suffix(name[:-1 - len(p)])
                                      for p in lexicon().places)


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
        b = name_end(st.text, a0, b, start)
        name = st.text[start:b]
        if len(name) <= len(suffix) or why in (_w("list_closer"), "count") or _w("of") in name:
            continue
        if suffix == _w("segment") and not segment_of_works(name):
            continue
        if lex.not_after.match(st.text[b:]) or COUNT_AFTER.match(st.text[b:]) or MEASURE_AFTER.match(st.text[b:]):
            continue
        if b < len(st.text) and st.text[b] in _w("not_after_works"):
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
        modifier = st.text[start:a0]
        if suffix == _w("programme_head") and modifier.endswith(tuple(lexicon_raw().get("programme_heads") or ())):
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
        if not governed and suffix in lex.ambiguous and why == _w("role_verb"):
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
    tail = re.split(f"[{JOINERS}]", after, maxsplit=1)[0] if after[:1] not in JOINERS else after
    found = None
    near = before if before[-1:] in JOINERS else before[-8:]     # a list item: the verb governs the list
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
