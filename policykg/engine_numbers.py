"""The numbers oxigraph (`query`, `serve`) computes with: xsd:integer is a 64-bit integer, xsd:decimal a
128-bit count of 10^-18. Beyond them a comparison or sum has no value (FILTER drops the row, cq-10 finds no
verdict) and no error is raised, so policykg refuses such a value where it enters: a figure of a report
(emit) or a --param of query."""
from __future__ import annotations

from decimal import Decimal

DECIMAL_MAX = Decimal("170141183460469231731.687303715884105727")
DECIMAL_PLACES = 18
INTEGER_RANGE = (-(1 << 63), (1 << 63) - 1)
LIMITS = "xsd:decimal below 1.7E+20 with at most 18 decimal places, xsd:integer within ±9.2E+18"


def decimal_fits(v: Decimal) -> bool:
    """Whether oxigraph's xsd:decimal holds v exactly."""
    return abs(v) <= DECIMAL_MAX and v.normalize().as_tuple().exponent >= -DECIMAL_PLACES


def integer_fits(v: int) -> bool:
    return INTEGER_RANGE[0] <= v <= INTEGER_RANGE[1]
