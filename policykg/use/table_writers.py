"""The writers of `policykg table`: the rows as CSV, JSON or Parquet bytes (docs/contract.md), the same
rows always the same bytes."""
from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from ..errors import InputError
from ..sheetcells import guarded_row
from .table_cells import BOOLEAN, DECIMAL, INTEGER, json_number, keeps_as_float


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Decimal):
        return format(v, "f")
    return str(v)


def to_csv(columns: list[str], data: list[dict]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in data:
        w.writerow(guarded_row(_text(r[c]) for c in columns))
    return buf.getvalue().encode("utf-8")


def to_json(columns: list[str], data: list[dict]) -> bytes:
    """A JSON array of records (numbers as JSON numbers, each with its exact decimal), as pandas.read_json
    and jsonlite read it; laid out as json.dumps(indent=1) lays it out."""
    def plain(v):
        return json_number(v) if isinstance(v, Decimal) else json.dumps(v, ensure_ascii=False)
    records = [" {\n" + ",\n".join(f"  {json.dumps(c)}: {plain(r[c])}" for c in columns) + "\n }" for r in data]
    return ("[\n" + ",\n".join(records) + "\n]\n" if records else "[]\n").encode("utf-8")


def to_parquet(columns: list[str], data: list[dict]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def kind(c):
        return pa.int64() if c in INTEGER else pa.float64() if c in DECIMAL else \
            pa.bool_() if c in BOOLEAN else pa.string()
    for r in data:  # parquet's number columns are float64: a value no float carries is refused, not rounded
        for c in DECIMAL.intersection(columns):  # an xsd:integer value is an int here (pyarrow's error was exit 3)
            if r[c] is not None and not keeps_as_float(v := Decimal(r[c])):
                raise InputError(f"{r.get('iri') or 'a figure'}: its {c} {format(v, 'f')[:60]} is no float64 "
                                 f"exactly (parquet's number column); use --format csv or json, which keep it")
    arrays = [pa.array([float(r[c]) if c in DECIMAL and r[c] is not None else r[c] for r in data], type=kind(c))
              for c in columns]
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_arrays(arrays, names=columns), buf)
    return buf.getvalue()


WRITERS = {"csv": to_csv, "json": to_json, "parquet": to_parquet}
