"""Lists of indicators with lists of values: "A、B分别增长6.5%、10.1%" gives 6.5% to A and 10.1% to B.

A *value list* is a run of quantities of one sentence separated only by 、/和/及 (and the comparator
words after a value: 以上, 左右 …), every value after the first standing alone (no phrase of its own). Its *subject* is the indicator phrase the first value was given,
split into members at 、 (and at 和/及 when that gives as many members as values). A member that is
only a modifier borrows the rest of the last member ("城镇、农村常住居民人均可支配收入" → 城镇常住
居民人均可支配收入; "一、二、三产业增加值" → 一产业增加值); 城乡X stands for 城镇X and 农村X, 存贷款X
(存、贷款X) for 存款X and 贷款X. A value list whose own phrase is inherited ("…分别达6.9万元、3.4万元，增长4.2%、5.3%") takes the
members of the value list before it in the sentence when the counts agree.
"""
from __future__ import annotations

import re
from functools import cache

from ..model import Quantity, Span
from .list_acts import respective_acts
from .list_ends import complete as _complete, noun_member_head, shared_ratio, with_category
from .list_parallel import parallel_head
from .name_per_head import per_head_members
from .qlexicon import lexicon, pos_of, qwords


def _q(key: str):
    return qwords("lists", key)


def value_lists(text: str, qs: list[Quantity]) -> list[list[Quantity]]:
    """Runs of two or more quantities whose gaps are a list separator (see module docstring)."""
    runs: list[list[Quantity]] = []
    for q in sorted(qs, key=lambda q: q.span.start):
        if runs and re.match(_q("gap"), text[runs[-1][-1].span.end:q.span.start].strip()):
            runs[-1].append(q)
        else:
            runs.append([q])
    return [r for r in runs if len(r) >= 2]


def complete_member(member: str, last: str) -> str:
    """A modifier-only member borrows from the last member of the list: the text after an overlap
    (国内游客、入境游客数量), the rest after a parallel modifier, cut at a word (城镇、农村常住居民…,
    一、二、三产业增加值, 船舶、航空航天行业增加值: list_parallel), or the head word the last member ends
    with (制造业、普惠小微贷款余额). An empty member is returned as it is."""
    if not member or _complete(member):
        return member
    for i in range(len(member) - 1, 1, -1):
        pos = last.find(member[-i:])
        if pos > 0:     # a closing quote of the last member is not the borrowing member's
            return member + last[pos + i:].lstrip(_q("close_quote") if _q("open_quote") not in member else "")
    if (borrowed := parallel_head(member, last)) is not None:
        return member + borrowed
    head = next((h for h in _heads() if last.endswith(h) and len(last) > len(h)), None)
    return member + (with_category(head, member, last) if head else noun_member_head(member, last))


def _lex() -> dict:
    return lexicon("indicators")


@cache
def _heads() -> tuple[str, ...]:
    return tuple(sorted(_lex()["list_heads"], key=len, reverse=True))


def members(subject: str, n: int) -> list[str] | None:
    """The n member names of a list subject, or None when it does not split into n."""
    subject = re.sub(_q("subject_tail"), "", subject.strip()).replace(_q("respective"), "")
    if subject.startswith(_q("partner_lead")) and pos_of(subject)[0][0] == _q("partner_lead"):
        return _partners(subject, n)
    if n == 2 and (pair := _contracted(subject)):
        return pair
    m = re.match(_lex()["ordinal_list"], subject)
    if m and len(m["ords"]) == n:
        return [o + m["head"] for o in m["ords"]]
    for sep in _q("separators"):
        parts = _split(subject, sep)
        if len(parts) == n:
            names = _one_head(parts, [complete_member(p, parts[-1]) for p in parts[:-1]] + [parts[-1]])
            return shared_ratio(_owned_measures(_events_cost(names)))
    return None


def _split(subject: str, sep: str) -> list[str]:
    """SUBJECT's parts between the matches of SEP; a joining word (和, 及) only where the tagger reads it as a word
    of its own: 及时响应率和办结率 is two members, not 时响应率 and 办结率."""
    words = {0}
    for word, _tag in pos_of(subject) if re.search(sep, "".join(_q("joint_words"))) else ():
        words.add(max(words) + len(word))
    parts, at = [], 0
    for m in re.finditer(sep, subject):
        if m.group() in _q("joint_words") and not {m.start(), m.end()} <= words:
            continue
        parts.append(subject[at:m.start()])
        at = m.end()
    return [p for p in parts + [subject[at:]] if p]


def _one_head(parts: list[str], names: list[str]) -> list[str]:
    """Rule: the modifier members before the last borrow one head, the longest any of them borrowed
    (刑事治安、涉诈、涉毒警情 → 刑事治安警情 as 涉诈警情; 新能源汽车、智能家电、智能手机限上零售额 → 新能源汽车限上
    零售额, not 零售额 alone): a member that borrowed none, or only the end of that head, takes it."""
    borrowed = [n[len(p):] if n.startswith(p) else None for p, n in zip(parts[:-1], names[:-1])]
    head = max((b for b in borrowed if b), key=len, default="")
    return [p + head if b is not None and b != head and head.endswith(b) and not _complete(p) else n
            for p, n, b in zip(parts, names, borrowed)] + names[-1:]


