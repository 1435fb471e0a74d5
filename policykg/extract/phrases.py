"""Phrase rules: the counted object right of a number, the canonical spelling of an indicator and its
suffix by unit class (the phrase left of a number is peeled in ``peeling.py``; a name taken from the
quantities or chunks around it is in ``neighbour_names.py``)."""
from __future__ import annotations

import re

from .lead_words import strip_words
from .measure_words import changed_count, measure_word
from .names import clean
from .qlexicon import (
    alias_map,
    alternation_of,
    lexicon,
    pos_of,
    qwords,
    split_unit,
    starts_with_verb,
    strip_suffix,
    treating_acts,
)


def normalise_indicator(s: str) -> str:
    """Canonical spelling: PM2.5 variants, stray punctuation, then the alias table."""
    s = re.sub(qwords("phrases", "pm25"), "PM2.5", s)
    s = strip_words(s, qwords("phrases", "strip_words"), qwords("phrases", "strip_marks"))
    # a joining word opening the name, not the first character of a word (并网, 并购, 和美乡村)
    if not re.match(qwords("phrases", "joining_tie"), s):
        s = strip_words(s, f"(?!{alternation_of(qwords('phrases', 'joining_not'))}){qwords('phrases', 'joining')}",
                        ends="left")
    s = clean(re.sub(qwords("phrases", "condition_clause"), "", s) or s)     # 正常年景下X → X (names85)
    s = re.sub(qwords("phrases", "name_date"), "", s) or s      # X2025年Y → XY (names85)
    s = re.sub(qwords("phrases", "name_aspire"), "", s)       # X力争新入驻Y → X新入驻Y (names115)
    for rx, canon in lexicon("indicators").get("patterns", []):
        if re.search(rx, s):
            return canon
    return alias_map().get(s, s)


def indicator_suffix(name: str, unit_class: str, measure: str, unit: str = "") -> str:
    """Rule: area → 面积, length → 长度 (roads and railways: 里程), counts/people/households → 数量 (unless already
    there), or the measure the unit or the thing says (measure_words).
    A name already holding the measure it would get ends there: what follows is a clause about it."""
    if unit_class == "percent" and qwords("phrases", "share_word") in name[1:] \
            and not re.search(qwords("phrases", "share_done"), name):
        inner = re.search(qwords("phrases", "share_done").rstrip("$"), name[2:])
        if inner:
            return name[:inner.end() + 2]
        return name + qwords("phrases", "share_suffix")   # 民生支出占一般公共预算支出的73.6% → …比重
    if name.endswith(tuple(qwords("phrases", "output_acts"))):
        return name + qwords("phrases", "flow_suffix")    # 生猪出栏N万头, 牛羊出栏增长N% → …出栏量
    if not name or name.endswith(qwords("phrases", "suffix_done")) or measure == "share":
        return name
    if measure == "growth" or unit_class == "multiple":
        return changed_count(name)      # 高新技术企业增长3.2倍 → 高新技术企业数量
    if unit_class in qwords("phrases", "flow_classes") and name.endswith(qwords("phrases", "flow_acts")):
        return name + qwords("phrases", "flow_suffix")    # 绿电交易N亿千瓦时 → 绿电交易量
    deals = qwords("phrases", "deal_acts")
    if unit_class == "money" and name.endswith(tuple(deals)):
        return name + next(by for act, by in deals.items() if name.endswith(act))
    if unit_class == "energy" and name.endswith(qwords("phrases", "plant_kinds")):
        return name + qwords("phrases", "plant_suffix")   # 新型储能N万千瓦 → 新型储能规模
    suffix = measure_word(name, unit, unit_class)
    if unit_class == "length" and suffix and re.search(qwords("phrases", "short_length"), name):
        return name[:-1] + suffix                         # 线路总长N公里 → 线路总里程
    inner = name.find(suffix, 2) if suffix else -1
    return name[:inner + len(suffix)] if inner >= 0 else name + suffix


