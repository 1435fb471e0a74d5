"""A per-unit base written right before a figure's number (X超每千人N批次, X低于每立方米N微克; names61): the base is
the unit's, not the thing's. A base of people makes the figure a rate, named with it before the thing (每千人X); a
base of a physical unit is the unit's denominator and leaves the name. Either way the comparing word before it is
read as the figure's comparator, not kept in the name. The words are data (``name_rates`` in
data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re

from .qlexicon import qwords


def _w(key: str) -> str:
    return qwords("name_rates", key)


def per_base(left: str) -> tuple[str, str]:
    """(``left`` without a per-unit base closing it, the rate's prefix for the name: 每千人, or ''): ``left`` is the
    text of the chunk before the number."""
    m = re.search("(?:" + _w("people") + "|" + _w("units") + ")$", left)
    if m is None:
        return left, ""
    return left[:m.start()], m.group() if re.fullmatch(_w("people"), m.group()) else ""


def rate_name(name: str, prefix: str) -> str:
    """The name of a rate per people: the base before the thing (食品抽检量 → 每千人食品抽检量)."""
    return prefix + name if prefix and name and not name.startswith(prefix) else name
