"""Period rules: the start and end year of a figure from time expressions in its chunk, sentence,
paragraph and part heading."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import partial

from ..model import Context, Sentence
from .qlexicon import five_year_plans, lexicon, match_time, parse_number, plans_named, qwords


_q = partial(qwords, "periods")     # this module's section of quantities.yaml


def period_of_time_match(m: re.Match, ctx: Context | None, kind: str,
                         default: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """Rule: a time expression → (start_year, end_year)."""
    ry = ctx.report_year if ctx else None
    if m.group("y"):
        y = int(m.group("y"))
        if kind == "Target" and (m.group("pre") in _q("deadline_pre") or m.group("ysuf") in _q("deadline_suffixes")) and ry and y > ry:
            return ry, y
        return y, y
    if m.group("fyp"):
        s, e = five_year_plans()[m.group("fyp")]
        if m.group("fsuf") in _q("plan_end") and kind == "Target" and ry:
            return max(ry, s), e
        return s, e
    if m.group("p1"):
        return (ry - 1, ry - 1) if ry else default
    if m.group("p5"):
        return (ry - 5, ry - 1) if ry else default
    if m.group("n"):
        n = parse_number(m.group("nn"))
        if n and ry and kind == "Target" and m.group("nsuf") != _q("since"):
            return ry, ry + int(n) - 1     # 三年安排450亿元 (from the report year on)
        end = default[1] or (ry - 1 if ry else None)
        if n and end:
            return end - int(n) + 1, end
    return default


def part_periods(ctx: Context | None) -> tuple[tuple | None, tuple | None]:
    """Rule: the part heading names the period of its sentences → (single year, five-year plan).

    A heading may name two plans ("“十四五”时期发展成就和“十五五”时期主要目标任务"): a review part
    takes the latest plan ended before the report year, a plan/outlook part the plan running from
    the report year on. "第十五个五年规划" names the 十五五 plan."""
    if ctx is None:
        return None, None
    single = None
    plans: list[tuple[int, int]] = []
    for h in ctx.headings:
        m = re.search(_q("heading_year"), h)
        if m and single is None:
            single = (int(m.group(1)), int(m.group(1)))
        h2 = re.sub(_q("ordinal_plan"), lambda mm: mm.group(1) + _q("ordinal_plan_suffix"), h)
        named = set(plans_named(h2))
        for k, v in five_year_plans().items():
            if k in named and v not in plans:
                plans.append(v)
        if re.search(_q("heading_past_year"), h) and single is None:
            single = (ctx.report_year - 1, ctx.report_year - 1)
        if re.search(lexicon("periods")["heading_past_five_years"], h):
            past_five = (ctx.report_year - 5, ctx.report_year - 1)
            if past_five not in plans:
                plans.append(past_five)
    ry = ctx.report_year
    if ctx.part_kind == "review":
        past = [p for p in plans if p[1] < ry]
        five = max(past) if past else (plans[0] if plans else None)
    else:
        ahead = [p for p in plans if p[1] >= ry]
        five = min(ahead) if ahead else (plans[0] if plans else None)
    return single, five


def default_period(ctx: Context | None, kind: str, multi: bool) -> tuple[int | None, int | None]:
    """Rule: period when the sentence names none: review → heading period (年均/累计 prefer the
    five-year plan), plan → report year, outlook → the heading's five-year plan."""
    if ctx is None:
        return None, None
    single, five = part_periods(ctx)
    ry = ctx.report_year
    if ctx.part_kind == "review":
        if multi and five:
            return five
        if single:
            return single
        if five:
            return five
        return ry - 1, ry - 1
    if ctx.part_kind == "outlook":
        if five:
            return five
        return ry, ry + 4
    return ry, ry


@dataclass
class PeriodState:
    para_start: int = -1
    para_time: re.Match | None = None
    part: str | None = None
    holds: bool = False         # para_time holds for the paragraphs after it that open with no time


