"""The one reading of a number on the command line (policykg's options, the scripts' argparse types):
ASCII digits only, as a user types them. Python's int() and float() also took `1_0` (10), Arabic-Indic or
full-width digits (`١٠`, `１０`) and surrounding blanks, so a typo or a pasted value ran as a number nobody
wrote; a timeout of `1e-320` (a denormal) was accepted and waited no time at all."""
from __future__ import annotations

import math
import re

import click

from .options import YEARS

_WHOLE = re.compile(r"[+-]?[0-9]+")
# digits with an optional fraction and exponent; nan and inf are read so that they are named as such
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?(?:nan|inf|infinity)", re.I)

MAX_DIGITS = 100    # far above any count, port or year; Python reads at most 4300
MAX_SECONDS = 365 * 24 * 3600
MIN_SECONDS = 0.001   # a shorter wait is no wait: sockets and locks round it to 0 or fail at once


def whole_number(text) -> int:
    """text as an int when it is ASCII digits (a sign allowed), else ValueError naming it."""
    if isinstance(text, int) and not isinstance(text, bool):
        return text
    if not isinstance(text, str) or not _WHOLE.fullmatch(text):
        raise ValueError(f"{str(text)!r} is not a whole number in the digits 0-9")
    sign, digits = text[:len(text) - len(text.lstrip("+-"))], text.lstrip("+-").lstrip("0") or "0"
    if len(digits) > MAX_DIGITS:    # int() refused it in words for programmers (sys.set_int_max_str_digits)
        raise ValueError(f"a whole number of {len(digits)} digits is above any an option takes")
    return int(sign + digits)


def decimal_number(text) -> float:
    """text as a float when it is an ASCII decimal (sign, fraction, exponent allowed), else ValueError."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return float(text)
    if not isinstance(text, str) or not _DECIMAL.fullmatch(text):
        raise ValueError(f"{str(text)!r} is not a number in the digits 0-9")
    return float(text)


class WholeRange(click.IntRange):
    """click's IntRange read by whole_number (its range check and message as before)."""

    def convert(self, value, param, ctx):
        try:
            number = whole_number(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)
        return super().convert(number, param, ctx)


class Seconds(click.ParamType):
    """A finite number of seconds: 0 (no limit) or MIN_SECONDS to MAX_SECONDS; with positive=True, not 0."""
    name = "seconds"

    def __init__(self, positive: bool = False):
        self.positive = positive

    def convert(self, value, param, ctx):
        try:
            number = decimal_number(value)
        except ValueError:
            self.fail(f"{str(value)!r} is not a number of seconds (digits 0-9, e.g. 2.5)", param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number of seconds", param, ctx)
        if number < 0 or (self.positive and number == 0):
            self.fail(f"{value!r} must be {'above' if self.positive else 'at least'} 0", param, ctx)
        if 0 < number < MIN_SECONDS:
            self.fail(f"{value!r} is below the shortest timeout, {MIN_SECONDS} s"
                      + ("" if self.positive else "; 0 means no limit"), param, ctx)
        if number > MAX_SECONDS:  # socket, lock and timer waits overflow near 1e10 s
            self.fail(f"{value!r} is above the longest timeout, {MAX_SECONDS} s (a year)"
                      + ("" if self.positive else "; 0 means no limit"), param, ctx)
        return number


def at_least(low: int, high: int | None = None) -> WholeRange:
    """A whole-number option from low (to high)."""
    return WholeRange(low, high)


PORT = WholeRange(0, 65535)
YEAR = WholeRange(*YEARS)
