"""Works completed (竣工, 竣工投产) counted in a name (names127): the act stays after the things, as 建成投产 does.

Two shapes the other act rules miss. Bare projects written after their act (竣工投产项目N个, 开工项目N个) keep the act
after 项目, as a zone's bare projects do (``zone_openers.kept_project_acts``): 项目竣工投产数量, 项目开工数量. A list member
whose things are inherited from the member before and whose own words before the number are only a making act
(新开工X N套、竣工M套; 新开工X N个、竣工投产M个) counts the things so made: the act is that member's, not dropped."""
from __future__ import annotations

import re

from .qlexicon import qwords


def bare_project_act(name: str, measure: str) -> str:
    """A count named ACT项目 + measure word (``zone_openers.bare_project``) as 项目 + the kept act + the measure word
    (竣工投产项目数量 → 项目竣工投产数量; 开工建设项目数量 → 项目开工数量); any other name unchanged."""
    head = re.search(qwords("name_flows", "heads") + "$", name)
    if measure != "count" or head is None:
        return name
    m = re.fullmatch(qwords("zone_openers", "bare_project"), name[:head.start()])
    act = qwords("zone_openers", "kept_project_acts").get(m["act"] or "", "") if m else ""
    return qwords("zone_openers", "project_word") + act + head.group() if act else name


def inherited_member_act(action: list[str], source: str, lead: str) -> list[str]:
    """ACTION (the acts an inherited name keeps: none) with, for a list member named by inheritance (``source``
    inherited) whose own words before the number (``lead``) are one making act alone (``name_flows.after_acts``:
    竣工, 竣工投产, 建成), that act."""
    lead = lead.strip()
    if source != "inherited" or not re.fullmatch(qwords("name_flows", "after_acts"), lead):
        return action
    return [*action, lead]
