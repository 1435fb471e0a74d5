"""The total length of works named 总长度 (names123): a length is 里程 for roads and 长度 for other lines, whatever
total word the text writes, and the works built new and treated keep their plain name (hailaer-2017's gold: 完成65条、
总长度57.9公里的城市道路新建改造 → 城市道路里程); a bare total right after the count of its works is theirs (新建和改造
城市道路12条、总长26公里 → 城市道路里程, the probe county-2015)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .measure_words import measure_word
from .qlexicon import class_of_unit, qwords


def _w(key: str):
    return qwords("total_lengths", key)


def _counted_before(text: str, q: Quantity, before: Quantity | None) -> str:
    """The things the figure right before q counts, when only a joining mark stands between them, else ''."""
    if before is None or before.attrs.get("measure") != "count":
        return ""
    if not re.fullmatch(_w("between"), text[before.span.end:q.span.start]):
        return ""
    return re.sub(_w("count_words"), "", before.name_base)


def own_total_lengths(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a length named …总长度 (or the bare 总长) measures its works by their class's length word."""
    mine = starting_in(sspan, out)
    for i, q in enumerate(mine):
        m = re.fullmatch(_w("total"), q.name_base)
        if not m or class_of_unit(q.unit) != "length":
            continue
        thing = re.sub(_w("built_treated"), "", m["thing"] or "") or _counted_before(text, q, mine[i - 1] if i else None)
        if len(thing) >= 2:
            rename(q, thing + measure_word(thing, q.unit, "length"))
