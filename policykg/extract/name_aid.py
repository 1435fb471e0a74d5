"""People or households counted as those an act of aid reached (帮扶N名X就业创业, 救助X N名; names96, issue 13):
the act stays before them, as the dev golds write it (帮扶残疾人就业创业人数; 康复救助残疾儿童人数), not the whole
stock of X. The words are data (``name_aid`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re

from .qlexicon import qwords


def _w(key: str):
    return qwords("name_aid", key)


def aid_act(indicator: str, acts: list[str], written: str, unit_class: str, measure: str) -> str:
    """Rule: a count of people or households whose aid act (``acts``) closes the words right before its number
    (``written``: 帮扶3000余名X) or is the last act read before them (救助X N名) names that act before them:
    帮扶X人数. Unchanged when an aid act is in the name already (康复救助残疾儿童, 以工代赈吸纳就业)."""
    if measure != "count" or unit_class not in _w("classes") or re.search(_w("acts"), indicator):
        return indicator
    m = re.search(_w("before_number").replace("{acts}", _w("acts")), written.rstrip())
    act = m.group(1) if m else next((a for a in acts[-1:] if re.fullmatch(_w("acts"), a)), None)
    return act + indicator if act else indicator
