"""Real dev reports retyped as users' files come: PDF text (hard wraps, page clutter), Word exports
(full-width digits, Markdown bold), scraped pages (odd spaces, zero-width characters), other encodings,
other heading schemes, short, joined or title-less files. Used by scripts/shapes_check.py and
tests/test_hostile_round28.py. Dev reports only: never a test-split one.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent   # the reports are found from any folder (shapes_check.py)
REPORTS = tuple((name, str(_ROOT / path)) for name, path in (
    ("jinghai", "data/reports/jinghai-2021.txt"),
    ("hailaer2013", "data/corpus/hailaer/hailaer-2013.txt"),
    ("anhui", "data/corpus/provincial-2026/anhui-2026.txt"),
    ("hubei", "data/corpus/provincial-2026/hubei-2026.txt")))

_CN = "〇一二三四五六七八九"
_PART = re.compile(r"(?m)^([ \t\u3000]*)([一二三四五六七八九十]+)、")
_AREA = re.compile(r"(?m)^([ \t\u3000]*)（([一二三四五六七八九十]+)）")
_ITEM = re.compile(r"(?m)^([ \t\u3000]*)(\d{1,2})[.．、](?!\d)")
_HEADING = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^\n]{0,60}$")
_MEETING = re.compile(r"在[^\n]{2,40}(?:\n[ \t\u3000]*)?[^\n]{0,20}人民代表大会[^\n]*会议")


def text_of(path: str) -> str:
    from policykg.read.decode import decode_bytes
    with open(path, "rb") as fh:
        return decode_bytes(fh.read())[0]


def _width(s: str) -> int:
    return sum(1 if ord(c) < 256 else 2 for c in s)


def hard_wrap(text: str, width: int, page_lines: int = 0, clutter=None) -> str:
    """Each line broken at ``width`` (a Chinese character 2, ASCII 1), as a PDF's text layer holds it;
    every ``page_lines`` lines the page's clutter (``clutter(n)`` → lines) between pages."""
    out = []
    for line in text.split("\n"):
        cur, w = "", 0
        for c in line:
            if w + _width(c) > width:
                out.append(cur)
                cur, w = "", 0
            cur += c
            w += _width(c)
        out.append(cur)
    if not page_lines:
        return "\n".join(out)
    paged, page = [], 1
    for i, ln in enumerate(out, 1):
        paged.append(ln)
        if i % page_lines == 0:
            paged.extend(clutter(page))
            page += 1
    return "\n".join(paged)


_FIGURE_CUT = re.compile(r"[0-9.][ \t]*\n[ \t]*[0-9.%万亿千百个]")


def figure_cuts(wrapped: str) -> int:
    """How many hard line breaks of a wrapped text cut a number or a number from its unit (1.5 | 万亿元)."""
    return len(_FIGURE_CUT.findall(wrapped))


def name_cuts(wrapped: str, names) -> int:
    """How many of ``names`` a hard line break cuts somewhere in the wrapped text."""
    flat = wrapped.replace("\n", "")
    return sum(1 for n in names if flat.count(n) > wrapped.count(n))


def full_width(text: str) -> str:
    """ASCII digits, letters, % and the decimal point as full-width characters (a Word export)."""
    return re.sub(r"[0-9A-Za-z%.]", lambda m: chr(ord(m.group()) + 0xFEE0), text)


def chinese_years(text: str) -> str:
    return re.sub(r"(?<!\d)(\d{4})(?=年)", lambda m: "".join(_CN[int(d)] for d in m.group(1)), text)


def letter_spaced(text: str) -> str:
    return "\n".join(" ".join(ln) for ln in text.split("\n"))


def odd_spaces(text: str) -> str:
    """Indents as ideographic spaces, a no-break space between a number and its unit, and after each
    comma (a scraped page's &nbsp;)."""
    text = re.sub(r"(?m)^[ \t\u3000]+", "\u3000\u3000", text)
    text = re.sub(r"(?<=\d)(?=[万亿%个])", "\xa0", text)
    return text.replace("，", "，\xa0")


