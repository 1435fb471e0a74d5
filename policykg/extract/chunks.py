"""Chunks of a sentence and the number+unit candidates in them (the number rules)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, partial

from ..model import Span
from .notfigures import is_age_bound
from .qlexicon import (
    lead_ok,
    lexicon,
    parse_number,
    pos_of,
    quantity_regex,
    qwords,
    split_unit,
    starts_with_verb,
    unit_classes,
    unit_remainder,
)


@dataclass
class _Cand:
    m: re.Match
    start: int            # absolute offsets of number+unit (incl. range)
    end: int
    value: Decimal
    unit: str
    unit_class: str
    inner: str | None
    upper: Decimal | None = None
    approx_inner: bool = False
    role: str = "main"    # main | from | qualifier | base (a later base of a respective change)
    from_value: Decimal | None = None
    from_year: int | None = None
    to_year: int | None = None
    qualifier: str | None = None


@dataclass
class _Chunk:
    start: int
    end: int
    cands: list[_Cand] = field(default_factory=list)


_q = partial(qwords, "chunks")     # this module's section of quantities.yaml


def _is_chinese_num(s: str) -> bool:
    return not re.match(r"\d", s)


def _inside_quotes(sentence: str, pos: int) -> bool:
    """Rule: a number inside “…” is a name ("132"机制, "五个一"), not a measurement."""
    before = sentence[:pos]
    return any(before.count(o) > before.count(c) for o, c in zip(_q("open_quotes"), _q("close_quotes")))


def cand_from_match(m: re.Match, base: int) -> _Cand | None:
    """Build a candidate from a regex match; None when it is not a measurement (number rules)."""
    if m.group("b"):
        unit = m.group("bu")
        if m.group("au") and unit_remainder(m.group("au"))[0] != unit_remainder(unit)[0]:
            return None
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is None or b is None:
            return None
        numtxt = m.group("a")
        inner = m.group("ai") or unit_remainder(m.group("au") or "")[1]    # the floor's (1万多—2万户)
        upper = b
        approx = bool(m.group("aa"))
    else:
        unit = m.group("u")
        numtxt = m.group("a")
        a = parse_number(numtxt)
        if a is None:
            return None
        inner = m.group("i")
        upper = None
        approx = False
    unit, rem = unit_remainder(unit)      # 24万多户: 24 万户, more than that
    inner = inner or (rem if upper is None else None)
    mag, base_unit = split_unit(unit)
    cls = unit_classes().get(base_unit)
    if cls is None or not lead_ok(cls, m.string[max(0, m.start() - 12):m.start()]) \
            or is_age_bound(cls, m.string[m.end():m.end() + 4]):
        return None   # (an age bounding who qualifies stays in the name: 0—6岁儿童健康管理率)
    if _is_chinese_num(numtxt):
        if not chinese_numeral_ok(numtxt, cls):
            return None
        if cls == "money" and not mag and not re.search(_q("magnitude_chars"), numtxt):
            return None   # "三元" is a name (扶持三元、麦福劳等企业); money in Chinese numerals has a magnitude
        # "两万人": the magnitude written inside the Chinese numeral belongs to the unit
        mm = re.fullmatch(_q("numeral_magnitude"), numtxt)
        if mm and not mag and len(mm.group(1)) >= 1:
            v = parse_number(mm.group(1))
            if v is not None:
                a, unit = v, mm.group(2) + unit
    unit += m.group("alt") or ""      # 10条（段）: the unit as written, both ways
    return _Cand(m, base + m.start(), base + m.end(), a, unit, cls, inner, upper, approx)


def chinese_numeral_ok(numtxt: str, unit_class: str) -> bool:
    """Rule: Chinese numerals count only with measurement units (十五万亩, 两个百分点), not with
    classifiers (两条生态绿脉, 十个方面, 三大攻坚战), and never a bare 百/千/万 (百平方公里林海)."""
    classes = lexicon("units")["chinese_numeral_classes"]
    return unit_class in classes and numtxt[0] not in _q("bare_magnitudes")


def _bracket_pairs() -> tuple[tuple[str, str], ...]:
    return (_q("open_bracket"), _q("close_bracket")), ("(", ")")


def _depth(stretch: str, opening: str, closing: str) -> int:
    """Brackets opened minus closed in STRETCH (a 、 is inside brackets when the sentence so far opened more)."""
    return stretch.count(opening) - stretch.count(closing)


@cache
def _separators() -> re.Pattern:
    """Punctuation, and 和/及 joining two values of a list (N项和M项, N%左右和M%左右)."""
    leads = lexicon("units").get("leads", {})
    ends = "".join(sorted({u[-1] for u, cls in unit_classes().items() if cls not in leads and not u[-1].isdigit()}))
    return re.compile(_q("separators").format(unit_ends=re.escape(ends)))


def chunk_sentence(text: str, span: Span) -> list[_Chunk]:
    """Rule: cut at ，；： always and at 、 only after a chunk that already holds a quantity and
    outside brackets."""
    rx = quantity_regex()
    pieces: list[tuple[int, int, str]] = []
    pos = span.start
    seen = span.start       # the bracket counts of text[span.start:seen]
    depth = [0, 0]
    for m in _separators().finditer(text[span.start:span.end]):
        p = span.start + m.start()
        if m.group() == _q("list_mark"):
            depth = [d + _depth(text[seen:p], *b) for d, b in zip(depth, _bracket_pairs())]
            seen = p
            if any(d > 0 for d in depth):
                continue   # 县（市、区）: one name
        pieces.append((pos, p, m.group()))
        pos = p + 1
    pieces.append((pos, span.end, ""))
    chunks: list[_Chunk] = []
    cur_start, run = None, [0, False]
    for i, (s, e, sep) in enumerate(pieces):
        if cur_start is None:
            cur_start, run = s, [s, False]
        ranked = sep == _q("list_mark") and _ranking_clause(text, s, e, pieces[i + 1])
        # no match crosses a separator, so a bare value ending the chunk ends its last piece
        if not ranked and sep in _q("joining") and not _holds(rx, text, run, e) \
                and not (sep == _q("list_mark") and bare_value(text, span.start, s, e)):
            continue  # keep "城镇、农村…" / "市外内资、外资…" together
        if sep == _q("list_mark") and re.search(_q("respective_from"), text[cur_start:e]):
            continue  # the bases of a respective change stay with the change word (分别从A、B提高到C)
        chunks.append(_Chunk(cur_start, e))
        cur_start = None
    return [c for c in chunks if c.end > c.start]


def _holds(rx: re.Pattern, text: str, run: list, e: int) -> bool:
    """Does the chunk so far, up to E, hold a candidate? RUN is [scanned up to, found one] over its
    pieces: no quantity match crosses a separator, so each piece is scanned once (a long list of
    names cost time quadratic in its length)."""
    if not run[1]:
        run[1] = any(cand_from_match(m, 0) for m in rx.finditer(text, run[0], e))
        run[0] = e
    return run[1]


def _ranking_clause(text: str, s: int, e: int, following: tuple[int, int, str]) -> bool:
    """Rule: a piece that ranks or grades its subject (X全球第一) before 、 and a new subject (not a verb
    going on about the same subject: X全国第四、突破N公里) is a clause of its own."""
    nxt = text[following[0]:following[1]]
    tags = pos_of(nxt[:8]) if re.search(_q("ranking_clause"), text[s:e]) else ()
    return bool(tags) and tags[0][1] not in _q("verb_tags") and not starts_with_verb(nxt)


def chunk_candidates(text: str, sent_text: str, sent_start: int, chunk: _Chunk) -> list[_Cand]:
    """All number+unit candidates of a chunk after the number rules; marks from/qualifier roles."""
    rx = quantity_regex()
    out: list[_Cand] = []
    for m in rx.finditer(text, chunk.start, chunk.end):
        if _inside_quotes(sent_text, m.start() - sent_start):
            continue
        c = cand_from_match(m, 0)
        if c is None:
            continue
        out.append(c)
    if not any(c.end == chunk.end for c in out) and (bare := bare_value(text, sent_start, chunk.start, chunk.end)):
        out.append(bare)
    _respective_bases(text, chunk, out)
    # Rule: 由A提高到B / 从2020年的A增长到2025年的B → one quantity B with from_value A
    for prev, cur in zip(out, out[1:]):
        lead = text[chunk.start:prev.start]
        mid = text[prev.end:cur.start]
        mfrom = re.search(_q("range_from"), lead)
        mto = re.fullmatch(_q("range_to"), mid)
        if mfrom and mto:
            prev.role = "from"
            cur.from_value = prev.value
            cur.from_year = int(mfrom.group("y")) if mfrom.group("y") else None
            cur.to_year = int(mto.group("y")) if mto.groupdict().get("y") else None
    # Rule: "新引进5000万元以上项目不少于100个" — a number+unit qualifying the noun of a later one
    for prev, cur in zip(out, out[1:]):
        if prev.role != "main":
            continue
        mid = text[prev.end:cur.start]
        if re.search(_q("list_joiners"), mid) or text[chunk.start:prev.start].endswith(_q("group_end")) \
                or starts_with_verb(mid) or _served_count(prev, text[chunk.start:prev.start]):
            continue  # a list (5万平方米公安小区和2万平方米回迁房), a group (等19家企业), or an act (投资4.17亿元实施…7个)
        if re.match(_q("qualified_noun"), mid) and not re.search(_q("change_verbs"), mid[:2]):
            prev.role = "qualifier"
            cur.qualifier = text[prev.start:prev.end] + re.match(_q("qualifier_tail"), mid).group()
    return out


def _served_count(prev: _Cand, lead: str) -> bool:
    """A count of people or households after 为 (为N名X追回工资M亿元): those the act is done for, a figure of its
    own, not a bound naming which things qualify (5000万元以上项目)."""
    return prev.unit_class in _q("served_classes") and re.search(_q("served_lead"), lead) is not None


def _respective_bases(text: str, chunk: _Chunk, out: list[_Cand]) -> None:
    """Rule: "分别从A、B提高到C" → A and B are bases (role from) and C changes from A: the values after the
    change word pair with the bases in order, so the later values (D, in the next chunk) are listed alone."""
    lead = text[chunk.start:out[0].start] if out else ""
    mfrom = re.search(_q("range_from"), lead)
    if not mfrom or not re.search(_q("respective_range"), lead[:mfrom.start()]):
        return
    for k in range(1, len(out)):
        mid = text[out[k - 1].end:out[k].start]
        if mid != _q("list_mark"):
            if k >= 2 and re.fullmatch(_q("range_to"), mid):
                for i, base in enumerate(out[:k]):
                    base.role = "base" if i else "from"    # the phrase is read before the first
                    if k + i < len(out):
                        out[k + i].from_value = base.value
                        out[k + i].from_year = int(mfrom.group("y")) if mfrom.group("y") else None
            return


def bare_value(text: str, sent_start: int, start: int, end: int) -> _Cand | None:
    """Rule: a number without a unit ending text[start:end] before 、 and a list of values of one unit
    after a respective word ("分别提高a、b个百分点") takes that unit, its own magnitude kept."""
    m = re.search(_q("bare_number"), text[start:end])
    if m is None or _q("respective") not in text[sent_start:start + m.start()]:
        return None
    run = re.compile(_q("bare_run")).match(text, end)
    later = run and quantity_regex().match(text, run.end())
    if not later or later.group("u") is None:
        return None
    mag, base = split_unit(later.group("u"))
    unit = (m.group(2) + base) if m.group(2) else later.group("u")
    own = quantity_regex().fullmatch(m.group(1) + unit)
    c = cand_from_match(own, start + m.start()) if own else None
    if c is None or c.unit_class in ("time",):
        return None
    c.end = start + m.end()
    return c
