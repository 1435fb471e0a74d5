"""Quantified Targets and Outcomes from report sentences.

Modules: ``qlexicon`` (lexicons, regexes, numbers), ``chunks`` (chunks and number+unit candidates),
``phrases`` (indicator phrase and counted object), ``filters`` and ``notfigures`` (numbers that are not
figures), ``periods`` (start and end year), ``lists`` (lists of indicators with lists of values),
``names`` (name clean-up); this module reads each sentence and assembles the quantities.

``extract_quantities(text, sentences)`` finds every number written with a unit (6.3万亩, 4%,
1.35万人, 3个百分点), drops numbers that are not measurements (years, dates, ordinals, policy
names, numbers inside names, rankings), and turns each remaining one into a :class:`Quantity`
following DESIGN §1 (value as written, unit as written, comparator, period, kind).

How a sentence is read
----------------------
1. The sentence is cut into *chunks* at ，；： and at 、 when the chunk before it already holds a
   quantity (so "市外内资、外资到位达到100亿元" stays one chunk but "21.9万亩、设施农业4.3万亩"
   is two).
2. In a chunk, each number+unit is a candidate. Text left of it is the *left phrase*, text right
   of it (to the chunk end) the *right phrase*.
3. The left phrase is peeled from the right end (change words 增长/下降/稳定在/达到, comparator
   words 超过/不少于/约, comparison bases 比“十二五”末, 分别/累计) and from the left end (time
   expressions 2020年/“十三五”时期/过去一年, governing words 预计/力争/推动, scope words
   全区/全年/累计, action verbs 新建/引进/完成).  What remains is the indicator phrase.
4. No indicator phrase left → the counted object stands right of the number
   ("启动25个农村人居环境整治示范村建设", "废旧动力电池回收利用等5个项目开工建设"), or the
   chunk continues the previous quantity ("5.3万亿元、增长5.5%") and inherits its indicator.

Indicator naming scheme (one rule, applied everywhere)
-----------------------------------------------------
indicator = alias(<measured thing>) + <suffix by unit class>

* <measured thing> is the noun phrase without scope words (全区/全年/累计...), without the verbs
  that only say how the number moves (增长/下降/提高/达到/稳定在...), without governing words
  (预计/力争/推动...) and without the action verb that produced it (新建/新增/引进/建设/完成...);
  the action verb is kept in ``attrs["action"]`` and the kind of figure in ``attrs["measure"]``
  ("growth" % change, "change" absolute or 个百分点 change, "level", "share", "count").
* suffix: area units (亩/公顷/平方米/平方公里) → "面积"; length units (公里/米) → "里程";
  classifiers and people (个/家/所/项/人/户/名...) → "数量"; nothing for money, %, 个百分点 and
  other units; no suffix when the phrase already ends in one (面积/数量/人数/量/率...).
* grouped counts "X、Y等N个项目<verb>" → <verb> + 项目 + 数量, e.g. "开工建设项目数量";
  the names are left to the entity extractor.
* alias(): data/lexicons/indicators.yaml maps spellings of the same indicator to one name
  (生产总值/全区生产总值/GDP → 地区生产总值; 新增就业 → 城镇新增就业人数; PM_2.5 → PM2.5...).

Examples: 新建高标准农田6.3万亩 → 高标准农田面积; 新增国家高新技术企业18家 → 国家高新技术企业数量;
提升改造乡村公路25公里 → 乡村公路里程; 地区生产总值增长4% → 地区生产总值 (measure growth).

Kind: sentences in a review part are Outcomes; in plan/outlook parts Targets unless the verb is
clearly past (已/了). Period: a time expression in the quantity's own chunk wins, then one that
opens an earlier chunk of the sentence, then the year opening the paragraph (carried into the
"——我们…" paragraphs that follow it), then the part's default (review: the year or five-year plan
named in the part heading, 年均/累计 preferring the five-year plan; plan: the report year;
outlook: the five-year plan named in the heading).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Context, Quantity, Sentence, Span
from .chunks import chunk_candidates, chunk_sentence
from .filters import (
    is_framing,
    is_name_number,
    is_partner_count,
    is_policy_name,
    is_preparatory,
    is_ranking,
)
from .lists import assign
from .notfigures import is_restatement, is_scope, is_threshold_count
from .periods import (
    PeriodState,
    default_period,
    paragraph_time,
    period_of_time_match,
    plan_ahead,
    sentence_time,
    time_in,
)
from .phrases import (
    counted_object,
    indicator_suffix,
    is_modifier,
    may_inherit,
    normalise_indicator,
    peel_left,
    peel_right,
    previous_object,
    respective_name,
    right_object,
    shared_object,
)
from .qlexicon import (
    alternation_of,
    lexicon,
    quantity_regex,
    split_unit,
    starts_with_verb,
    unit_classes,
)


def _kind(ctx: Context | None, chunk_text: str, past: bool) -> str:
    """Rule: review part → Outcome; plan/outlook → Target unless the verb is clearly past."""
    if ctx is not None and ctx.part_kind == "review":
        return "Outcome"
    if past or re.search(r"(?:已经|已|均已)[\u4e00-\u9fff]{0,4}$", chunk_text[:6]) or "实现了" in chunk_text:
        return "Outcome"
    return "Target"


def _comparator(words_before: list[str], inner: str | None, after: str, approx_inner: bool) -> str:
    """Rule: DESIGN word table; an approximation word wins, then bounds, then strict, then equal."""
    cmp = lexicon("comparators")
    after_words = after
    if approx_inner or any(w in cmp["approx"]["before"] for w in words_before) or after_words in cmp["approx"]["after"]:
        return "≈"
    if any(w in cmp["bound_ge"]["before"] for w in words_before) or after_words in cmp["bound_ge"]["after"]:
        return ">="
    if any(w in cmp["bound_le"]["before"] for w in words_before) or after_words in cmp["bound_le"]["after"]:
        return "<="
    if inner or any(w in cmp["strict_gt"]["before"] for w in words_before):
        return ">"
    return "="


def _measure(unit_class: str, change: str | None, name: str, has_from: bool, unit: str = "") -> str:
    if unit.endswith("百分点"):
        return "change"
    if has_from or change == "level":
        return "share" if unit_class == "percent" and re.search(r"(率|占比|比重|比例)$", name) else "level"
    if change in ("increase", "decrease"):
        if unit_class == "percent" and not name.endswith(("率", "占比", "比重")):
            return "growth"
        return "change"
    if unit_class == "percent":
        return "share" if re.search(r"(率|占比|比重|比例|覆盖面)$", name) else "level"
    if unit_class in ("count", "person", "household"):
        return "count"
    return "level"


def extract_quantities(text: str, sentences: Iterable[Sentence]) -> list[Quantity]:
    """Every quantified Target/Outcome stated in ``sentences`` (see module docstring), by span."""
    out: list[Quantity] = []
    state = PeriodState()
    cmp_lex = lexicon("comparators")
    after_rx = re.compile(rf"(?:{alternation_of(cmp_lex['approx']['after'] + cmp_lex['bound_ge']['after'] + cmp_lex['bound_le']['after'])})")
    for sent in sentences:
        ctx = sent.context
        sspan = sent.span
        stext = text[sspan.start:sspan.end]
        para_time = paragraph_time(text, sent, state)
        chunks = chunk_sentence(text, sspan)
        prev_q: Quantity | None = None
        subject = ""
        prev_action: list[str] = []
        for chunk in chunks:
            cands = chunk_candidates(text, stext, sspan.start, chunk)
            for cand in cands:
                if cand.role != "main":
                    continue
                left_raw = text[chunk.start:cand.start]
                if cand.from_value is not None:
                    fm = re.search(r"(?:由|从)(?:20\d\d年(?:底|末)?的?)?$", text[chunk.start:[c for c in cands if c.role == 'from' and c.end <= cand.start][-1].start])
                    left_raw = text[chunk.start:[c for c in cands if c.role == 'from' and c.end <= cand.start][-1].start]
                    left_raw = left_raw[:fm.start()] if fm else left_raw
                    mid = text[[c for c in cands if c.role == 'from' and c.end <= cand.start][-1].end:cand.start]
                    change_hint = "decrease" if re.search(r"下降|降低|减少|缩小", mid) else "level"
                else:
                    change_hint = None
                if cand.qualifier:
                    left_raw = text[chunk.start:cand.start].replace(cand.qualifier, "", 1)
                # after: trailing comparator word and right phrase
                after_m = after_rx.match(text, cand.end, chunk.end) if cand.end < chunk.end else None
                after_word = after_m.group() if after_m else ""
                end = cand.end + len(after_word)
                right = text[end:chunk.end]
                if cand.unit_class == "time" and not (after_word or re.search(r"(?:至|到|在)$", left_raw)):
                    continue  # Rule: "1小时通达", "15分钟生活圈" name a reach, not a measured duration
                clause_left = re.split(r"[，,；;：:。]", text[sspan.start:cand.start])[-1]
                clause_right = re.split(r"[，,；;。]", text[cand.end:sspan.end])[0]
                if is_policy_name(clause_left, cand, right) or is_framing(left_raw, right) or is_ranking(left_raw, right) \
                        or is_preparatory(clause_right) or is_partner_count(clause_left, right) \
                        or is_name_number(cand.unit_class, right) or is_scope(cand.unit_class, clause_left, right) \
                        or is_restatement(right):
                    continue
                if is_threshold_count(cand.unit_class, right):
                    subject = peel_left(peel_right(left_raw)[0])[0]   # the next values are the subject's
                    continue
                left_peeled, rinfo = peel_right(left_raw)
                name, linfo = peel_left(left_peeled)
                grouped = left_raw.rstrip().endswith("等")
                kind = _kind(ctx, text[chunk.start:chunk.end], linfo["past"])
                action = linfo["action"]
                span_start = chunk.start + linfo["lead"]
                span_end = end
                ind_src = "left"
                right_noun = bool(right) and re.match(r"^[\u4e00-\u9fff“]", right) is not None and not right.startswith(("左右", "以上", "以内", "以下", "的"))
                counts = cand.unit_class in ("count", "person", "household")
                if grouped:
                    obj, tail = right_object(right)
                    verb = {"加快建设": "建设"}.get(tail, tail) or (action[-1] if action else "")
                    if counts and obj and not re.search(r"(?:项目|工程)$", obj):
                        obj, verb = counted_object(obj), ""   # 沿山路小学等8所风雨馆 → 风雨馆; 项目/工程 keep the verb
                    name = (verb + obj) if obj else verb
                    ind_src = "grouped"
                    # the span starts after the first run of governing verbs before the names
                    gov = re.search(r"(?:(?:重点|推动|推进|加快|启动|实施|开工|新建|建设|支持|完成)+)", left_raw)
                    span_start = chunk.start + (gov.end() if gov else linfo["lead"])
                    span_end = chunk.end
                elif (not name.strip("“”\"") and (right_noun or right.startswith("的")) and not starts_with_verb(right)) or \
                        (right_noun and counts and right_object(right)[0]) or \
                        (right_noun and right_object(right)[0] and is_modifier(name) and not starts_with_verb(right)):
                    obj, tail = right_object(right)
                    if cand.unit_class in ("area", "length", "weight", "volume", "energy"):
                        obj = re.split(r"(?:等|和|及|年内)", obj)[0]   # 5万平方米公安小区和2万平方米回迁房等开发项目
                    name = counted_object(obj) if counts else obj
                    ind_src = "right"
                    span_end = chunk.end if chunk.end - span_start <= 30 else end + len(obj)
                elif not name and (shared := shared_object(text, cands, cand, chunk, chunks)):
                    name = counted_object(shared) if counts else shared   # 完成1.8万户、189万平方米棚改任务
                    ind_src = "shared"
                elif not name and prev_q is None and counts and not right and \
                        (obj := previous_object(text, chunks, chunk)):
                    name = obj          # "全部设置平价蔬菜超市，年内完成20个"
                    ind_src = "previous"
                elif not name and prev_q is not None and may_inherit(prev_q, cand):
                    name = prev_q.attrs.get("indicator_base", prev_q.indicator)
                    ind_src = "inherited"
                    rinfo["change"] = rinfo["change"] or prev_q.attrs.get("change")
                    action = action or prev_action
                elif not name and prev_q is None and subject:
                    name, ind_src = subject, "inherited"   # 地区生产总值迈上4个万亿元台阶、达14.2万亿元
                if re.search(r"(?<![高中初同平对])等(?!级)", name) and ind_src == "left":
                    name = re.split(r"(?<![高中初同平对])等(?!级)", name)[-1]   # 北师大附属学校、多维绿建等北京项目 → 北京项目
                if name in ("资金", "项目", "费用") and action:
                    name = action[-1] + name          # 投入资金, 实施项目 — the verb is the indicator
                if not name:
                    name = (action[-1] if action else "") + ("资金" if cand.unit_class == "money" else "")
                    if not name:
                        continue
                if re.search(r"\d", name) and re.fullmatch(r"[\dA-Za-z.+]+", name):
                    continue
                if counts and name.endswith("指标"):
                    continue   # "提出25项主要指标" counts the plan's indicators, it is not a commitment
                change = change_hint or rinfo["change"]
                if change is None and any(a in lexicon("indicators")["reducing_verbs"] for a in action):
                    change = "decrease"   # 压减地下水开采量21.5亿立方米
                if change is None and "下拉" in left_raw:
                    change = "decrease"
                base_name = normalise_indicator(name)
                measure = _measure(cand.unit_class, change, base_name, cand.from_value is not None, cand.unit)
                indicator = normalise_indicator(indicator_suffix(base_name, cand.unit_class, measure))
                value = cand.value
                if change == "decrease" and cand.from_value is None:
                    value = -value
                    upper = -cand.upper if cand.upper is not None else None
                else:
                    upper = cand.upper
                if upper is not None and upper < value:
                    value, upper = upper, value
                words_before = rinfo["cmp_words"]
                comparator = _comparator(words_before, cand.inner or (cand.m.group("ai") if cand.m.group("b") else None),
                                         after_word, cand.approx_inner)
                if upper is not None and comparator == "=":
                    comparator = ">="   # a range 5%—5.5%: the value is its floor, pkg:upperValue its ceiling
                # period
                multi = rinfo["multi"] or bool(re.search(r"年均|累计", left_raw))
                dflt = default_period(ctx, kind, multi)
                tm = linfo["time"] or time_in(left_raw)
                if tm is not None:
                    period = period_of_time_match(tm, ctx, kind, dflt)
                else:
                    st = sentence_time(text, chunks, chunk.start)
                    if st is not None:
                        period = period_of_time_match(st, ctx, kind, dflt)
                    elif para_time is not None:
                        period = period_of_time_match(para_time, ctx, kind, dflt)
                    else:
                        period = dflt
                if kind == "Target" and multi and tm is None and (period[1] or 0) >= ctx.report_year \
                        and (plan := plan_ahead(stext, ctx)):
                    period = plan   # Rule: 年均/累计 targets run over the five-year plan ahead
                if cand.from_year and cand.to_year:
                    # 从2020年的A增长到2025年的B: the change happened in the years after the base year
                    period = (min(cand.from_year + 1, cand.to_year), cand.to_year)
                elif cand.to_year:
                    period = (cand.to_year, cand.to_year)
                if kind == "Target" and ctx is not None and period[1] is not None and period[1] < ctx.report_year:
                    kind = "Outcome"   # Rule: a plan/outlook part recalling the past ("过去五年…") states results
                aspirational = linfo["aspire"] or "力争" in text[sspan.start:cand.start]
                span = Span(span_start, span_end)
                while span.end > span.start and text[span.end - 1] in "，、；。 ":
                    span = Span(span.start, span.end - 1)
                attrs: dict[str, object] = {"change": change, "measure": measure, "indicator_base": base_name, "source": ind_src,
                                            "phrase": name}
                if not action and prev_action and text[chunk.start - 1:chunk.start] == "、":
                    action = prev_action      # 建设高标准农田21.9万亩、设施农业4.3万亩
                if action:
                    attrs["action"] = action[-1]
                if rinfo["base"]:
                    attrs["base"] = rinfo["base"]
                if cand.qualifier:
                    attrs["qualifier"] = cand.qualifier
                q = Quantity(kind=kind, indicator=indicator, value=value, unit=cand.unit,
                             comparator=comparator, span=span, start_year=period[0], end_year=period[1],
                             aspirational=aspirational, from_value=cand.from_value, upper_value=upper,
                             label=text[span.start:span.end], attrs=attrs)
                if re.search(r"分别[\u4e00-\u9fff]{0,6}$", left_raw):
                    out.extend(split_respectively_one(q, name, text, cand.end, sspan.end))
                else:   # an inherited name is the list's, not two rates sharing one value
                    out.extend(split_joint(q) if ind_src != "inherited" else [q])
                prev_q = q
                if action:
                    prev_action = action
            if not cands:
                continue
        # Rule: "A、B分别增长6.5%、10.1%" — a list of values names a list of indicators (lists.py)
        assign(text, sspan, out, _rename)
        _respectively(text, sspan, out)
    out.sort(key=lambda q: (q.span.start, q.span.end))
    return out


def _rename(q: Quantity, name: str) -> None:
    """Set a quantity's indicator from a bare name (alias, then the suffix of its unit class)."""
    base = normalise_indicator(name)
    q.attrs["indicator_base"] = base
    cls = unit_classes().get(split_unit(q.unit)[1], "")
    q.indicator = normalise_indicator(indicator_suffix(base, cls, str(q.attrs["measure"])))