def chunk_times(text: str, chunks: list) -> list[tuple[int, re.Match]]:
    """(start, time expression) of each chunk of a sentence that opens with one, in text order."""
    out = []
    for ch in chunks:
        m, _ = match_time(re.sub(_q("chunk_openers"), "", text[ch.start:ch.end]))
        if m:
            out.append((ch.start, m))
    return out


def sentence_time(times: list[tuple[int, re.Match]], upto: int) -> re.Match | None:
    """Rule: a time expression opening an earlier chunk of the sentence carries to later chunks
    (``times`` from ``chunk_times``, read once per sentence: per figure it was quadratic)."""
    i = bisect.bisect_left(times, upto, key=lambda t: t[0])
    return times[i - 1][1] if i else None


def paragraph_time(text: str, sent: Sentence, state: PeriodState) -> re.Match | None:
    """Rule: a time opening a paragraph ("各位代表，2020年是…") holds for that paragraph and for
    the "——我们…" paragraphs right after it. In a review part whose heading names both a five-year
    plan and a year ("“十四五”时期和2025年工作回顾") a five-year time holds until another paragraph
    opens with a time: the "“十四五”时期是…的五年" / "五年来" paragraphs and the sub-sections after
    them are the five-year review, the "刚刚过去的2025年" paragraph and its "——" paragraphs the year's.
    A plan part naming the plan ahead and the year ("“十五五”时期目标任务和2026年工作安排") mirrors it:
    the outline's paragraphs are the plan's until one opens the year (``_plan_part_opening``). Inside a
    held five-year review a paragraph opening on a year a figure names (2025年人均生产总值提升至…) stays
    in the review; one opening on the year as its topic (刚刚过去的2025年，…) opens the year's (``_holds``)."""
    ps = text.rfind("\n", 0, sent.span.start) + 1
    if ps != state.para_start:
        pe = text.find("\n", ps)
        pe = len(text) if pe < 0 else pe
        para = text[ps:pe].strip()
        state.para_start = ps
        ctx = sent.context
        two = _two_period_part(ctx)
        found = _opening_time(para)
        if found is None and two and ctx.part_kind == "plan":
            found = _plan_part_opening(para, ctx)
        part = ctx.headings[0] if ctx and ctx.headings else None
        sticky = part == state.part and state.holds
        if sticky and ctx.part_kind == "review" and _multi_year(state.para_time) and found is not None \
                and not _multi_year(found) and not _year_topic(para):
            found = None    # 2025年人均生产总值… inside the five-year review: its sentence's year only
        if found is not None or not (para.startswith("——") or sticky):
            state.para_time = found
            state.holds = _holds(found, para, ctx, two)
        state.part = part
    return state.para_time


def _holds(found: re.Match | None, para: str, ctx: Context | None, two: bool) -> bool:
    """A paragraph's opening time holds for the paragraphs after it that open with none: a five-year
    time in a two-period part; the year opened as the topic (刚刚过去的2025年，…) in a review part whose
    heading names the plan and no year (“十四五”时期工作回顾: shanxi 2026), where they would get the plan."""
    if found is None or ctx is None:
        return False
    if two and _multi_year(found):
        return True
    return ctx.part_kind == "review" and part_periods(ctx)[0] is None and _year_topic(para)


def _opening_time(para: str) -> re.Match | None:
    """A time expression among the first three clauses of a paragraph's first sentence; but a
    paragraph one of whose first three sentences opens by looking back over five years (过去五年, 五年来,
    这五年) opens the five-year review ("2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去
    五年，…": guizhou, fujian, chongqing, guangdong, shandong 2026; qinghai 2026 looks back in its third,
    after 回首奋斗历程，…); a "——" opening the paragraph is skipped (——这五年，…)."""
    para = re.sub(_q("paragraph_openers"), "", para)
    for sentence in re.split(_q("sentence_ends"), para, maxsplit=3)[:3]:
        m, _ = match_time(re.sub(_q("look_back"), "", sentence.strip()))
        if m is not None and (m.group("p5") or (m.group("n") and m.group("nsuf") == _q("since"))):
            return m
    first = re.split(_q("first_sentence_end"), para, maxsplit=1)[0]
    for piece in re.split(_q("clause_ends"), first)[:3]:
        piece = re.sub(_q("clause_openers"), "", piece.strip())
        m, _ = match_time(piece)
        if m:
            return m
    return None


