"""The measure word closing a count's or size's name (issue #13): the one its unit or its thing says,
where that is more exact than the unit class's (phrases.indicator_suffix): 万人次 → …人次, 场 → …场次,
期 → …期数, 套 → …套数, 批次 → …批次; a length → …长度, of roads, railways and their routes …里程 (names111);
enterprises counted in 户 → …数量. Counted in the blind dev gold (docs/checks/indicator-measure-names28.md)."""
from __future__ import annotations

import re

from .qlexicon import qwords, split_unit


def measure_word(name: str, unit: str, unit_class: str) -> str:
    """The measure added to ``name`` of a figure in ``unit``: by the unit itself, else by the thing's head
    within its unit class, else the class's own measure ('' if none)."""
    by_unit = qwords("phrases", "unit_suffix")
    base = split_unit(unit)[1] if unit else ""
    if base in by_unit:
        return by_unit[base]
    for rule in qwords("phrases", "head_suffix"):
        if rule["class"] == unit_class and re.search(rule["head"], name):
            return rule["suffix"]
    if unit_class == "length" and not re.search(qwords("phrases", "road_heads"), name):
        return qwords("phrases", "line_suffix")          # 新建绿道N公里 → 绿道长度 (roads keep 里程; names111)
    return qwords("phrases", "class_suffix").get(unit_class, "")


def changed_count(name: str) -> str:
    """Rule (names79): a change in % or 倍 of things or people named bare (高新技术企业增长3.2倍, 来琼工作外国人增长20%)
    is a change in how many there are: the count's measure closes the name (``changed_heads``: …数量, …人数), as
    hainan's gold 来琼工作外国人人数 writes it."""
    for rule in qwords("phrases", "changed_heads"):
        if re.search("(?:" + rule["head"] + ")$", name):
            return name + rule["suffix"]
    return name


def reduced_amount(acts: list[str], measure: str) -> bool:
    """Rule (names128): a change whose last act before the things cuts them (``reduced_acts``: 压减, 减少, 削减) is the
    change of X itself, named plain, with no measure word (减少农村贫困人口N万人 → 农村贫困人口, not …人数)."""
    return measure == "change" and bool(acts) and re.match(qwords("phrases", "reduced_acts"), acts[-1]) is not None
