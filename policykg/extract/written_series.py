"""The spelling a sentence writes for an income series the alias table merges. indicators.yaml reads 城镇居民人均可支配收入
as 城镇常住居民人均可支配收入 (one concept across years); a figure whose sentence writes the series whole keeps the
text's name, as the dev readers write it (names80). A list's member (城镇和农村居民…) keeps the alias, unless a 、 list
writes each population (城镇、农村居民…: jiangxi's gold, the guideline's names114 line; names119)."""
from __future__ import annotations

import re

from ..model import Quantity, Span, starting_in
from .qlexicon import qwords


def _written(stext: str, spelling: str) -> bool:
    """Does the sentence write ``spelling`` whole, not as the last member of a list (城镇和农村居民…: no figure
    between the list's start and the mark before it)?"""
    marks, starts = re.compile(qwords("written_series", "list_marks")), qwords("written_series", "list_start")
    for m in re.finditer(re.escape(spelling), stext):
        before = stext[:m.start()]
        if not marks.search(before) or re.search(r"\d", re.split(starts, before[:-1])[-1]):
            return True
    return False


def own_written_series(text: str, sspan: Span, out: list[Quantity]) -> None:
    """Rule: a figure named by a merged series keeps the one spelling of it its sentence writes whole
    (城镇居民人均可支配收入增长12% → 城镇居民人均可支配收入; 农村牧区常住居民… → 农村牧区常住居民…). Set here, not
    through the alias table, which would merge it again."""
    stext = text[sspan.start:sspan.end]
    listed = re.search(qwords("written_series", "member_list"), stext) is not None
    for q in starting_in(sspan, out):
        spellings = qwords("written_series", "spellings").get(q.name_base, [])
        if q.attrs.get("list_member") and listed:
            written = spellings[:1]     # 城镇、农村居民…分别: each population as written (names119)
        else:       # a member written whole before it opens its list too (城镇居民人均可支配收入和农民人均纯收入分别…;
            # names123), not a spelling after it (城乡居民…分别增长5.3%、7%，其中农村居民…: xinjiang)
            upto = q.span.end - sspan.start if q.attrs.get("list_member") else len(stext)
            written = [s for s in spellings if _written(stext[:upto], s)]
        if len(written) == 1:
            q.indicator = q.indicator.replace(q.name_base, written[0], 1)
            q.attrs["indicator_base"] = written[0]
