"""Numbers that are not figures (patterns in ``not_figures`` of data/lexicons/indicators.yaml):

- a count of thresholds or tiers: "地区生产总值连续迈上4个万亿元台阶", "3个千亿级产业" — the number
  belongs to a milestone phrase, the measure is stated beside it;
- a scope: "长江沿线1公里化工腾退地块", "半径5公里范围内" — the distance delimits what is counted;
- a grade: "时速350公里高铁", "4.5米水深航道" — the number names a class of thing;
- a threshold: a size or count bound inside the noun phrase naming what qualifies ("N亿元以上项目",
  "N单以上的经营主体"), or a size a place reached to qualify ("过N万亿元省份") — the number says which
  things count, nothing is promised about it;
- a restatement: "5.5%左右的预期增长目标与“十五五”发展目标总体衔接", "确定4.5%左右的增长目标" —
  the target is stated in the list of main targets, this sentence explains it;
- a count of the report's own parts: "N个方面工作";
- a capacity inside a project's name: "N万吨X项目年内投产", "N万千瓦X光热电站建设", or inside a member of
  a list of projects closed by 等项目 — what is committed is the project, nothing about its capacity
  (docs/annotation-guideline.md, Not quantities);
- an age bounding who qualifies: "65岁以上老年人", "0—6岁儿童";
- a scope: a count of an existing set the clause strengthens or focuses on ("做优做强5个国家先进制造业集群",
  "聚焦13个产业集群"), or says runs better ("3个综保区高质量发展"), and a count of a plan's own items
  ("30项举措", "18个领域的重点任务", "1—2个主导产业") — words in ``notfigures`` of quantities.yaml.
"""
from __future__ import annotations

import re
from functools import cache, partial

from .qlexicon import qwords

_q = partial(qwords, "notfigures")     # this module's section of quantities.yaml


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


def is_threshold(unit_class: str, after: str) -> bool:
    """A size bound followed by the thing it qualifies (not by a verb: 1000亿元以上用于… is an amount), a
    size followed by the place that reached it, or a count bound followed by 的 and the thing; `after` is
    the text after the number and unit."""
    from .qlexicon import COUNTED, lexicon, starts_with_verb
    if unit_class in lexicon("indicators")["not_figures"]["threshold_size_classes"]:
        m = _rx("threshold_size_after").match(after)
        if m is not None and not starts_with_verb(after[m.end() - 1:]):
            return True
        return _rx("threshold_place_after").match(after) is not None
    return unit_class in COUNTED and _rx("threshold_count_after").match(after) is not None


def is_grade(unit_class: str, left: str, right: str) -> bool:
    return unit_class == "length" and (_rx("grade_before").search(left) or _rx("grade_after").match(right)) is not None


def is_outline_count(unit_class: str, right: str) -> bool:
    return unit_class == "count" and _rx("outline_after").match(right) is not None


def is_restatement(right: str) -> bool:
    return _rx("restatement_after").match(right) is not None


def is_project_capacity(unit_class: str, left: str, right: str, rest: str, right_at: int = 0) -> bool:
    """A capacity between a name and the rest of a project's name (X200万吨Y项目), or in a member of a
    list of projects, with no capacity word in its own phrase before it or after the project's name
    (产能达到…, 仓储能力达到… commit the capacity; a capacity word inside the name or released, 释放…产能, does
    not); right after
    an action verb it is the amount built (建设700万千瓦新型储能项目). `right` ends at the chunk, `rest`
    at the sentence; `right` starts `right_at` characters into `rest` (past a comparator word: 以上)."""
    from .qlexicon import alternation_of, lexicon
    words = lexicon("indicators")
    if unit_class not in words["not_figures"]["project_capacity_classes"]:
        return False
    if m := _rx("project_capacity_after").match(right):
        name_end = right_at + m.end()
    elif m := _rx("project_list_after").match(rest):
        name_end = m.end()
    else:
        return False
    own = re.split(_rx("capacity_phrase_start"), left)[-1]
    said = _rx("capacity_released").sub("", own + rest[name_end:])
    return _rx("capacity_words").search(said) is None \
        and re.search(f"(?:{alternation_of(words['action_verbs'])})$", left) is None


def is_age_bound(unit_class: str, after: str) -> bool:
    """An age followed by the people it bounds (65岁以上老年人); `after` follows the number and unit."""
    return unit_class in _q("age_classes") and re.match(_q("age_bound_after"), after) is not None


def is_scope_count(unit_class: str, clause_left: str, right: str, in_plan: bool) -> bool:
    """A count of an existing set strengthened, focused on, run better or that the place is one of (N个X之一),
    or of a plan's own items (in a plan part: 352项改革举措稳步实施 in a review counts what was done)."""
    if unit_class not in _q("counted_classes"):
        return False
    return re.search(_q("existing_set_verbs"), clause_left) is not None \
        or re.match(_q("existing_set_after"), right) is not None \
        or re.match(_q("one_of_after"), right) is not None \
        or (in_plan and re.match(_q("plan_items_after"), right) is not None)
