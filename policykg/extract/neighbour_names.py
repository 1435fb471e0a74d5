"""Names a quantity takes from its neighbours when the words around its number name nothing: the noun shared
by a list of quantities, the quantity it continues, the object of the previous chunk, and the first of a
respective pair (A、B<shared>)."""
from __future__ import annotations

import re

from .chunks import cand_from_match
from .notfigures import is_threshold
from .phrases import right_object
from .qlexicon import pos_of, quantity_regex, qwords, starts_with_verb, class_of_unit


def shared_object(text: str, cands: list, cand, chunk, chunks: list) -> str | None:
    """Rule: quantities listed before one shared noun take that noun: "96户177人建档立卡贫困人口",
    "完成1.8万户、189万平方米棚改任务" (the noun follows the last quantity of the list); a size bound of the noun
    after the number (70个30亿元以上项目: ``bound_tail``) stays in it, as 亿元以上 does (names120)."""
    after = [c for c in cands if c.start >= cand.end]
    nxt = None
    if after and not text[cand.end:after[0].start].strip():
        nxt, end = after[0], chunk.end
    else:
        i = next((k for k, ch in enumerate(chunks) if ch.start == chunk.start), None)
        if i is not None and i + 1 < len(chunks) and text[chunk.end:chunk.end + 1] == qwords("phrases", "list_mark") \
                and not text[cand.end:chunk.end].strip():
            nch = chunks[i + 1]
            m = quantity_regex().match(text, nch.start)
            if m:
                nxt = cand_from_match(m, 0)
                end = nch.end
    if nxt is None:
        return None
    rest = text[nxt.end:end]
    obj, _ = right_object(re.sub(qwords("phrases", "after_number"), "", rest))
    if not obj or starts_with_verb(obj):
        return None
    bound = re.match(qwords("phrases", "after_number"), rest)
    if bound and re.search(qwords("phrases", "bound_tail"), bound.group()) and is_threshold(nxt.unit_class, rest):
        return text[nxt.start:nxt.end] + bound.group() + obj    # 70个30亿元以上项目: the bound is the things' (names120)
    return obj


def may_inherit(prev, cand) -> bool:
    """Rule: a quantity without an indicator continues the previous one ("5.3万亿元、增长5.5%",
    "增长20%，达到282亿元") when one of them is a percentage or a multiple (…5100家，是2012年的2.4倍; names115) or both
    measure the same kind of unit; an amount does not continue a share (N%的财力用于民生，累计投入N亿元)."""
    prev_cls = class_of_unit(prev.unit)
    if prev.attrs.get("measure") == "share" and cand.unit_class != "percent":
        return False
    return bool({"percent", "multiple"} & {prev_cls, cand.unit_class}) or prev_cls == cand.unit_class


def inherited_change(prev, cand) -> str | None:
    """Rule: a value named by the quantity before it shares its change, unless that one is a rate and this one an
    amount: a growth in % says nothing of how an amount after it came (年均增长8.5%以上，到2020年突破170亿元 is the
    level reached, no rise of 170亿元; names115)."""
    if class_of_unit(prev.unit) == "percent" and cand.unit_class != "percent":
        return None
    return prev.attrs.get("change")


def respective_next(text: str, prev, cand) -> bool:
    """Rule: a bare value right after a value stated for a list with 分别 (joined by 、 or 和) is the list's
    next member's, whatever its unit: 上海机场航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨 (names74)."""
    quote = text[prev.span.start:prev.span.end]
    return qwords("lists", "respective") in quote and text[prev.span.end:cand.start] in qwords("lists", "value_joins") \
        and bool(re.search(qwords("lists", "list_subject"), quote.split(qwords("lists", "respective"))[0]))


def previous_object(text: str, chunks: list, chunk) -> str | None:
    """The noun phrase ending the previous chunk of the sentence ("设置平价蔬菜超市" → 平价蔬菜超市)."""
    i = next((k for k, ch in enumerate(chunks) if ch.start == chunk.start), 0)
    if i == 0:
        return None
    prev = text[chunks[i - 1].start:chunks[i - 1].end]
    pos, cut = 0, None
    for w, f in pos_of(prev):
        pos += len(w)
        if f in ("v", "vn") and len(prev) - pos >= 2:
            cut = pos                       # the object after the last verb
    obj = prev[cut:] if cut is not None else ""
    return obj if len(obj) >= 2 and not re.search(qwords("phrases", "not_in_previous_object"), obj) else None


def respective_name(first: str, second: str) -> str | None:
    """Complete the first of "A、B<shared>": overlap (国内游客、入境游客数量), two-character
    parallel modifiers (城镇、农村常住居民…), or a known head word (制造业、普惠小微贷款余额)."""
    for i in range(len(first) - 1, 0, -1):
        tail = first[-i:]
        pos = second.find(tail)
        if i >= 2 and pos > 0:
            return first + second[pos + len(tail):]
    if len(first) == 2 and len(second) > 2:
        return first + second[2:]
    for h in qwords("phrases", "respective_heads"):
        if second.endswith(h) and len(second) > len(h):
            return first + h
    return None
