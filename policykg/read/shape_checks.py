"""The shape checks of a report's text (read/__init__.py): data given for a report, lost line breaks, a table
of numbers, the same report twice or several, a header dated outside the years read, and a text cut short."""
from __future__ import annotations

import json
import re

from .. import resources
from ..errors import InputError
from ..structure.metadata import other_meetings

_READ = resources.lexicon_data("typing")["report_text"]

MAX_NUMBERS = 20_000
_DATED = re.compile("(?<![0-9])([0-9]{4})年[0-9]{1,2}月")


def year_outside(text: str) -> str:
    """Why a header dated 2300年1月13日 gave no year: the years a header may give (options.YEARS)."""
    from ..options import YEARS
    found = next((m[1] for m in _DATED.finditer(text[:3000]) if not YEARS[0] <= int(m[1]) <= YEARS[1]), None)
    return f" (it is dated {found}, outside {YEARS[0]}–{YEARS[1]})" if found else ""


_NUMBER = re.compile("[0-9０-９]+(?:[.．][0-9０-９]+)?")


def check_shape(text: str, path: str) -> None:
    """Refuse a text whose line breaks were lost, that holds more numbers than any report would (50 times the
    most of a shipped report), or that holds the same report twice, or several."""
    lines = text.split("\n")
    longest = max(len(ln) for ln in lines)
    if longest > 3000 and longest > len(text) / 2:
        raise InputError(f"{path}: its line breaks are lost (one line holds {longest} of {len(text)} "
                         f"characters), so no outline can be read; restore the paragraphs")
    numbers = sum(1 for _ in _NUMBER.finditer(text))
    if numbers > MAX_NUMBERS:     # each figure's structures and triples cost ~50 KB (speed46)
        raise InputError(f"{path}: holds {numbers} numbers, above the {MAX_NUMBERS} a report is built with "
                         f"(the shipped reports hold at most about 400); a table of figures, not a work report?")
    paragraphs = [ln.strip(" \t\u3000\xa0") for ln in lines]
    paragraphs = [p for p in paragraphs if len(p) >= 30]
    seen: set[str] = set()
    repeats = 0
    for p in paragraphs:
        repeats += p in seen
        seen.add(p)
    if repeats >= 5 and repeats >= 0.3 * len(paragraphs):
        raise InputError(f"{path}: holds the same text twice ({repeats} of {len(paragraphs)} paragraphs "
                         f"repeat an earlier one), which would double every fact; remove the copy")
    others = other_meetings(text)
    if others:  # every fact of the later reports would be the first one's
        at, which = others[0]
        raise InputError(f"{path}: holds several reports (the meeting line of {which} is line "
                         f"{text.count(chr(10), 0, at) + 1}), whose facts would all be the first one's; "
                         f"give each report its own file")


_RDF = re.compile(r"(?:[ \t\n]*#[^\n]*\n)*[ \t\n]*(?:@prefix|@base|prefix[ \t]+\w*:|base[ \t]+<)", re.I)


def data_kind(text: str) -> str | None:
    """Structured data given where a report belongs: RDF (Turtle/TriG/SPARQL), JSON, XML or a CSV table."""
    if _RDF.match(text):
        return "RDF data (Turtle/TriG)"
    head = text.lstrip("\ufeff \t\n")
    if head[:1] in "{[":
        try:
            json.loads(text)
            return "JSON data"
        except RecursionError:  # brackets nested deeper than the decoder follows: data, whatever it is
            return "JSON data (nested too deep to read)"
        except ValueError:
            pass
    if head.startswith("<?xml") or head.startswith("<rdf:RDF"):
        return "XML data"
    lines = [ln for ln in text.split("\n")[:30] if ln.strip()]
    for sep in (",", "\t"):
        counts = {ln.count(sep) for ln in lines}
        if len(lines) >= 3 and len(counts) == 1 and counts.pop() >= 2:
            return "a CSV table" if sep == "," else "a tab-separated table"
    return None


_FINAL = "。！!？?”」』）)》…—：:；;.】"
_CLOSING = re.compile(_READ["closing"], re.M)
_PAGE_LINE = re.compile(_READ["page_link"])


def looks_truncated(text: str) -> bool:
    """Heuristic: a complete report's last real paragraph ends a sentence, and its closing rally
    (a line ending in ！, or 让我们……) stands near the end (only glossaries and page links follow).
    Short trailing lines (page links such as 扫一扫在手机打开当前页, 编辑：…) are not paragraphs."""
    lines = [ln.strip(" \t\u3000\xa0") for ln in text.split("\n")]
    long_lines = [ln for ln in lines if sum(1 for c in ln if "\u4e00" <= c <= "\u9fff") >= 16]
    if not long_lines:
        return True
    if long_lines[-1][-1] not in _FINAL:
        return True
    # the last line, short or long, must end a sentence too (a cut after a rally-like paragraph:
    # …静海人民！\n\n——我们始终把群众安危冷暖挂在心); a closing bracket or quote ends one only after
    # 。！？ or round a whole line such as （2021年1月20日）; page links (扫一扫…, 【 打印 】) are exempt
    last = next(ln for ln in reversed(lines) if ln)
    bracketed = last[0] in "（(【《" and len(last) > 5
    ends = last[-1] in "。！!？?…：:" or (last[-1] in "）)”」』》】" and (bracketed or last[-2:-1] in tuple("。！？!?…")))
    if not ends and not (len(last) <= 20 and _PAGE_LINE.search(last)):
        return True
    return not _CLOSING.search(text, int(len(text) * 0.8))
