"""The kind of a report part: review (past results), outlook (five-year plan) or plan (this year's work)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Heading
from .words import spattern, sword

_PAST = spattern("kinds", "past")


@lru_cache(maxsize=1)
def _five_year() -> re.Pattern:
    from ..extract.qlexicon import plan_alternation
    # a five-year plan (those of periods.yaml: 九五 and 十五 too, 十五 only as a plan is marked), or its other words
    return re.compile(f"{plan_alternation()}|{sword('kinds', 'five_year_words')}")


def part_kind(label: str, report_year: int | None) -> str:
    """review (past results) | outlook (five-year plan) | plan (this year's work)."""
    if any(w in label for w in sword("kinds", "review_words")):
        return "review"
    years = [int(y) for y in spattern("kinds", "year").findall(label)]
    if report_year and years and max(years) < report_year and sword("kinds", "work_word") in label \
            and sword("kinds", "goal_word") not in label:
        return "review"
    if spattern("kinds", "plan_outline").search(label):
        return "outlook"  # "关于《…第十五个五年规划纲要（草案）》的说明"
    if report_year and spattern("kinds", "this_year_work", year=report_year).search(label):
        return "plan"  # "“十五五”时期主要目标和2026年重点工作": mostly this year's work
    if _five_year().search(label) and spattern("kinds", "outlook_words").search(label) \
            and sword("kinds", "opening_year") not in label:
        return "outlook"
    return "plan"


def refine_kind(part: Heading, text: str, line_end: int, year: int | None) -> str:
    """A part whose title says nothing of time (一年接着一年干…) is a review when it opens in the past tense."""
    kind = part_kind(part.label, year)
    if kind == "plan" and not spattern("kinds", "timed_title").search(part.label):
        opening = text[line_end:line_end + 200]
        if _PAST.search(opening) and not spattern("kinds", "this_year").search(opening[:60]):
            return "review"
        if _five_year().search(opening[:80]) and not spattern("kinds", "this_year_opening").search(opening[:80]):
            return "outlook"
    return kind
