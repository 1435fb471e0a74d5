"""The option types of the benchmark drivers (run.py, questions.py, impact.py)."""
from __future__ import annotations

import argparse


def at_least(low: int):
    """An argparse type: a whole number ≥ low (--repeats 0 ran the reference build, then ended in a
    traceback; --jobs 0 or --scale -5 ran builds that could only fail)."""
    def whole(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"{text} is below {low}")
        return value
    return whole
