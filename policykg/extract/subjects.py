"""Whose a figure is when its sentence names the owner or the thing outside the words the name was read
from: a subject before the number that reaches, sends or hosts the things counted after it (X覆盖N个城市), a
company or group whose other figure stands right before a bare business measure (X企业营收…、利润…), the
thing a bare length is of (全长N公里的X); an amount of goods named by what was done with them (保供煤炭 →
煤炭保供量); the growth of things counted one by one is the growth of their number (刑事案件 → 刑事案件数量);
a figure named by no noun measures the thing of the figure before it; people a service is given to are its
beneficiaries (为N名X提供Y → Y受益X人数), and things a concrete act is done for are named by it (为N栋X安装Y →
安装Y的X数量); capacity named by a stage is the capacity at that stage (X投产规模),
a share of power named by its measure alone that of the power before it (X装机规模…、装机占比 → X装机占比); a
task named by its act alone is the task of the work the text before names with that act (推进X改造…完成N户的改造
任务 → X改造户数)."""
from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache

from ..model import Quantity, Span, starting_in
from .name_doers import tie_opening
from .peeling import peel_left
from .qlexicon import alternation_of, pos_of, qwords, split_unit, starts_with_verb, class_of_unit

Rename = Callable[[Quantity, str], None]


def _w(key: str):
    return qwords("subjects", key)


def _subject(left: str) -> tuple[str, str] | None:
    """(subject, the verb word its name keeps) of the words before a count's number: nouns, then at most
    a time word and one verb of reach or hosting (and the scope it reaches), or None."""
    m = re.fullmatch(_w("subject"), left)
    if not m or re.search(_w("subject_not"), m["subject"]):
        return None
    if re.match(_w("subject_words"), m["subject"]):
        return m["subject"], _w("verbs").get(m["verb"] or "", "")     # 对外贸易, which the tagger opens with 对
    if starts_with_verb(m["subject"]) or pos_of(m["subject"])[-1][1] not in _w("noun_tags"):
        return None     # the subject ends in its head noun
    return m["subject"], _w("verbs").get(m["verb"] or "", "")


def own_subjects(out: list[Quantity], rename: Rename) -> None:
    """Rule: a count named by the thing after its number keeps the subject its quote names before the
    number, and the verb when it says how the subject has them (X覆盖欧亚N个城市 → X覆盖城市数量; X落户N个项目 →
    X落户项目数量; X全年N次发射 → X发射数量): what that subject has, not all of the place's."""
    for q in out:
        base, number = q.name_base, re.search(r"\d+(?:\.\d+)?", q.label)
        if q.attrs.get("source") != "right" or q.attrs.get("measure") != "count" or len(base) < 2 \
                or base != q.attrs.get("phrase") or not number or Decimal(number.group()) != abs(q.value):
            continue    # named by another rule already, or another number (a rank, a span) stands before its own
        found = _subject(peel_left(q.label[:number.start()])[0])
        if found and found[0] not in base:
            tie = re.match(tie_opening(), base) if not found[1] else None
            cut = tie.end() if tie else 0     # 达到Y标准的X, 水质达标X: the subject is the things' (X's)
            rename(q, base[:cut] + found[0] + found[1] + base[cut:])


