"""A count of things that rank in the country (N种X产量居全国第1位, N项指标居全国第一; names61): what is counted is the
things, named after how they rank (产量居全国第1位的X数量), not a rank with a measure word glued on
(X产量居全国第1位数量). The words are data (``name_ranks`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re

from .qlexicon import pos_of, qwords


def _w(key: str):
    return qwords("name_ranks", key)


def ranked_things(name: str, measure: str) -> str:
    """Rule: a count's name of things, a measure of theirs (``measures``) and a rank (``rank``) before the count word
    names the things after the rank and the measure: 农产品产量居全国第1位数量 → 产量居全国第1位的农产品数量,
    指标居全国第一数量 → 居全国第一的指标数量. Unchanged when no listed measure splits the things from it and the things
    are more than one word (by the tagger)."""
    m = re.fullmatch("(?P<body>.{2,}?)(?P<rank>" + _w("rank") + ")(?P<head>" + _w("count_word") + ")", name)
    if measure != "count" or m is None:
        return name
    body = m.group("body")
    cut = re.search(_w("measures"), body[2:])
    at = cut.start() + 2 if cut else len(body)
    if cut is None and len(pos_of(body)) > 1:
        return name
    return body[at:] + m.group("rank") + _w("of") + body[:at] + m.group("head")
