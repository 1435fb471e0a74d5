"""A project's name that opens with the word governing it (布局东明石化、东营富海等重大项目, shandong: the verb glued to
a list's first member) is cut to the name after it, and one whose words before its head are only such words
(努力提高项目建设的质量, hailaer-2014: the tagger reads 努力提高 as a person's name; 新建淤地坝, shanxi) is no name. The
decision cuts its kept names after scoring them (``decide.py``: skipping them before lost 时代广场 of 力争时代广场, a
shorter boundary scoring lower); every pass's names are checked after (``entities.py``). A word followed by a place
unit is a place's name (建设办事处, hailaer-2013). The words are data: ``stop_words``, ``lead_words``,
``never_first_words`` and ``place_units`` of ``projects.yaml``."""
from __future__ import annotations

from functools import lru_cache

from .grammar import Candidate, lexicon, lexicon_raw, strip_leading


@lru_cache(maxsize=1)
def _leads() -> tuple[str, ...]:
    raw = lexicon_raw()
    return tuple(sorted({*raw["stop_words"], *raw["lead_words"], *(raw.get("never_first_words") or ())},
                        key=lambda w: (-len(w), w)))


def _cut(c: Candidate) -> tuple[int, bool]:
    """How many characters of governing words open the project candidate, and whether only its head is left."""
    if c.kind != "Project":
        return 0, False
    rest, cut = strip_leading(c.name, _leads())
    if not cut:
        return 0, False
    first = next(w for w in _leads() if c.name.startswith(w))
    if c.name.startswith(tuple(lexicon_raw()["place_units"]), len(first)):
        return 0, False
    if rest in lexicon().project_suffixes:
        return cut, True
    return (cut, False) if c.a + len(first) in c.st.starts else (0, False)


def governed_start(c: Candidate) -> bool:
    """Does a project candidate open with a governing word the tokenizer keeps apart, or leave only its head
    once the governing words before it are cut (whatever the tagger made of them)?"""
    return _cut(c)[0] > 0


def ungoverned(c: Candidate) -> Candidate | None:
    """A kept project without the governing words that open it (a new candidate, as the decision's other passes
    make); None when only its head is left."""
    cut, bare = _cut(c)
    if bare:
        return None
    return Candidate(c.kind, c.name[cut:], c.a + cut, c.b, c.st, dict(c.attrs)) if cut else c
