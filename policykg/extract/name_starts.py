"""The start of works (开工) written with another act on the same things (names71, docs/checks/indicator-names71.md).

开工建设 names the start, as 开工 alone does (the guideline: 开工重点项目N个 → 重点项目开工数量): 开工建设N个X → X开工数量,
新开工建设N个X → 新开工X数量 (shanghai, anhui 2026). 新开工 right before a treating act counts the things whose treatment
starts: 新开工改造N个X → X改造新开工数量 (guangdong 2026's gold; sichuan 2026); plain 开工改造 keeps X改造数量 (shandong
2026's gold). The words are data (``name_flows.start_works``, ``new_start`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re

from .qlexicon import qwords, treating_acts


def started_acts(action: list[str], written: str) -> list[str]:
    """ACTION with a building act that a start act opens, as one word or side by side in ``written`` (the text
    before the number), read as the start alone: [开工建设] → [开工], [新开工, 建设] → [新开工]."""
    works = qwords("name_flows", "start_works")
    if action and action[-1] in works:
        return action[:-1] + [works[action[-1]]]
    if len(action) >= 2 and (pair := action[-2] + action[-1]) in works and pair in written:
        return action[:-2] + [works[pair]]
    return action


def started_treatment(name: str, action: list[str], written: str, heads: str) -> str | None:
    """X改造新开工数量 for the count X改造数量 of things treated after 新开工, written side by side (新开工改造N个X);
    None when the acts are not so written, the name has no measure word (``heads``) after its thing or already
    holds 新开工."""
    if len(action) < 2 or not re.fullmatch(qwords("name_flows", "new_start"), action[-2]) \
            or action[-2] + action[-1] not in written or not re.fullmatch(treating_acts(), action[-1]):
        return None
    head = re.search(heads, name)
    if head is None or head.start() < 2 or action[-2] in name:
        return None
    return name[:head.start()] + action[-2] + head.group()
