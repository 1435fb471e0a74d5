"""The part (review / plan / outlook) of a paragraph that no part heading decides: a report whose
headings are missing or not recognised, or the paragraphs before its first one. The paragraph's opening
time words decide (2025年，… in a 2026 report, 五年来, 今年), else its phrases when one side clearly
outweighs the other (比上年, 完成了 against 力争, 主要预期目标); else the last decided part carries on.
The words are ``part_cues.yaml``."""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import lexicon_data


@lru_cache(maxsize=1)
def _cues() -> dict:
    return lexicon_data("part_cues")


@lru_cache(maxsize=1)
def _opening_plan() -> re.Pattern:
    """A five-year plan opening the paragraph (part_cues.yaml opening_plan_name; the plans of periods.yaml)."""
    from ..extract.qlexicon import plan_alternation
    return re.compile(_cues()["opening_plan_name"].format(fyp=plan_alternation()))


def five_year_plans() -> dict:
    from ..extract.qlexicon import five_year_plans as plans
    return plans()


def _opening(text: str) -> str:
    """The paragraph's or sentence's first clause, cut at the first comma or colon (after 各位代表，)."""
    cues = _cues()
    head = re.sub(cues["openers"], "", text.lstrip(" \t\u3000"))[:cues["opening_chars"]]
    return re.split(r"[，,：:。；]", head, maxsplit=1)[0]


def opening_kind(text: str, report_year: int) -> str | None:
    """review | plan | outlook from the time words of the opening, or None when it names no time."""
    cues, head = _cues(), _opening(text)
    for kind in ("outlook", "review", "plan"):
        if any(w in head for w in cues[f"{kind}_openings"]):
            return kind
    return _dated_kind(head, report_year) if report_year else None


def _dated_kind(head: str, report_year: int) -> str | None:
    """The first year or five-year plan the opening names, against the report year."""
    cues = _cues()
    year, plan = re.search(cues["opening_year"], head), _opening_plan().search(head)
    if plan and (year is None or plan.start() < year.start()):
        ends = five_year_plans()[plan["plan"]][1]   # 十四五 → 2025
        return "review" if ends < report_year else "outlook"
    if year:
        y = int(year[1])
        return "review" if y < report_year else "plan" if y == report_year else "outlook"
    return None


def phrase_kind(text: str) -> str | None:
    """review | plan when one side's phrases outnumber the other's by the margin, else None."""
    cues = _cues()
    review = sum(text.count(w) for w in cues["review_phrases"])
    plan = sum(text.count(w) for w in cues["plan_phrases"])
    if review - plan >= cues["phrase_margin"]:
        return "review"
    if plan - review >= cues["phrase_margin"]:
        return "plan"
    return None


class PartTracker:
    """The part of each paragraph outside any part heading, carried from one paragraph to the next, with
    the opening that decided it (“十三五”时期是…, 五年来): it stands for the part's heading, whose time
    words give the period of the part's figures."""

    def __init__(self, report_year: int):
        self.year = report_year
        self.kind: str | None = None
        self.label: str | None = None

    def _decide(self, text: str, phrases: bool) -> None:
        kind = opening_kind(text, self.year)
        if kind:
            self.kind, self.label = kind, _opening(text)
            return
        kind = phrase_kind(text) if phrases else None
        if kind and kind != self.kind:
            self.kind, self.label = kind, None

    def paragraph(self, text: str) -> str | None:
        """The paragraph's part: its opening, else its phrases, else the last one decided."""
        self._decide(text, True)
        return self.kind

    def sentence(self, text: str, first: bool) -> str | None:
        """A later sentence that opens with its own time words (…。今年，我们将…) turns the part from there."""
        if not first:
            self._decide(text, False)
        return self.kind
