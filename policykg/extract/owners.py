"""Whose a bare measure is: a total, share or yield after a figure, a stock or activity after its topic,
the beneficiaries of a policy or work, a bare stage of works or measure, and a zone's figure. Bare
investments and funds are owned in investment_owners.py."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .earlier_clauses import opening_run, split_at
from .lead_words import strip_words
from .name_drivers import clause_thing, driven_object, driver_of, last_tag, names_no_driver, thing_tags
from .peeling import peel_left
from .qlexicon import lexicon, pos_of, qwords, starts_with_verb, class_of_unit


def _w(key: str):
    return qwords("owners", key)


def owned_heads() -> tuple[str, ...]:
    """Bare heads that belong to the figure before them: totals (总投资, 总数) and what a thing yields (产值, 产量)."""
    return tuple(lexicon("indicators")["total_heads"]) + _w("yield_heads") + _w("activity_heads")


def owned_name(prev: Quantity, name: str) -> str:
    """Rule: a bare total (总投资, 总花费, 总数), share (占全国…, 占比) or yield (产值, 产量, 销售收入) right
    after a figure of the chunk before it is that figure's thing's: 引进…北京项目42个，总投资达228亿元 →
    北京项目总投资; a yield drops the measure of the figure before (X种植面积…，产量… → X产量; N家X企业…，
    实现销售收入… → X企业销售收入) and stays bare after a figure that is itself an amount; after the growth of
    an amount a total is that amount (外贸进出口增长8.4%，总额突破8000亿元 → 进出口总额)."""
    owner = str(prev.attrs.get("indicator_base") or prev.indicator)
    if name in _w("activity_heads"):
        return name     # what the figure before counts does not do what this measures
    if name in _w("yield_heads"):
        if owner.endswith(name):
            return owner
        if class_of_unit(prev.unit) in _w("yield_owner_not_classes"):
            return name
        kept = re.sub(_w("yield_owner_measures"), "", owner)
        return kept + name if len(kept) >= 2 and not re.search(_w("yield_owner_not"), kept) else name
    if name in _w("stock_heads"):    # a stock: not only the new ones (新登记经营主体…，总量达… → 经营主体)
        owner = re.sub(f"^(?:{'|'.join(lexicon('indicators')['new_words'])})", "", owner) or owner
    if owner.endswith(name) or (prev.attrs.get("measure") == "growth" and name in _w("amount_totals")):
        return owner
    if len(name) > 2 and owner.endswith(name[1:]):
        return owner[:-len(name[1:])] + name      # 高速公路通车里程 + 总里程 → 高速公路通车总里程
    act = next((a for a in qwords("peeling", "kept_acts") if owner.startswith(a) and len(owner) > len(a) + 1), "")
    return owner[len(act):] + name     # 接待游客N人次、总花费… → 游客总花费: the visitors spend, not the visits


def topic_owned(text: str, start: int, name: str) -> str:
    """Rule: a bare stock (总量, 总数) opening its clause belongs to the topic the clause or sentence right
    before states (X持续壮大。总量达… / X增量提质，总量… → X总量), when that holds no figure."""
    if name in _w("yield_heads"):
        return _industry_owned(text, start, name)
    if name in _w("activity_heads"):
        return _clause_topic(text, start, name)
    if name not in _w("stock_heads"):
        return name
    m = re.search(_w("topic_before"), text[max(0, start - _w("topic_reach")):start])
    return m.group("topic") + name if m else name


def _clause_topic(text: str, start: int, name: str) -> str:
    """Rule: a bare measure of what a thing does (业务量, 交易额) opening its clause is that thing's, when
    the clause right before names only it: how it is pushed or how it stands (持续推进X，办件量… /
    X上线运行，发生业务量… → X办件量, X业务量)."""
    clause = re.split(_w("clause_splits"), text[max(0, start - _w("clause_reach")):start].rstrip("，,"))[-1]
    m = re.fullmatch(_w("topic_clause"), clause)
    if not m or re.search(r"\d|、", m["topic"]) or starts_with_verb(m["topic"]):
        return name
    return m["topic"] + name


def _industry_owned(text: str, start: int, name: str) -> str:
    """Rule: a bare yield with no figure before it in its sentence is the yield of the industry that
    opens the nearest sentence before it in its paragraph (X产业…。产值… → X产业产值)."""
    para = text.rfind("\n", 0, start) + 1
    if start - para > _w("industry_reach"):
        para = text.find("。", start - _w("industry_reach"), start) + 1 or start   # whole sentences only
    topics = list(re.finditer(_w("industry_topic"), text[para:start]))
    if not topics:
        return name
    topic = topics[-1]["topic"]
    return topic + name if name in _w("goods_yields") else topic + _w("industry_word") + name


def _benefactor(phrase: str, drives: bool = False) -> str:
    """The thing a clause names (落实国家育儿补贴政策 → 国家育儿补贴政策), or '' when it names none."""
    phrase = phrase.strip(_w("clause_chars"))
    tags = _w("benefactor_tags")
    for name in (peel_left(phrase)[0], *([clause_thing(phrase)] if drives else [])):  # a driver's: when the first fails
        if 2 <= len(name) <= _w("max_benefactor") and not re.search(_w("benefactor_not"), name) \
                and not starts_with_verb(name) and last_tag(name) in tags:
            return name
        tags += thing_tags()
    return ""       # a list (、, 等) names no one thing


def _benefits_from(text: str, sspan: Span, q: Quantity, prev: Quantity | None, named: bool, verb: str) -> str:
    """What the people or households a figure counts benefit from: the thing after it (惠及N人的X工程),
    else, unless ``named`` after it already (X惠及N人 → X受益人数), the subject before 惠及 in its quote,
    or the figure or clause right before it."""
    drives = verb not in _w("reach_verbs")
    after = re.match(_w("benefit_after"), text[q.span.end:sspan.end])
    if after or named:
        return after.group("owner") if after else ""
    pre = q.label[:q.label.find(verb)]
    if strip_words(pre, _w("benefit_lead"), _w("benefit_lead_marks")):
        return _benefactor(pre, drives)     # its own subject (X惠及N名Y), or the clause before 、惠及
    before = split_at(text, sspan, q.span.start, _w("benefit_clause_marks"))[0]
    opens = before[-1][1] if before else sspan.start     # where the clause before opens
    if drives and prev is not None and prev.span.end > opens and names_no_driver(str(prev.attrs.get("indicator_base") or "")):
        return _benefactor(before[-2][0], drives) if len(before) > 1 else ""     # 推进X，落实资金N亿元，带动… → X
    if prev is not None and prev.span.end > opens:
        if _w("list_mark") in split_at(text, sspan, prev.span.start, _w("benefit_clause_marks"))[1]:
            return ""   # the last member of a list (N个A、N个B，惠及…) is not all that benefits
        base = re.sub(_w("driver_measures"), "", str(prev.attrs.get("indicator_base") or ""))
        base = driver_of(base, [v for v in _w("benefit_verbs") if v != verb])   # X带动消费N亿元，惠及… → X
        act = str(prev.attrs.get("action") or "")
        acts = _w("benefit_acts") if verb == _w("benefit_verb") else _w("reach_acts")
        return base + act if act in acts and act not in base else base
    return _benefactor(before[-1][0], drives) if before else ""


def own_beneficiaries(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: people or households 惠及 by a policy, a fund or a work the sentence names right before or
    after them are that thing's beneficiaries (落实国家育儿补贴政策，惠及N户家庭 → 国家育儿补贴政策受益家庭户数);
    likewise what such a thing drives (组织系列促消费活动，拉动消费N亿元 → 系列促消费活动拉动消费)."""
    mine = starting_in(sspan, out)
    for i, q in enumerate(mine):
        base = str(q.attrs.get("indicator_base") or "")
        verb = next((v for v in _w("benefit_verbs") if v in q.label), "")
        drives = base.endswith(_w("driven")) or driven_object(q.label, verb, base)
        if not verb or (q.attrs.get("measure") != "count" if verb in _w("reach_verbs") else not drives):
            continue    # 惠及 counts people or households; 带动/拉动 drive 消费, 就业 or sales
        word = _w("benefit_verbs")[verb]
        owner = _benefits_from(text, sspan, q, mine[i - 1] if i else None, base.find(word) > 0, verb)
        rest = base.split(word, 1)[-1]
        if owner and len(owner) >= 2 and owner not in base:
            rename(q, owner + word + rest)


