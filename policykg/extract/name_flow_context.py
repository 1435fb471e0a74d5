"""The flow or act a figure's name takes from the words around its number (issue #13): a flow word before
the things (新增N个X) or after them (X新增N个), 增加 opening the chunk, 分别新增 after a list, a part after its whole
(其中), a making act after 再, a clause closing with a making act (推进N个X建设) and people sent somewhere (选派N名X).
Each reads where the act is written and hands it to ``name_flows.defining_act``, which says how it is named."""
from __future__ import annotations

import re

from ..model import Quantity, Span
from .name_flows import defining_act
from .qlexicon import alternation_of, COUNTED, lexicon, pos_of, qwords, class_of_unit


def _w(key: str) -> str:
    return qwords("name_flows", key)


def added_things(indicator: str, left: str, unit_class: str, measure: str) -> str:
    """Rule: 新增N个X, the flow word read as the change and the things named after the number, counts the things
    added: 新增X数量, as 新增 stands before the thing in every measure (``flow_before``; ``left``: the text of the
    chunk before the number); 增加N个X likewise: 新增X数量 (``added_counts``, names114)."""
    if measure != "change" or unit_class in _w("not_added_classes"):
        return indicator
    written_as = _w("added_counts")
    m = re.search("(" + "|".join(written_as) + "|" + _w("flow_before") + ")$", left)
    return indicator if m is None else defining_act(indicator, [written_as.get(m.group(1), m.group(1))], unit_class,
                                                    "count")


def renewed_act(indicator: str, lead: str, measure: str) -> str:
    """Rule (names61): a making act after 再 right before a count's number (``renewed_acts``: 再建N座X, 再推出N个X) adds the
    things again this year: the act as its 新 form after the things, before the measure (X新建数量, X新推出数量), as the
    dev readers write it, in place of the plain act ``defining_act`` put there (再培育N个X: X培育数量 → X新培育数量, not
    X培育新培育数量; review28). ``lead``: the chunk's words before the number."""
    m = re.search(_w("renewed").format(acts=alternation_of(_w("renewed_acts"))), lead)
    head = re.search(_w("heads"), indicator)
    if measure != "count" or m is None or head is None or head.start() < 2:
        return indicator
    act, things = _w("renewed_acts")[m.group(1)], indicator[:head.start()]
    if act in indicator:
        return indicator
    if re.fullmatch(_w("after_acts"), m.group(1)) and things.endswith(m.group(1)) and len(things) > len(m.group(1)):
        things = things[:-len(m.group(1))]
    return things + act + head.group()


def part_flow(indicator: str, lead: str, previous: str | None) -> str:
    """Rule (names61): a part of the figure before it (``part_lead``: 其中X N户 after 净增Y M户) counts as that figure
    does: the flow opening the previous name (``part_flows``: 新增, 净增, 新登记) opens its own, when it holds none
    (净增经营主体N户，其中企业M户 → 净增企业数量), and so does a 新+verb (``new_acts``: 新引进X N个，其中Y M个 → 新引进Y数量;
    names126); a making act closing the previous name before its measure closes
    the part's too (开工建设保障性住房N套，其中公共租赁住房M套 → 公共租赁住房开工套数; names121). ``lead``: the chunk's
    words before the number."""
    if previous is None or not re.match(_w("part_lead"), lead):
        return indicator
    flows = f"{_w('part_flows')}|{_w('new_acts')}"
    m = re.match(flows, previous)
    if m is None:
        return _part_act(indicator, previous)
    return indicator if re.match(flows, indicator) else m.group() + indicator


def _part_act(indicator: str, previous: str) -> str:
    """The making act (``after_acts``) standing in the previous name right before its measure, put before the
    part's same measure when the part names no act of its own."""
    m = re.search(f"(?P<act>{_w('after_acts')})(?P<measure>{qwords('name_flows', 'heads')})", previous)
    if m is None or not indicator.endswith(m["measure"]) or len(indicator) <= len(m["measure"]) \
            or re.search(_w("after_acts"), indicator):
        return indicator
    return indicator[:-len(m["measure"])] + m["act"] + m["measure"]


def flow_after_things(indicator: str, lead: str, unit_class: str, measure: str) -> str:
    """Rule: things named before a flow word that stands right before their number (X新增N个, X增加N个;
    ``lead``: the chunk's words before the number) are counted as added, as when the word stands before them
    (names40: where the act is written does not change the name): 新增X数量 (X增加N个 too, ``added_counts``).
    Only in a count of things (``COUNTED``): the change of a size or an amount keeps its plain name."""
    m = re.search("(" + _w("flow_after") + "|" + "|".join(_w("added_counts")) + ")$", lead.rstrip())
    if measure != "change" or unit_class not in COUNTED or m is None or lead.rstrip() == m.group():
        return indicator
    return added_things(indicator, m.group(), unit_class, measure)


