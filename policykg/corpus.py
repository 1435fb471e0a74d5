"""Links across reports: promise vs result (pkg:assessedBy)."""
from __future__ import annotations


def link_reports(reports) -> None:
    """Link each year-N target to the outcome for the same indicator and year in a later report."""
    from .assess import assess
    assess(reports)