def _things_before(text: str, q: Quantity, before: list[Quantity]) -> str:
    """The thing of the figure right before q, when it stands in q's clause or the one before; all the
    figures of that clause when they count a list of things in one unit (建议N件、提案N件 → 建议和提案)."""
    if not before or len(re.findall(_w("clause_marks_strict"), text[before[-1].span.end:q.span.start])) > 1:
        return ""
    last = before[-1]
    marks = re.compile(_w("clause_marks_strict")).finditer(text, before[0].span.start, last.span.start)
    opens = max((m.end() for m in marks), default=0)     # the start of last's clause, as far as before reaches
    group = [p for p in before if p.span.start >= opens]
    if not all(p.attrs.get("measure") == "count" and p.unit == last.unit for p in group):
        group = [last]
    things = [re.sub(_w("owner_measure"), "", str(p.attrs.get("indicator_base") or p.indicator)) for p in group]
    return _w("joined_by").join(things) if all(len(t) >= 2 for t in things) else ""


def _sentence_topic(text: str, sspan: Span, q: Quantity) -> str:
    """The nouns opening the sentence (its subject), else those opening the list member right before q (棉花产量
    占全国九成以上、就地转化率… → 棉花), cut before a measure among them: 粮食总产再创… → 粮食."""
    topic = _opening_nouns(re.split(_w("clause_marks_strict"), text[sspan.start:sspan.end])[0])
    members = re.split(_w("member_marks"), text[sspan.start:q.span.start])
    return topic or (_opening_nouns(members[-2]) if len(members) >= 2 and members[-1] == "" else "")