def _year_topic(para: str) -> bool:
    """The paragraph opens on a year as its topic, the time alone in its clause or before 是 (刚刚过去的
    2025年，…; 过去一年，…; 2025年是…), as the year's review opens; not a year a figure names (2025年人均
    生产总值提升至…)."""
    first = re.split(_q("first_sentence_end"), re.sub(_q("paragraph_openers"), "", para), maxsplit=1)[0]
    for piece in re.split(_q("clause_ends"), first)[:3]:
        m, rest = match_time(re.sub(_q("clause_openers"), "", piece.strip()))
        if m:
            return not rest.strip() or rest.startswith(_q("year_is"))
    return False


def plan_ahead(sentence: str, ctx: Context | None) -> tuple[int, int] | None:
    """The five-year plan a sentence (else its part heading) names that has not ended before the
    report year; 今后五年/未来五年 are the five years from the report year."""
    if ctx is None:
        return None
    ry = ctx.report_year
    if re.search(_q("five_years_ahead"), sentence):
        return ry, ry + 4
    named = [v for v in map(five_year_plans().get, plans_named(sentence)) if v[1] >= ry]
    if named:
        return min(named)
    five = part_periods(ctx)[1]
    return five if five and five[1] >= ry else None


def _multi_year(m: re.Match | None) -> bool:
    """A time expression naming several years: a five-year plan, 过去五年, 五年来."""
    return m is not None and bool(m.group("fyp") or m.group("p5") or m.group("n"))


def _two_period_part(ctx: Context | None) -> bool:
    """A review part whose heading names a year and a five-year plan, or a plan part naming the year
    and the plan ahead."""
    if ctx is None or ctx.part_kind not in ("review", "plan"):
        return False
    single, five = part_periods(ctx)
    if single is None or five is None:
        return False
    return ctx.part_kind == "review" or five[1] >= ctx.report_year


def _plan_part_opening(para: str, ctx: Context) -> re.Match | None:
    """The time a paragraph of a two-period plan part opens with: the report year when it opens with
    今年 or the year's main targets (…主要预期目标是：); the part's plan when its first two sentences
    name the plan's outline (…第十五个五年规划纲要) or a clause of its first sentence opens with the
    short name (《纲要（草案）》…)."""
    para = re.sub(_q("paragraph_openers"), "", para)
    if re.search(_q("year_openers"), para):
        return match_time(_q("this_year").format(year=ctx.report_year))[0]
    five = part_periods(ctx)[1]
    plan = next((k for k, v in five_year_plans().items() if v == five), None)
    named = (re.search(_q("outline_name"), s) for s in re.split(_q("sentence_ends"), para, maxsplit=2)[:2])
    m = next((m for m in named if m), None)
    if m is not None:
        if m.group(1) + _q("ordinal_plan_suffix") != plan:
            return None
    else:
        first = re.split(_q("first_sentence_end"), para, maxsplit=1)[0]
        if not any(re.match(_q("outline_short"), c.strip()) for c in re.split(_q("clause_ends"), first)[:3]):
            return None
    return match_time(f"“{plan}”")[0] if plan else None   # quoted: 十五 alone is a number


def base_year(base: str | None) -> int | None:
    """The year a comparison base names (较2020年 → 2020), else None."""
    m = re.search(_q("heading_year"), base or "")
    return int(m.group(1)) if m else None


def time_in(left_raw: str, kind: str) -> re.Match | None:
    """A time expression right after a governing word inside the left phrase (预计2020年…), or an
    Outcome's year between the owner and the thing (13个重点园区2025年营业收入…; a Target's 2030年达到 is
    its deadline, the plan's span)."""
    m = re.search(_q("time_lead"), left_raw) or (kind == "Outcome" and re.search(_q("year_inside"), left_raw))
    if m:
        tm, _ = match_time(left_raw[m.start():])
        return tm
    return None
