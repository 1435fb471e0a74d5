"""Times in a row a work was rated (X连续N次获评Y): the count is of the ratings, not of X (names81)."""
from __future__ import annotations

import re

from ..model import Quantity, Span, starting_in
from .qlexicon import qwords


def own_streak_awards(text: str, sspan: Span, out: list[Quantity]) -> None:
    """Rule: a count of times that closes ``X连续N次`` and is followed by the rating won (获评全国优秀,
    获全国先进典型) names the times X won it: 长江十年禁渔连续4次获评全国优秀 → 长江十年禁渔获评全国优秀次数.
    X is the text of the clause before 连续, so a list the parser split (援藏援疆工作) stays whole."""
    streak = re.compile(qwords("streak_awards", "streak"))
    won = re.compile(qwords("streak_awards", "won"))
    opener = re.compile(qwords("streak_awards", "clause_marks"))
    for q in starting_in(sspan, out):
        # the streak this count closes, not the sentence's first one (a second X连续N次 in the sentence)
        m = next((m for m in streak.finditer(text, sspan.start, q.span.end) if m.end() == q.span.end), None)
        if m is None:
            continue
        after = won.match(text, q.span.end, sspan.end)
        start = max((c.end() for c in opener.finditer(text, sspan.start, m.start())), default=sspan.start)
        thing = text[start:m.start()]
        if after and 2 <= len(thing) <= 20:
            name = thing + after.group(0) + qwords("streak_awards", "suffix")
            q.indicator = name
            q.attrs["indicator_base"] = name