def _shared_qualifier(names: list[str]) -> list[str]:
    """Rule: in a list of respective values, a place scope or size class opening the first member's thing
    (农村自来水、卫生户厕普及率; after the verb before it: 带动限上新能源汽车、节能家电零售额) is every later member's that has no scope of its own:
    农村卫生户厕普及率, 限上节能家电零售额; not after a noun (开发区规上工业增加值、工业投资)."""
    first = names[0]
    word, at = next(((w, first.find(w)) for w in _q("head_qualifiers") if w in first), ("", -1))
    if at < 0 or at > 0 and not pos_of(first[:at])[-1][1].startswith("v"):
        return names
    own = tuple(_q("own_scopes"))
    return names[:1] + [n if any(w in n for w in own) else word + n for n in names[1:]]


def _contracted(subject: str) -> list[str] | None:
    """Rule: a word standing for two members (城乡, 存贷款) in a subject no separator splits gives
    each member with the words around it: 银行机构本外币存贷款余额 → …存款余额, …贷款余额."""
    for word, pair in _q("contractions").items():
        at = subject.find(word)
        rest = subject[:at] + subject[at + len(word):]
        if at >= 0 and not re.search(_q("joined"), rest):
            return [subject[:at] + m + subject[at + len(word):] for m in pair]
    return None


def _partners(subject: str, n: int) -> list[str] | None:
    """Rule: 对 before the first of a list of partners (对A、B进出口) is every member's: 对A进出口, 对B进出口."""
    lead = _q("partner_lead")
    names = members(subject[len(lead):], n)
    return [lead + m for m in names] if names else None


def _owned_measures(names: list[str]) -> list[str]:
    """Rule: a member that is only a measure (利润, 花费) after a member naming an owner and its measure
    (X营业收入, Y数量) measures that owner: X利润, Y花费."""
    out = names[:1]
    for name in names[1:]:
        head = next((h for h in sorted(_q("owner_measures"), key=len, reverse=True)
                     if out[-1].endswith(h) and len(out[-1]) - len(h) >= 2), "")
        out.append(out[-1][:-len(head)] + name if head and name in _q("owned_measures") else name)
    return out


def _events_cost(names: list[str]) -> list[str]:
    """Rule: a member counting what the events counted by the member before cost (事故起数、死亡人数)
    is those events' cost: 事故死亡人数."""
    out = names[:1]
    for name in names[1:]:
        head = next((h for h in _q("event_heads") if out[-1].endswith(h) and len(out[-1]) > len(h)), "")
        out.append(out[-1][:-len(head)] + name if head and name in _q("event_costs") else name)
    return out


def _raw_members(subject: str, joined: bool) -> list[str]:
    """The members of a subject as written: split at 、, or with none and JOINED (a word says each member has
    the value: 均, 分别, 双双) at a joining word (和, 及) the tagger reads as a word of its own (旅游人次和花费)."""
    if _q("separator") in subject or not joined:
        return [p for p in subject.split(_q("separator")) if p]
    return _split(subject, _q("separators")[-1])


def joint_members(subject: str, counts: bool, joined: bool = False) -> list[str] | None:
    """The members of "A、B<shared>" (JOINED: also "A和B<shared>") stating one value for each ("制造业贷款余额、
    科技贷款余额均增长11.7%", "基本养老、医疗保险参保率稳定在95%以上"; 旅游人次和花费增长均超20%); None unless
    every member but the last is complete or borrows at least three characters (not 三一重工 + 占比), or the values count things named by
    nouns (国家现代农业产业园、优势特色产业集群…分别增加2个; not 退役军人、残疾人新增就业)."""
    raw = _raw_members(subject, joined)
    if len(raw) < 2 or re.search(r"\d", subject):
        return None
    if len(raw) == 2 and (pair := _contracted(subject)):
        return pair     # 人民币存款、贷款余额双双突破N: the words around the pair are both members'
    names = members(subject, len(raw))
    if names is None or len(names) != len(raw):
        return None
    if all(_complete(r) or (n.startswith(r) and len(n) - len(r) >= 3) for n, r in zip(names[:-1], raw[:-1])):
        return names
    tags = pos_of(names[-1])
    return names if counts and tags and tags[-1][1].startswith("n") else None


