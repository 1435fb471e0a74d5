"""Report metadata read from the text itself: date, place, level, speaker, meeting, title."""
from __future__ import annotations

import re
from functools import cache

from .. import resources
from ..divisions import resolve_jurisdiction
from ..model import Metadata, Span
from ..numerals import cn_int
from .units import place_level, split_place, units_of as _units  # noqa: F401  (split_place: read by callers)
from .words import spattern

_HEAD = 3000  # metadata stands in the first lines; clutter can push it down a little …
_FAR = 8000   # … or, on a page with long menus, down to its 各位代表 (where body_span looks for it)
_OPENING = 300  # the opening sentence after 各位代表 (现在，我代表…人民政府向大会报告工作)
_TAIL = 200   # the closing lines: the government's name and the date it signs with
_YEARS = range(1950, 2200)  # the years a meeting or title line may give (options.YEARS for --year/--date)

_H = resources.lexicon_data("metadata")["header"]
_NUM = _H["num"]
_MEETING_NAME = _H["meeting_name"]
_MEETING = re.compile(_H["meeting"].format(num=_NUM, meeting_name=_MEETING_NAME))
_MEETING_UNDATED = re.compile(_H["meeting_undated"].format(meeting_name=_MEETING_NAME), re.M)
_DATE_LINE = re.compile(_H["date_line"].format(num=_NUM), re.M)
_DATED_SHORT = re.compile(_H["dated_short"].format(num=_NUM), re.M)
_ADDRESS = re.compile(_H["address"])
_NAME = r"(?P<name>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}|[\u4e00-\u9fff]{2,6}[·・][\u4e00-\u9fff]{2,8})"


@cache
def _speaker_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The speaker line: "天津市静海区区长  金汇江" on a line of its own (or at the end of the meeting
    line), or only a news caption's "省长毛伟明作政府工作报告"; the titles from metadata.yaml."""
    from ..extract.qlexicon import alternation_of, lexicon

    words = lexicon("metadata")
    role = _H["role"].format(roles=alternation_of(words["speaker_roles"]))
    body = alternation_of(words["government_bodies"])
    line = re.compile(
        rf"(?:^|[ \t\u3000])[ \t\u3000]*(?P<org>[\u4e00-\u9fff]*?)(?:{body})?[ \t\u3000]*{role}[ \t\u3000]*{_NAME}[ \t\u3000]*$",
        re.M)
    caption = re.compile(_H["caption"].format(role=role, name=_NAME))
    return line, caption


@cache
def _title_bodies() -> tuple[str, ...]:
    """metadata.yaml title_bodies (what stands before 工作报告 in a title), longest first."""
    from ..extract.qlexicon import lexicon
    return tuple(sorted(lexicon("metadata")["title_bodies"], key=lambda b: (-len(b), b)))


@cache
def _title_pattern() -> re.Pattern:
    """A title line: "2026年政府工作报告", "2023年XX市政府工作报告", "XX市2023年政府工作报告", "2018年XX盟行政公署
    工作报告" (metadata.yaml title_bodies), its letters perhaps spaced out."""
    bodies = "|".join(r"\s*".join(b) for b in _title_bodies())
    return re.compile(_H["title_line"].format(bodies=bodies), re.M)


def other_meetings(text: str) -> list[tuple[int, str]]:
    """(offset, "place year") of each meeting line after the first that names another jurisdiction or
    year: a file holding several reports one after the other."""
    seen, out = None, []
    for m in _MEETING.finditer(text):
        units = _units(re.sub(r"\s+", "", m["place"]))
        if units is None or not _own_line(text, m):   # "在区第十五届…" (a cover letter's) names no other jurisdiction
            continue
        key = (units[-1], m["y"])
        if seen is None:
            seen = key
        elif key != seen:
            out.append((m.start(), f"{key[0]} {m['y']}"))
    return out


