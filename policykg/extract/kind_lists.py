"""A list of kinds of infrastructure (issue #12, projprec47): a name that is a member of a list closed by 等 and one of
``kind_lists.closers`` of ``projects.yaml`` right after it (次干道路、变电站、输配电线路等基础设施工程) names a kind of
thing, the guideline's generic kind (基础设施项目), not works. A word between 等 and the closer sorts named works
(…天山国际机场…等重大基础设施投运; …省低空运行管理服务平台等新型基础设施): such a list is not read. A filter after
the decision on every pass's names (``entities._kind``), not in the fit: no retraining."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import CLAUSE_OR_SENTENCE_END, lexicon_raw
from .qlexicon import gwords

_MEMBER_MARKS = gwords("kind_lists", "member_marks")     # a mark that opens the next member of the list


@lru_cache(maxsize=1)
def _closed_as_kinds() -> re.Pattern:
    """The rest of a list member's clause when the list closes as kinds: later members, then 等 and a closer."""
    k = lexicon_raw()["kind_lists"]
    stop = re.escape(CLAUSE_OR_SENTENCE_END + _MEMBER_MARKS + gwords("kind_lists", "closer"))
    closers = "|".join(map(re.escape, k["closers"]))
    return re.compile(gwords("kind_lists", "closed").format(marks=re.escape(_MEMBER_MARKS), stop=stop, member=k["member"],
                                                          closers=closers))


def listed_kind(text: str, a: int, b: int) -> bool:
    """Is the name at [a, b) of the sentence ``text`` a member of a list that 等 and a ``kind_lists.closers`` word
    close: a kind of infrastructure, not works?"""
    return bool(_closed_as_kinds().match(text, b))
