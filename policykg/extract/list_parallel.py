"""The shared head a modifier-only list member borrows from the last member, cut where the last
member's own modifier ends (names47, docs/checks/indicator-lists-names47.md).

"A、B<head>" writes the head once, after the last modifier B. Cutting B<head> at the length of A
assumes A and B are as long: right for 城镇、农村居民… but garbled when they are not (船舶、航空航天
行业增加值 → 船舶航天行业增加值). The cut is moved to the end of the word it falls in, so the head
starts at a word of its own (船舶行业增加值, 人参全产业链产值, 蔬菜设施产量占比), unless the member
joins the rest of that word as the last member does (城镇、农村居民… → 城镇居民…).
A longer member borrows too when it is written parallel to the last one: the same opening word
(美丽河湖、美丽海湾建成率 → 美丽河湖建成率) or the same closing character at the same place
(急难型、支出型临时救助最低标准 → 急难型临时救助最低标准).
"""
from __future__ import annotations

import re

from .qlexicon import alias_map, pos_of, qwords


def word_cut(member: str, last: str) -> int:
    """Where LAST's head starts after a modifier as long as MEMBER: at that length when a word of LAST's
    segmentation starts there, or when MEMBER joins the rest of the word it falls in into one word
    (城镇 + 居民 of 农村居民, 第一 + 产业 of 第三产业); else at that word's end (航空航天|行业增加值)."""
    cut, at = len(member), 0
    for word, _tag in pos_of(last):
        if at >= cut:
            return at
        end = at + len(word)
        if end > cut and len(pos_of(member + last[cut:end])) == 1:
            return cut
        at = end
    return at


def known_cut(member: str, last: str) -> int | None:
    """Rule: the first word boundary of LAST past MEMBER's length after which MEMBER and the rest are an indicator
    the alias table spells: the last member's own modifier may be longer than the member (城镇和农村牧区常住居民… →
    城镇常住居民…, not 城镇牧区常住居民…; names115). None when no cut gives a spelled name."""
    at = 0
    for word, _tag in pos_of(last):
        if at >= len(member) and member + last[at:] in alias_map():
            return at
        at += len(word)
    return None


def _parallel(member: str, last: str) -> bool:
    """MEMBER and the start of LAST are written alike: a shared opening word, or the member's closing
    character, a word of ``parallel_ends`` (型), at the same place in LAST. An empty member is parallel to
    nothing (it has no opening word)."""
    if not member or len(last) <= len(member):
        return False
    opening = pos_of(member)[0][0]
    if len(opening) < len(member) and last.startswith(opening):
        return True
    return member[-1] in qwords("lists", "parallel_ends") and last[len(member) - 1] == member[-1]


def parallel_head(member: str, last: str) -> str | None:
    """The head MEMBER borrows from LAST when the two are parallel modifiers, cut at a word boundary; a short
    member whose cut would leave nothing keeps the cut at its length (刑事、治安案件 → 案件); None otherwise."""
    short = bool(re.match(qwords("lists", "parallel_short"), member))
    if not short and not _parallel(member, last):
        return None
    if len(last) <= len(member):
        return None
    cut = known_cut(member, last) or (word_cut(member, last) if len(member) > 1 else len(member))
    head = last[cut:]
    return head if head else (last[len(member):] if short else None)
