"""Reading one number+unit candidate of a sentence into a Quantity (see ``quantities.py`` for the
scheme): its left and right phrases, the guards that say it is no figure, the indicator's name, the
change, comparator and value, the kind and period. A ``SentenceReader`` keeps what one candidate
passes to the next in its sentence (the previous quantity, the subject of a threshold count, the
last action verb). The acts placed in the name are ``reading_acts``, the period ``reading_periods``."""
from __future__ import annotations

import re
from functools import partial

from ..model import Quantity, Sentence, Span
from .filters import is_framing, is_name_number, is_partner_count, is_policy_name, is_preparatory, is_ranking
from .list_acts import opening_new_act, shared_new_act, shared_words
from .name_capacity import plant_capacity
from .name_per_head import per_head_rise
from .name_doers import named_by_what_they_do
from .name_flow_context import sent_people
from .name_flows import act_before_number
from .name_lists import later_members_clause, list_reach, listed_head
from .name_rates import per_base, rate_name
from .name_statements import opening_subject, statement_subject
from .notfigures import (
    is_grade, is_outline_count, is_project_capacity, is_restatement, is_scope, is_scope_count, is_threshold,
    is_threshold_count,
)
from .owners import owned_heads, owned_name, topic_owned
from .neighbour_names import inherited_change, may_inherit, previous_object, respective_next, shared_object
from .phrases import (
    counted_object,
    is_bare_verb, is_modifier,
    kept_threshold,
    normalise_indicator,
    project_investment,
    reference_ratio,
    right_object,
    selected_into,
    share_of_whole,
)
from .reading_acts import ActReading
from .reading_kinds import comparator_of, direction_of, kind_of, measure_of
from .peeling import peel_left, peel_right
from .served_counts import people_right
from .qlexicon import COUNTED, lexicon, qwords, starts_with_verb
from .reading_names import Named, cleaned, grouped, inherited_name
from .reading_periods import PeriodReading


_q = partial(qwords, "reading")     # this module's section of quantities.yaml


