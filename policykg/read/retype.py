"""The matching text: the report as the outline and the extractors read it, however it was typed.

Full-width digits, odd spaces, half-width punctuation between Chinese text, letter-spaced Chinese,
hard line breaks inside paragraphs, page-number lines, thousands separators, 百分之N and years in
Chinese numerals are rewritten once here (typing.yaml). ``origin`` maps each matching character back
to the character of the text as written that it stands for, so evidence offsets and quotes still
refer to the text as written (``restore`` moves every span of an outline and its facts back).
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_left
from dataclasses import fields, is_dataclass
from functools import cache

from ..model import Span


@cache
def _rules() -> dict:
    from ..extract.qlexicon import lexicon
    lex = lexicon("typing")
    between = lex["spaced_between"]
    digits = lex["percent_digits"]
    marks = re.escape(lex["narrow_marks"]["from"])
    return {
        "same": str.maketrans(lex["same_length"]["from"] + lex["odd_spaces"],
                              lex["same_length"]["to"] + " " * len(lex["odd_spaces"])),
        "point": re.compile(r"(?<=[0-9])．(?=[0-9])"),
        "narrow": re.compile(rf"(?<={between})[{marks}]|[{marks}](?={between})"),
        "wide": str.maketrans(lex["narrow_marks"]["from"], lex["narrow_marks"]["to"]),
        # with the blank lines round it, or the paragraph the page break cut stays cut in two (at most
        # three before it: each line start tries them, and a run of blank lines ahead of none is no page)
        "page": re.compile(rf"(?m)^(?:[ \t\u3000]*\n){{0,3}}{lex['page_line']}\n(?:[ \t\u3000]*\n)*"),
        "markdown": re.compile(lex["markdown_marks"]),
        "spaces": re.compile(rf"(?<={between})[ \t\u3000]+(?={between})"),
        "mark_spaces": re.compile(rf"(?<=[{lex['mark_spaces_after']}])[ \t\u3000]+(?={lex['han']})"),
        "any_spaces": re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)"),
        "number_spaces": re.compile(rf"(?<={between})[ \t\u3000]+(?=[0-9])|(?<=[0-9%])[ \t\u3000]+(?={between})"
                                   r"|(?<=[0-9])[ \t\u3000]+(?=[%‰])"),
        "tight": re.compile(rf"{between}(?={between})"),
        "thousands": re.compile(r"(?<![0-9.])[1-9][0-9]{0,2}(?:[,，][0-9]{3})+(?![0-9])"),
        "percent": re.compile(lex["written_percent"].format(digits=digits, fraction=digits[:-2],
                                                            point=lex["decimal_point"])),
        "year": re.compile(lex["written_year"].format(digits=digits, year_digits=lex["year_digits"]["from"])),
        "year_map": str.maketrans(lex["year_digits"]["from"], lex["year_digits"]["to"]),
        "decimal": lex["decimal_point"],
        "han": re.compile(lex["han"]),
        "heading": re.compile(lex["heading_start"]),
        "head": (re.compile(lex["running_head"]), lex["running_head_repeats"]),
        "opener": re.compile(lex["paragraph_openers"]),
        "title": re.compile(rf"[^，。；！？：,;!?:\n]{{1,{lex['title_max']}}}(?:\n|$)"),
        "wrap": (lex["wrap_min_lines"], lex["wrap_share"], lex["wrap_slack"]),
    }


class _Map:
    """A text being rewritten, with the original index of each character."""

    def __init__(self, text: str):
        self.text, self.origin = text, None

    def sub(self, pattern: re.Pattern, repl) -> None:
        """Replace every match; a replacement's characters stand for the matched ones in order, its
        last for the match's last (so a span over the match covers all of it)."""
        text, origin = self.text, self.origin
        parts, where, pos = [], [], 0
        for m in pattern.finditer(text):
            new = repl(m)
            if new == m.group():
                continue
            a, b = m.start(), m.end()
            parts.append(text[pos:a])
            where.append(range(pos, a))
            where.append([a + min(i, b - a - 1) for i in range(len(new) - 1)] + [b - 1] if new else [])
            parts.append(new)
            pos = b
        if not parts:
            return
        parts.append(text[pos:])
        where.append(range(pos, len(text)))
        self.text = "".join(parts)
        flat = [i for w in where for i in w]
        self.origin = flat if origin is None else [origin[i] for i in flat]


def _percent(m: re.Match) -> str:
    from ..numerals import cn_int
    whole, _, frac = m.group(1).partition(_rules()["decimal"])
    try:
        n = cn_int(whole)
    except ValueError:
        return m.group()
    return f"{n}.{frac.translate(_rules()['year_map'])}%" if frac else f"{n}%"


_HALF = re.compile(r"[\x00-\xff]")


def _width(line: str) -> int:
    """The width a line takes on a page: Chinese characters and full-width marks 2, ASCII 1."""
    return 2 * len(line) - len(_HALF.findall(line))


