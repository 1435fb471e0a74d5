"""Quantified Targets and Outcomes from report sentences.

Modules: ``qlexicon`` (lexicons, regexes, numbers), ``chunks`` (chunks and number+unit candidates),
``peeling`` (the indicator phrase left of a number), ``phrases`` (counted object, canonical name), ``filters`` and ``notfigures`` (numbers that are not
figures), ``periods`` (start and end year), ``lists`` (lists of indicators with lists of values),
``names`` (name clean-up); this module reads each sentence and assembles the quantities.

``extract_quantities(text, sentences)`` finds every number written with a unit (6.3万亩, 4%,
1.35万人, 3个百分点), drops numbers that are not measurements (years, dates, ordinals, policy
names, numbers inside names, rankings), and turns each remaining one into a :class:`Quantity`
following DESIGN §1 (value as written, unit as written, comparator, period, kind).

How a sentence is read, the indicator naming scheme, and how kind and period are given: docs/figures.md.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Quantity, Sentence, Span, starting_in
from .act_beneficiaries import own_act_beneficiaries
from .chunks import chunk_candidates, chunk_sentence
from .clause_subjects import own_clause_subjects, own_topic_states
from .name_owner import own_bare_owners
from .sibling_owners import own_sibling_owners
from .opened_owners import own_opened_works
from .name_paired import own_paired_measures
from .fulfilment import own_respective_shares, own_task_measures, own_task_shares
from .headline_topics import own_headline_topics
from .name_list_scopes import own_list_scopes
from .list_wholes import whole_members
from .lists import assign, joint_members, level_things, shared_comparator
from .name_acts import own_running_totals
from .name_flow_context import respective_flows
from .name_landed import own_landed
from .name_reach import own_reach_openers
from .name_results import own_reform_results
from .name_zone_measures import own_zone_measures
from .name_lists import listed_act
from .name_flow_amounts import own_flow_amounts
from .name_money_parts import own_shared_investments
from .name_per_head import own_money_rises
from .name_shares import own_share_wholes
from .name_treated_of import own_modified_things, own_treated_parts
from .qualifiers import own_bases
from .investment_owners import own_investments
from .name_member_acts import own_member_acts
from .owners import own_bare_measures, own_beneficiaries, own_zones
from .shares import own_coverage, own_states, own_subsets
from .subjects import (count_growths, own_business, own_enjoyed, own_flows, own_lengths, own_nameless, own_power_shares,
                       own_power_stages, own_served, own_served_acts, own_subjects, own_tasks, own_topics)
from .periods import PeriodState, paragraph_time
from .neighbour_names import respective_name
from .phrases import batches_of, indicator_suffix, normalise_indicator
from .qlexicon import COUNTED, pos_of, quantity_matches, qwords, class_of_unit
from .reading_kinds import after_words
from .reading import SentenceReader
from .short_heads import own_short_heads
from .streak_awards import own_streak_awards
from .written_series import own_written_series
from .total_lengths import own_total_lengths
from .zone_openers import own_zone_openers


def extract_quantities(text: str, sentences: Iterable[Sentence]) -> list[Quantity]:
    """Every quantified Target/Outcome stated in ``sentences`` (see module docstring), by span."""
    out: list[Quantity] = []
    state = PeriodState()
    after_rx = after_words()
    for sent in sentences:
        first = len(out)   # the passes below see this sentence's figures only: all of out made them quadratic
        chunks = chunk_sentence(text, sent.span)
        reader = SentenceReader(text, sent, chunks, paragraph_time(text, sent, state), after_rx)
        for chunk in chunks:
            cands = chunk_candidates(text, reader.stext, sent.span.start, chunk)
            for cand in cands:
                if cand.role == "main":
                    out.extend(_read(reader, cand, cands, chunk))
        _name_figures(text, sent.span, out[first:])
    out.sort(key=lambda q: (q.span.start, q.span.end))
    return first_statements(text, out)


def _name_lists_and_things(text: str, sspan: Span, mine: list[Quantity]) -> None:
    """The first passes of ``_name_figures``: lists of values, investments, beneficiaries, states, zones, subjects,
    flows and the things acts treat (split off so that each function stays within the project's size)."""
    # Rule: "A、B分别增长6.5%、10.1%" — a list of values names a list of indicators (lists.py)
    assign(text, sspan, mine, _rename)
    level_things(text, sspan, mine, _rename)
    shared_comparator(text, sspan, mine)
    _respectively(text, sspan, mine)
    respective_flows(text, sspan, mine)
    own_investments(text, sspan, mine, _rename)
    own_beneficiaries(text, sspan, mine, _rename)
    own_act_beneficiaries(text, sspan, mine, _rename)
    own_bare_measures(text, sspan, mine, _rename)
    own_member_acts(text, sspan, mine, _rename)
    own_states(text, sspan, mine, _rename)
    own_subsets(text, sspan, mine, _rename)
    own_coverage(text, sspan, mine, _rename)
    own_share_wholes(text, sspan, mine, _rename)
    own_zones(mine, _rename)
    own_zone_openers(text, sspan, mine, _rename)
    own_headline_topics(text, sspan, mine, _rename)
    own_subjects(mine, _rename)
    own_reach_openers(text, sspan, mine, _rename)
    own_business(text, sspan, mine, _rename)
    own_lengths(text, sspan, mine, _rename)
    own_flows(mine, _rename)
    count_growths(mine, _rename)
    own_nameless(text, sspan, mine, _rename)
    batches_of(text, sspan, mine, _rename)
    own_served(text, sspan, mine, _rename)
    own_served_acts(text, sspan, mine, _rename)
    own_enjoyed(text, sspan, mine, _rename)
    own_treated_parts(text, sspan, mine, _rename)
    own_modified_things(text, sspan, mine, _rename)


def _name_figures(text: str, sspan: Span, mine: list[Quantity]) -> None:
    """The passes that settle the names of one sentence's figures, in order: lists, owners, acts, kinds."""
    _name_lists_and_things(text, sspan, mine)
    own_tasks(text, sspan, mine, _rename)
    own_task_shares(sspan, mine, _rename)
    own_respective_shares(text, sspan, mine, _rename)
    own_task_measures(sspan, mine, _rename)
    own_bases(sspan, mine, _rename)
    own_power_stages(text, sspan, mine, _rename)
    own_power_shares(text, sspan, mine, _rename)
    own_topics(text, sspan, mine, _rename)
    own_short_heads(text, sspan, mine, _rename)
    own_clause_subjects(text, sspan, mine, _rename)
    own_topic_states(text, sspan, mine, _rename)
    own_paired_measures(text, sspan, mine, _rename)
    own_bare_owners(text, sspan, mine, _rename)
    own_sibling_owners(text, sspan, mine, _rename)
    own_opened_works(text, sspan, mine, _rename)
    own_landed(text, sspan, mine, _rename)
    own_reform_results(text, sspan, mine, _rename)
    own_zone_measures(text, sspan, mine, _rename)
    own_list_scopes(text, sspan, mine, _rename)
    own_total_lengths(text, sspan, mine, _rename)
    own_running_totals(text, sspan, mine)
    _span_only_names(sspan, mine)
    _goods_yields(sspan, mine)
    own_money_rises(mine)
    own_shared_investments(sspan, mine, _rename)
    own_flow_amounts(mine)
    own_written_series(text, sspan, mine)
    own_streak_awards(text, sspan, mine)


def _goods_yields(sspan: Span, out: list[Quantity]) -> None:
    """Rule: in a run of amounts of goods, one named by the goods alone (棉花总产N万吨，蔬菜N万吨) is an
    output as the amount before it is: X产量."""
    amounts, yields = qwords("phrases", "flow_classes"), re.compile(qwords("phrases", "goods_yield"))
    prev = None
    for q in starting_in(sspan, out):
        if class_of_unit(q.unit) not in amounts:
            continue
        base = q.name_base
        if prev is not None and yields.search(prev) and not yields.search(base) \
                and all(t in qwords("phrases", "goods_tags") for _, t in pos_of(base)):
            _rename(q, base + qwords("phrases", "goods_suffix"))
            base = q.indicator
        prev = base


def _span_only_names(sspan: Span, out: list[Quantity]) -> None:
    """Rule: a figure named only by the years it spans (X达到N%、N年提升M个百分点) measures the thing
    of the figure before it in the sentence."""
    span_only = re.compile(qwords("phrases", "span_only"))
    prev = None
    for q in starting_in(sspan, out):
        if span_only.match(q.indicator) and prev is not None:
            q.indicator = prev.indicator
            q.attrs["indicator_base"] = prev.attrs.get("indicator_base", prev.indicator)
        elif not span_only.match(q.indicator):
            prev = q


def first_statements(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Rule: a figure stated again in the same characters with the same reading (a headline target
    repeated in the list of the year's practical matters) is one figure, kept where first stated;
    the same reading in other words (other projects' names before 等N个项目) stays two."""
    seen: set[tuple] = set()
    out = []
    for q in qs:
        key = (q.kind, q.indicator, q.value, q.upper_value, q.from_value, q.unit, q.comparator, q.aspirational,
               q.start_year, q.end_year, text[q.span.start:q.span.end])
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def _read(reader: SentenceReader, cand, cands, chunk) -> list[Quantity]:
    """One main candidate → its quantities (none when it is no figure; one per member of a list)."""
    text = reader.text
    left_raw, change_hint = reader.left_phrase(cand, cands, chunk)
    after_m = reader.after_rx.match(text, cand.end, chunk.end) if cand.end < chunk.end else None
    after_word = after_m.group() if after_m else ""
    end = cand.end + len(after_word)
    right = text[end:chunk.end]
    if reader.not_a_figure(cand, left_raw, after_word, right):
        return []
    read = reader.quantity(cand, chunk, left_raw, change_hint, after_word, end, right, cands)
    if read is None:
        return []
    q, name, source = read
    if re.search(qwords("shared", "respective_one"), left_raw):
        # 分别/均 with one value, or 各 just before it (A、B各N个)
        return split_respectively_one(q, name, text, cand.end, reader.sspan.end)
    if source == "inherited" or not _one_value(text, cand.end, reader.sspan.end):
        return [q]       # an inherited name is the list's; several values are paired by lists.assign
    return whole_members(q, text[q.span.start:q.span.end]) or split_joint(q)


def _one_value(text: str, pos: int, end: int) -> bool:
    """No other value in the clause after the number (…普及率超过98%、85% has two)."""
    return not quantity_matches(re.split(qwords("shared", "clause_ends"), text[pos:end])[0])


def _rename(q: Quantity, name: str) -> None:
    """Set a quantity's indicator from a bare name (alias, then the suffix of its unit class)."""
    base = normalise_indicator(name)
    q.attrs["indicator_base"] = base
    cls = class_of_unit(q.unit)
    q.indicator = normalise_indicator(indicator_suffix(base, cls, str(q.attrs["measure"]), q.unit))


def split_joint(q: Quantity) -> list[Quantity]:
    """Rule: "农村卫生厕所普及率和生活垃圾无害化处理率达到100%" states one value for two rates, and so
    does "基本养老、医疗保险参保率稳定在95%以上" (members completed as in lists.py)."""
    m = re.fullmatch(qwords("quantities", "joint_rates"), q.indicator)
    rates = list(m.groups()) if m else joint_members(q.indicator, False)
    if not rates or not all(r.endswith(qwords("quantities", "rate_ends")) for r in rates):
        return [q]
    out = []
    for name in rates:
        attrs = dict(q.attrs, indicator_base=normalise_indicator(name))
        out.append(Quantity(**{**q.__dict__, "indicator": normalise_indicator(name), "attrs": attrs}))
    return out


def split_respectively_one(q: Quantity, raw_name: str, text: str, pos: int, end: int) -> list[Quantity]:
    """Rule: "城乡居民人均可支配收入分别增长7.5%" — 分别 (or 均) with one value gives it to each subject
    (城乡 → 城镇 and 农村; "A和B<shared>" → A<shared> and B<shared>; rates sharing a value:
    ``lists.joint_members``)."""
    if not _one_value(text, pos, end):
        return [q]                       # several values: _respectively() pairs them
    base = raw_name.strip() or q.attrs.get("indicator_base", q.indicator)
    cls = class_of_unit(q.unit)
    names = joint_members(normalise_indicator(base), cls in COUNTED, joined=True)
    if names:
        pass                             # 制造业贷款余额、科技贷款余额均增长11.7%
    elif base.startswith(qwords("quantities", "both_places")) and len(base) > 3:
        names = [w + base[2:] for w in qwords("quantities", "each_place")]
    else:
        m = re.fullmatch(qwords("quantities", "joint_pair"), base)
        if m and (first := respective_name(m.group(1), m.group(2))):
            names = [first, m.group(2)]
    if not names:
        return [q]
    cls = class_of_unit(q.unit)
    out = []
    for n in names:
        b = normalise_indicator(n)
        named = listed_act(normalise_indicator(indicator_suffix(b, cls, q.attrs["measure"], q.unit)), q, text, pos, cls)
        out.append(Quantity(**{**q.__dict__, "indicator": named, "attrs": dict(q.attrs, indicator_base=b)}))
    return out


def _respectively(text: str, sspan: Span, out: list[Quantity]) -> None:
    """Rule: "A、B<shared>分别<verb>x、y" → x belongs to A<shared>, y to B<shared>."""
    stext = text[sspan.start:sspan.end]
    for m in re.finditer(qwords("quantities", "respective_pair"), stext):
        first, second = m.group(1), m.group(2)
        names = [respective_name(first, second), second]
        if names[0] is None:
            continue
        qs = [q for q in out if q.span.start >= sspan.start + m.start() and q.span.end <= sspan.end]
        if any(q.attrs.get("list_member") for q in qs):
            continue         # named by lists.assign
        clause = re.split(qwords("shared", "clause_ends"), stext[m.end():])[0]
        if len(quantity_matches(clause)) < 2:
            continue         # one value for both: split_respectively_one() made one quantity each
        for q, n in zip(qs, names):
            base = normalise_indicator(n)
            q.attrs["indicator_base"] = base
            cls = class_of_unit(q.unit)
            q.indicator = normalise_indicator(indicator_suffix(base, cls, q.attrs["measure"], q.unit))
