"""Whose a sentence's figures are when the sentence before is a headline naming its topic. A district report
opens a paragraph with a one-clause headline (东山组团建设全面铺开。实施市区道路畅通工程。教育基础设施投入不断加大。)
and gives that topic's figures in the next sentence with no owner of their own: a zone's counts and a bare
investment opening the sentence are the topic's (names80: hailaer-2014, hailaer-2017)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .qlexicon import qwords


def _w(key: str):
    return qwords("headline_topics", key)


def headline_topic(text: str, sspan: Span) -> str:
    """The topic the headline sentence right before ``sspan`` names, or ''."""
    start = max(0, sspan.start - _w("reach"))
    before = text[start:sspan.start].rstrip()
    if not before.endswith(_w("close")):
        return ""
    pieces = re.split(_w("sentence_ends"), before[:-1])
    if len(pieces) < 2 and start > 0:
        return ""       # a longer sentence, cut by the reach: no headline
    headline = pieces[-1]
    headline = headline[re.match(_w("lead"), headline).end():]
    m = re.fullmatch(_w("headline"), headline)
    return next((m[g] for g in _w("groups") if m and m[g]), "")


def own_headline_topics(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: after a headline naming a zone, the counts of the sentence not naming it are the zone's
    (东山组团建设全面铺开。…3条主干道路完工 → 东山组团主干道路数量), an act written into the name kept (9条次干道路开工建设 →
    东山组团次干道路开工数量, hailaer-2014's gold); after any headline, a bare investment opening
    the sentence is the topic's (实施市区道路畅通工程。投资4.7亿元 → 市区道路畅通工程投资)."""
    topic = headline_topic(text, sspan)
    if not topic:
        return
    zone = re.search(_w("zone"), topic)
    for q in starting_in(sspan, out):
        base = q.name_base
        if topic in base or topic in q.label:
            continue
        if base in _w("bare_investments") and q.span.start - sspan.start <= _w("max_lead"):
            rename(q, topic + _w("investment"))
        elif zone and q.attrs.get("measure") == _w("measure"):
            named = q.indicator
            rename(q, topic + base)
            if named.startswith(base) and q.indicator.startswith(topic + base):
                q.indicator = topic + named     # the act after the things stays: 次干道路开工数量 (names104)
