"""List members that share one works word written once after the list (issue #12, recall): "包商银行培训中心、
呼伦贝尔大饭店、碧海云天等酒店投入运营", "复兴油田等项目", "华汇、地壹街两个地下商城" (a count, the pair joined by
和 too). Each member is a grammar candidate of the decision (``name_grammar.py``) with the family head
``*listed`` and the shared works word as a feature (``decide.py``: 项目 and 铁路 name works more often than
中心 or 设施) — weighed by its shape and its clause like any name, not by a head of its own. The first
member gets every token start back to its left edge (the decision picks one); the others start after
their mark. The works word must end at a token end, and the words between 等 or the count and it hold no
verb of the clause (a class word of projects.yaml) nor a word that makes the members kinds (``list_kinds`` of
projects.yaml: 领域, 行业…). A member that is a place, or ends with a park or project head of its own, is
left to the other passes. A match that is no list of works (``not_a_list``: the count counts the object of
the verb before it, 谋划一批…工程; an organisation category before the works word, 等企业完成升级改造) marks its
members, which the decision drops after scoring them (kept as the fit's negatives: the model stays as it is)."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import CJK, COUNT, NAME_CHAR, TokSentence, lexicon, lexicon_raw

LISTED = "listed"
MAX_MEMBER = 20
_MEMBER = rf"[{CJK}0-9A-Za-z（）()“”—·]"


@lru_cache(maxsize=4)
def _list_re(project_head: str) -> re.Pattern:
    """Members (two or more, or one before 等), then 等 and/or a count, a few words, and a works head."""
    lex = lexicon()
    raw = lexicon_raw()
    stops = sorted({*raw["list_kinds"], *lex.cons_before, *lex.cons_after,
                    *(w for ws in raw["verb_classes"].values() for w in ws)}, key=lambda w: (-len(w), w))
    middle = rf"(?:(?!{'|'.join(map(re.escape, stops))})[{CJK}]){{0,6}}?"
    words = raw["shared_kind"]
    etc, counted = re.escape(words["closing_word"]), rf"{COUNT}[{re.escape(words['classifiers'])}]"
    members = rf"((?:{_MEMBER}{{2,{MAX_MEMBER}}}、)*{_MEMBER}{{2,{MAX_MEMBER}}}?)"     # 和 pairs: split later
    return re.compile(rf"{members}({etc}(?:{counted})?|{counted})({middle})({project_head})")


def _spans(st: TokSentence, m: re.Match, own_head: re.Pattern, places) -> list[tuple[int, int]]:
    """(start, end) of each member; several starts for the first one (every token start in its stretch)."""
    words = lexicon_raw()["shared_kind"]
    counted = not m.group(2).startswith(words["closing_word"])
    parts = re.split(words["counted_marks"] if counted else re.escape(words["listed_marks"]), m.group(1))
    if counted and len(parts) < 2:
        return []           # "A两个X" alone: a count of X, not a list
    out, pos = [], m.start(1)
    for i, part in enumerate(parts):
        a, b = pos, pos + len(part)
        pos = b + 1
        if own_head.search(part) or part in places:
            continue        # its own head names it (the grammar's head candidates), or a place
        if i == 0:
            out += [(s, b) for s in range(_left_edge(st.text, a, b), b - 1)
                    if s in st.starts and st.text[s:b] not in places]
        elif a in st.starts:
            out.append((a, b))
    return [(a, b) for a, b in out if b - a >= 2 and (b in st.ends or b == len(st.text))]


def not_a_list(st: TokSentence, m: re.Match) -> bool:
    """Is the match no list of works? The count after the last member counts a verb's object (谋划一批X:
    a construction verb, a token tagged as a verb, or 等 closing a list of its own before it), or the
    words before the works word name the members organisations (等企业完成升级改造)."""
    raw = lexicon_raw()
    middle, last = m.group(3), re.split(raw["shared_kind"]["counted_marks"], m.group(1))[-1]
    if any(w in middle for w in raw["organization_categories"]):
        return True
    if m.group(2).startswith(raw["shared_kind"]["closing_word"]):
        return False
    return (raw["shared_kind"]["closing_word"] in last or last.endswith(tuple(lexicon().cons_before))
            or any(t[1] == m.start(2) and t[3].startswith("v") for t in st.tokens))


def _left_edge(text: str, a: int, b: int) -> int:
    """How far back the first member may start: the match's own start, or name characters before it."""
    r = a
    while r > 0 and b - r < MAX_MEMBER and NAME_CHAR.match(text[r - 1]):
        r -= 1
    return r


def listed_members(st: TokSentence, project_head: re.Pattern, park_head: re.Pattern, places=frozenset()
                   ) -> list[tuple[int, int, str, bool]]:
    """(start, end, shared works word, ``not_a_list``) of every member of a list whose works word is written
    once after it; ``places``: names that are places (the gazetteer's, the report's divisions)."""
    own_head = re.compile(f"(?:{project_head.pattern}|{park_head.pattern})$")
    out = []
    for m in _list_re(project_head.pattern).finditer(st.text):
        if m.end() in st.ends or m.end() == len(st.text):
            out += [(a, b, m.group(4), not_a_list(st, m)) for a, b in _spans(st, m, own_head, places)]
    return out
