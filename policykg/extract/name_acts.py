"""The act done on the counted things, written before them, moved after them (issue #13).

A name read from the words left of a number that still opens with the act (淘汰老旧车辆58万辆,
保护提升历史文化街区13个) is a verb phrase, not a name. The guideline's treating-verb rule puts the act
after the thing, before the measure: 老旧车辆淘汰数量, 历史文化街区保护提升数量."""
from __future__ import annotations

import re

from .qlexicon import pos_of, qwords
from .tagger import freq


def fronted_act(name: str, action: list[str], unit_class: str, measure: str) -> str:
    """Rule: a count, area or length named by a verb phrase — a treating verb (``measured_acts``) or two
    dictionary verbs side by side (a compound predicate) before a nominal object of 3+ characters —
    names the object with the act after it: X + act + measure. Not when the things are built new as
    well (新建和改善提升X: ``measured_act_not``), the same exception as ``phrases.measured_act``."""
    if measure not in ("count", "level") or unit_class not in qwords("phrases", "class_suffix"):
        return name
    head = re.search(qwords("phrases", "measured_act_heads"), name)
    body = name[:head.start()] if head else name
    if not head and name.endswith(qwords("phrases", "suffix_done")):
        return name        # 相关报道总点击量: a measure of its own, no count of things acted on
    act = _opening_act(body)
    not_ = qwords("phrases", "measured_act_not")
    if not act or any(re.search(not_, a) for a in action):
        return name
    return body[len(act):] + act + (head.group() if head else "")


def _opening_act(body: str) -> str:
    """The act opening ``body`` when a nominal object of 3+ characters follows it, or ''."""
    toks = pos_of(body)
    if len(toks) < 2 or toks[0][1] != "v" or len(toks[0][0]) < 2:
        return ""
    first = toks[0][0]
    if re.fullmatch(qwords("phrases", "measured_acts"), first):
        act, rest = first, toks[1:]
    elif len(toks) >= 3 and toks[1][1] == "v" and len(toks[1][0]) >= 2 and _dictionary_verbs(first, toks[1][0]):
        act, rest = first + toks[1][0], toks[2:]
    else:
        return ""
    obj = body[len(act):]
    if len(obj) < 3 or rest[0][1] not in qwords("phrases", "fronted_object_tags"):
        return ""
    return act


def _dictionary_verbs(*words: str) -> bool:
    """Each word is a verb of the tagger's dictionary, frequent enough to be no mis-cut of a name."""
    least = qwords("phrases", "fronted_pair_min_freq")
    return all((freq(w) or 0) >= least for w in words)
