"""Number rules on the words around a candidate: policy names, framing, rankings, preparatory work,
partner counts and names of events are not figures."""
from __future__ import annotations

import re
from functools import partial

from .qlexicon import bare_unit, lexicon, qwords


_q = partial(qwords, "filters")     # this module's section of quantities.yaml


def is_policy_name(left_raw: str, cand, right: str = "") -> bool:
    """Rule: "落实惠企21条" — N条 after a policy verb names a document, unless it counts roads/rivers
    (named before the number or right after it: "实施城区20条道路的改造提升")."""
    if not bare_unit(cand.unit).endswith(_q("policy_unit")):
        return False
    verbs = lexicon("indicators")["policy_doc_verbs"]
    return any(v in left_raw for v in verbs) and not re.search(_q("linear_things"), left_raw[-6:] + right[:4])


def is_preparatory(clause_right: str) -> bool:
    """Rule: a capacity named in a project that is only prepared or approved this year is not a
    commitment: "大唐哈克5万千瓦风电…等重点项目前期工作", "大唐700万吨露天矿完成核准"."""
    return re.search(_q("preparatory"), clause_right) is not None


def is_partner_count(clause_left: str, right: str) -> bool:
    """Rule: "强化与周边7个口岸的协作联动" counts partners of a cooperation, not a commitment."""
    return re.search(_q("partner_lead"), clause_left) is not None and \
        re.search(_q("partner_acts"), right) is not None


def is_name_number(unit_class: str, right: str) -> bool:
    """Rule: "创新创业青年50人论坛" — people counted in the name of an event or programme."""
    return unit_class == "person" and re.match(_q("event_names"), right) is not None


def is_framing(left_raw: str, right: str) -> bool:
    """Rule: "以大邱庄等5家中心卫生院为重点" frames a task, it is not a target."""
    return left_raw.endswith(_q("framing_list")) and _q("framing_by") in left_raw \
        and re.search(_q("framing_as"), right) is not None


def is_ranking(left_raw: str, right: str) -> bool:
    """Rule: rankings and ordinals (居全国第4位, 前3名) are not measurements."""
    return bool(re.search(_q("ranking_before"), left_raw)) or right.startswith(_q("ranking_after"))
