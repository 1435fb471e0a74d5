"""A query's rows written as they come (csv, json, table), so a reader that goes away (`| head -1`) stops
the query at the first write instead of after its whole answer is taken (10^6 rows: 40–56 s).

The first FIRST_BLOCK rows are held before anything is written: an answer that ends (or fails: --max-rows,
a SERVICE that fails) within them is written (or refused) whole, byte for byte as ``format_rows`` writes it.
Past them the rows are written in batches; a failure then ends the output where it is (a JSON document left
open, so no reader takes it for a whole one) and its line says how many rows were written. A table's column
widths are those of the first block: a longer cell later only pushes its row's later columns right.
Blank nodes are relabelled b0, b1, … in the order they first appear, as in ``stable_blank_nodes``.
"""
from __future__ import annotations

import csv
import io
import json
from itertools import islice

from ..errors import UsageError
from ..sheetcells import guarded_row
from .query_format import Rows, clip_to_width, display_width, format_rows, lexical, table_cell, to_json

FIRST_BLOCK = 1000
_BATCH = 256


def write_rows(rows: Rows, fmt: str, write) -> None:
    """ROWS (its rows a list or an iterator) in FMT through write(text), each batch as it comes."""
    source = iter(rows.rows)
    write = _timed(write, getattr(source, "writing", None))
    try:
        relabel = _relabeller()
        first = [relabel(r) for r in islice(source, FIRST_BLOCK)]
        if rows.kind == "ask" or len(first) < FIRST_BLOCK:
            write(format_rows(Rows(rows.vars, first, rows.kind), fmt))
            return
        writer = _WRITERS[fmt](rows.vars, first)
        write(writer.head())
        written = len(first)
        while True:
            batch, failure = _batch(source, relabel)
            if batch:
                write(writer.body(batch))
                written += len(batch)
            if failure is not None:
                raise UsageError(f"{failure} (the first {written:,} rows were written)") from None
            if not batch:
                break
        write(writer.tail(written))
    finally:
        close = getattr(source, "close", None)
        if close is not None:   # a streamed answer: its thread stops (deadline.stream)
            close()


def _timed(write, writing):
    """write, its time told to a streamed answer (deadline.Fed.writing: not the query's time)."""
    if writing is None:
        return write

    def timed(text: str) -> None:
        with writing():
            write(text)
    return timed


def _batch(source, relabel) -> tuple[list, UsageError | None]:
    batch: list = []
    try:
        for row in islice(source, _BATCH):
            batch.append(relabel(row))
    except UsageError as exc:
        return batch, exc
    return batch, None


def _relabeller():
    from rdflib import BNode
    labels: dict = {}

    def label(t):
        if not isinstance(t, BNode):
            return t
        return labels.setdefault(t, BNode(f"b{len(labels)}"))
    return lambda row: tuple(label(t) for t in row)


class _Csv:
    def __init__(self, names, first):
        self.names, self.first = names, first

    def _lines(self, rows, header=False) -> str:
        from rdflib import BNode
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        if header:
            w.writerow(self.names)
        for row in rows:
            w.writerow(guarded_row(None if t is None else t.n3() if isinstance(t, BNode) else lexical(t) for t in row))
        return buf.getvalue()

    def head(self) -> str:
        return self._lines(self.first, header=True)

    def body(self, rows) -> str:
        return self._lines(rows)

    def tail(self, count: int) -> str:
        return ""


class _Json:
    """SPARQL 1.1 JSON as json.dumps(…, indent=2) writes it, one binding at a time."""

    def __init__(self, names, first):
        self.names, self.first = names, first

    def _bindings(self, rows, first: bool) -> str:
        bindings = to_json(Rows(self.names, rows))["results"]["bindings"]
        parts = []
        for i, b in enumerate(bindings):
            text = json.dumps(b, ensure_ascii=False, indent=2).replace("\n", "\n      ")
            parts.append(("\n      " if first and i == 0 else ",\n      ") + text)
        return "".join(parts)

    def head(self) -> str:
        vars_ = json.dumps({"vars": list(self.names)}, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        return '{\n  "head": ' + vars_ + ',\n  "results": {\n    "bindings": [' + self._bindings(self.first, True)

    def body(self, rows) -> str:
        return self._bindings(rows, False)

    def tail(self, count: int) -> str:
        return "\n    ]\n  }\n}\n"


class _Table:
    def __init__(self, names, first, max_width: int = 48):
        self.names, self.max_width = names, max_width
        self.first = [self._cells(r) for r in first]
        self.widths = [display_width(v) for v in names]
        for row in self.first:
            self.widths = [max(w, display_width(c)) for w, c in zip(self.widths, row)]

    def _cells(self, row):
        return [clip_to_width(table_cell(t), self.max_width) for t in row]

    def _line(self, values) -> str:
        return " | ".join(v + " " * (w - display_width(v)) for v, w in zip(values, self.widths)).rstrip()

    def head(self) -> str:
        out = [self._line(self.names), "-+-".join("-" * w for w in self.widths)]
        out.extend(self._line(r) for r in self.first)
        return "\n".join(out) + "\n"

    def body(self, rows) -> str:
        return "".join(self._line(self._cells(r)) + "\n" for r in rows)

    def tail(self, count: int) -> str:
        return f"({count} row{'s' if count != 1 else ''})\n"


_WRITERS = {"csv": _Csv, "json": _Json, "table": _Table}
