"""A hint when a refused input looks like a later page of a report read before it (p1.txt, p2.txt … of one
report, cut by a PDF tool or a page-by-page download): the refusal ("no year found", "not a government work
report") said nothing of the pages, so the user was left to guess that they must be joined."""
from __future__ import annotations

import os
import re

from ..errors import NotAReport

_NUMBER = re.compile(r"\d+")
_HEADER = ("meeting", "title", "date", "speaker")


def page_hint(path: str, read: list[str], refusal: Exception) -> str:
    """The hint for the refused path, or '' when it does not look like a page: a file read as a report
    before it is named alike but for a smaller number (≤ 999: no year), and path has neither a header line
    (meeting, title, date, speaker) nor a report's opening near its top, so it continues another text. Only a
    refusal of kind NotAReport (no report words, no place or year in the header) is a page's: matched by kind,
    not by words, so rewording a refusal in read/ cannot drop the hint."""
    if not isinstance(refusal, NotAReport):
        return ""
    first = next((p for p in reversed(read) if _earlier_page(p, path)), None)
    if first is None or not _continuation(path):
        return ""
    return (f"it looks like a later page of the report in {os.path.basename(first)} (named alike, with no "
            f"title, meeting or date line of its own): join the pages in order into one file first, "
            f"cat {_pages(path)} > report.txt, and build that")


def _pages(path: str) -> str:
    """The files named like path in its folder, in page order (p2 before p10), for the cat line."""
    folder = os.path.dirname(path)
    try:
        names = [os.path.join(folder, n) for n in os.listdir(folder or ".")]
    except OSError:
        names = [path]
    pages = sorted((p for p in names if _same_pattern(p, path)), key=_numbers)
    return " ".join(pages if len(pages) <= 4 else pages[:2] + ["…"] + pages[-1:])


def _numbers(path: str) -> list[int]:
    return [int(n) for n in _NUMBER.findall(os.path.basename(path))]


def _same_pattern(a: str, b: str) -> bool:
    return (os.path.dirname(a) == os.path.dirname(b)
            and _NUMBER.sub("#", os.path.basename(a)) == _NUMBER.sub("#", os.path.basename(b)))


def _earlier_page(before: str, path: str) -> bool:
    """Whether before and path are named alike but for page numbers (below 1000), before's smaller."""
    if not _same_pattern(before, path):
        return False
    a, b = _numbers(before), _numbers(path)
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    return len(differ) == 1 and differ[0][0] < differ[0][1] < 1000


def _continuation(path: str) -> bool:
    """Whether the file's text has no header line and does not open as a report does."""
    from .. import resources
    from ..errors import InputError
    from ..read import source_text
    from ..read.retype import matching_text
    from ..structure.metadata import read_metadata
    try:
        with open(path, "rb") as fh:
            text = source_text(fh.read(), path)[0]
    except (OSError, InputError):
        return False
    shadow = matching_text(text)[0]
    if any(w in shadow[:300] for w in resources.lexicon_data("typing")["report_text"]["opening_words"]):
        return False
    spans = read_metadata(shadow).spans
    return not any(k in spans for k in _HEADER)