def measured_act(name: str, action: list[str], unit_class: str, measure: str) -> str:
    """Rule: an area or a count of what a removing or treating verb acts on keeps the verb after the
    thing (封停机井N眼 → 机井封停; 治理水土流失面积N平方公里 → 水土流失治理面积): without it the name
    measures the whole stock."""
    if measure not in ("count", "level") or unit_class not in qwords("phrases", "class_suffix") \
            or len(name) < 2 or starts_with_verb(name):
        return name
    acts = [m.group() for a in action if (m := re.search(treating_acts(), a))]
    if len(acts) > 1 and re.fullmatch(qwords("phrases", "measured_second_acts"), acts[-1]):
        acts.pop()      # 盘活处置X: 盘活 names the treatment, 处置 says only that X was dealt with
    not_ = qwords("phrases", "measured_act_not")
    if not acts or acts[-1] in name or re.search(not_, name) or any(re.match(not_, a) for a in action):
        return name   # built new as well (新建改造), or a count of who benefits (改造X惠及群众)
    head = re.search(qwords("phrases", "measured_act_heads"), name)
    return name[:head.start()] + acts[-1] + head.group() if head and head.start() >= 2 else name + acts[-1]


def share_of_whole(name: str | None, unit_class: str, right: str) -> str | None:
    """Rule: a percentage followed by the whole it is a part of and where that part goes (每年N%以上的财政
    支出投入民生领域) is the share of that part: 民生领域支出占财政支出比重, whatever (每年) stood before it."""
    m = re.match(qwords("phrases", "share_of_whole"), right) if unit_class == "percent" and name is not None else None
    if m is None or not re.fullmatch(qwords("phrases", "share_lead"), name):
        return name
    return m.group("part") + qwords("phrases", "share_part_head") + qwords("phrases", "share_word") + \
        m.group("whole") + qwords("phrases", "share_suffix")


def reference_ratio(name: str | None, unit_class: str, left_raw: str) -> str | None:
    """Rule: a percentage or multiple of a reference (X达到Y的N%, X不低于Y的N倍) names X's share of Y or the ratio
    of X to Y; the comparing word is the comparator's, no part of the name. Without the 的 before the figure (left_raw,
    the text as written) Y is a target or a gap, no reference (城镇化率达到省定目标65%)."""
    form = qwords("phrases", "reference_ratio_name").get(unit_class)
    if not re.search(qwords("phrases", "reference_ratio_mark"), left_raw):
        form = None
    m = re.fullmatch(qwords("phrases", "reference_ratio"), name) if form and name else None
    if m and unit_class == "percent" and re.search(qwords("phrases", "rate_done"), m["part"]):
        return m["part"]   # a rate already (森林覆盖率达到国土面积的45%): the figure is the rate itself
    return form.format(**m.groupdict()) if m else name


def right_object(right: str) -> tuple[str, str | None]:
    """Rule: the counted object written after the number ("25个农村人居环境整治示范村建设")."""
    right = right.strip()
    if re.match(qwords("phrases", "right_skip"), right) and not right.startswith(tuple(qwords("phrases", "joining_not"))):
        return "", None
    if right.startswith(qwords("phrases", "of")):
        right = right[1:]
    obj, tail = right, None
    for _ in range(2):
        s, w = strip_suffix(obj, qwords("phrases", "right_tail"))
        if w and s:
            obj, tail = s, (w if tail is None else w + tail)
    obj = re.sub(qwords("phrases", "act_adverbs"), r"\1", obj)    # N个X全部开工: the act, not the adverb, ends the things
    if (m := re.search(lexicon("indicators")["progress_tail"], obj)) and m.start() >= 2:
        obj = obj[:m.start()] + _treating_act(m.group())   # 8个X完成整治: the count is of X treated
    stops = lexicon("indicators")["right_stop_words"]
    obj = _with_closing_work(re.split(rf"(?:{alternation_of(stops)})", obj)[0], obj)
    first = re.split(qwords("phrases", "second_item"), obj)[0]   # 2519个典型村和25个典型村片区: a second counted item
    obj = first if first and not first.endswith(qwords("phrases", "shared_head_endings")) else obj
    return obj, tail


def project_investment(name: str, clause: str) -> str:
    """Rule: an investment followed by 的 and a project is that project's (投资N亿元的X工程 → X工程投资;
    a list of such projects gives each its own: the name stops at the next value)."""
    if name not in qwords("phrases", "investment_heads") or not clause.startswith(qwords("phrases", "of")):
        return name
    obj = re.split(qwords("phrases", "second_item"), clause[1:])[0]
    obj = strip_words(re.split(qwords("phrases", "project_state"), obj)[0], qwords("phrases", "strip_words"),
                      qwords("phrases", "strip_marks"))
    return obj + name if len(obj) >= 2 and not starts_with_verb(obj) else name


