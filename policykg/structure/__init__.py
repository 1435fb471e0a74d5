"""Outline of a report: parts (一、), areas (（一）), sub-headings (1. or （1） or lead sentences),
and the sentences under them, all with offsets into the text.

Page clutter (menus, 来源/时间 lines, photo captions) and appended glossaries (名词解释, 注释)
are recognised and left out of the outline and the sentences; offsets are never shifted.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Context, Document, Heading, Outline, Sentence, Span
from .kinds import part_kind, refine_kind
from .part_cues import PartTracker
from .sentences import sentence_spans
from .words import spattern, sword

_CN = sword("outline", "heading_numerals")
_PART = spattern("outline", "part", cn=_CN)
_AREA = re.compile(rf"^[ \t\u3000]*[（(](?P<num>[{_CN}]+)[）)][ \t\u3000]*(?P<label>.+?)[ \t\u3000]*$")
_ITEM = re.compile(r"^[ \t\u3000]*(?:(?P<num>\d{1,2})[.．、](?!\d)|[（(]\d{1,2}[）)])[ \t\u3000]*(?P<label>.+?)[ \t\u3000]*$")
_LEAD = re.compile(r"^[ \t\u3000]*(?P<label>[^。！？；\n]{2,36}?)[。！；]")
_BARE_PART = spattern("outline", "bare_part", cn=_CN)
_BODY_END = spattern("outline", "body_end", re.M)
_CLUTTER = spattern("outline", "clutter", re.M)


def _cn_ord(num: str) -> int:
    """The heading's number; 0 (no numbered heading) for a malformed one such as 十三五一、."""
    from ..numerals import cn_int
    try:
        return cn_int(num)
    except ValueError:
        return 0


def _lines(text: str, start: int, end: int):
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


def body_span(text: str) -> tuple[Span, list[Span]]:
    """The report body (from 各位代表 to before any glossary/links) and the clutter lines in it."""
    m = spattern("outline", "body_start", re.M).search(text[:8000])
    start = m.start() if m else 0
    end = len(text)
    e = _BODY_END.search(text, start)
    if e:
        end = e.start()
    clutter = [Span(a, b) for a, b in _lines(text, start, end) if b > a and _CLUTTER.match(text, a, b)]
    return Span(start, end), clutter


def _label_span(text: str, a: int, b: int) -> Span:
    while a < b and text[a] in " \t\u3000":
        a += 1
    while b > a and text[b - 1] in " \t\u3000。；：:，,":
        b -= 1
    return Span(a, b)


def parse(doc: Document) -> Outline:
    text = doc.text
    body, clutter = body_span(text)
    clutter_starts = {c.start for c in clutter}
    r = _OutlineReader(text, doc.metadata.year)
    for a, b in _lines(text, body.start, body.end):
        if a in clutter_starts or b <= a or not text[a:b].strip():
            continue
        line = text[a:b]
        if r.part_line(a, b, line) or r.area_line(a, b, line) or r.outlook_lead(a, line):
            continue
        r.item_line(a, line)
    _close_bodies(r.headings, body)
    sentences = _sentences(doc, body, clutter, r.heading_lines, r.headings)
    return Outline(headings=r.headings, sentences=sentences, body=body,
                   excluded=clutter + ([Span(body.end, len(text))] if body.end < len(text) else []))


