"""Helpers for the query tests: where the questions and fixtures are, injection strings, row matching."""
from __future__ import annotations

import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

from policykg.use import query as Q

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CQS = sorted((ROOT / "policykg" / "queries").glob("cq-*.rq"))
POLICYKG = Path(sys.executable).parent / "policykg"

INJECTIONS = ['x" } ; DROP ALL ; #', '"> } DELETE WHERE {?s ?p ?o} #']


def same(term, expected) -> bool:
    """A term equals what a test expects: numbers by value (stores respell decimals), the rest by text."""
    if term is None:
        return False
    if isinstance(expected, (int, float, Decimal)) and not isinstance(expected, bool):
        try:
            return Decimal(str(term)) == Decimal(str(expected))
        except InvalidOperation:
            return False
    return str(term) == str(expected)


def dicts(rows: Q.Rows) -> list[dict]:
    return [dict(zip(rows.vars, r)) for r in rows.rows]


def contains(rows: Q.Rows, want: dict) -> bool:
    return any(all(same(d.get(k), v) for k, v in want.items()) for d in dicts(rows))
