"""Whether a project's name is the whole name the report writes there. A name whose head is followed,
with no mark between, by more name words closing on another project head is cut short (白龙港三期 of
白龙港三期污水处理设施, G98环岛高速 of G98环岛高速提档扩容工程): the decision (``decide.py``) keeps
no such name, whatever its score; the longer one is weighed as its own head. How far a name may run on,
and the words that end the run, are in ``data/lexicons/grammar.yaml`` (``name_run_on``)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import resources
from .grammar import LIST_WORDS, NAME_CHAR, Candidate, TokSentence, lexicon, lexicon_raw
from .name_grammar import head_res


@lru_cache(maxsize=1)
def _words() -> dict:
    return resources.lexicon_data("grammar")["name_run_on"]


@lru_cache(maxsize=1)
def _stops() -> tuple[str, ...]:
    """Words that end the run after a name: its predicate (``construction_after``, ``completion_predicates``,
    ``predicate_adverbs``, ``verb_classes`` of projects.yaml), a list word, or ``name_run_on.stops`` (全线, 上线)."""
    raw = lexicon_raw()
    verbs = [w for ws in raw["verb_classes"].values() for w in ws]
    return tuple((*_words()["stops"], *lexicon().cons_after, *raw["completion_predicates"], *raw["predicate_adverbs"],
                  *verbs, *LIST_WORDS))


def stretch_end(st: TokSentence, b: int) -> int:
    """Where the unbroken run of name characters from ``b`` ends: at most ``reach`` characters on, before a
    predicate or extent word, or a function word standing alone (``stop_chars``: 等, 和, 的)."""
    text, e, reach = st.text, b, _words()["reach"]
    stop_chars = lexicon().stop_chars
    while e < len(text) and e - b < reach and NAME_CHAR.match(text[e]) and not text.startswith(_stops(), e) \
            and not (text[e] in stop_chars and e in st.starts and e + 1 in st.ends):
        e += 1
    return e


def runs_on(st: TokSentence, b: int, heads: re.Pattern) -> bool:
    """Does a project head close a longer name in the run of name characters right after ``b``, past more
    name words (a head right at ``b`` is the same name with a longer head: X高速公路, X项目)?"""
    e = stretch_end(st, b)
    return any(m.start() > b and (m.end() in st.ends or m.end() == e) for m in heads.finditer(st.text, b, e))


def cut_short(c: Candidate) -> bool:
    """Is a project candidate cut short: does the report's name run on past it (``runs_on``)?"""
    return c.kind == "Project" and runs_on(c.st, c.b, dict(head_res())["Project"])


def overruns(c: Candidate) -> bool:
    """Does a project candidate run over a word that ends a name's run (``name_run_on.stops``: 完成 of
    蒙华铁路湖北段完成主体工程), at a word start past its first word? Its name is the stretch before it."""
    return c.kind == "Project" and any(c.a < t[0] < c.b and c.st.text.startswith(tuple(_words()["stops"]), t[0])
                                       for t in c.st.tokens)


def without_run_on_tail(c: Candidate) -> Candidate:
    """Rule (projects63): a project's name never ends on a word that ends a name's run (``name_run_on.stops``:
    全线 of 宿连三级航道全线通航, a list's last member): the name is the stretch before it."""
    tail = next((w for w in _words()["stops"] if c.name.endswith(w) and len(c.name) > len(w) + 1), None)
    if c.kind != "Project" or tail is None or c.b - len(tail) not in c.st.ends:
        return c
    return replace(c, name=c.name[:-len(tail)], b=c.b - len(tail))