def added_before_things(indicator: str, lead: str, unit_class: str, measure: str) -> str:
    """Rule (names77): 增加 opening the chunk before a count's number, its things between (``added_before``: 增加X N个),
    counts the things added, as 新增 before them does: 新增X数量. ``lead``: the chunk's words before the number."""
    if measure != "count" or unit_class not in COUNTED or re.match(_w("flow_before"), indicator):
        return indicator
    return indicator if re.match(_w("added_before"), lead.lstrip()) is None else _w("flow_after") + indicator


def respective_flows(text: str, sspan: Span, qs: list[Quantity]) -> None:
    """Rule: a list of things, then 分别新增 or 分别增加 before their numbers (“上海标准”、“上海品牌”分别新增12项和44项;
    X、Y、Z分别增加2个) counts each member as added, as the flow after one thing does (``flow_after_things``):
    新增X数量. A stock after it (累计分别达到64项) is no change and keeps the plain name."""
    for q in qs:
        phrase = str(q.attrs.get("phrase") or "")
        if not phrase or q.attrs.get("measure") != "change" or not sspan.start <= q.span.start < sspan.end:
            continue
        m = re.search(re.escape(phrase) + "(" + _w("respective_flow") + ")", text[sspan.start:q.span.end])
        if m is not None:
            cls = class_of_unit(q.unit)
            q.indicator = flow_after_things(q.indicator, phrase + m.group(1), cls, "change")


def closing_act(indicator: str, clause: str, unit_class: str, measure: str) -> str:
    """Rule: a count whose things are named after its number, in a clause closing with a making act (``closing_acts``:
    推进N个X、M个Y建设, N套X建设任务; ``closing_making``, names104: N条X开工建设, N座X分别在A开工) counts the things made:
    the act after them (Y建设数量, X开工数量), but projects and works, areas and lengths. ``clause``: the rest of the clause."""
    acts = alternation_of(_w("closing_acts")) + _w("closing_making").format(
        starts=alternation_of(_w("start_works")), after=_w("after_acts"))
    m = re.search("(" + acts + ")$", clause)
    if measure != "count" or m is None or re.search(_w("closing_not"), clause[:m.start()]) \
            or _holds_act(clause[:m.start()]) or re.search(f"(?:{lexicon('indicators')['progress_tail']})$", clause) \
            or (m.group(1) not in _w("closing_acts") and re.search(_w("closing_making_breaks"), clause[:m.start()])):
        return indicator    # how the work went (基本建成) is cut (progress_tail); after 和 the act may be another's
    indicator = re.sub("(?:" + _w("start_acts") + ")(?=" + _w("heads") + ")", "", indicator)    # 启动N个X建设 (names117)
    return defining_act(indicator, [_w("closing_acts").get(m.group(1), m.group(1))], unit_class, measure)


def _holds_act(text: str) -> bool:
    """A word of ``text``, as the tagger cuts it, is an act (indicators.yaml action_verbs, generic_verbs), or its
    last word is a verb of two or more characters (获批建设: the act is another's; 热力|站 is a noun mis-cut).
    An act word right before the last word, a noun (``kind_act_heads``), names the things' kind (整治示范村,
    集聚区): no act of its own; the things' alias in brackets (``things_alias``) is read past."""
    words = lexicon("indicators")
    acts = set(words["action_verbs"]) | set(words["generic_verbs"])
    toks = pos_of(re.sub(_w("things_alias"), "", text))
    if not toks or (toks[-1][1] == "v" and len(toks[-1][0]) > 1):
        return True
    kind_at = len(toks) - 2 if toks[-1][1] in _w("kind_act_heads") else -1
    return any(w in acts for i, (w, _) in enumerate(toks) if i != kind_at)


def sent_people(obj: str, lead: str) -> str:
    """Rule: people counted after a sending act (``sending_acts``: 选派N名X到基层, 选派N名X服务Y) are X, without where or
    what for they are sent (``sent_purpose``), cut only after a person noun (``sent_people_heads``); ``lead``: the
    text before the number."""
    if not re.search(_w("sending_acts"), lead):
        return obj
    cut = next((m.start() for m in re.finditer(_w("sent_purpose"), obj)
                if m.start() >= 2 and re.search(_w("sent_people_heads"), obj[:m.start()])), None)
    return obj[:cut] if cut else obj     # a person noun read whole: 医疗服务队员 is no 医疗 sent to serve