def _opening_nouns(phrase: str) -> str:
    """The nouns opening PHRASE, cut before a measure among them, or '' when fewer than two characters."""
    nouns = _w("benefactor_tags")
    topic = opening_run(pos_of(phrase), lambda i, word, tag: tag in nouns and tag != "vn")[0]
    m = re.search(_w("owner_measure").rstrip("$"), topic)
    topic = topic[:m.start()] if m else topic
    return topic if len(topic) >= 2 else ""


def own_bare_measures(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a figure named by nothing but a stage of works or a measure (完工N个, 在建N座, 增量, 利用率) measures
    the thing of the figure in the clause before it (X项目N个、完工N个 → X项目完工数量; 建议N件、提案N件，办复率
    → 建议和提案办复率), else the subject opening its sentence (X市场渗透率全国第一，保有量… → X保有量)."""
    mine = starting_in(sspan, out)
    for i, q in enumerate(mine):
        base = str(q.attrs.get("indicator_base") or "")
        m = re.fullmatch(_w("bare_measure") + _w("bare_share"), base)
        if q.attrs.get("source") != "left" or not m:
            continue
        named = [p for p in mine[:i] if len(str(p.attrs.get("indicator_base") or "")) >= 2]
        owner = _things_before(text, q, named) if named else _sentence_topic(text, sspan, q)
        head = m["head"]
        if owner.endswith(head):
            owner = owner[:-len(head)]      # the figure before is the bare measure's own (增量N，占全国N%)
        if owner and owner not in base:
            rename(q, owner + base)


def own_zones(out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a figure named by the thing after its number keeps the zone that its quote names as the subject
    before it (X自贸试验区累计推出N项制度创新成果 → X自贸试验区制度创新成果数量; X库区N处Y; X市场完成不少于N批次Y),
    or a figure named by the thing before its number, the zone before the thing's act (X基地新培育Y N个 →
    X基地新培育Y数量): what the zone did, not all of the place's."""
    for q in out:
        base = str(q.attrs.get("indicator_base") or "")
        digit = re.search(r"\d", q.label)
        if not digit or len(base) < 2:
            continue
        if q.attrs.get("source") == "right":
            m = re.fullmatch(_w("zone_subject"), peel_left(q.label[:digit.start()])[0])
        elif q.attrs.get("source") == "left":     # X基地新培育Y N个: the zone before the act of the thing
            m = _zone_before_act(q.label[:digit.start()], q)
        else:
            continue
        if m and not starts_with_verb(m["zone"]) and m["zone"] not in base:
            act = "".join(q.attrs.get("action") or [])
            kept = act if q.indicator.startswith(act) and not base.startswith(act) else ""
            rename(q, m["zone"] + kept + base)


def _zone_before_act(left: str, q: Quantity) -> re.Match | None:
    """The zone opening LEFT as the subject of the act the name of q keeps (X基地新培育Y → X基地), or None."""
    act = "".join(q.attrs.get("action") or [])
    m = re.match(_w("zone_subject"), left)
    return m if m and act and left[m.end("zone"):].startswith(act) else None
