"""A bare measure paired with the figure right before it (names94; issue 13). A figure named by measure words alone
(支出, 总花费, 货币价值, 产值占全省比重) written in a list right after a figure of a thing and its measure (X收入, X人数,
X数量) measures that thing: 地方一般公共预算收入增长2.3%、支出首次超过… → 地方一般公共预算支出 (yunnan);
游客人数和总花费分别增长… → 游客总花费 (hunan); 盘活X345处、货币价值… → X盘活货币价值 (jilin). Not a part of the
figure before (其中税收收入…: the same measure, or 其中), nor a figure the list's mark does not join to it."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .name_owner import is_bare
from .qlexicon import qwords, class_of_unit


def _w(key: str):
    return qwords("name_paired", key)


def paired_owner(text: str, prev: Quantity, q: Quantity) -> str:
    """The thing of ``prev`` that the bare measure ``q`` after it measures too, or ''."""
    gap = re.fullmatch(_w("gap"), text[prev.span.end:q.span.start])
    if not gap or (gap["bare"] and not gap["bare"].startswith(q.name_base[:2])):
        return ""       # the words after the mark are not the bare measure's own
    name = prev.indicator       # with its measure (省级行政部门房产盘活数量)
    measure = max((h for h in _w("measures") if name.endswith(h)), key=len, default="")
    thing = name[:len(name) - len(measure)]
    if not measure or len(thing) < 2 or q.name_base.endswith(measure) or re.search(_w("not_thing"), thing):
        return ""       # 收入…、税收收入: a part of the same measure, not a measure of the thing
    if q.name_base.startswith(_w("yields")) and class_of_unit(prev.unit) in _w("no_yield"):
        return ""       # people, households, money counted before it yield nothing
    return thing


def own_paired_measures(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: name each bare measure of one sentence after the thing of the figure its list joins it to."""
    mine = starting_in(sspan, out)
    for prev, q in zip(mine, mine[1:]):
        if is_bare(q.name_base) and not is_bare(prev.name_base) and (owner := paired_owner(text, prev, q)):
            rename(q, owner + q.name_base)
