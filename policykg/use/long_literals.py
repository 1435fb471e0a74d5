"""Refuse a Turtle, TriG or N3 literal that rdflib's reader would take minutes over.

rdflib's reader builds a literal piece by piece, one piece per line break, quote or escape, in time
growing with their square (128K in one literal: 1.8 s; 512K: 53 s). Only a file that holds more such
characters than the limit in all is read again, by pyoxigraph (linear), to find its longest literal.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError

LIMIT = 65536  # rdflib reads a literal of this many in about 0.3 s
_SOURCE_MARKS = (b"\n", b"\r", b"\\", b'"', b"'")
_VALUE_MARKS = "\n\r\\\"'\t\b\f"


def check_long_literals(path: str, fmt: str) -> None:
    """InputError (one line) when one literal holds more than LIMIT line breaks, quotes or escapes."""
    if fmt not in ("turtle", "trig", "n3"):
        return
    with open(path, "rb") as fh:
        data = fh.read()
    if sum(data.count(m) for m in _SOURCE_MARKS) <= LIMIT:
        return
    most = _most_marks(data.removeprefix(b"\xef\xbb\xbf"), fmt, Path(path).absolute().as_uri())
    if most > LIMIT:
        raise InputError(f"{path}: not read: a literal holds {most} line breaks, quotes or escapes, more than "
                         f"{LIMIT} (the Turtle reader's time grows with their square); split the text")


def _most_marks(data: bytes, fmt: str, base: str) -> int:
    """The most line breaks, quotes and escaped characters in one literal; 0 when pyoxigraph cannot read
    the file (rdflib then reads it and names what is wrong)."""
    import pyoxigraph as ox

    form = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "n3": ox.RdfFormat.N3}[fmt]
    most = 0
    try:
        for quad in ox.parse(input=data, format=form, base_iri=base):
            obj = quad.object
            if isinstance(obj, ox.Literal):
                most = max(most, sum(obj.value.count(c) for c in _VALUE_MARKS))
    except Exception:  # noqa: BLE001 — a syntax error or a term pyoxigraph lacks: rdflib decides
        return 0
    return most
