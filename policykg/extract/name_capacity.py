"""A capacity written right before the plant or line it measures, the thing closing its clause (关停X公司3.5万吨造纸
生产线; 布局建设700万千瓦新型储能项目; names65): the figure is that thing's capacity (造纸生产线产能, 新型储能项目规模),
not a measure of the words before the number (nor, after a bare verb, the plant alone). A treating act (关停)
stands after the thing, before the measure, as in a count; an organisation before the number owns the thing. The words are data (``name_capacity`` in
data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re

from .qlexicon import qwords, treating_acts


def _w(key: str):
    return qwords("name_capacity", key)


def plant_capacity(left_name: str, action: list[str], right: str, unit_class: str) -> str:
    """The name of a capacity whose plant is ``right`` (the chunk after the number), or '' when the figure is no
    such capacity; ``left_name`` and ``action`` are what the left of the number was read as (``left_name`` is ''
    when the left held only a verb: 完成2100万千瓦火电机组)."""
    measure = _w("measures").get(unit_class)
    m = re.fullmatch(_w("thing"), right.strip()) if measure else None
    if m is None:
        return ""
    owner = left_name if re.fullmatch(_w("owner"), left_name) else ""
    acts = [a.group() for w in action if (a := re.search(treating_acts(), w))]
    return owner + m.group("thing") + (acts[-1] if acts else "") + measure
