"""The cells of `policykg table`: RDF terms as Python values, and each row held to its columns' types.

A graph given to `table` may be anyone's: an ill-typed literal ("abc"^^xsd:integer, "NaN"^^xsd:decimal),
a number too large for Parquet's int64, or a string where a year belongs ended the command in
'internal error' (int(), pyarrow) or wrote NaN, which is no JSON. Every column has one type (an integer,
a finite number, a boolean or a string); a value that does not fit is an InputError naming the figure.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal

from ..errors import InputError
from .walks import finish_order

INTEGER = {"year", "start_year", "end_year", "start", "end", "result_start", "result_end", "result_start_year",
           "result_end_year"}
DECIMAL = {"value", "upper_value", "base_value", "from_value", "result_value", "result_upper_value"}
BOOLEAN = {"aspirational"}
_INT64 = 1 << 63
# the XSD lexical forms (Python's int() and Decimal() also take '1_000', ' 12', Arabic-Indic digits, 'NaN')
_XSD_INTEGER = re.compile(r"[+-]?[0-9]+")
_XSD_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_XSD_DOUBLE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


class Lang(str):
    """A language-tagged string (keeps its tag for label selection)."""
    lang: str | None = None


def value(term):
    """A pyoxigraph term as a plain Python value: IRIs and strings as str, xsd:integer as int, xsd:decimal
    (and xsd:double) as Decimal, xsd:boolean as bool; an ill-typed literal stays its lexical form (a str)."""
    if term is None:
        return None
    if getattr(term, "language", None):
        s = Lang(term.value)
        s.lang = term.language
        return s
    dt, text = getattr(getattr(term, "datatype", None), "value", ""), term.value
    if dt.endswith("#integer") and _XSD_INTEGER.fullmatch(text):
        # past 4,300 digits int() refuses (an internal error); Decimal reads any length, exactly
        return int(text) if len(text) <= 4000 else Decimal(text)
    if dt.endswith("#decimal") and _XSD_DECIMAL.fullmatch(text):
        return Decimal(text)
    if dt.endswith(("#double", "#float")) and _XSD_DOUBLE.fullmatch(text):  # INF and NaN are no figures
        return Decimal(text)
    if dt.endswith("#boolean") and text in ("true", "false", "1", "0"):
        return text in ("true", "1")
    return text


def typed(row: dict, columns: list[str]) -> dict:
    """ROW with only COLUMNS, each value of its column's type (None stays None); InputError otherwise."""
    return {c: _cell(c, row.get(c), row) for c in columns}


def _cell(column: str, v, row: dict):
    if v is None:
        return None
    if column in INTEGER:
        ok = isinstance(v, int) and not isinstance(v, bool) and -_INT64 <= v < _INT64
        return v if ok else _refuse(column, v, row, "a whole number")
    if column in DECIMAL:
        # an exact decimal above a float's range is still a finite number (it was refused as 'not finite')
        ok = isinstance(v, (int, Decimal)) and not isinstance(v, bool) and (not isinstance(v, Decimal) or v.is_finite())
        return v if ok else _refuse(column, v, row, "a finite number")
    if column in BOOLEAN:
        return v if isinstance(v, bool) else _refuse(column, v, row, "true or false")
    return str(v)


def only(props: dict, pred: str, iri, column: str):
    """The one value of a single-valued property (sh:maxCount 1 in the shapes), None when absent. Two
    different values (a union of two builds that disagree, a graph edited by hand) are an InputError: the
    least was shown silently, and `assessments` gave a row for each."""
    vals = props.get(pred, [])
    distinct = {(isinstance(v, str), str(v) if isinstance(v, str) else v): v for v in vals}
    if len(distinct) > 1:
        shown = ", ".join(sorted(repr(str(v))[:40] for v in distinct.values()))
        raise InputError(f"{iri or 'a figure'}: its {column} has {len(distinct)} values ({shown}); a figure has one "
                         f"(the shapes' sh:maxCount 1), so the table has no one cell for it")
    return vals[0] if vals else None


def keeps_as_float(v: Decimal) -> bool:
    """Whether the float nearest to v reads back as v (5.5, 1E+45), so that a JSON or parquet float carries
    v's decimal exactly; 123456789012345678901234567.8 does not (1.2345678901234568e+26)."""
    f = float(v)
    return math.isfinite(f) and Decimal(repr(f)) == v


def json_number(v: Decimal) -> str:
    """v as a JSON number: the float's shortest form where it reads back as v (as json.dumps wrote every
    value), else v's exact decimal digits (JSON numbers have no precision limit; the float lost them)."""
    return repr(float(v)) if keeps_as_float(v) else format(v, "f")


def _refuse(column: str, v, row: dict, kind: str):
    raise InputError(f"{row.get('iri') or 'a figure'}: its {column} is {str(v)[:80]!r}, not {kind}; the graph "
                     f"holds a value the {column} column cannot carry")


def least_reachable(parents: dict[str, list], names: dict[str, list]) -> dict:
    """node → the least (as a string) of the NAMES of the nodes reachable from it through PARENTS in one or
    more steps: a place's province, in linear time (one depth-first walk, each node finished once; a node
    met again while on the walk, a cycle, adds nothing more)."""
    own = {n: min(vs, key=str) for n, vs in names.items() if vs}
    best: dict = {}
    for node in finish_order(sorted(parents), lambda n: sorted(parents.get(n, ()), key=str)):
        ups = parents.get(node, ())
        found = [own[p] for p in ups if p in own] + [best[p] for p in ups if best.get(p) is not None]
        best[node] = min(found, key=str) if found else None
    return {n: v for n, v in best.items() if v is not None}
