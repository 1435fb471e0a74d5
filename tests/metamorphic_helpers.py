"""Meaning-preserving retypings of a report text, and the facts to compare before and after.

Each transform takes the decoded text and returns a Retyped: the new text, the bytes a file would
hold, and for every character of the new text the original character it stands for (-1 for an
inserted one), so a span of the retyped report maps back onto the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_HAN = "\u4e00-\u9fff"
_CN_DIGITS = "〇一二三四五六七八九"


@dataclass
class Retyped:
    text: str                 # the text the reader should give for data
    data: bytes
    origin: list[int]         # new index → original index, -1 for an inserted character

    def back(self, start: int, end: int) -> tuple[int, int] | None:
        """The original span of the retyped span [start, end), inserted characters at its edges dropped."""
        while start < end and self.origin[start] < 0:
            start += 1
        while end > start and self.origin[end - 1] < 0:
            end -= 1
        if start >= end:
            return None
        return self.origin[start], self.origin[end - 1] + 1


def _same(text: str, data: bytes) -> Retyped:
    return Retyped(text, data, list(range(len(text))))


def substitute(text: str, pattern: str, repl) -> Retyped:
    """re.sub with the origin map: a replacement's characters stand for the matched ones in order
    (the last few for the last matched character when the replacement is longer)."""
    out, origin, pos = [], [], 0
    for m in re.finditer(pattern, text):
        new = repl(m) if callable(repl) else m.expand(repl)
        out.append(text[pos:m.start()])
        origin.extend(range(pos, m.start()))
        n = m.end() - m.start()
        if n == 0:
            origin.extend([-1] * len(new))
        else:
            origin.extend(m.start() + min(i, n - 1) for i in range(len(new)))
        out.append(new)
        pos = m.end()
    out.append(text[pos:])
    origin.extend(range(pos, len(text)))
    new_text = "".join(out)
    return Retyped(new_text, new_text.encode("utf-8"), origin)


def insert(text: str, pattern: str, what: str) -> Retyped:
    """``what`` inserted at every (empty) match of ``pattern``."""
    return substitute(text, pattern, lambda m: what)


def crlf(text):
    return _same(text, text.replace("\n", "\r\n").encode("utf-8"))


def bom(text):
    return _same(text, b"\xef\xbb\xbf" + text.encode("utf-8"))


def gb18030(text):
    return _same(text, text.encode("gb18030"))


def tabs(text):
    """Paragraph indents typed as a tab."""
    return substitute(text, r"(?m)^[ \u3000]+(?=\S)", "\t")


def nbsp(text):
    """Paragraph indents and spaces typed as non-breaking spaces."""
    return substitute(text, r"(?m)^[ \u3000]+(?=\S)| ", lambda m: "\xa0" * len(m.group()))


def nbsp_indent(text):
    """Every line indented with two non-breaking spaces."""
    return insert(text, r"(?m)^(?=.)", "\xa0\xa0")


def wide_digits(text):
    """ASCII digits, % and the decimal point typed full-width."""
    wide = str.maketrans("0123456789%", "０１２３４５６７８９％")
    return substitute(text, r"[0-9%]|(?<=[0-9])\.(?=[0-9])", lambda m: m.group().translate(wide) if m.group() != "." else "．")


_NARROW = str.maketrans("，；：（）！？", ",;:()!?")


def narrow_punct(text):
    """Chinese commas, semicolons, colons, brackets, ! and ? typed half-width."""
    return substitute(text, "[，；：（）！？]", lambda m: m.group().translate(_NARROW))


def han_spaces(text):
    """A space between every two Chinese characters (a PDF copied letter by letter)."""
    return insert(text, f"(?<=[{_HAN}])(?=[{_HAN}])", " ")


def sparse_spaces(text, every: int = 17):
    """A space at every ``every``-th boundary between two Chinese characters (a PDF's justification)."""
    count = iter(range(1, len(text) + 1))
    return substitute(text, f"(?<=[{_HAN}])(?=[{_HAN}])", lambda m: " " if next(count) % every == 0 else "")


def wrap(text, width: int = 68):
    """Paragraphs broken into lines ``width`` half-characters wide (a Chinese character takes two),
    anywhere, as a PDF's hard line breaks fall."""
    out, origin, used = [], [], 0
    for i, c in enumerate(text):
        w = 1 if c < "\u0100" else 2
        if c == "\n":
            used = 0
        elif used + w > width:
            out.append("\n")
            origin.append(-1)
            used = 0
        if c != "\n":
            used += w
        out.append(c)
        origin.append(i)
    new = "".join(out)
    return Retyped(new, new.encode("utf-8"), origin)


def _lines_inserted(text, every: int, line_for) -> Retyped:
    """A line ``line_for(n)`` (n = 1, 2 …) after every ``every`` lines; its characters come from nowhere."""
    out, origin, pos, n = [], [], 0, 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        out.append(line)
        origin.extend(range(pos, pos + len(line)))
        pos += len(line)
        if i < len(lines) - 1:
            out.append("\n")
            origin.append(pos)
            pos += 1
            if i % every == every - 1:
                n += 1
                mark = line_for(n)
                out.append(mark)
                origin.extend([-1] * len(mark))
    new = "".join(out)
    return Retyped(new, new.encode("utf-8"), origin)


def page_numbers(text, every: int = 25):
    """A page-number line (— 3 —) after every ``every`` lines, possibly inside a paragraph."""
    return _lines_inserted(text, every, lambda n: f"— {n + 1} —\n")


def wrap_pages(text):
    """Hard line breaks and page numbers inside paragraphs (a PDF copied page by page)."""
    first = wrap(text)
    second = page_numbers(first.text)
    origin = [first.origin[i] if i >= 0 else -1 for i in second.origin]
    return Retyped(second.text, second.data, origin)


def paren_headings(text):
    """Area headings （一） typed with half-width brackets (一)."""
    return substitute(text, r"(?m)^([ \u3000\t]*)（([一二三四五六七八九十]+)）", r"\1(\2)")


def item_headings(text):
    """Numbered sub-headings 1. / 1、 typed as （1）."""
    return substitute(text, r"(?m)^([ \u3000\t]*)(\d{1,2})[.．、](?!\d)", r"\1（\2）")


def _cn_number(digits: str) -> str:
    """An integer below 10000 in Chinese numerals (十二, 一百零五)."""
    n = int(digits)
    if n == 0:
        return "零"
    out, zero = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d, n = divmod(n, size)
        if d:
            if zero:
                out += "零"
            out += ("" if (unit == "十" and d == 1 and not out) else _CN_DIGITS[d]) + unit
            zero = False
        elif out:
            zero = True
    return out


def percent_words(text):
    """N% typed 百分之N in Chinese numerals (5.5% → 百分之五点五)."""
    def repl(m):
        whole, frac = m.group(1), m.group(2) or ""
        spoken = _cn_number(whole) + ("点" + "".join(_CN_DIGITS[int(c)] for c in frac) if frac else "")
        return "百分之" + spoken
    return substitute(text, r"(?<![0-9.\-—－~～至到])(\d{1,3})(?:\.(\d{1,2}))?%(?![-—－~～至到])", repl)


def thousands(text, sep: str = ","):
    """Integers of five or more digits typed with thousands separators (12,345)."""
    def repl(m):
        s = m.group()
        return f"{int(s):,}".replace(",", sep)
    return substitute(text, r"(?<![0-9.])[1-9]\d{4,}(?![0-9.])", repl)


def wide_thousands(text):
    return thousands(text, "，")


def cn_years(text):
    """Years typed in Chinese numerals: 2025年 → 二〇二五年."""
    return substitute(text, r"(?<![0-9])(19|20)(\d\d)(?=年)",
                      lambda m: "".join(_CN_DIGITS[int(c)] for c in m.group()))


def cn_dates(text):
    """Dates in Chinese numerals: 2026年1月27日 → 二〇二六年一月二十七日."""
    def repl(m):
        year = "".join(_CN_DIGITS[int(c)] for c in m.group(1))
        return f"{year}年{_cn_number(m.group(2))}月{_cn_number(m.group(3))}日"
    return substitute(text, r"(?<![0-9])((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日", repl)


def part_dots(text):
    """Part headings 一、 typed 一．"""
    return substitute(text, r"(?m)^([ \u3000\t]*[一二三四五六七八九十]+)、", r"\1．")


def running_heads(text, every: int = 25):
    """A page's running head (the report's title) after every ``every`` lines."""
    return _lines_inserted(text, every, lambda n: "政府工作报告\n")


TRANSFORMS = {f.__name__: f for f in (
    crlf, bom, gb18030, tabs, nbsp, nbsp_indent, wide_digits, narrow_punct, han_spaces, wrap, page_numbers,
    wrap_pages, paren_headings, item_headings, percent_words, thousands, wide_thousands, cn_years,
    cn_dates, part_dots, running_heads, sparse_spaces)}


def facts_of(data: bytes, path: str = "report.txt"):
    """(document, facts) of a report's bytes through read, structure and extract."""
    from policykg.extract import extract
    from policykg.read import for_matching, read_bytes, restore_offsets
    from policykg.structure import parse

    doc = read_bytes(data, path)
    seen = for_matching(doc)
    outline = parse(seen)
    facts = extract(seen, outline)
    outline, facts = restore_offsets(doc, outline, facts)
    return doc, facts


def _owner(q) -> str:
    o = q.owner
    return "" if o is None else getattr(o, "label", "")


def fact_keys(facts, back=None) -> dict[str, list[tuple]]:
    """Facts per class as comparable tuples; ``back`` maps a span to the original text's offsets."""
    back = back or (lambda s, e: (s, e))
    out: dict[str, list[tuple]] = {"quantities": [], "parks": [], "projects": [], "placements": []}
    for q in facts.quantities:
        out["quantities"].append((q.kind, q.indicator, str(q.value), q.unit, q.comparator, q.start_year,
                                  q.end_year, str(q.from_value), str(q.upper_value), _owner(q),
                                  back(q.span.start, q.span.end)))
    for e in facts.entities:
        if e.kind in ("Park", "Project"):
            out[e.kind.lower() + "s"].append((e.label, tuple(sorted(back(s.start, s.end) or (0, 0)
                                                                    for s in e.spans))))
    for ln in facts.links:
        if ln.predicate == "locatedIn" and getattr(ln.subject, "kind", "") == "Project":
            out["placements"].append((ln.subject.label, ln.object.label))
    return {k: sorted(v, key=repr) for k, v in out.items()}


def compare(before: dict, after: dict) -> dict[str, tuple[int, int, int]]:
    """Per class: (kept, lost, gained) as multisets."""
    from collections import Counter
    result = {}
    for k in before:
        b, a = Counter(before[k]), Counter(after[k])
        kept = sum((b & a).values())
        result[k] = (kept, sum(b.values()) - kept, sum(a.values()) - kept)
    return result