def _wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text was broken at (most of its lines that long), else None."""
    min_lines, share, slack = _rules()["wrap"]
    lengths = [_width(ln) for ln in text.split("\n")]
    lengths = [n for n in lengths if n >= 20]
    if len(lengths) < min_lines:
        return None
    counts: dict[int, int] = {}
    for n in lengths:
        counts[n] = counts.get(n, 0) + 1
    width = max(counts, key=lambda n: (sum(counts.get(n - k, 0) for k in range(slack + 1)), n))
    near = sum(counts.get(width - k, 0) for k in range(slack + 1))
    return width if near >= share * len(lengths) and width < 400 else None


def _join_wrapped(m: _Map) -> None:
    """Drop the line breaks of a hard-wrapped text where a line reaching the width continues."""
    width = _wrap_width(m.text)
    if width is None:
        return
    r = _rules()
    heading, opener, title, slack = r["heading"], r["opener"], r["title"], r["wrap"][2]
    text = m.text

    def joins(nl: re.Match) -> str:
        a = nl.start()
        line_start = text.rfind("\n", 0, a) + 1
        if _width(text[line_start:a]) < width - slack or a + 1 >= len(text) or text[a + 1] == "\n":
            return "\n"
        if heading.match(text, a + 1):
            return "\n"
        return "\n" if text[a - 1] in "。！？；" and (opener.match(text, a + 1) or title.match(text, a + 1)) else ""
    m.sub(re.compile("\n"), joins)


def _drop_running_heads(m: _Map) -> None:
    """Drop the repeats of a page's running head (the first stays: it may be the title)."""
    shape, repeats = _rules()["head"]
    counts: dict[str, int] = {}
    for line in m.text.split("\n"):
        counts[line] = counts.get(line, 0) + 1
    heads = {ln for ln, n in counts.items() if n >= repeats and shape.fullmatch(ln)}
    if not heads:
        return
    seen: set[str] = set()

    def drop(x: re.Match) -> str:
        line = x.group()[:-1]
        if line not in heads or line not in seen:
            seen.add(line)
            return x.group()
        return ""
    m.sub(re.compile(r"(?m)^.*\n"), drop)


def _unspace(m: _Map) -> None:
    """Drop the spaces between Chinese characters (a PDF's letter spacing or justification), except
    between the equal halves of a quoted slogan (“技兴齐鲁 乐业山东”); on a letter-spaced line (as
    many spaced pairs as tight ones) all of them, beside punctuation, digits and letters too (2 0 2 1 年)."""
    r, text, spaced = _rules(), m.text, {}

    def letter_spaced(at: int) -> bool:
        i = bisect_left(breaks, at)   # the line's start; a scan back from each space was quadratic on one long line
        a = breaks[i - 1] + 1 if i else 0
        if a not in spaced:
            b = text.find("\n", at)
            b = len(text) if b < 0 else b
            n = len(r["spaces"].findall(text, a, b))
            spaced[a] = n >= 1 and n >= len(r["tight"].findall(text, a, b))
        return spaced[a]

    opens, closes, breaks = ([i for i, c in enumerate(text) if c == ch] for ch in "“”\n")

    def slogan(at: int) -> bool:
        """Inside “…” on one line (the last “ before, the first ” after) of equal halves."""
        i, j = bisect_left(opens, at) - 1, bisect_left(closes, at)
        if i < 0 or j == len(closes):
            return False
        a, b = opens[i], closes[j]
        if bisect_left(closes, a) != j or bisect_left(breaks, a) != bisect_left(breaks, b):
            return False
        halves = {len(p) for p in text[a + 1:b].split()}
        return len(halves) == 1 and halves.pop() >= 3

    def drop(x: re.Match) -> str:
        a, b = x.start(), x.end()
        if letter_spaced(a):
            return ""
        between = r["spaces"].match(text, a)   # off a letter-spaced line, only spaces between those
        if not between or between.end() != b:
            return x.group()
        han = r["han"].match(text, a - 1) and r["han"].match(text, b)
        return "" if han and not slogan(a) else x.group()
    m.sub(r["any_spaces"], drop)


def matching_text(text: str) -> tuple[str, list[int] | None]:
    """(the matching text, its origin map or None when it is as long as ``text``, index for index)."""
    r = _rules()
    m = _Map(text.translate(r["same"]))
    m.text = r["point"].sub(".", m.text)
    m.text = r["narrow"].sub(lambda x: x.group().translate(r["wide"]), m.text)
    m.text = r["year"].sub(lambda x: x.group().translate(r["year_map"]), m.text)
    m.sub(r["markdown"], lambda x: "")
    m.sub(r["page"], lambda x: "")
    _drop_running_heads(m)
    _join_wrapped(m)
    _unspace(m)
    m.sub(r["mark_spaces"], lambda x: "")
    m.sub(r["number_spaces"], lambda x: "")
    m.sub(r["thousands"], lambda x: re.sub("[,，]", "", x.group()))
    m.sub(r["percent"], _percent)
    return m.text, m.origin


def restore(origin: list[int], *objects) -> tuple:
    """Copies of ``objects`` (dataclasses, lists, dicts, sets, tuples) with every Span moved from
    matching-text offsets back to the text as written. The objects themselves stay as they are: memos
    of the extractors (the last sentence list's analysis) hold them."""
    objects = copy.deepcopy(objects)
    done: dict[int, tuple] = {}   # id → (the object, what stands for it): the object kept alive
    n = len(origin)

    def back(s: Span) -> Span:
        a = origin[s.start] if s.start < n else origin[-1] + 1
        b = origin[s.end - 1] + 1 if s.end > s.start else a
        return Span(a, b)

    def walk(x):
        if isinstance(x, Span):
            return back(x)
        if isinstance(x, (str, int, float, type(None))):
            return x
        if id(x) in done:
            return done[id(x)][1]
        done[id(x)] = (x, x)
        if isinstance(x, (tuple, frozenset)):
            done[id(x)] = (x, type(x)(walk(v) for v in x))
        elif isinstance(x, list):
            x[:] = [walk(v) for v in x]
        elif isinstance(x, dict):
            for k in list(x):
                x[k] = walk(x[k])
        elif isinstance(x, set):
            items = [walk(v) for v in x]
            x.clear()
            x.update(items)
        elif is_dataclass(x) and not isinstance(x, type):
            for f in fields(x):
                v = getattr(x, f.name)
                new = walk(v)
                if new is not v:
                    object.__setattr__(x, f.name, new)
        return done[id(x)][1]
    for obj in objects:
        walk(obj)
    return objects
