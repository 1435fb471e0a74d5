"""The start of works (开工) written with another act on the same things (names71, docs/checks/indicator-names71.md).

开工建设 names the start, as 开工 alone does (the guideline: 开工重点项目N个 → 重点项目开工数量): 开工建设N个X → X开工数量,
新开工建设N个X → 新开工X数量 (shanghai, anhui 2026). The words are data (``name_flows.start_works`` in
data/lexicons/quantities.yaml)."""
from __future__ import annotations


from .qlexicon import qwords


def started_acts(action: list[str], written: str) -> list[str]:
    """ACTION with a building act that a start act opens, as one word or side by side in ``written`` (the text
    before the number), read as the start alone: [开工建设] → [开工], [新开工, 建设] → [新开工]."""
    works = qwords("name_flows", "start_works")
    if action and action[-1] in works:
        return action[:-1] + [works[action[-1]]]
    if len(action) >= 2 and (pair := action[-2] + action[-1]) in works and pair in written:
        return action[:-2] + [works[pair]]
    return action

