"""The leave-rule-out audit of the figure-name rules (scripts/name_rule_audit.py) for the tests: a rule by its id,
and the name a figure is read with that rule turned off and once the audit left it."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import name_rule_audit as audit  # noqa: E402
import names_strict  # noqa: E402

__all__ = ["audit", "audit_rule", "family_only", "names_strict", "without_rule"]


def audit_rule(rule_id: str) -> tuple:
    """The audit's rule of that id (a StopIteration names a rule the audit does not know)."""
    return next(r for r in audit.RULES if r[0] == rule_id)


def without_rule(rule_id: str, read: Callable[[], str]) -> tuple[str, str]:
    """(read() with the rule turned off, read() once the audit put it back): read builds the figures of a text
    and gives the name asked for (quantity_helpers.name_of, probe_figure)."""
    with audit.Patch(audit_rule(rule_id)):
        off = read()
    return off, read()


def family_only(rule_id: str) -> bool:
    """Whether the held-out names measure (scripts/names_strict.py) counts the rule as written from one family's
    golds only (it turns it off on that family)."""
    return audit_rule(rule_id) in {r for rules in names_strict.family_only().values() for r in rules}