def selected_into(obj: str, right: str, lead: str = "") -> str:
    """Rule: things counted as selected into a list or title are named by it: "11家企业入选国家重点产业链链主企业" →
    国家重点产业链链主企业, "7所高职学校入选国家“双高计划”" → 国家“双高计划”高职学校; likewise what they won, were
    named, or came to (获X, 被命名为X, 实现X), unless helped to it; a list's first member too (N所X、M个Y入选Z → Z X)."""
    if re.search(qwords("phrases", "helped_lead"), lead):
        return obj
    at = right.find(obj)
    rest = right[at + len(obj):] if obj and at >= 0 else ""
    verbs = alternation_of(lexicon("indicators")["selection_verbs"])
    later, adverbs = qwords("phrases", "later_members"), qwords("phrases", "selection_adverbs")
    adverbs_run = f"(?:{adverbs}+(?!{qwords('phrases', 'selection_adverbs_not')}))?"
    m = re.match(f"{later}{adverbs_run}(?:{verbs})(?:{qwords('phrases', 'title_year')})?{qwords('phrases', 'title')}", rest)
    title = m.group(1) if m else ""
    if len(title) < 2 or re.search(qwords("phrases", "title_not"), title):
        return obj
    obj = _without_adverbs(obj, adverbs)
    bare = title.rstrip(qwords("phrases", "title_close"))
    kind = re.search(qwords("phrases", "title_kinds"), bare)
    # a firm counted into a class of firms, a unit into a class of units: the class names them
    if bare.endswith(obj) or (kind and re.fullmatch(qwords("phrases", "title_kinds"), obj)):
        return title
    return title + obj


def _without_adverbs(obj: str, adverbs: str) -> str:
    """OBJ less the adverbs the tagger reads as words of their own at its end (区首次 → 区; 县级城市新 → 县级城市)."""
    words = pos_of(obj)
    while len(words) > 1 and re.fullmatch(adverbs, words[-1][0]):
        words = words[:-1]
    return "".join(w for w, _ in words)


def counted_object(obj: str, lead: str = "") -> str:
    """Rule: a count counts things, not the work done on them ("5549块牌匾的规范设置" → 牌匾), except a
    work that treats them, which stays after them as measured_act puts it ("25所义务教育学校维修改造" →
    义务教育学校改造, "20条道路的改造提升" → 道路改造提升); a size the things pass stays before them ("4个过五百亿的县市"
    → 过五百亿县市); after a locative (在N个X做Y) it counts the places where it is done (做Y的X)."""
    if re.search(qwords("phrases", "locative_lead"), lead) and (located := _located(obj)):
        return located
    acts = lexicon("indicators")["activity_suffixes"]
    treated = ""
    if qwords("phrases", "of") in obj[1:]:
        before, after = obj.split(qwords("phrases", "of"), 1)
        # "道路路灯的升级改造", "棚改区域的道路" count what stands before 的, a treating work after it
        # staying after the thing; a relative clause ("有条件的县", "符合条件的企业") describes what follows it
        if re.match(qwords("phrases", "relative_clause"), before) and after:
            obj = after
        elif re.search(qwords("phrases", "size_clause"), before) and after:
            obj = before + after
        else:
            obj, treated = before, (_treating_act(after) if after in acts else "")
    changed = True
    while changed:
        changed = False
        s, w = strip_suffix(obj, acts)
        if w and len(s) >= 3:
            obj, changed = s, True
            treated = treated or ((m := re.search(treating_acts(), w)) and m.group()) or _kept_work(w)
    return obj + treated


def _with_closing_work(things: str, clause: str) -> str:
    """The things cut at a stop word, with the kept work that closes their clause past it (N名X线下培训 → X培训),
    unless another thing is joined between (N名X线下服务和Y培训: the training is Y's)."""
    m = re.search("(?:" + qwords("phrases", "kept_works") + ")$", clause)
    if not m or not things or things == clause or things.endswith(m.group()) \
            or re.search(qwords("phrases", "kept_work_breaks"), clause[len(things):m.start()]):
        return things
    return things + m.group()


