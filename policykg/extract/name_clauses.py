"""A clause done before the figure's own thing is no part of its name (issue #13, names67): a name read left
of its number that opens with a verb and the quoted title it acts on, then a list mark (中心城区累计建成
“40桥24隧”、城市道路突破7000公里; 连续部署推进“十大重点民生实事”、近五年累计投入资金2562亿元) names the thing
after the mark, with the clause's own subject when one opens it (中心城区城市道路; 投入资金). The marks are data
(``name_clauses`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

from .qlexicon import pos_of, qwords

_MIN = 2


def _w(key: str):
    return qwords("name_clauses", key)


def without_done_clause(name: str, source: str) -> str:
    """Rule: a left-read name P“T”、Q whose P ends in a verb is Q, after the nouns opening P (the subject
    both clauses share); unchanged when Q is short, opens a quote of its own (“独角兽”、“瞪羚”企业) or P
    holds no verb right before the title."""
    at = name.rfind(_w("title_then_list"))
    if source != "left" or at < 0:
        return name
    rest = name[at + len(_w("title_then_list")):]
    opens = name.rfind(_w("open_quote"), 0, at)
    if len(rest) < _MIN or rest.startswith(_w("open_quote")) or opens < 0:
        return name
    words = pos_of(name[:opens]) if opens else ()
    if not words or words[-1][1] not in _w("verb_tags"):
        return name
    subject = ""
    for word, tag in words:
        if not tag.startswith(_w("noun_tag")):
            break
        subject += word
    return subject + rest