def own_business(text: str, sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: a bare business measure (营收, 利润, 利润总额) right after a figure of a company or group in
    its clause or the one before is that company's or group's (X企业营收增长a%、利润增长b% → X企业利润)."""
    mine = starting_in(sspan, out)
    measures = re.compile(_w("business") + "$")
    for prev, q in zip(mine, mine[1:]):
        if not measures.fullmatch(q.name_base):
            continue
        gap = text[prev.span.end:q.span.start]
        m = measures.search(prev.name_base)
        owner = prev.name_base[:m.start()] if m else ""
        if len(re.findall(_w("clause_marks"), gap)) <= 1 and re.search(_w("owners") + "$", owner):
            rename(q, owner + q.name_base)


def own_lengths(text: str, sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: a bare length (全长N公里) followed by 的 and the thing is that thing's (全长N公里的X实现合龙 →
    X里程); a number counting the things is left out."""
    for q in starting_in(sspan, out):
        if q.name_base not in _w("lengths"):
            continue
        m = re.match(_w("length_of"), text[q.span.end:sspan.end])
        if m and not re.search(r"\d", thing := re.sub(_w("counted"), "", m["thing"])) and len(thing) >= 2:
            rename(q, thing)


def own_flows(out: list[Quantity], rename: Rename) -> None:
    """Rule: an amount of goods named by a verb of moving or cutting them and the goods (保供煤炭, 运输货物)
    measures how much was so moved: 煤炭保供量; who it was moved for (为N个省份) is left out."""
    for q in out:
        if class_of_unit(q.unit) not in _w("flow_classes"):
            continue
        m = re.fullmatch(_w("flow_name"), q.name_base)
        if m:
            rename(q, m["goods"] + m["verb"] + _w("flow_suffix"))


def count_growths(out: list[Quantity], rename: Rename) -> None:
    """Rule: the growth of things or people counted one by one (刑事案件下降N%, 实有企业增长N%, 入境游客增长N%)
    is the growth of their number: X数量, X人数, as the count of the same things is named."""
    for q in out:
        if q.attrs.get("measure") != "growth":
            continue
        if re.search(_w("counted_things") + "$", base := q.name_base):
            rename(q, base + _w("count_suffix"))
        elif re.search(_w("counted_people") + "$", base):
            rename(q, base + _w("people_suffix"))


def own_nameless(text: str, sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: a figure named by no noun, only by how it moved or stands (迈上, 稳步, 折合, 快于, 增长N倍多),
    measures the thing of the figure right before it, in its clause or the one before."""
    mine = starting_in(sspan, out)
    for prev, q in zip(mine, mine[1:]):
        base = q.name_base
        if not base or re.search(r"\d", base) or \
                any(t not in _w("nameless_tags") and w not in _w("level_verbs") for w, t in pos_of(base)):
            continue
        if len(re.findall(_w("clause_marks"), text[prev.span.end:q.span.start])) <= 1 and len(prev.name_base) >= 2:
            rename(q, prev.name_base)


def own_served(text: str, sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: people or households a service is given to (为N名X提供Y, 为N名X免费开展Y) are counted as
    those the service is given to: Y X人数 (a benefit paid out: Y受益X人数), not the whole stock of X nor half a
    phrase; a manner word before the service (免费) stays with its act (``_served_name``)."""
    clause_end = re.compile(_w("clause_marks") + "|[。\n]")
    for q in starting_in(sspan, out):
        end = clause_end.search(text, q.span.start, sspan.end)
        m = re.fullmatch(_w("served"), text[q.span.start:end.start() if end else sspan.end])
        if m and Decimal(m["n"]) == abs(q.value):
            rename(q, _served_name(m))


def _served_name(m: re.Match) -> str:
    """Y X of a served match; with a manner word (names106), it says which services are counted and goes before the
    act closing Y (乳腺癌和宫颈癌免费筛查适龄妇女), else before the service verb, named as a concrete act is
    (免费提供抗精神病药物的…患者)."""
    who, what, word = m["who"].replace(_w("who_of"), ""), m["what"], _w("served_words")[m["verb"]]
    if not m.groupdict().get("manner"):
        return what + word + who
    last, tag = pos_of(what)[-1]
    if tag in _w("served_manner_act_tags") and len(what) > len(last):
        return what[:-len(last)] + m["manner"] + last + word + who
    return m["manner"] + m["verb"] + what + _w("served_of") + who


def own_served_acts(text: str, sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: things or people counted after 为 and then given a concrete act (为N栋X安装Y, 为N名X解决了Y问题) are
    those the act was done for: 安装Y的X数量 (chongqing's gold), not X with the act after it; the services of
    ``own_served`` (提供, 开展, 发放) keep their form."""
    clause_end = re.compile(_w("clause_marks") + "|[。\n]")
    for q in starting_in(sspan, out):
        end = clause_end.search(text, q.span.start, sspan.end)
        m = re.fullmatch(_w("served_act"), text[q.span.start:end.start() if end else sspan.end])
        if not m or Decimal(m["n"]) != abs(q.value):
            continue
        named = _served_act_name(m["rest"])
        if named:
            rename(q, named)


def own_enjoyed(text: str, sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule (names117): people or households counted before the benefit they get (N名X享受Y, N个X享受Y) are those
    who get it: 享受Y的X人数, as a concrete act done for them is named (为N名X解决了Y问题 → 解决Y问题的X人数), not
    X享受Y人数, a count of the benefit (anhui, qinghai 2026)."""
    clause_end = re.compile(_w("clause_marks") + "|[。\n]")
    for q in starting_in(sspan, out):
        end = clause_end.search(text, q.span.start, sspan.end)
        m = re.fullmatch(_w("enjoyed"), text[q.span.start:end.start() if end else sspan.end])
        if m and Decimal(m["n"]) == abs(q.value):
            rename(q, m["verb"] + m["what"] + _w("served_act_of") + m["who"])


def _served_act_name(rest: str) -> str | None:
    """安装Y的X of the words X安装Y after 为N栋: the act is the first verb of two characters after the things, which are
    nouns closing on a noun (a verb naming who they are is theirs: 农村留守儿童); None when no act so follows them."""
    at, words = 0, pos_of(rest)
    for i, (w, t) in enumerate(words):
        if at >= 2 and t == "v" and len(w) >= 2 and not re.fullmatch(_w("served_act_qualifiers"), w):
            what = "".join(x for x, _ in words[i + 1:]).lstrip(_w("served_act_particle"))
            things = [tag for _, tag in words[:i]]
            if w in _w("served_words") or len(what) < 2 or re.search(r"[\d、]", what) \
                    or not re.match(_w("served_act_things_end"), things[-1]) or any(x.startswith("u") for x in things):
                return None
            return w + what + _w("served_act_of") + rest[:at]
        at += len(w)
    return None


def own_power_shares(text: str, sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: a share of power named by its measure alone (装机占比, 发电量占比) right after a figure of the same
    power in its list (X发电装机规模N、装机占比M; X装机占比a、发电量占比b) is that power's share: X装机占比."""
    mine = starting_in(sspan, out)
    for prev, q in zip(mine, mine[1:]):
        if not re.fullmatch(_w("power_share"), q.name_base) or \
                not re.fullmatch(_w("list_gap"), text[prev.span.end:q.span.start]):
            continue
        owner = re.fullmatch(_w("power_share_owner"), prev.name_base)
        if owner:
            rename(q, owner["thing"] + q.name_base)


@cache
def _power_stages() -> tuple[re.Pattern, re.Pattern]:
    """The bare stage of a capacity and the owner of the figure before it, over one list of stages."""
    stages = alternation_of(_w("power_stages"))
    return tuple(re.compile(_w(k).replace("{stages}", stages)) for k in ("power_stage", "power_stage_owner"))


def own_power_stages(text: str, sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: generating capacity named only by the stage its plants reach (X开工N万千瓦, 投产N万千瓦, 并网N万千瓦)
    is the capacity at that stage: X投产规模; with no X, that of the figure right before it in the list (X装机
    规模N、并网M → X并网规模)."""
    stage_re, owner_re = _power_stages()
    prev = None
    for q in starting_in(sspan, out):
        phrase = str(q.attrs.get("phrase") or q.name_base)
        m = stage_re.fullmatch(phrase)
        if split_unit(q.unit)[1] in _w("power_units") and m:
            thing = m["thing"]
            if not thing and prev is not None and re.fullmatch(_w("list_gap"), text[prev.span.end:q.span.start]):
                owner = owner_re.fullmatch(prev.name_base)   # None: not Han characters only
                thing = owner["thing"] if owner else ""
            if len(thing) >= 2:
                rename(q, thing + m["stage"] + _w("power_suffix"))
        prev = q


def own_topics(text: str, sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: a sentence opening with the topic it is about (X方面，…; X发展方面，…) owns its bare measures and its
    counts of bare projects (产量, 投资, 新开工项目): X产量, X续建项目数量; a topic that is no noun phrase (a verb, a
    manner) owns none."""
    m = re.compile(_w("topic_aspect")).match(text, sspan.start, sspan.end)
    if not m or any(t not in _w("topic_tags") for _, t in pos_of(m["topic"])):
        return
    for q in starting_in(sspan, out):
        if re.fullmatch(_w("topic_bare"), q.name_base):
            rename(q, m["topic"] + q.name_base)


def _work_before(text: str, sspan: Span, end: int, act: str) -> str:
    """The thing of the last work pushed with ``act`` (推进X改造工程, 实施X搬迁) in the sentence up to ``end``
    or the sentence right before it in its paragraph, or ''."""
    para = text.rfind("\n", 0, sspan.start) + 1
    opens = max(text.rfind("。", para, sspan.start - 1) + 1, para)
    works = list(re.finditer(_w("task_work").replace("{act}", act), text[opens:end]))
    return works[-1]["thing"] if works else ""


def own_tasks(text: str, sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: a task named by its act alone (完成N户的改造任务, 完成N人搬迁任务) is the task of the work that its
    sentence, or the sentence right before it, pushes with that act (继续推进棚户区改造工程。…完成N户的改造任务 →
    棚户区改造户数; 推进地质灾害避险搬迁，完成N人搬迁任务 → 地质灾害避险搬迁人数)."""
    for q in starting_in(sspan, out):
        m = re.fullmatch(_w("task_bare"), q.name_base)
        thing = _work_before(text, sspan, q.span.start, m["act"]) if m else ""
        if len(thing) >= 2 and not starts_with_verb(thing):
            rename(q, thing + m["act"])     # the task of a work measures the work: no 任务 in the name
