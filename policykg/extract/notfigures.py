"""Numbers that are not figures (patterns in ``not_figures`` of data/lexicons/indicators.yaml):

- a count of thresholds or tiers: "地区生产总值连续迈上4个万亿元台阶", "3个千亿级产业" — the number
  belongs to a milestone phrase, the measure is stated beside it;
- a scope: "长江沿线1公里化工腾退地块", "半径5公里范围内" — the distance delimits what is counted;
- a restatement: "5.5%左右的预期增长目标与“十五五”发展目标总体衔接", "确定4.5%左右的增长目标" —
  the target is stated in the list of main targets, this sentence explains it;
- a count of the report's own parts: "N个方面工作".
"""
from __future__ import annotations

import re
from functools import cache


@cache
def _rx(key: str) -> re.Pattern:
    from .qlexicon import lexicon
    return re.compile("|".join(f"(?:{p})" for p in lexicon("indicators")["not_figures"][key]))


def is_threshold_count(unit_class: str, right: str) -> bool:
    return unit_class == "count" and _rx("threshold_after").match(right) is not None


def is_scope(unit_class: str, left: str, right: str) -> bool:
    if unit_class not in ("length", "area"):
        return False
    return _rx("scope_before").search(left) is not None or _rx("scope_after").match(right) is not None


def is_outline_count(unit_class: str, right: str) -> bool:
    return unit_class == "count" and _rx("outline_after").match(right) is not None


def is_restatement(right: str) -> bool:
    return _rx("restatement_after").match(right) is not None
