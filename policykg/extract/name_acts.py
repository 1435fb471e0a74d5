"""The act done on the counted things, written before them, moved after them (issue #13).

A name read from the words left of a number that still opens with the act (淘汰老旧车辆58万辆,
保护提升历史文化街区13个) is a verb phrase, not a name. The guideline's treating-verb rule puts the act
after the thing, before the measure: 老旧车辆淘汰数量, 历史文化街区保护提升数量."""
from __future__ import annotations

import re

from ..model import Quantity, Span, starting_in
from .qlexicon import lexicon, pos_of, qwords, treating_acts
from .tagger import freq


def fronted_act(name: str, action: list[str], unit_class: str, measure: str) -> str:
    """Rule: a count, area or length named by a verb phrase — a treating verb (``measured_acts``) or two
    dictionary verbs side by side (a compound predicate) before a nominal object of 3+ characters —
    names the object with the act after it: X + act + measure. Not when the things are built new as
    well (新建和改善提升X: ``measured_act_not``), the same exception as ``phrases.measured_act``."""
    if measure not in ("count", "level") or unit_class not in qwords("phrases", "class_suffix"):
        return name
    head = re.search(qwords("phrases", "measured_act_heads"), name)
    body = name[:head.start()] if head else name
    if not head and name.endswith(qwords("phrases", "suffix_done")):
        return name        # 相关报道总点击量: a measure of its own, no count of things acted on
    act = _opening_act(body)
    not_ = qwords("phrases", "measured_act_not")
    if not act or any(re.search(not_, a) for a in action):
        return name
    return body[len(act):] + act + (head.group() if head else "")


def _opening_act(body: str) -> str:
    """The act opening ``body`` when a nominal object of 3+ characters follows it, or ''."""
    toks = pos_of(body)
    if len(toks) < 2 or toks[0][1] != "v" or len(toks[0][0]) < 2:
        return ""
    first = toks[0][0]
    if re.fullmatch(treating_acts(), first):
        act, rest = first, toks[1:]
    elif len(toks) >= 3 and toks[1][1] == "v" and len(toks[1][0]) >= 2 and _dictionary_verbs(first, toks[1][0]):
        act, rest = first + toks[1][0], toks[2:]
    else:
        return ""
    obj = body[len(act):]
    if len(obj) < 3 or rest[0][1] not in qwords("phrases", "fronted_object_tags"):
        return ""
    return act


def _dictionary_verbs(*words: str) -> bool:
    """Each word is a verb of the tagger's dictionary, frequent enough to be no mis-cut of a name."""
    least = qwords("phrases", "fronted_pair_min_freq")
    return all((freq(w) or 0) >= least for w in words)


def built_treated_name(name: str, measure: str) -> str:
    """Rule (names93): things built new and treated (新建改造X, X新建改造, 加装、更新X, 加装（更新）X) are counted or measured
    whole: the run of acts (``without_built_treated``) is no part of the name (公厕数量, 住宅电梯数量). Not in a growth or
    a share, nor when the run is the whole name."""
    if measure in ("growth", "share", "change"):
        return name
    cut = without_built_treated(name)
    return cut if len(cut) > 2 else name


def without_built_treated(text: str) -> str:
    """TEXT without its first run of acts holding a building act (``built_acts``) and a treating one, in either order,
    side by side, joined (``built_treated_joint``) or the second in brackets (改造新建, 新建改造, 加装、更新, 加装（更新）),
    the whole run (新建、改造、扩建X → X): '' for such a run alone (改造新建 written before the number: ``defining_act``
    adds no act); TEXT as it is when a joint ties the run to a word no act list holds (新建、改造和提升X, not 和提升X)."""
    built, treat, joint = qwords("name_flows", "built_acts"), treating_acts(), qwords("name_flows", "built_treated_joint")
    act = f"(?:{built}|{treat})"
    for m in re.finditer(f"{act}(?:{joint}{act}|（{act}）)+", text):
        if re.search(built, m.group()) and re.search(treat, m.group()):
            before, after = text[:m.start()], text[m.end():]
            joined = re.search(f"(?:{joint})$", before).group() or re.match(joint, after).group()
            return text if joined else before + after   # 新建、改造和提升X: an act the lexicon lacks, no 和提升X
    return text


def built_area(name: str, unit_class: str) -> str:
    """Rule (names93): an area or a length of things built is named by the things (``built_area_tail``: “三北”工程建设 →
    “三北”工程, 标准化棚圈新建项目 → 标准化棚圈); not after a treating act (县道提档升级建设), nor leaving two characters."""
    m = re.search(qwords("name_flows", "built_area_tail"), name)
    if unit_class not in ("area", "length") or m is None or m.start() <= 2 \
            or re.search("(?:" + treating_acts() + ")$", name[:m.start()]):
        return name
    return name[:m.start()]


