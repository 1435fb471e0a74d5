"""A measure only a zone has (亩均税收, 主导产业集中度), named bare, is the zone's its sentence names before it (names84;
docs/checks/names-strict-names84.md): 实施新一轮园区土地利用专项清理行动，…，亩均税收增长10%左右 → 园区亩均税收 (hunan 2026);
园区新增规模以上工业企业600户左右，主导产业集中度提升至55%以上 → 园区主导产业集中度 (yunnan 2026). The words are data
(``name_zone_measures`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .qlexicon import qwords


def _w(key: str) -> str:
    return qwords("name_zone_measures", key)


def own_zone_measures(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a figure named by a zone's measure alone (``measures``) takes the last generic zone word (``zones``) of
    its sentence before its quote."""
    for q in starting_in(sspan, out):
        if not re.fullmatch(_w("measures"), q.name_base):
            continue
        zones = re.findall(_w("zones"), text[sspan.start:q.span.start])
        if zones:
            rename(q, zones[-1] + q.name_base)
