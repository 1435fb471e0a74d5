"""Text cells of the CSV files policykg writes, made safe to open in a spreadsheet and exactly reversible.

A spreadsheet program runs a cell opening with = + - @ (or a tab or carriage return before one) as a
formula: a report named ``=HYPERLINK("http://…","x").txt`` or a label read from text became a live link
or a command in summary.csv. Every such text cell is written with one leading apostrophe, the mark
spreadsheets take as "text, not a formula". A number (-5, +3.5, 1e-05, -inf) is no formula and is
written as it is, so pandas and R read numbers and negative values exactly; so is a lone mark (the
comparator ``=``), which holds nothing to run. A text opening with an
apostrophe gets one more, so ``unguarded`` (drop one leading apostrophe) gives every cell back exactly.
"""
from __future__ import annotations

import re

TRIGGERS = frozenset("=+-@\t\r'")
_NUMBER = re.compile(r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)", re.IGNORECASE)


def guarded(text: str) -> str:
    """TEXT as a CSV cell: with a leading apostrophe when it opens with a formula mark and is more than the
    mark and no number, or opens with an apostrophe."""
    if text[:1] == "'" or (text[:1] in TRIGGERS and len(text) > 1 and not _NUMBER.fullmatch(text)):
        return "'" + text
    return text


def unguarded(cell: str) -> str:
    """The text a cell ``guarded`` wrote (the inverse: one leading apostrophe dropped)."""
    return cell[1:] if cell.startswith("'") else cell


def guarded_row(values) -> list[str]:
    """Each value of a row as its CSV cell (None as an empty cell)."""
    return [guarded("" if v is None else str(v)) for v in values]


class GuardedWriter:
    """A ``csv.writer`` (newline ``\\n``) that writes every row through ``guarded_row``: the scripts' sheets read by
    hand in a spreadsheet."""

    def __init__(self, stream):
        import csv
        self._writer = csv.writer(stream, lineterminator="\n")

    def writerow(self, values) -> None:
        self._writer.writerow(guarded_row(values))
