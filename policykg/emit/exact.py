"""A figure the graph can state exactly: refused before it is emitted when its number was rounded by the
extraction's decimal arithmetic or its value is beyond the query engine's xsd:decimal (split from emit/__init__)."""
from __future__ import annotations

import re
from decimal import getcontext

from ..engine_numbers import LIMITS, decimal_fits
from ..errors import InputError
from ..extract import figures
from ..model import Document, Quantity

# a figure as written: Arabic digits (full-width too) with thousands separators and a decimal point, or a
# run of Chinese digits read digit by digit (一二三…)
_FIGURE_DIGITS = re.compile(r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?|[〇零一二三四五六七八九两]{2,}")


def check_exact(q: Quantity, doc: Document) -> None:
    """Refuse (InputError, one line) a figure the graph cannot state exactly and compute with: its number
    has more significant digits than the extraction's decimal arithmetic carries (28: it was rounded), or
    its value, range or base value is beyond the query engine's xsd:decimal."""
    quote = q.span.quote(doc.text)
    shown = f"{doc.path}: the figure {quote[:60]!r}{'…' if len(quote) > 60 else ''}"
    precision = getcontext().prec
    for m in _FIGURE_DIGITS.finditer(quote):
        digits = re.sub(r"[^0-9０-９〇零一二三四五六七八九两]", "", m.group())
        significant = len(digits.lstrip("0０〇零").rstrip("0０〇零"))
        if significant > precision:
            raise InputError(f"{shown} has {significant} significant digits; a figure is carried exactly up "
                             f"to {precision}")
    base = figures.base(q.value, q.unit)[0]
    for v in (q.value, q.from_value, q.upper_value, base):
        if v is not None and not decimal_fits(v):
            raise InputError(f"{shown} is {format(v.normalize(), 'f')[:60]} in the graph, beyond the xsd:decimal "
                             f"SPARQL computes with ({LIMITS})")
