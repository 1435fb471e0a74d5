"""The kind of a report part: review (past results), outlook (five-year plan) or plan (this year's work)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Heading

_PAST = re.compile(r"一年来|过去一年|过去的一年|五年来|过去五年|刚刚过去|这五年|回顾")
# a five-year plan (those of periods.yaml: 九五 and 十五 too, 十五 only as a plan is marked), or a new term's 今后五年
_FIVE_YEAR_WORDS = r"远景|规划纲要|(?:今后|未来)五年"


@lru_cache(maxsize=1)
def _five_year() -> re.Pattern:
    from ..extract.qlexicon import plan_alternation
    return re.compile(f"{plan_alternation()}|{_FIVE_YEAR_WORDS}")


def part_kind(label: str, report_year: int | None) -> str:
    """review (past results) | outlook (five-year plan) | plan (this year's work)."""
    if "回顾" in label or "过去" in label:
        return "review"
    years = [int(y) for y in re.findall(r"(\d{4})年", label)]
    if report_year and years and max(years) < report_year and "工作" in label and "目标" not in label:
        return "review"
    if re.search(r"规划纲要|个五年规划|五年规划的说明", label):
        return "outlook"  # "关于《…第十五个五年规划纲要（草案）》的说明"
    if report_year and re.search(rf"{report_year}年[^，]*(?:工作|安排)", label):
        return "plan"  # "“十五五”时期主要目标和2026年重点工作": mostly this year's work
    if _five_year().search(label) and re.search(r"目标|任务|建议|远景|主要", label) and "开局" not in label:
        return "outlook"
    return "plan"


def refine_kind(part: Heading, text: str, line_end: int, year: int | None) -> str:
    """A part whose title says nothing of time (一年接着一年干…) is a review when it opens in the past tense."""
    kind = part_kind(part.label, year)
    if kind == "plan" and not re.search(r"\d{4}年|今年|开局", part.label):
        opening = text[line_end:line_end + 200]
        if _PAST.search(opening) and not re.search(r"今年|\d{4}年是[^。]*开局", opening[:60]):
            return "review"
        if _five_year().search(opening[:80]) and not re.search(r"今年|开局之年", opening[:80]):
            return "outlook"
    return kind
