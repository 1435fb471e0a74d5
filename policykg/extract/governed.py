"""A project's name that opens with the word governing it (布局东明石化、东营富海等重大项目, shandong: the verb glued to
a list's first member) or whose words before its head are only such words (努力提高项目建设的质量, hailaer-2014: the
tagger reads 努力提高 as a person's name) is no name: the decision (``decide.py``) skips the candidate when it
scores them, so a shorter boundary of the same head may win. The words are data: ``stop_words``, ``lead_words``
(新建淤地坝, shanxi) and ``never_first_words`` of ``projects.yaml``."""
from __future__ import annotations

from functools import lru_cache

from .grammar import Candidate, lexicon, lexicon_raw, strip_leading


@lru_cache(maxsize=1)
def _leads() -> tuple[str, ...]:
    raw = lexicon_raw()
    return tuple(sorted({*raw["stop_words"], *raw["lead_words"], *(raw.get("never_first_words") or ())}, key=len,
                        reverse=True))


def governed_start(c: Candidate) -> bool:
    """Does a project candidate open with a governing word the tokenizer keeps apart, or leave only its head
    once the governing words before it are cut (whatever the tagger made of them)?"""
    if c.kind != "Project":
        return False
    rest, cut = strip_leading(c.name, _leads())
    if not cut:
        return False
    first = next(w for w in _leads() if c.name.startswith(w))
    return c.a + len(first) in c.st.starts or rest in lexicon().project_suffixes
