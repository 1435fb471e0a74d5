"""The indicator phrase of one number+unit candidate (``reading.SentenceReader.named``): the ``Named``
record and the rules that fill it or clean it without the sentence's state — a grouped list's verb and
object, the name inherited from the previous quantity, the name made an indicator."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from ..model import Quantity
from .name_clauses import without_done_clause
from .name_figures import without_second_figure
from .name_lists import after_list
from .phrases import counted_object, right_object, selected_into
from .qlexicon import COUNTED, lexicon, qwords, class_of_unit

_q = partial(qwords, "reading")     # reading's section of quantities.yaml


@dataclass
class Named:
    """The indicator phrase of one candidate and what it took from the text around it."""
    name: str
    source: str            # left | grouped | right | shared | previous | inherited
    start: int
    end: int
    action: list[str]
    rinfo: dict
    linfo: dict


def inherited_name(prev_q: Quantity, action: list[str], unit_class: str) -> str:
    """The previous quantity's name; a stage of works ending it gives way to this chunk's own stage; a
    rate after a count, a size or an amount is of it, its measure word kept (接待游客N亿人次、增长M% →
    游客人数, 推广X N万亩、增长M% → X面积)."""
    base = prev_q.attrs.get("indicator_base", prev_q.indicator)
    whole = prev_q.indicator
    if unit_class == "percent" and class_of_unit(prev_q.unit) != "percent" \
            and whole != base and whole.startswith(base):
        return whole
    stage = re.search(_q("stage_end"), base)
    if stage and action and re.fullmatch(_q("stage_end"), action[-1]) and action[-1] != stage.group():
        return base[:stage.start()] + action[-1]
    return base


def grouped(n: Named, counts: bool, chunk, left_raw: str, right: str) -> None:
    """"X、Y等N个项目开工建设": the indicator is the verb and the counted object."""
    obj, tail = right_object(right)
    verb = _q("grouped_verbs").get(tail, tail) or (n.action[-1] if n.action else "")
    if verb in lexicon("indicators")["generic_verbs"] or (verb in _q("plain_verbs") and len(obj) >= 4):
        verb = ""       # 抓实…等11个重点领域项目 → 重点领域项目; …等6个农业项目建设 → 农业项目
    if counts and obj and (not re.search(_q("kept_verb_objects"), obj) or selected_into(obj, right) != obj):
        obj, verb = selected_into(counted_object(obj), right), ""   # 沿山路小学等8所风雨馆 → 风雨馆; 项目/工程 keep the verb
    listed = n.name.removesuffix(_q("deng"))
    # nothing counted after the number (新组建省实验室、产业创新研究院等10家): the things listed
    after = bool(verb) and re.fullmatch(qwords("name_flows", "after_acts"), verb) \
        and not re.fullmatch(qwords("name_flows", "after_not_acts"), verb)
    n.name, n.source = ((obj + verb) if after else (verb + obj)) if obj else (listed or verb), "grouped"
    gov = re.search(_q("governing"), left_raw)   # the span starts after the first run of governing verbs
    n.start = chunk.start + (gov.end() if gov else n.linfo["lead"])
    n.end = chunk.end


def cleaned(n: Named, cand) -> str | None:
    """The name as an indicator: the list's last member, 投入资金 for a bare 资金; None when
    nothing names the figure or it counts a plan's indicators."""
    name = n.name
    if re.search(_q("list_deng"), name) and n.source == "left":
        name = after_list(name, _q("list_deng"))   # 北师大附属学校、多维绿建等北京项目 → 北京项目
    name = without_done_clause(without_second_figure(name, n.source), n.source)
    if name in _q("bare_heads") and n.action:
        name = n.action[-1] + name          # 投入资金, 实施项目 — the verb is the indicator
    if not name:
        name = (n.action[-1] if n.action else "") + (_q("money_head") if cand.unit_class == "money" else "")
        if not name:
            return None
    if re.search(r"\d", name) and re.fullmatch(r"[\dA-Za-z.+]+", name):
        return None
    if cand.unit_class in COUNTED and name.endswith(_q("plan_indicators")):
        return None   # "提出25项主要指标" counts the plan's indicators, it is not a commitment
    return name
