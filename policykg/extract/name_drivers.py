"""What drives or benefits, read from the clause before a figure (names95; issue 13). A clause naming the driver of
what a figure drives (带动/拉动) or the source of what it brings (惠及) often opens with more verbs than peel_left
knows and closes on a predicate of how the thing goes: 加力扩围以旧换新，带动消费… → 以旧换新带动消费 (fujian);
推进以旧换新扩围提质，落实资金…，带动商品销售… → 以旧换新带动商品销售额 (shandong); A、B等特色劳务品牌培育壮大，带动就业…
→ 特色劳务品牌带动就业人次 (qinghai). The guideline keeps the driver and the verb (names69)."""
from __future__ import annotations

import re

from .qlexicon import lexicon, pos_of, qwords


def _w(key: str):
    return qwords("name_drivers", key)


def clause_thing(phrase: str) -> str:
    """``phrase`` less its opening verbs and its closing predicate, the group a list before 等 names standing for the
    list (加力扩围以旧换新 → 以旧换新; 以旧换新扩围提质 → 以旧换新; A、B等特色劳务品牌培育壮大 → 特色劳务品牌)."""
    head, mark, group = phrase.rpartition(_w("group_mark"))
    if mark and head and group:
        if pos_of(head)[0][1] not in _w("subject_list_tags"):
            return ""   # 配置A、B等设备: a list the clause acts on, not the subject that drives
        phrase = group
    words = list(pos_of(phrase))
    while len(words) > 1 and words[0][1] in _w("opening_tags"):
        words.pop(0)
    end = len(words)
    while end > 1 and words[end - 1][1] in _w("predicate_tags"):
        end -= 1
    while len(words) > end > 1 and words[end - 1][1] in _w("predicate_nouns"):
        end -= 1        # 培育壮大: a verbal noun inside the predicate, not a noun closing the thing (促消费活动)
    return "".join(word for word, _ in words[:end])


def last_tag(name: str) -> str:
    """The tag of the last word of ``name`` that is not a mark (“票根经济” → n)."""
    tags = [tag for _, tag in pos_of(name) if tag not in _w("mark_tags")]
    return tags[-1] if tags else ""


def driver_of(name: str, verbs: list[str]) -> str:
    """What drives in a driven figure's name (以旧换新带动消费 → 以旧换新): those it reaches are the driver's too."""
    at = min((name.find(v) for v in verbs if name.find(v) > 1), default=-1)
    return name[:at] if at > 1 else name


def driven_object(label: str, verb: str, name: str) -> bool:
    """Whether the figure's name is written as the object right after the driving verb (带动商品销售N亿元,
    X带动在线旅游收入增长N倍), whatever it drives."""
    return bool(verb and name) and verb + name in label


def thing_tags() -> tuple:
    """Tags a driver's thing may close on besides the nouns of ``owners.benefactor_tags``."""
    return tuple(_w("thing_tags"))


def names_no_driver(name: str) -> bool:
    """Whether ``name`` is money or a count that names no thing (落实资金, 投资): the clause before it names the driver."""
    return bool(re.fullmatch(lexicon("name_lint")["bare_names"], name))