def list_work(name: str, rest: str, unit_class: str, measure: str) -> str:
    """Rule: a count or size named right of its number that opens a list (``rest``: the clause after it,
    from the list mark on) whose later members each open with a number and whose last one ends in a
    treating work (实施N个老旧小区、M个老旧街区改造; 完成N栋住宅楼、M平方米既有建筑节能改造) counts things
    so treated: the work goes after the thing, before the measure (老旧小区改造数量, 住宅楼节能改造数量)."""
    if measure not in ("count", "level") or unit_class not in qwords("phrases", "class_suffix") \
            or re.search(qwords("phrases", "measured_acts"), name) or not rest.startswith(qwords("phrases", "list_mark")):
        return name
    own = pos_of(name)
    if own and own[-1][1] in ("v", "vn"):
        return name        # 完成N家X关改搬转、M个Y整治: the member names its own work
    members = re.split(qwords("phrases", "list_members"), rest[1:])
    if not all(re.match(qwords("phrases", "list_member_lead"), m) for m in members):
        return name
    work = _ending_work(members[-1])
    if not work or re.search(qwords("phrases", "measured_act_not"), members[-1]):
        return name
    head = re.search(qwords("phrases", "measured_act_heads"), name)
    return name[:head.start()] + work + head.group() if head and head.start() >= 2 else name + work


def _ending_work(member: str) -> str:
    """The treating verb ending ``member`` with the verbs right before it (a verb ending a noun word
    of the tagger counted: 建筑节能 → 节能), or ''; 维修改造 and the like (activity_suffixes) give their
    treating verb alone."""
    toks = pos_of(member)
    if len(toks) < 2 or not re.fullmatch(qwords("phrases", "measured_acts"), toks[-1][0]):
        return ""
    work, tags = toks[-1][0], qwords("phrases", "list_work_tags")
    for word, tag in reversed(toks[:-1]):
        if tag in tags:
            work = word + work
            continue
        tail = word[-2:]
        if len(word) > 2 and pos_of(tail)[0] == (tail, "v"):
            work = tail + work
        break
    long_works = [w for w in lexicon("indicators")["activity_suffixes"] if len(w) > len(toks[-1][0])]
    return toks[-1][0] if any(work.endswith(w) for w in long_works) or len(work) >= len(member) else work


def without_grade(name: str) -> str:
    """Rule: a count of works whose name opens with their power grade (500千伏输变电工程, 750千伏和330千伏电网工程)
    names the works alone (``power_grade``); 新建 and the like before the grade stay before the works."""
    act = re.match(qwords("name_flows", "new_acts") + "|" + qwords("name_flows", "flow_before"), name)
    lead = act.group() if act else ""
    rest = re.sub(qwords("phrases", "power_grade"), "", name[len(lead):])
    return lead + rest


def purpose_owned(name: str, action: list[str]) -> str:
    """Rule: a thing named by what it is used for (用于X的Y, 用于 peeled as the action or still in the
    name) is X's: XY, 的 and the verbs dropped (用于民生的财政支出 → 民生财政支出)."""
    lead = action[-1] if action and action[-1] == qwords("phrases", "purpose_verb") else ""
    m = re.match(qwords("phrases", "purpose_of"), lead + name)
    return m.group("owner") + m.group("noun") if m else name


def own_running_totals(text: str, sspan: Span, out: list[Quantity]) -> None:
    """Rule (names86): a target counting things by the making act its name keeps after them, with 累计 right
    before that act (累计建成X N个, 累计引进和培育N家X), counts the running total, not the year's: 累计 stays
    before the act (X累计建成数量, X累计引进和培育数量: the dev golds of chongqing and guizhou, the guideline's example).
    Not in a review, whose period already is what 累计 sums (jinghai's gold 北京项目引进数量)."""
    running = qwords("name_flows", "running_total")
    for q in starting_in(sspan, out):
        if q.kind != "Target" or q.attrs.get("measure") != "count" or running in q.indicator \
                or not text[max(sspan.start, q.span.start - len(running)):q.span.start].endswith(running):
            continue
        act = _kept_act(q.label, q.indicator)
        if act:     # set, not renamed: the names' cleanup drops a 累计 inside a name (a review's, indicators.yaml inner)
            at = q.indicator.index(act, 1)
            q.indicator = q.indicator[:at] + running + q.indicator[at:]
            q.attrs["indicator_base"] = q.indicator


def _kept_act(label: str, name: str) -> str:
    """The longest making act (``after_acts``) opening LABEL that NAME keeps after its things, or ''."""
    digit = re.search(r"\d", label)
    lead = label[:digit.start()] if digit else ""
    for end in range(len(lead), 1, -1):
        act = lead[:end]
        if re.match(qwords("name_flows", "after_acts"), act) and act in name[1:]:
            return act
    return ""
