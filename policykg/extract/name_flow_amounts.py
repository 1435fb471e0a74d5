"""Money named by the flow it came to (names98, issue #13): a level of money whose name ends in a flow verb
(融资, 到位) right after the thing that raised or received it names no measure, and the dev golds add 额
(政府投融资平台融资额, hailaer-2017; 市外内资外资到位额, jinghai). A flow after no thing (直接融资, hubei's whole) is
a standard name and stays. Things the year issued or recruited (发布, 释放, 招募 opening the words before the number)
keep that act before them, and so does a 新+verb written in a figure's own words when its name comes from elsewhere
(names104). The words are data (``name_flow_amounts`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re

from ..model import Quantity
from .name_flows import defining_act
from .qlexicon import pos_of, qwords, class_of_unit


def flow_amount(name: str) -> str:
    """``name`` + 额 when it ends in a flow verb after a thing; else ``name``."""
    spec = qwords("name_flow_amounts", "flows")
    flow = next((f for f in spec if name.endswith(f)), None)
    if flow is None or len(name) <= len(flow):
        return name
    words = list(pos_of(name[:-len(flow)]))
    if not words or not re.match(qwords("name_flow_amounts", "owner_tags"), words[-1][1]):
        return name
    return name + qwords("name_flow_amounts", "measure")


def own_flow_amounts(out: list[Quantity]) -> None:
    """Rule: each level of money named by its flow alone is that flow's amount (see the module)."""
    for q in out:
        money = class_of_unit(q.unit) == "money"
        if money and q.attrs.get("measure") == "level" and q.indicator:
            q.indicator = flow_amount(q.indicator)


def issued_things(name: str, acts: list[str], lead: str, measure: str) -> str:
    """Rule (names104): an act that issues or recruits the things counted (``issue_acts``: 发布, 释放, 招募), the last
    act read before them or the first word of ``lead`` (the words before the number), is what the figure measures, a
    flow: it stays before the things, as the dev golds write it (发布就业岗位N个 → 发布就业岗位数量, neimenggu; 招募X N名、
    Y N名 → 招募Y人数, shanxi). Not in a growth, share or change, nor when the name holds it."""
    issue = qwords("name_flow_amounts", "issue_acts")
    words = pos_of(lead.strip())
    act = acts[-1] if acts and re.fullmatch(issue, acts[-1]) else words[0][0] if words else ""
    if not name or measure in ("growth", "share", "change") or not re.fullmatch(issue, act) or act in name:
        return name
    return act + name


def kept_new_act(name: str, lead: str, source: str, unit_class: str, measure: str) -> str:
    """Rule (names104): a figure whose name comes from elsewhere, the figure before (``source`` inherited: 续建安置房N套，
    新开工M套) or its list whole (grouped: 新组建A、B等N家), keeps the 新+verb (``new_acts``) opening its own words
    before the number (``lead``) as a name read there does: before the things (新开工安置房套数, heilongjiang's gold;
    新组建A、B数量, anhui's), with ``defining_act``'s exceptions (an area or a length of things built)."""
    m = re.match(qwords("name_flows", "new_acts"), lead.lstrip())
    if source not in ("inherited", "grouped") or m is None or m.group() in name:
        return name
    return defining_act(name, [m.group()], unit_class, measure)