def _own_line(text: str, m: re.Match) -> bool:
    """A meeting line opening a line of its own (a report's header; the speaker may follow on it), not
    one a sentence quotes (全面完成2017年2月20日在XX区第十五届人民代表大会第一次会议上确定的任务。)."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    return (re.fullmatch(r"[ \t\u3000—\-－―（(]*", text[start:m.start()]) is not None
            and re.search(r"[，。；！？,;!?]", text[m.end():end if end >= 0 else len(text)]) is None)


def read_metadata(text: str) -> Metadata:
    header_end = _header_end(text[:_FAR])
    head = text[:max(_HEAD, header_end if header_end < _FAR else 0)]
    md = Metadata()
    m = _MEETING.search(head) or _MEETING_UNDATED.search(head, 0, header_end)
    _read_date(head, header_end, m, md)
    units = _units(re.sub(r"\s+", "", m["place"])) if m else None   # "在区第十五届…": no place named
    if units:
        md.place, md.place_parents = units[-1], units[:-1]
        md.place_level = place_level(units)
        md.spans["place"] = Span(m.start("place"), m.end("place"))
        if not md.place_parents:   # the header's "XX市XX区人民政府" then names the place, parents too
            md.place_parents, md.spans["place"] = _header_parents(head[:header_end], md.place, md.spans["place"])
    if m:
        md.meeting = re.sub(r"\s+", "", m["meeting"])
        md.spans["meeting"] = Span(m.start("meeting"), m.end("meeting"))
    speaker_line, caption = _speaker_patterns()
    s = speaker_line.search(head) or caption.search(head)
    if s:
        md.speaker = re.sub(r"[ \u3000]+", "", s["name"])
        md.speaker_role = s["role"]
        md.spans["speaker"] = Span(s.start("name"), s.end("name"))
        units = _units(s["org"])
        if md.place is None and units:
            md.place, md.place_parents, md.place_level = units[-1], units[:-1], place_level(units)
            md.spans["place"] = Span(s.start("org"), s.end("org"))
    t = _title_pattern().search(head)
    if t:
        md.title = re.sub(r"\s+", "", t["t"])
        md.spans["title"] = Span(t.start("t"), t.end("t"))
        title_year = re.search(r"\d{4}", md.title)
        if md.year is None and title_year and int(title_year[0]) in _YEARS:
            md.year = int(title_year[0])   # "2026年政府工作报告" on its own line, no meeting line
        units = _title_place(md.title)
        if md.place is None and units:     # "2018年XX区政府工作报告", "XX县人民政府工作报告"
            md.place, md.place_parents, md.place_level = units[-1], units[:-1], place_level(units)
            i = t.start("t") + t["t"].find(units[0][0])
            md.spans["place"] = Span(i, i + len("".join(units)))
    if md.place is None:   # a header of a title only ("2023年政府工作报告"): the opening 我代表XX人民政府 names it
        _delegating_place(text, header_end, md)
    if md.place is None:   # … or the unit the body names most, a guess the build reports (spans["place_body"])
        _body_place(text, header_end, md)
    if md.year is None:
        _read_meeting_date(_closing_date(text), md)
    _plan_year(text, md)
    return md


def _delegating_place(text: str, header_end: int, md: Metadata) -> None:
    """The place of the government the speaker reports for in the opening sentence (现在，我代表海拉尔区人民政府向大会
    报告工作), when the header names none; 我代表区人民政府 (its level word alone) names no place."""
    from ..extract.qlexicon import alternation_of, lexicon

    if not _ADDRESS.match(text[header_end:header_end + 20]):   # no opening sentence to read
        return
    words = lexicon("metadata")
    opening = re.compile(words["opening_government"].format(
        bodies=alternation_of(words["government_bodies"] + words["title_bodies"])))
    m = opening.search(text, header_end, header_end + _OPENING)
    units = _units(m["org"]) if m else None
    if units:
        md.place, md.place_parents, md.place_level = units[-1], units[:-1], place_level(units)
        md.spans["place"] = Span(m.start("org"), m.end("org"))


def _body_place(text: str, header_end: int, md: Metadata) -> None:
    """The unit the body names most (body_place.py), from 各位代表 on (the whole text when there is none)."""
    from .body_place import body_place

    start = header_end if _ADDRESS.match(text, header_end) else 0
    found = body_place(text[start:])
    if found:   # its span: the mention that decided it
        md.place, md.place_parents, md.place_level = found[0], [], place_level([found[0]])
        md.spans["place"] = md.spans["place_body"] = Span(start + found[2], start + found[3])


def _closing_date(text: str) -> re.Match | None:
    """The date line that closes a report (its signature: XX区人民政府 / 2018年3月7日, the last line), when the
    header dates nothing: a report whose year is written only there."""
    tail = len(text.rstrip())
    found = list(_DATE_LINE.finditer(text, max(0, tail - _TAIL), tail))
    return found[-1] if found and found[-1].end() == tail else None


def _plan_year(text: str, md: Metadata) -> None:
    """A report delivered in December (periods.yaml late_delivery_months) may plan the next year: its year
    is then the plan's (the part on the work ahead, targets and the review's year all follow it), read
    from the title's year or a short line naming the next year as the year of the work ahead (二、2023年
    工作安排); the delivery date stays. A title naming the delivery year keeps it; neither named, the
    year is left open, and the reader asks for --year."""
    from ..extract.qlexicon import lexicon

    per = lexicon("periods")
    if md.date is None or md.year is None or int(md.date[5:7]) not in per["late_delivery_months"]:
        return
    title_year = int(re.search(r"\d{4}", md.title)[0]) if md.title and re.search(r"\d{4}", md.title) else None
    nxt = md.year + 1
    if title_year == nxt or (title_year is None and re.search(per["plan_year_line"].format(year=nxt), text, re.M)):
        md.year = nxt
    elif title_year != md.year:
        md.year = None


def title_year_conflict(md: Metadata) -> tuple[int, int] | None:
    """(the title's year, the report year) when a title line names a year other than the one the meeting or
    date line gives (and a December report's plan year does not explain it): neither is taken over the
    other silently, the reader asks for --year."""
    found = re.search(r"\d{4}", md.title or "")
    title_year = int(found[0]) if found and int(found[0]) in _YEARS else None
    return (title_year, md.year) if title_year and md.year and title_year != md.year else None


def late_delivery(date: str | None, year: int) -> bool:
    """A delivery date in the late months of the year before ``year`` (a December report planning it)."""
    from ..extract.qlexicon import lexicon
    return bool(date) and int(date[:4]) == year - 1 and int(date[5:7]) in lexicon("periods")["late_delivery_months"]


def _title_place(title: str) -> list[str] | None:
    """The units a title line names before 政府工作报告 (a title body's), when they are whole units (not 市 alone)."""
    bodies = "|".join(map(re.escape, _title_bodies()))
    return _units(re.sub(_H["title_rest"].format(bodies=bodies), "", title))


def _read_date(head: str, header_end: int, meeting: re.Match | None, md: Metadata) -> None:
    """The date of a dated meeting line, else of the header's date line after the meeting line, else
    of any date line in the header; one before an undated meeting line (a cover letter's date, say)
    gives the year only."""
    if meeting and meeting.re is _MEETING:
        _read_meeting_date(meeting, md)
        return
    after = meeting and _DATE_LINE.search(head, meeting.end(), header_end)
    _read_meeting_date(after or _DATE_LINE.search(head, 0, header_end) or _DATED_SHORT.search(head, 0, header_end), md)
    if meeting and not after:
        md.date = None
        md.spans.pop("date", None)


def _header_parents(header: str, place: str, span: Span) -> tuple[list[str], Span]:
    """The units the header writes right before the place ("XX市XX区人民政府") when the gazetteer has
    the place under them, and where it writes them with the place; else none and ``span``. A meeting
    line naming the place alone leaves a shared name (朝阳区) open."""
    for at in (m.start() for m in re.finditer(re.escape(place), header)):
        run = re.search(r"[\u4e00-\u9fff]{2,20}$", header[:at])
        for k in range(len(run[0]) - 1) if run else ():
            units = _units(run[0][k:])
            if units and resolve_jurisdiction(place, units):
                return units, Span(at - len(run[0]) + k, at + len(place))
    return [], span


def _header_end(text: str) -> int:
    """Where the header ends: the first 各位代表, or the end of ``text`` when there is none."""
    m = spattern("outline", "body_start", re.M).search(text)
    return m.start() if m else len(text)


def _read_meeting_date(m: re.Match | None, md: Metadata) -> None:
    """Year and ISO date of a meeting line (or of the date line of an undated one); a line giving the
    month only dates the year, not the day."""
    if m is None:
        return
    try:
        y, mo = cn_int(m["y"]), cn_int(m["m"])
        d = cn_int(m["d"]) if m["d"] else None
    except ValueError:  # a malformed numeral such as 十十月: no date from this line
        return
    if y not in _YEARS or not 1 <= mo <= 12 or (d is not None and not 1 <= d <= 31):
        return
    md.year = y
    if d is not None:
        md.date = f"{y:04d}-{mo:02d}-{d:02d}"
        md.spans["date"] = Span(m.start("y"), m.end("d") + 1)


def apply_overrides(md: Metadata, place: str | None = None, year: int | None = None,
                    date: str | None = None, speaker: str | None = None) -> Metadata:
    """CLI overrides for the rare report that lacks a meeting line."""
    if place:
        units = split_place(place)
        md.place, md.place_parents, md.place_level = units[-1], units[:-1], place_level(units)
    if date:
        md.date, md.year = date, int(date[:4])
    if year:
        md.year = year
        # the text's date of another year is no date of this report, unless delivered in December before it
        if md.date and int(md.date[:4]) != year and not late_delivery(md.date, year):
            md.date = None
            md.spans.pop("date", None)
    if speaker:
        md.speaker = speaker
    return md