def assign(text: str, sentence: Span, qs: list[Quantity], rename) -> None:
    """Give each value of every value list of the sentence its member name; ``rename(q, name)``
    sets a quantity's indicator from a bare name. Named quantities get attrs["list_member"]."""
    inside = [q for q in qs if sentence.start <= q.span.start and q.span.end <= sentence.end]
    previous: list[str] | None = None
    for run in value_lists(text, inside):
        if any(q.attrs.get("source") != "inherited" for q in run[1:]):
            previous = None
            continue        # a later value has its own phrase: a list of statements, not of values
        subject = str(run[0].attrs.get("phrase") or run[0].attrs.get("indicator_base", run[0].indicator))
        names = members(subject, len(run))
        names = _shared_qualifier(names) if names else names
        if names is None:    # 月人均分别提高N元、M元: the pays raised in the clause before
            names = per_head_members(text[sentence.start:run[0].span.start], subject, len(run),
                                     run[0].attrs.get("change"))
        if names is None and run[0].attrs.get("source") == "inherited" and previous \
                and len(previous) == len(run):
            names = previous
        if names is None and run[0].attrs.get("source") == "inherited":
            names = _stated_before(text, inside, run)
        if names is None:    # 新开工和续建X分别为N个、M个
            names = respective_acts(text[sentence.start:run[0].span.end], subject, len(run))
        if names is None:
            previous = None
            continue
        for q, name in zip(run, names):
            rename(q, name)
            q.attrs["list_member"] = True
        previous = names


def _stated_before(text: str, inside: list[Quantity], run: list[Quantity]) -> list[str] | None:
    """Rule: "A N1、B N2，分别增长x、y": a respective list of values without a phrase of their own takes
    the names of as many figures stated just before it, one each (国内游客人数, 入境游客人数)."""
    before = [q for q in inside if q.span.end <= run[0].span.start]
    if len(before) < len(run) or _q("respective") not in text[before[-1].span.end:run[0].span.end]:
        return None
    names = [str(q.indicator) for q in before[-len(run):]]
    return names if len(set(names)) == len(names) else None


def _share_act(q: Quantity, last: Quantity, name: str) -> None:
    """The level member takes the act its list's last member is named with (培育6个世界级、…9个区域级产业集群 → 世界级
    产业集群培育数量, as 区域级产业集群培育数量; 新建6个国家级、20个省级临床重点专科 → 新建国家级…): one act for the list."""
    own = str(last.attrs.get("indicator_base") or "")
    if own and own in last.indicator and last.unit == q.unit:
        q.indicator = last.indicator.replace(own, name, 1)


def level_things(text: str, sentence: Span, qs: list[Quantity], rename) -> None:
    """Rule: a count whose thing is only a level (6个世界级、7个国家级、9个区域级产业集群) counts the
    thing the list names after its last level (世界级产业集群); with no number after it in its clause
    (N个行业级、场景级大模型), the levels and the thing after them."""
    level, head = re.compile(_q("level_only")), re.compile(_q("level_head"))
    mine = sorted((q for q in qs if sentence.start <= q.span.start < sentence.end), key=lambda q: q.span.start)
    for i, q in enumerate(mine):
        base = q.name_base
        clause = re.split(_q("clause_end"), text[q.span.end:sentence.end])[0]
        if not level.match(base) or not clause.startswith(_q("joined_start")):
            continue
        if not re.search(r"\d", clause):
            rename(q, base + clause)
            continue
        later = [(p, str(p.attrs.get("indicator_base") or p.indicator)) for p in mine[i + 1:]
                 if p.span.start < q.span.end + len(clause)]
        p, m = next(((p, m) for p, pb in later if (m := head.match(pb))), (None, None))
        if m:
            rename(q, base + m["head"])
            _share_act(q, p, base + m["head"])


def shared_comparator(text: str, sentence: Span, qs: list[Quantity]) -> None:
    """Rule: the comparator written after a list's last value closes the values before it that have none of
    their own (参保率保持在90%和98%以上 → both >=), when they are joined by 和/及 (``shared_gap``) or the word is an
    approximation (``shared_after_any_gap``: 分别增长4.5%、5.5%左右); a bound after a 、 list (10%、35%以上) stays
    the last value's. Values with a phrase of their own (X10个、Y30个左右) are statements, each its own."""
    inside = [q for q in qs if sentence.start <= q.span.start and q.span.end <= sentence.end]
    for run in value_lists(text, inside):
        last = run[-1]
        gaps = [text[a.span.end:b.span.start].strip() for a, b in zip(run, run[1:])]
        if not _closed_by_word(text, run) or not all(re.match(_q("list_gap"), g) for g in gaps):
            continue
        if last.comparator in _q("shared_after_any_gap") or all(re.match(_q("shared_gap"), g) for g in gaps):
            for q in run[:-1]:
                if q.comparator == "=" and q.unit == last.unit:
                    q.comparator = last.comparator


def _closed_by_word(text: str, run: list[Quantity]) -> bool:
    """The run is a list of bare values (every one after the first inherits its phrase) whose last value ends with
    a comparator word (以上, 左右 …) other than =."""
    from .reading_kinds import after_words
    last = run[-1]
    return last.comparator != "=" and all(q.attrs.get("source") == "inherited" for q in run[1:]) \
        and bool(re.search(f"(?:{after_words().pattern})$", text[:last.span.end]))