class _OutlineReader:
    """The headings of a report, line by line: parts (一、), areas (（一）), lead paragraphs of an
    outlook part, items (1.)."""

    def __init__(self, text: str, year: int | None):
        self.text, self.year = text, year
        self.headings: list[Heading] = []
        self.part: Heading | None = None
        self.area: Heading | None = None
        self.counters = {1: 0, 2: 0, 3: 0}
        self.intro_kind = "Task"  # outlook part: areas after "主要目标是：" are goals, after "重点任务" tasks
        self.heading_lines: set[int] = set()
        self.list_run = 0  # position in a 一、二、… list that restarted inside a part
        self.bare_parts = 0  # unnumbered part headings seen (only while no numbered part has been)
        self.di_parts = False  # parts are numbered 第一部分: then 一、 numbers their areas

    def add(self, level, label_span, kind, parent, pkind, also_section=False) -> Heading:
        c = self.counters
        c[level] += 1
        for deeper in range(level + 1, 4):
            c[deeper] = 0
        key = ".".join(str(c[i]) for i in range(1, level + 1))
        h = Heading(key=key, level=level, ordinal=c[level], label=label_span.quote(self.text),
                    span=label_span, kind=kind, part_kind=pkind,
                    parent=parent.key if parent else None, also_section=also_section)
        self.headings.append(h)
        return h

    def _new_part(self, a: int, b: int, ls: Span) -> Heading:
        part = self.part = self.add(1, ls, "Section", None, part_kind(ls.quote(self.text), self.year))
        part.part_kind = refine_kind(part, self.text, b, self.year)
        self.area, self.intro_kind = None, "Task"
        self.heading_lines.add(a)
        return part

    def part_line(self, a: int, b: int, line: str) -> bool:
        """A part heading (一、… or an unnumbered one before any numbered part)."""
        text, counters = self.text, self.counters
        # parts number 一、二、三 in sequence; a list restarting at 一 inside a part is not a part
        bare = _BARE_PART.match(line) if counters[1] == self.bare_parts else None
        if bare:
            self._new_part(a, b, _label_span(text, a + bare.start("label"), a + bare.end("label")))
            self.bare_parts += 1
            return True
        m = _PART.match(line)
        if m and self.di_parts and not m["di"]:
            return False
        num = _cn_ord(m["num"]) if m else 0
        if m and counters[1] and (num == 1 or (self.list_run and num == self.list_run + 1)):
            self.list_run = num
            return False
        if not (m and len(m["label"]) <= 40 and "。" not in m["label"].rstrip("。") and num == counters[1] + 1):
            return False
        self.list_run, self.di_parts = 0, bool(m["di"])
        part = self._new_part(a, b, _label_span(text, a + m.start("label"), a + m.end("label")))
        vision = spattern("outline", "vision").search(part.label)
        if part.part_kind == "outlook" and vision:
            self.add(2, Span(part.span.start + vision.start(), part.span.start + vision.end()), "Goal", part, "outlook")
        return True

    def area_line(self, a: int, b: int, line: str) -> bool:
        """An area heading （一）… (or 一、… under 第一部分 parts), its label the lead sentence."""
        m = _AREA.match(line)
        if m is None and self.di_parts:   # under 第一部分 parts, 一、 numbers the areas
            m = _PART.match(line)
            m = m if m and not m["di"] else None
        if not m:
            return False
        pkind = self.part.part_kind if self.part else None
        lead = re.match(r"[^。！？；]{1,60}[。！？；]?", m["label"])
        end = a + m.start("label") + (lead.end() if lead else len(m["label"]))
        kind, also = _area_kind(pkind, self.intro_kind)
        self.area = self.add(2, _label_span(self.text, a + m.start("label"), end), kind, self.part, pkind, also)
        if end >= b - 1:
            self.heading_lines.add(a)
        return True

    def outlook_lead(self, a: int, line: str) -> bool:
        """Outlook parts often list goals/tasks as paragraphs led by a short sentence."""
        part, area = self.part, self.area
        pkind = part.part_kind if part else None
        if not (pkind == "outlook" and area is None or (pkind == "outlook" and area and area.kind in ("Goal", "Task")
                                                         and not area.also_section and _is_lead_area(area))):
            return False
        if spattern("outline", "goals_intro").search(line):
            self.intro_kind = "Goal"
            return True
        if spattern("outline", "tasks_intro").search(line):
            self.intro_kind = "Task"
            return True
        lead = _LEAD.match(line)
        if not (lead and part and self.intro_kind and len(line.strip()) > len(lead["label"]) + 1
                and _looks_like_heading(lead["label"])):
            return False
        if _seen_intro(self.text, part, a):
            h = self.add(2, _label_span(self.text, a + lead.start("label"), a + lead.end("label")), self.intro_kind,
                         part, pkind)
            h.attrs_lead = True  # type: ignore[attr-defined]
            self.area = h
        return True

    def item_line(self, a: int, line: str) -> None:
        """An item 1.… or （1）… (or a lead sentence under an area of a plan/outlook part)."""
        part, area, text = self.part, self.area, self.text
        pkind = part.part_kind if part else None
        if (area or part) is None:
            return
        m = _ITEM.match(line)
        lead = _LEAD.match(line)
        if m:
            lead2 = re.match(r"[^。！？；]{1,60}[。！？；]?", m["label"])
            ls = _label_span(text, a + m.start("label"), a + m.start("label") + (lead2.end() if lead2 else 0))
        elif lead and area is not None and pkind in ("plan", "outlook") and len(line.strip()) > len(lead["label"]) + 1 \
                and _looks_like_heading(lead["label"]):
            ls = _label_span(text, a + lead.start("label"), a + lead.end("label"))
        else:
            return
        if ls.end > ls.start:
            self.add(3, ls, "Section" if pkind == "review" else "Task", area or part, pkind)


