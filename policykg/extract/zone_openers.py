"""Whose a count is when a zone opens its sentence as the subject. A park, development zone or eco-city
written first and followed by what it does (子牙经开区重点推动…等5个项目开工建设; X产业园累计完成投资…，新建成的
4个4S店正式运营) owns the things the sentence counts: the zone's projects, not all of the place's (names42)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .qlexicon import pos_of, qwords, starts_with_verb


def _w(key: str):
    return qwords("zone_openers", key)


def opening_zone(sentence: str) -> str:
    """The zone that opens ``sentence`` as its subject (an adverb or verb right after it), or ''."""
    lead = re.match(_w("lead"), sentence)
    rest = sentence[lead.end():] if lead else sentence
    m = re.match(_w("zone"), rest)
    if not m or starts_with_verb(m["zone"]):
        return ""       # 出台飞地园区支持政策: the zone is what is acted on, not who acts
    after = rest[m.end():]
    if not after or re.match(_w("not_after"), after):
        return ""
    return m["zone"] if after.startswith(_w("after_words")) or _opens_with(after, _w("after_tags")) \
        or _opens_with_act(after) else ""


def _opens_with_act(phrase: str) -> bool:
    """Does ``phrase`` open with an act jieba does not tag a verb (新入驻, 新开工, 建成投产)?"""
    new = _w("new_mark")
    return phrase.startswith(tuple(_w("act_words"))) or (phrase.startswith(new) and starts_with_verb(phrase[len(new):]))


def _opens_with(phrase: str, tags: tuple[str, ...]) -> bool:
    """Does ``phrase`` open with a word of one of ``tags`` (jieba's)?"""
    words = pos_of(phrase[:6])
    return bool(words) and words[0][1] in tags


def _zone_clause(text: str, sspan: Span, q: Quantity) -> bool:
    """Is q in the zone's clause, or in a later one that opens with an act (…，推动N个项目开工建设) or with 其中 and
    then the count or an act? Not after 其中 and a subject of its own (其中B区引进…), nor a pronoun's (我市引进…)."""
    clauses = re.split(_w("clause_marks"), text[sspan.start:q.span.start])
    if len(clauses) == 1:
        return True
    opening = clauses[-1].strip()
    part = re.match(_w("part_of"), opening)
    opening = (opening[part.end():] if part else opening) or text[q.span.start:q.span.end]
    tags = tuple(_w("clause_tags")) + (tuple(_w("part_of_tags")) if part else ())   # 其中56项…: a part of them
    return starts_with_verb(opening) or _opens_with(opening, tags) or _opens_with_act(opening)


def _zone_name(zone: str, base: str, act: str = "") -> str:
    """The zone's name for a count: bare projects keep 开工 after them and drop 建设 (开工建设项目 → X项目开工); ACT, the
    act peeled before bare projects the name no longer opens with (建成投产项目N个: names126), likewise."""
    m = re.fullmatch(_w("bare_project"), base)
    if not m:
        return zone + base
    return zone + _w("project_word") + _w("kept_project_acts").get(m["act"] or act, "")


def _inherited_flow(indicator: str) -> str:
    """The flow or 新+verb a part (其中X N户) took from the figure before it (name_flow_context.part_flow), which its own
    words do not hold: kept before the things as a written one is (其中投资亿元以上企业 after 新入驻企业 → 新入驻…; names126)."""
    flows = qwords("name_flows", "part_flows") + "|" + qwords("name_flows", "new_acts")
    m = re.match(flows, indicator)
    return m.group() if m else ""


def own_zone_openers(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a count in a sentence that opens with a zone as its subject, whose name and quote do not name
    the zone, is the zone's (子牙经开区重点推动废旧动力电池回收利用等5个项目开工建设 → 子牙经开区项目开工数量)."""
    zone = opening_zone(text[sspan.start:sspan.end])
    if not zone:
        return
    for q in starting_in(sspan, out):
        base = q.name_base
        if q.attrs.get("measure") != _w("measure") or zone in base or zone in q.label \
                or not _zone_clause(text, sspan, q):
            continue
        act = "".join(q.attrs.get("action") or []) or _inherited_flow(q.indicator)
        kept = act if act and q.indicator.startswith(act) and not base.startswith(act) else ""
        rename(q, _zone_name(zone, kept + base, act))
