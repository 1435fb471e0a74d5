"""A share named by its whole and its part (names91; issue #13). A percentage written inside its clause, between
the whole it is a share of and the part that is or does something (完成水泥、焦化行业70%以上产能全流程超低排放改造,
实现制造业企业100%使用清洁和绿色电力, 保障了全市60%的蔬菜供应), measures that part's share: whole + part + 比例
(占比 when the part is an amount with no act: 蔬菜供应占比), not the whole or the part alone. The figure's own place
(全市) is no whole; a list member opened by the percentage (初中毕业生继续接受教育基本全覆盖、70%就读普通高中) takes the
subject opening the member before it. With no whole written (完成1%人口抽样调查) the figure is left alone."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .grammar import clause_start
from .name_owner import opening_nouns
from .qlexicon import pos_of, qwords


def _w(key: str):
    return qwords("name_shares", key)


def _whole(words: str) -> str | None:
    """The whole the words before the percentage name, their opening act left out: '' for the figure's own place,
    None when no whole stands there (only an act, or a list still open: 所有市州和)."""
    tagged = list(pos_of(words))
    while tagged and re.match(_w("act_tags"), tagged[0][1]):
        tagged.pop(0)
    whole = "".join(word for word, _ in tagged)
    if not tagged or not all(re.match(_w("whole_tags"), tag) for _, tag in tagged):
        return None
    if re.match(_w("own_place"), whole):
        return ""
    lo, hi = _w("whole_chars")
    return whole if lo <= len(whole) <= hi else None


def _member_subject(text: str, start: int, mark: int) -> str | None:
    """The subject opening the list member from ``start`` to the list mark at ``mark``, or None."""
    member = text[start:mark]
    member = member[member.rfind(_w("list_mark")) + 1:]
    subject = opening_nouns(member)
    lo, hi = _w("whole_chars")
    return subject if lo <= len(subject) <= hi else None


def share_name(text: str, sspan: Span, q: Quantity) -> str:
    """The share name of the percentage ``q`` (whole + part + 比例/占比), or '' when it is not so written."""
    m = re.search(_w("percent"), text[q.span.start:sspan.end])
    if not m or q.span.start + m.start() >= q.span.end:
        return ""
    at, after = q.span.start + m.start(), q.span.start + m.end()
    part = re.match(_w("part"), text[after:sspan.end])
    if not part or re.search(r"\d", part.group()):
        return ""
    start = max(sspan.start, clause_start(text, at, _w("clause_marks").strip("[]")))   # in the sentence
    before = text[start:at]
    if before.endswith(_w("list_mark")):
        whole = _member_subject(text, start, at - 1)
    else:
        whole = _whole(before) if before else None
    if whole is None:
        return ""
    acts = any(tag in _w("act_part_tags") for _, tag in pos_of(part.group()))
    return whole + part.group() + _w("state_suffix" if acts else "amount_suffix")


def own_share_wholes(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a level percentage named by neither a share nor a measure, written between its whole and its part, is
    that part's share (完成X行业70%以上产能超低排放改造 → X行业产能超低排放改造比例)."""
    for q in starting_in(sspan, out):
        if q.unit not in _w("units") or q.attrs.get("change") or q.attrs.get("measure") != "level":
            continue
        if re.search(_w("measured"), q.name_base):
            continue
        name = share_name(text, sspan, q)
        if name:
            rename(q, name)
