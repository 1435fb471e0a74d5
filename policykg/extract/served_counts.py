"""The words naming people or households counted right of their number (``reading.SentenceReader.named``):
an age bound opening them says who qualifies, no thing of its own, and another number of the clause after them
is a figure of its own (figures47)."""
from __future__ import annotations

import re
from functools import partial

from .qlexicon import qwords

_q = partial(qwords, "served_counts")     # this module's section of quantities.yaml


def people_right(right: str, unit_class: str, cands: list, end: int) -> tuple[str, int, bool]:
    """(the words after a count of people or households that name them, how many characters of RIGHT stand before
    those words, whether a later number was cut off): an age bound opening them is left out (为N名80岁以上老年人 →
    老年人, as the dev golds 高龄补贴受益老年人数 and 托育服务受益婴幼儿人数 write them), and they stop before the
    chunk's next main candidate (CANDS; RIGHT starts at END: 为N名劳动者追回工资M亿元 → 劳动者追回工资). Any other
    count: RIGHT as it is."""
    if unit_class not in _q("classes"):
        return right, 0, False
    later = next((c.start - end for c in cands if c.start >= end and c.role == "main"), None)
    cut = later is not None
    right = right[:later] if cut else right
    m = re.match(_q("age_bound"), right)
    return (right[m.end():], m.end(), cut) if m else (right, 0, cut)