def zero_width(text: str) -> str:
    return "".join(c + ("\u200b" if i % 5 == 4 else "") for i, c in enumerate(text))


def other_headings(text: str) -> str:
    """Parts 第一部分, areas 一、, items （1）: the scheme one level down."""
    text = _ITEM.sub(lambda m: f"{m.group(1)}（{m.group(2)}）", text)
    text = _PART.sub(lambda m: f"{m.group(1)}第{m.group(2)}部分　", text)
    return _AREA.sub(lambda m: f"{m.group(1)}{m.group(2)}、", text)


def circled_items(text: str) -> str:
    """Areas numbered 1. and items ①."""
    text = _ITEM.sub(lambda m: m.group(1) + chr(0x245F + int(m.group(2))) if int(m.group(2)) <= 20
                     else m.group(), text)
    return _AREA.sub(lambda m: f"{m.group(1)}{_cn_int(m.group(2))}. ", text)


def _cn_int(s: str) -> int:
    from policykg.numerals import cn_int
    return cn_int(s)


def markdown_bold(text: str) -> str:
    return _HEADING.sub(lambda m: "**" + m.group().strip(" \t\u3000") + "**", text)


def markdown_hash(text: str) -> str:
    return _HEADING.sub(lambda m: "## " + m.group().strip(" \t\u3000"), text)


def no_headings(text: str) -> str:
    return _HEADING.sub("", text)


def header_end(text: str) -> int:
    m = _MEETING.search(text)
    return text.find("\n", m.end()) + 1


def one_paragraph(text: str) -> str | None:
    """The header and the report's first paragraph holding three figures or more (None: no paragraph has)."""
    head = text[:header_end(text)]
    body = [p for p in text[len(head):].split("\n") if len(re.findall(r"\d+(?:\.\d+)?%", p)) >= 3]
    return head + "\n" + body[0] + "\n" if body else None


def title_less(text: str) -> str:
    """Only the meeting line above the body: the title, cover letter and site menus dropped."""
    m = _MEETING.search(text)
    start = text.rfind("\n", 0, m.start()) + 1
    return text[start:]


def _clutter_dash(n: int) -> list[str]:
    return ["", f"— {n} —", ""]


def _clutter_page(n: int) -> list[str]:
    return ["政府工作报告", f"第 {n} 页 共 40 页"]


def variants(name: str, path: str):
    """(variant name, file bytes) of one report, in a fixed order."""
    t = text_of(path)
    u8 = lambda s: s.encode("utf-8")  # noqa: E731
    yield "wrap50", u8(hard_wrap(t, 50))
    yield "wrap64-dash", u8(hard_wrap(t, 64, 38, _clutter_dash))
    yield "wrap80-head", u8(hard_wrap(t, 80, 30, _clutter_page))
    yield "fullwidth", u8(full_width(t))
    yield "cn-years", u8(chinese_years(t))
    yield "spaced", u8(letter_spaced(t))
    yield "odd-spaces", u8(odd_spaces(t))
    yield "zero-width", u8(zero_width(t))
    yield "crlf-bom", codecs.BOM_UTF8 + u8(t.replace("\n", "\r\n"))
    yield "utf16-bom", t.encode("utf-16")
    yield "gb18030", t.encode("gb18030")
    yield "headings-shift", u8(other_headings(t))
    yield "headings-circled", u8(circled_items(t))
    yield "md-bold", u8(markdown_bold(t))
    yield "md-hash", u8(markdown_hash(t))
    yield "no-headings", u8(no_headings(t))
    if _MEETING.search(t):   # both cut at the meeting line, which a title-only header has none of
        if (one := one_paragraph(t)) is not None:   # its own test, not a copy that also read the header (review28)
            yield "one-paragraph", u8(one)
        yield "title-less", u8(title_less(t))
    if name == "jinghai":
        yield "two-reports", u8(t + "\n\n" + text_of(REPORTS[1][1]))