class SentenceReader(PeriodReading, ActReading):
    """Reads the main candidates of one sentence, chunk by chunk, into Quantities."""

    def __init__(self, text: str, sent: Sentence, chunks, para_time, after_rx):
        self.text, self.sent, self.chunks, self.para_time = text, sent, chunks, para_time
        self._times: list | None = None
        self.ctx, self.sspan, self.after_rx = sent.context, sent.span, after_rx
        self.stext = text[sent.span.start:sent.span.end]
        self.prev_q: Quantity | None = None
        self.subject = ""
        self.prev_action: list[str] = []
        self.prev_lead = ""     # the words before the number of the figure whose own acts prev_action holds
        self.prev_new = ""      # the 新+verb opening the list member read last, or shared by it (list_acts)
        self.rate = ""      # the per-people base of the candidate read last (每千人)
        self.between: str | None = None     # its words after a from-value (从A降至B: 降至)

    def left_phrase(self, cand, cands, chunk) -> tuple[str, str | None]:
        """(text left of the number in its chunk, a change read from 由A…到B); 由/从 and the qualifier
        are left out."""
        text = self.text
        left_raw = text[chunk.start:cand.start]
        change_hint = None
        if cand.from_value is not None:
            frm = [c for c in cands if c.role == "from" and c.end <= cand.start][-1]
            left_raw = text[chunk.start:frm.start]
            fm = re.search(_q("range_from"), left_raw)
            left_raw = left_raw[:fm.start()] if fm else left_raw
            change_hint = "decrease" if re.search(_q("decrease_words"), text[frm.end:cand.start]) else "level"
        self.between = text[frm.end:cand.start] if cand.from_value is not None else None
        left_raw, self.rate = per_base(left_raw)     # X超每千人N批次: the base is the unit's
        if cand.qualifier and not kept_threshold(left_raw, cand.qualifier):
            left_raw = text[chunk.start:cand.start].replace(cand.qualifier, "", 1)
        return left_raw, change_hint

    def not_a_figure(self, cand, left_raw: str, after_word: str, right: str) -> bool:
        """The guards of filters.py and notfigures.py; a threshold count sets the next values' subject."""
        if cand.unit_class == "time" and not (after_word or re.search(_q("duration_lead"), left_raw)):
            return True  # Rule: "1小时通达", "15分钟生活圈" name a reach, not a measured duration
        text, sspan = self.text, self.sspan
        clause_left = re.split(_q("clause_marks"), text[sspan.start:cand.start])[-1]
        clause_right = re.split(_q("clause_right_marks"), text[cand.end:sspan.end])[0]
        if is_policy_name(clause_left, cand, right) or is_framing(left_raw, right) or is_ranking(left_raw, right) \
                or is_preparatory(clause_right) or is_partner_count(clause_left, right) \
                or is_name_number(cand.unit_class, right) or is_scope(cand.unit_class, clause_left, right) \
                or is_restatement(right) or is_outline_count(cand.unit_class, right) \
                or is_threshold(cand.unit_class, after_word + right) or is_grade(cand.unit_class, left_raw, right) \
                or is_project_capacity(cand.unit_class, left_raw, right, text[cand.end:sspan.end], len(after_word)) \
                or is_scope_count(cand.unit_class, clause_left, right, self.ctx is None or self.ctx.part_kind != "review"):
            return True
        if is_threshold_count(cand.unit_class, right):
            self.subject = peel_left(peel_right(left_raw)[0])[0]   # the next values are the subject's
            return True
        return False

    def named(self, cand, cands, chunk, left_raw: str, right: str, end: int) -> Named:
        """The indicator phrase: left of the number, else the object right of it, a grouped list's
        verb and object, a value shared with the next chunk, or the previous quantity's name."""
        left_peeled, rinfo = peel_right(left_raw)
        name, linfo = peel_left(left_peeled, subject=rinfo["change"] in ("increase", "decrease"))
        n = Named(name, "left", chunk.start + linfo["lead"], end, linfo["action"], rinfo, linfo)
        right, skip, cut = people_right(right, cand.unit_class, cands, end)     # 为N名80岁以上老年人发放Y M万元
        if (subject := statement_subject(name)) is not None:
            name = n.name = subject     # X增速高于经济增速、突破N元 → X; '' when the clause opens with its verb
        graded = re.match(_q("right_grade"), right) is not None
        right_noun = bool(right) and (graded or re.match(_q("right_noun"), right) is not None) \
            and not right.startswith(_q("not_right_noun"))
        counts = cand.unit_class in COUNTED
        if left_raw.rstrip().endswith(_q("deng")):
            grouped(n, counts, chunk, left_raw, right)
        elif (not name.strip(_q("quotes")) and (right_noun or right.startswith(_q("of"))) and not starts_with_verb(right)) or \
                (right_noun and counts and right_object(right)[0]) or \
                (right_noun and right_object(right)[0] and not starts_with_verb(right)
                 and (is_modifier(name) or is_bare_verb(name, cand.unit_class) or left_raw.endswith(_q("member_joins")))):
            obj, _ = right_object(right)
            if cand.unit_class in ("area", "length", "weight", "volume", "energy"):
                obj = re.split(_q("extent_object_end"), obj)[0]   # 5万平方米公安小区和2万平方米回迁房等开发项目
            if graded:
                obj = re.split(_q("grade_object_end"), obj)[0]
            reach = 0
            if counts and obj == right.strip():
                after = self.text[chunk.end:self.sspan.end]
                obj, reach = (listed := listed_head(obj, after)), list_reach(obj, after, listed)   # N个A、B的X → X
            later = later_members_clause(self.text[chunk.end:self.sspan.end]) if obj == right.strip() else ""
            n.name, n.source = (named_by_what_they_do(selected_into(
                counted_object(sent_people(obj, left_raw), left_raw), right + later, left_raw), right)
                                if counts else obj), "right"
            n.end = chunk.end if chunk.end - n.start <= 30 and not cut else end + skip + len(obj)
            n.end = max(n.end, chunk.end + reach) if reach else n.end   # the list named: quoted to its end
        elif not name and (shared := shared_object(self.text, cands, cand, chunk, self.chunks)):
            n.name, n.source = (counted_object(shared) if counts else shared), "shared"   # 完成1.8万户、189万平方米棚改任务
        elif not name and self.prev_q is None and counts and not right and \
                (obj := previous_object(self.text, self.chunks, chunk)):
            n.name, n.source = obj, "previous"          # "全部设置平价蔬菜超市，年内完成20个"
        elif not name and self.prev_q is not None and (may_inherit(self.prev_q, cand)
                                                      or respective_next(self.text, self.prev_q, cand)):
            n.name, n.source = inherited_name(self.prev_q, n.action, cand.unit_class), "inherited"
            rinfo["change"] = rinfo["change"] or inherited_change(self.prev_q, cand)
            n.action = n.action or self.prev_action
        elif not name and self.prev_q is None and (subject := self.subject
                                                   or opening_subject(self.text[self.sspan.start:chunk.start])):
            n.name, n.source = subject, "inherited"   # 地区生产总值迈上4个万亿元台阶、达14.2万亿元
        return n

    def owned_total(self, name: str, chunk) -> str:
        """A bare total, share or owned head after a figure of the chunk before: that figure's thing's."""
        i = self._chunk_index(chunk)
        prev = self.prev_q
        if prev is None or i == 0 or prev.span.end <= self.chunks[i - 1].start:
            return topic_owned(self.text, chunk.start, name)
        return owned_name(prev, name)

    def quantity(self, cand, chunk, left_raw: str, change_hint, after_word: str, end: int, right: str, cands
                 ) -> tuple[Quantity, str, str] | None:
        """The candidate as a Quantity, with the name it was read from and where that came from; or None."""
        text = self.text
        n = self.named(cand, cands, chunk, left_raw, right, end)
        name = reference_ratio(share_of_whole(cleaned(n, cand), cand.unit_class, right), cand.unit_class, left_raw)
        if name is None:
            return None
        name, stock = rate_name(name, self.rate), False
        if cand.unit_class == "money":
            name = project_investment(name, re.split(_q("clause_right_marks"), text[end:self.sspan.end])[0])
        if n.source == "left" and (not n.action or name in qwords("owners", "activity_heads")) and (
                normalise_indicator(name) in owned_heads() or name.startswith(qwords("phrases", "share_word"))):
            stock = normalise_indicator(name) in qwords("owners", "stock_heads")
            name = self.owned_total(normalise_indicator(name), chunk)
        change = change_hint or n.rinfo["change"]
        if change is None and (any(a in lexicon("indicators")["reducing_verbs"] for a in n.action) or _q("pull_down") in left_raw):
            change = "decrease"   # 压减地下水开采量21.5亿立方米
        base_name = normalise_indicator(name)
        if n.rinfo["share"] and cand.unit_class == "percent" and not re.search(qwords("phrases", "share_done"), base_name):
            base_name += qwords("phrases", "share_bare_suffix")   # X占N%: the share of X
        measure = measure_of(cand.unit_class, change, base_name, cand.from_value is not None, cand.unit)
        value, upper, comparator = _value_range(cand, n, change, after_word)
        kind, period = self.period(kind_of(self.ctx, text[chunk.start:chunk.end], n.linfo["past"]), cand, chunk,
                                   left_raw, n)
        span = _trimmed_span(text, n.start, n.end)
        if n.source == "right":
            n.action = act_before_number(left_raw, n.action)     # 围绕X布局建设5条Y → Y建设数量
        action, lead = n.action, text[chunk.start:cand.start]
        if not action and self.prev_action and text[chunk.start - 1:chunk.start] in _q("member_joins") \
                and not stock:     # a stock is not made by the act (新增X N家、总数… → X总数)
            action, lead = self.prev_action, shared_words(lead, self.prev_lead)      # 建设高标准农田21.9万亩、设施农业4.3万亩
        elif n.action:
            self.prev_lead = lead
        base_name, indicator = self.acted_name(n, cand, chunk, name, base_name, measure, action, lead)
        new_act = opening_new_act(name) if n.source == "left" and not action else ""
        if not (action or self.prev_action or new_act or stock) and text[chunk.start - 1:chunk.start] in _q("member_joins"):
            indicator, new_act = shared_new_act(indicator, self.prev_new, measure, cand.unit_class), self.prev_new
        self.prev_new = new_act     # 新入库A N家、B M家、C K家: C shares it through B
        if n.source in ("left", "right") and (cap := plant_capacity(name if n.source == "left" else "", action,
                                                                    right, cand.unit_class)):
            base_name = indicator = cap     # 关停X公司3.5万吨造纸生产线 → X公司造纸生产线关停产能
            span = Span(span.start, end + len(right.rstrip()))
        elif rise := per_head_rise(name, cand.unit_class, change):
            base_name = indicator = rise    # X生活补贴全年人均增长N元 → X人均生活补贴增加额
        attrs: dict[str, object] = {"change": change, "measure": measure, "indicator_base": base_name,
                                    "source": n.source, "phrase": name}
        attrs.update({k: v for k, v in (("action", action[-1] if action else None), ("base", n.rinfo["base"]),
                                         ("qualifier", cand.qualifier), ("direction", direction_of(n.rinfo, value, comparator, self.between))) if v})
        q = Quantity(kind=kind, indicator=normalise_indicator(indicator),
                     value=value, unit=cand.unit, comparator=comparator, span=span, start_year=period[0],
                     end_year=period[1], aspirational=n.linfo["aspire"] or _q("aspire") in text[self.sspan.start:cand.start],
                     from_value=cand.from_value, upper_value=upper, label=text[span.start:span.end], attrs=attrs)
        self.prev_q = q
        if action:
            self.prev_action = action
        return q, name, n.source


def _value_range(cand, n, change, after_word: str) -> tuple:
    """(value, upper value or None, comparator): a decrease negative, a range low to high, its floor >=."""
    value, upper = cand.value, cand.upper
    if change == "decrease" and cand.from_value is None:
        value, upper = -value, (-upper if upper is not None else None)
    if upper is not None and upper < value:
        value, upper = upper, value
    comparator = comparator_of(n.rinfo["cmp_words"], cand.inner or (cand.m.group("ai") if cand.m.group("b") else None),
                               after_word, cand.approx_inner)
    if upper is not None and comparator == "=":
        comparator = ">="   # a range 5%—5.5%: the value is its floor, pkg:upperValue its ceiling
    return value, upper, comparator


def _trimmed_span(text: str, start: int, end: int) -> Span:
    """A name's span without the marks its end may carry (``span_trim``)."""
    while end > start and text[end - 1] in _q("span_trim"):
        end -= 1
    return Span(start, end)
