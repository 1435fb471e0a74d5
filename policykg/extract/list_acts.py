"""The flow or new-making act of a list's first member, shared by the later members that name their things
after their numbers and write no words of their own before them (names47, docs/checks/indicator-lists-names47.md).

新增2个X、19个Y: the guideline gives Y the act before X as a member with no verb of its own (新增Y数量), as it does
for things named before their numbers (新培育X N家、Y N家 → 新培育Y数量). The first member's act is read from the
words right before its number (``added_things``); a later member's chunk starts at its own number, so it is read
from the list's first member here."""
from __future__ import annotations

import re

from .name_flows import defining_act
from .qlexicon import alternation_of, pos_of, qwords


def _lead_act(first: str) -> str | None:
    """The flow word (新增) or new-making act (新建, 新培育 …; 新建设 read as 新建) right before the first member's number."""
    forms = qwords("name_flows", "new_act_forms")
    acts = alternation_of(forms) + "|" + qwords("name_flows", "flow_before") + "|" + qwords("name_flows", "new_acts")
    m = re.search("(" + acts + ")" + qwords("lists", "number_start"), first)
    return forms.get(m.group(1), m.group(1)) if m else None


def listed_flow(indicator: str, lead: str, list_before: str, unit_class: str, measure: str) -> str:
    """Rule: a count named after its number (``lead``: its chunk's words before the number, none of its own) in a
    list (``list_before``: the members before it) whose first member's number follows 新增 or 新+act counts the
    things so added or made: 新增X数量, 新建X数量. Unchanged otherwise."""
    if lead.strip() or not list_before or measure not in ("count", "change"):
        return indicator
    act = _lead_act(list_before.split(qwords("lists", "separator"))[0])
    return defining_act(indicator, [act], unit_class, "count") if act else indicator


def shared_words(own: str, first: str) -> str:
    """Rule (names100): a member with no act of its own shares the acts of the member before it, read in the words
    that member writes them in (FIRST), not in its own (OWN): 新培育认定A 9个、B 3个 → 新培育认定B数量, as A's;
    新开工改造A N个、B N户 → B改造新开工户数. The member's own words still tell its own new act (names86)."""
    return first or own


def opening_new_act(phrase: str) -> str:
    """The 新+verb opening a member's PHRASE by the tagger (names101): 新 then a verb (新入选国家5G工厂 → 新入选) or a
    verb-object word, a verb character and a noun character (新入库规模以上工业企业 → 新入库); "" otherwise (新材料,
    新能源 and 新型 are one word or no verb; 新动能's 能 is no object)."""
    words = pos_of(phrase)
    if len(words) < 3 or words[0][0] != qwords("name_flows", "new_mark") or words[0][1] not in ("a", "d"):
        return ""
    word, tag = words[1]
    verb_object = len(word) == 2 and pos_of(word[0])[0][1] == "v" and pos_of(word[1])[0][1] == "n"
    return words[0][0] + word if tag == "v" or verb_object else ""


def shared_new_act(indicator: str, new_act: str, measure: str, unit_class: str) -> str:
    """Rule (names101): a list member with no act of its own counts the things made by the 新+verb that opens the first
    member (NEW_ACT, ``opening_new_act``), as it shares an act read as one (新建A N家、B M家 → 新建B数量, names100):
    新入库A 400家、B 300家 → 新入库B数量 (guizhou 2026's gold), 新入选A 29家、B 10家 → 新入选B数量 (sichuan 2026). A count
    of things only; an area or a length of things built drops 新+verb (``defining_act``)."""
    if not new_act or measure != "count" or unit_class in ("area", "length") or indicator.startswith(new_act):
        return indicator
    return new_act + indicator


def respective_acts(lead: str, subject: str, n: int) -> list[str] | None:
    """Rule (names121): acts that stand before their things (新+verb, 新增, 续建/在建), joined by 和 or 、 before the one
    thing a respective list's values share (新开工和续建X分别为N个、M个; LEAD: the sentence up to its first
    value), each count what their act defines: 新开工X, 续建X. None when the subject is not so written."""
    acts = "|".join(qwords("name_flows", key) for key in ("new_acts", "flow_before", "ongoing_acts"))
    m = re.search(f"(?P<acts>(?:{acts})(?:{qwords('lists', 'act_joiners')}(?:{acts}))+){re.escape(subject)}", lead)
    found = re.findall(acts, m["acts"]) if m else []
    return [act + subject for act in found] if len(found) == n else None