def _area_kind(pkind, intro_kind):
    if pkind == "plan":
        return "Task", True
    if pkind == "outlook":
        return intro_kind or "Task", False
    return "Section", False


def _is_lead_area(area: Heading) -> bool:
    return getattr(area, "attrs_lead", False)


def _seen_intro(text: str, part: Heading, pos: int) -> bool:
    """Lead-sentence goals/tasks only count after an intro line such as 主要目标是："""
    return bool(spattern("outline", "seen_intro").search(text[part.span.end:pos]))


def _looks_like_heading(label: str) -> bool:
    """Short, no figures, not an address or a connective opening."""
    if spattern("outline", "not_heading").search(label):
        return False
    return 4 <= len(label) <= 36


def _close_bodies(headings: list[Heading], body: Span) -> None:
    for i, h in enumerate(headings):
        end = body.end
        for later in headings[i + 1:]:
            if later.level <= h.level:
                end = later.span.start
                break
        # the body starts at the line start of the heading
        h.body = Span(h.span.start, end)


def _sentences(doc: Document, body: Span, clutter: list[Span], heading_lines: set[int],
               headings: list[Heading]) -> list[Sentence]:
    text, md = doc.text, doc.metadata
    skip = {c.start for c in clutter} | heading_lines
    out: list[Sentence] = []
    unheaded = PartTracker(md.year or 0)   # the part of paragraphs no part heading governs
    hi = 0
    stack: list[Heading] = []
    for a, b in _lines(text, body.start, body.end):
        if a in skip or not text[a:b].strip():
            continue
        while hi < len(headings) and headings[hi].span.start < b:
            h = headings[hi]
            stack = [s for s in stack if s.level < h.level] + [h]
            hi += 1
        chain = [s for s in stack]
        part = chain[0] if chain and chain[0].level == 1 else None
        pkind = part.part_kind if part else unheaded.paragraph(text[a:b])
        labels = [h.label for h in chain]
        ctx = Context(report_year=md.year or 0, part_kind=pkind, headings=_unheaded(unheaded, part) + labels,
                      place=md.place, place_parents=list(md.place_parents))
        para = Span(a + len(text[a:b]) - len(text[a:b].lstrip()), b)   # after the indentation, however typed
        for i, s in enumerate(sentence_spans(text, a, b)):
            if part is None and unheaded.sentence(s.quote(text), i == 0) != ctx.part_kind:
                ctx = replace(ctx, part_kind=unheaded.kind, headings=_unheaded(unheaded, part) + labels)
            inner = None
            for h in reversed(chain):
                if h.body and h.body.start <= s.start < h.body.end:
                    inner = h
                    break
            out.append(Sentence(span=s, text=s.quote(text), section=inner.key if inner else None,
                                paragraph=para, context=ctx))
    return out


def _unheaded(unheaded: PartTracker, part: Heading | None) -> list[str]:
    """Outside any part heading, the opening that decided the part stands for its heading."""
    return [unheaded.label] if part is None and unheaded.label else []
