"""What the clause does with a decided project's name, read as a filter after the decision: a name whose
predicate (past the list it ends, ``predicate_adverbs`` aside) honours it (``not_works`` of
``projects.yaml``: 获评), makes it something that is no works (``becomes``) or measures its traffic
(``flow_words``) names a thing that exists, not works; a name its list closes as kinds (等…领域)
is a kind; a name a title word continues (…中心城市) is a title a city takes, one a designation continues
(天府大道科创大走廊) is part of a corridor's name (``designated``, applied after the decision only), one a place or a
Latin code continues (…国家医学中心青浦院区) is cut short (``continued``, likewise); a name a
founding verb governs (``founders``: 设立A、B) is set up, an organisation or a fund (``founded``, applied after the decision only). Works are
built, opened or completed; the learned decision weighs the verb classes among other features and keeps a share of
such names, the filter drops them (issue #12)."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import CLAUSE_OR_SENTENCE_END, lexicon_raw, pos_tags
from .qlexicon import gwords

_CLAUSE_END = CLAUSE_OR_SENTENCE_END     # and the marks that end a sentence
_SIBLING_JOINERS = gwords("not_works", "sibling_joiners")     # 等 closes the list: its predicate may follow the kind
_END = re.compile(f"[{re.escape(_CLAUSE_END)}]")


@lru_cache(maxsize=1)
def _lex() -> dict:
    raw = lexicon_raw()
    nw = raw["not_works"]
    works = sorted({*raw["construction_after"], *raw["completion_predicates"], *nw["works_marks"]},
                   key=lambda w: (-len(w), w))     # longest first; ties by text, so the pattern is one text
    return {
        "preds": tuple(sorted(nw["predicates"], key=len, reverse=True)),
        "flows": re.compile(f"(?:{'|'.join(map(re.escape, nw['flow_modifiers']))}){{0,3}}"
                            f"(?:{'|'.join(map(re.escape, nw['flow_words']))})"),
        "adverbs": tuple(raw["predicate_adverbs"]),
        "works": re.compile("|".join(map(re.escape, works))),
        "works_longest": len(works[0]),
        "titles": tuple(nw["title_tails"]),
        "designations": re.compile(rf"[^{re.escape(_CLAUSE_END + _SIBLING_JOINERS)}]{{0,{nw['designation_reach']}}}"
                                   rf"(?:{'|'.join(map(re.escape, nw['designation_tails']))})"),
        "becomes": tuple(nw["becomes"]),
        "becomes_works": re.compile("|".join(map(re.escape, nw["becomes_works"]))),
        "works_heads": tuple(nw["becomes_works"]),
        "kinds": re.compile(gwords("not_works", "listed_kind").format(
            end=_CLAUSE_END, reach=nw["kind_reach"], kinds="|".join(map(re.escape, nw["list_kinds"])))),
        "founded": re.compile(rf"(?:{'|'.join(map(re.escape, nw['founders']))})"
                              rf"(?:[^{_CLAUSE_END}]{{0,{nw['founded_reach']}}}、)?$"),
        "founded_window": nw["founded_reach"] + max(map(len, nw["founders"])) + 1,
    }


def founded(text: str, a: int) -> bool:
    """Is the name starting at ``a`` set up, not built: right after a founding verb (``founders``: 设立, 组建), or a
    later member of the list that verb opens (设立A、B: nothing but members and 、 between, no works word)?"""
    lex = _lex()
    pos = max(0, a - lex["founded_window"])
    while (m := lex["founded"].search(text, pos, a)) is not None:
        if not _ends_a_works_word(text, m.start(), lex["works"], lex["works_longest"]):
            return not lex["works"].search(m.group(0))
        pos = m.start() + 1
    return False


def _ends_a_works_word(text: str, s: int, works: re.Pattern, longest: int) -> bool:
    """Does a works word run over position ``s``: the founding verb there its second half (建设立体停车场、…,
    新建成立交桥、…: 设立 and 成立 read inside 建设 and 建成 made the next list member founded)?"""
    for x in range(max(0, s - longest + 1), s):
        w = works.match(text, x)
        if w is not None and w.end() > s:
            return True
    return False


def _rest(text: str, b: int) -> str:
    """The clause after position ``b``."""
    m = _END.search(text, b)
    return text[b:m.start() if m else len(text)]


def _past_list(rest: str, lex: dict) -> range:
    """Where in ``rest`` the predicate of a name may start: right after it, and, when the name is joined
    to the members after it, after each later member (cut at the first works word: a list that is built
    is works, whatever follows). Offsets, not copies: a long list made this quadratic."""
    if rest[:1] not in _SIBLING_JOINERS:
        return range(1)
    m = lex["works"].search(rest)
    return range((m.start() if m else len(rest)) + 1)


def _predicate(s: str, i: int, lex: dict, headed: bool = False) -> bool:
    """Does a predicate at ``i`` make the name no works? A name headed by a works word (``becomes_works``:
    …项目, …工程) stays works whatever honour or role it takes (…保护利用项目获评…, …一体化项目成为…)."""
    for adv in lex["adverbs"]:
        if s.startswith(adv, i):
            i += len(adv)
            break
    if headed:
        return bool(lex["flows"].match(s, i))
    if s.startswith(lex["becomes"], i):     # what it becomes is works, or a thing that exists
        return not lex["becomes_works"].search(s, i)
    return s.startswith(lex["preds"], i) or bool(lex["flows"].match(s, i))


def not_works(text: str, a: int, b: int) -> bool:
    """Is the name at [a, b) of ``text`` part of a title (``title_tails`` right after it), honoured by its
    predicate or closed as a kind by its list: not a project?"""
    lex = _lex()
    rest = _rest(text, b)
    if rest.startswith(lex["titles"]):
        return True
    headed = text[a:b].endswith(lex["works_heads"])
    return any(_predicate(rest, i, lex, headed) or lex["kinds"].match(rest, i) for i in _past_list(rest, lex))


def designated(text: str, a: int, b: int) -> bool:
    """Does a corridor's designation continue the name at [a, b) (``designation_tails`` within ``designation_reach``
    characters, no joiner or clause mark between: 天府大道科创大走廊)? After the decision only, as ``founded``: taken
    out of the fit's examples as well (``train.report_examples``), it shifted the fit (leave one report out: two
    required names lost on jinghai and shanxi)."""
    return bool(_lex()["designations"].match(_rest(text, b)))


def continued(text: str, b: int) -> bool:
    """Does a place or a Latin code right after the name ending at ``b`` go on naming it (``continued_tags``:
    中山医院国家医学中心青浦院区, 南宁吴圩机场T3航站区)? The name stops short of what the text names, a cut name.
    A class word jieba tags as a place (城市 of …消费中心城市, ``generic_words``) names no place. After the decision
    only, as ``designated``."""
    raw = lexicon_raw()
    words = pos_tags(text[b:b + raw["not_works"]["continued_reach"]])
    return bool(words) and words[0][1] in raw["not_works"]["continued_tags"] and words[0][0] not in raw["generic_words"]


def in_use(text: str, a: int, b: int) -> bool:
    """Does the clause use the name at [a, b) as a thing that runs, not build it: right after a verb that rests on
    it (``in_use.before``: 依托X发展…) or right before its state or its use (``in_use.after``: X水源地保护,
    X安全运行)? A filter after the decision, as ``designated``."""
    raw = lexicon_raw()["not_works"]["in_use"]
    return text.endswith(tuple(raw["before"]), 0, a) or text.startswith(tuple(raw["after"]), b)