def split_joint(q: Quantity) -> list[Quantity]:
    """Rule: "农村卫生厕所普及率和生活垃圾无害化处理率达到100%" states one value for two rates."""
    m = re.fullmatch(r"(.+?(?:率|占比|比重))(?:和|及|、)(.+?(?:率|占比|比重))", q.indicator)
    if not m:
        return [q]
    out = []
    for name in m.groups():
        attrs = dict(q.attrs, indicator_base=normalise_indicator(name))
        out.append(Quantity(**{**q.__dict__, "indicator": normalise_indicator(name), "attrs": attrs}))
    return out


def split_respectively_one(q: Quantity, raw_name: str, text: str, pos: int, end: int) -> list[Quantity]:
    """Rule: "城乡居民人均可支配收入分别增长7.5%" — 分别 with one value gives it to each subject
    (城乡 → 城镇 and 农村; "A和B<shared>" → A<shared> and B<shared>)."""
    clause = re.split(r"[，,；;。]", text[pos:end])[0]
    if quantity_regex().search(clause):
        return [q]                       # several values: _respectively() pairs them
    base = raw_name.strip() or q.attrs.get("indicator_base", q.indicator)
    names = None
    if base.startswith("城乡") and len(base) > 3:
        names = ["城镇" + base[2:], "农村" + base[2:]]
    else:
        m = re.fullmatch(r"([\u4e00-\u9fff]{1,6})(?:和|、)(.{2,})", base)
        if m and (first := respective_name(m.group(1), m.group(2))):
            names = [first, m.group(2)]
    if not names:
        return [q]
    cls = unit_classes().get(split_unit(q.unit)[1], "")
    out = []
    for n in names:
        b = normalise_indicator(n)
        out.append(Quantity(**{**q.__dict__, "indicator": normalise_indicator(indicator_suffix(b, cls, q.attrs["measure"])),
                               "attrs": dict(q.attrs, indicator_base=b)}))
    return out


def _respectively(text: str, sspan: Span, out: list[Quantity]) -> None:
    """Rule: "A、B<shared>分别<verb>x、y" → x belongs to A<shared>, y to B<shared>."""
    stext = text[sspan.start:sspan.end]
    for m in re.finditer(r"([\u4e00-\u9fff]{1,6})(?:、|和)([\u4e00-\u9fff“”]{2,30}?)分别", stext):
        first, second = m.group(1), m.group(2)
        names = [respective_name(first, second), second]
        if names[0] is None:
            continue
        qs = [q for q in out if q.span.start >= sspan.start + m.start() and q.span.end <= sspan.end]
        if any(q.attrs.get("list_member") for q in qs):
            continue         # named by lists.assign
        clause = re.split(r"[，,；;。]", stext[m.end():])[0]
        if len(quantity_regex().findall(clause)) < 2:
            continue         # one value for both: split_respectively_one() made one quantity each
        for q, n in zip(qs, names):
            base = normalise_indicator(n)
            q.attrs["indicator_base"] = base
            q.indicator = normalise_indicator(indicator_suffix(base, unit_classes().get(split_unit(q.unit)[1], ""), q.attrs["measure"]))
