"""A verb peeled off a left-read name whose object then closes with 的 opens a relative clause: it stays in the name
(names84; docs/checks/names-strict-names84.md). 全省参加职业伤害保障的新业态劳动者超N万人 → 参加职业伤害保障的新业态劳动者
(guangdong 2026); 达到服务能力标准的乡镇卫生院、社区卫生服务中心占比提高到N% → 达到服务能力标准的…占比 (qinghai 2026), as
the dev golds write every such clause. The words are data (``name_relative`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re

from .qlexicon import pos_of, qwords


def _w(key: str) -> str:
    return qwords("name_relative", key)


def relative_verb(name: str, info: dict, left: str) -> str:
    """``name`` with the one peeled verb of ``info["action"]`` back before it when that verb stands right before it in
    ``left`` and governs a clause closing with 的 before the thing (``clause``); the verb is then no act of the
    figure's and leaves ``info["action"]``. Not when the name opens with a verb of its own (新增取得X的Y: 取得
    governs the clause, 新增 is the figure's act). Otherwise ``name`` unchanged."""
    if len(info["action"]) != 1 or not re.match(_w("clause"), name) or pos_of(name)[0][1] in _w("own_verb_tags"):
        return name
    verb = info["action"][-1]
    if not left.endswith(verb + name):
        return name
    info["action"].pop()
    return verb + name