def _kept_work(work: str) -> str:
    """The work cut off a count's things that stays after them as its act (``kept_works``: N名X培训 → X培训), or ''."""
    return work if re.fullmatch(qwords("phrases", "kept_works"), work) else ""


def _treating_act(words: str) -> str:
    """The upgrade (``upgrade_acts``) or else the removing or treating verb (``measured_acts``) in ``words``, or ''."""
    m = re.search(treating_acts(), words)
    return m.group() if m else ""


def _located(obj: str) -> str:
    """做Y的X for the X做Y of 在N个X做Y (X a noun of a few characters, 做 a verb), or ''."""
    words = pos_of(obj)
    i = next((k for k, (_, t) in enumerate(words) if t in ("v", "vn")), 0)
    place = "".join(w for w, _ in words[:i])
    if not 1 <= len(place) <= qwords("phrases", "max_locative_place") or len(obj) - len(place) < 2:
        return ""
    return obj[len(place):] + qwords("phrases", "of") + place


def is_bare_verb(name: str, unit_class: str) -> bool:
    """Rule: a left phrase that is one verb by the tagger (巩固, 打造) names nothing; what the number
    counts or measures is written after it; money names no thing after it (折合N亿元人民币)."""
    tags = pos_of(name) if len(name) >= 2 and unit_class != "money" else ()
    return len(tags) == 1 and tags[0][1] == "v"


def is_modifier(name: str) -> bool:
    """Rule: a left phrase that is only a place or a proper name ("奋斗镇1万亩节水灌溉",
    "红星美凯龙6万平方米主力店") locates the quantity; the measured thing is written after it."""
    if not name or len(name) > 8:
        return False
    if name.endswith(qwords("phrases", "place_suffixes")):
        return True
    tags = pos_of(name)
    return all(f in ("ns", "nr", "nrt", "nz", "nt", "j") for _, f in tags)


def kept_threshold(left: str, qualifier: str) -> bool:
    """Rule: a number between a comparing word and 的 or the noun it bounds (X超N亿元的Y, 总投资超N亿元项目) is a
    threshold the name keeps whole; cut alone, it would leave X超的Y, 总投资超项目. So is the number of a per-people
    base opening the name (每10万人口X: ``per_lead``; names61), which cut leaves 每口X, and a top share ranking the
    things (ESI全球前1‰学科: ``rank_lead``), which cut leaves 全球前学科; and a bound closing the number
    (``bound_tail``: 新引进N万元以上项目, names120), which says which things are counted."""
    i = left.find(qualifier)
    leads = [qwords("phrases", "threshold_words"), qwords("phrases", "per_lead")]
    if re.search(qwords("phrases", "rank_share"), qualifier):
        leads.append(qwords("phrases", "rank_lead"))
    lead = "(?:" + "|".join(leads) + ")$"
    return i > 0 and re.match(r"[\u4e00-\u9fff]", left[i + len(qualifier):]) is not None \
        and (re.search(lead, left[:i]) is not None or re.search(qwords("phrases", "bound_tail"), qualifier) is not None)


def batches_of(text: str, sspan, out: list, rename) -> None:
    """Rule: a count of batches named by its verb alone (推出N批M项X, 实施N批次X) counts batches of the things
    written after it in its clause, a number and classifier before them left out: X批次."""
    from ..model import starting_in
    units, end = qwords("phrases", "batch_units"), re.compile(qwords("phrases", "batch_clause_end"))
    for q in starting_in(sspan, out):
        phrase = str(q.attrs.get("phrase") or "")
        if split_unit(q.unit)[1] not in units or not q.attrs.get("action") \
                or phrase != q.attrs["action"] and [t for _, t in pos_of(phrase)] != ["v"]:
            continue
        after = end.split(text[q.span.end:sspan.end])[0]
        counted = re.sub(qwords("phrases", "batch_lead"), "", after)
        obj = right_object(counted)[0]
        if len(obj) >= 2 and (counted != after or not starts_with_verb(obj)):   # after N项 a verb opens a noun
            rename(q, obj + qwords("phrases", "batch_suffix"))
