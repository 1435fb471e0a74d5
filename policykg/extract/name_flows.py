"""The act or flow that defines what a figure counts, kept in its name (issue #13, names27).

The blind dev readers keep 新增 and a 新+verb before the thing (新增科技贷款, 新建5G-A基站数量: without
it the name is the stock, not what is added) and write a defining act after the thing, before the measure
(引进省级首店N家 → 省级首店引进数量), as the guideline's treating verbs. The words are data
(``name_flows`` in data/lexicons/quantities.yaml); the table they come from is
docs/checks/indicator-acts-names27.md. Where the act is read from the words around the number (新增N个X,
X新增N个, a clause closing with 建设 …) is ``name_flow_context``."""
from __future__ import annotations

import re

from .name_acts import without_built_treated
from .name_starts import started_acts, started_treatment
from .qlexicon import alternation_of, pos_of, qwords, treating_acts

_AREAS = ("area", "length")


def _w(key: str) -> str:
    return qwords("name_flows", key)


def defining_act(name: str, action: list[str], unit_class: str, measure: str, written: str = "",
                 own: str | None = None) -> str:
    """The name with the act of ``action`` that defines its count: 新增/净增 before the thing in any
    measure; 新+verb before it in a count or an amount (not an area or length of things built), 续建/在建 in a count; a plain
    defining act (培育, 引进, 开工 …) after it in a count. Unchanged when the act is already in the name,
    when the last act treats the thing (``measured_acts``: the treating rule names it) or builds and treats it
    (新建改造: ``measured_act_not``), when the figure is a growth or a share, or when the name measures a
    yield, a sum or a rate of its own (``not_heads``). A last act that defines nothing after 新增 leaves it the flow.
    ``written``: the words the acts are written in; ``own``: the member's own words when they are another member's
    (a list sharing its first member's acts, names100), else ``written``."""
    if not action or len(name) < 2 or measure in ("growth", "share", "change") or re.search(_w("not_heads"), name):
        return name
    if measure == "count" and action[-1] in _w("law_acts"):
        return law_act(name, action[-1])
    action = started_acts(action, written)      # 开工建设N个X → X开工数量 (names71)
    act = _w("new_act_forms").get(action[-1], _made_act(action[-1]))      # 新建成 as the readers write it: 新建
    if len(action) >= 2 and action[-2] + action[-1] in written and not without_built_treated(action[-2] + action[-1]):
        return name         # 改造新建N座X → X数量: built or treated, counted whole (names93)
    if re.search(treating_acts(), act) or _builds_and_treats(act):
        started = measure == "count" and unit_class not in _AREAS and started_treatment(name, action, written, _w("heads"))
        return started or name      # 新开工改造N个X → X改造新开工数量
    new_pair = new_made_compound(action, written)
    if new_pair and measure == "count" and unit_class not in _AREAS and new_pair not in name:
        return new_pair + name      # 新引进落地X N个 → 新引进落地X数量 (names77)
    pair = compound_act(action, written)
    if pair and measure == "count" and unit_class not in _AREAS and not any(a in name for a in action[-2:]):
        head = re.search(_w("heads"), name)
        if head and head.start() >= 2:
            return name[:head.start()] + pair + head.group()      # 培育认定X N个 → X培育认定数量
    if measure == "count" and re.fullmatch(_w("ongoing_acts"), act):      # 续建N所X → 续建X数量 (names93)
        return name if act in name else act + name
    if re.fullmatch(_w("flow_before"), act) or (re.fullmatch(f"{_w('new_acts')}|{_w('fitted_acts')}", act)
                                                and unit_class not in _AREAS):
        return name if act in name or re.match(_w("flow_before"), name) else act + name
    if act == _w("rebuilt_act") and len(action) >= 2 and re.fullmatch(_w("built_acts"), action[-2]):
        return name         # 新建、改扩建N所X → X数量: built new and treated, counted whole (names126)
    if measure == "count" and re.fullmatch(_w("after_acts"), act) and act not in name and unit_class not in _AREAS \
            and not _own_new_act(name, act, written if own is None else own) \
            and not (re.fullmatch(_w("own_words_acts"), act) and act not in (written if own is None else own)):
        head = re.search(_w("heads"), name)
        body = name[:head.start()] if head and head.start() >= 2 else name
        if re.fullmatch(_w("after_not_acts"), act) and (re.search(qwords("reading", "kept_verb_objects"), body)
                                                        or re.search(_w("built_not_things"), body)):
            return name      # 建设亿元以上项目N个 → 亿元以上项目数量; 布局建设N个X重点县 → X重点县数量
        return body + act + name[len(body):]
    if len(action) >= 2 and re.fullmatch(_w("flow_before"), action[-2]):     # 新增造林N亩, 新增打造N个X (names76)
        return defining_act(name, action[:-1], unit_class, measure, written, own)
    return name


def _own_new_act(name: str, act: str, written: str) -> bool:
    """A list member opening with 新 and a verb of its own (新转化项目N个 after 攻克X N项) when the act was written in
    another member (not in ``written``, the member's own words): its own new act, not the list's (names86)."""
    toks = pos_of(name)
    return bool(written) and act not in written and len(toks) >= 2 and toks[0][0] == _w("new_mark") \
        and toks[1][1] == "v"


def law_act(name: str, act: str) -> str:
    """Rule (names61): laws and rules counted after a legislative act (``law_acts``: 提请…审议, 制定, 修改, 废止, 出台)
    are the laws so made or proposed, the act after them, before the measure (地方性法规提请审议数量, 省政府规章制定修改废止
    数量), as a plain making act; the name of other things (``law_things``) is unchanged."""
    head = re.search(_w("heads"), name)
    if head is None or not re.search(_w("law_things"), name[:head.start()]):
        return name
    return name[:head.start()] + _w("law_acts")[act] + head.group()


def new_made_compound(action: list[str], written: str) -> str:
    """Rule (names99): 新 and two making acts written as one before the things, which ``compound_act`` reads as one
    act without 新 (新培育认定X N个 → 新培育认定X数量, as 新引进落地X: the guideline's names77 line), else ''."""
    new = _w("new_mark")
    if len(action) < 2 or not action[-2].startswith(new) or action[-2] + action[-1] not in written:
        return ""
    pair = compound_act([action[-2][len(new):], action[-1]], written)
    return new + pair if pair else ""


def compound_act(action: list[str], written: str) -> str:
    """Rule (names56): the last two acts written side by side (``written``: the text before the number) as one
    compound of the tagger's verbs opening with a making act (``after_acts``: 培育认定, 引进培育, 培育建设, 开工筹集)
    are the act whole, the second verb in no list or not, as an upgrade compound is the treatment whole; two making
    acts joined by ``compound_joint`` (引进和培育) too, as written. Not one
    opening with 建设 (``after_not_acts``) but one of ``tagged_compounds`` (建设筹集X → X建设筹集套数, names120). Not a
    compound the guideline drops or names otherwise (``compound_not``: 开工建设 → 开工, 实施/打造, a governor, a
    stock verb), nor one holding a treating verb (the treating rules name it); else ''."""
    if len(action) < 2:
        return ""
    first, last = action[-2:]
    joined = first + _w("compound_joint") + last
    if first + last in written:
        pair = first + last
        if not all(len(t) == 1 and t[0][1] in ("v", "vn") for t in map(pos_of, (first, last))) \
                and pair not in _w("tagged_compounds"):
            return ""
    elif joined in written and re.fullmatch(_w("after_acts"), last):    # 引进和培育, 引进和落地 (names70)
        pair = joined
    else:
        return ""
    return "" if _refused_compound(first, last, pair) else pair


def _refused_compound(first: str, last: str, pair: str) -> bool:
    """Whether ``compound_act`` refuses the compound PAIR of FIRST and LAST: it opens with no making act, or with
    建设 (``after_not_acts``), unless it is one of ``tagged_compounds``; or the guideline drops or names it
    otherwise (``compound_not``); or it holds a treating verb."""
    making = re.fullmatch(_w("after_acts"), first) and not re.fullmatch(_w("after_not_acts"), first)
    if not making and pair not in _w("tagged_compounds"):
        return True
    return bool(re.search(_w("compound_not"), first + last)) or any(re.search(treating_acts(), a) for a in (first, last))


def _made_act(act: str) -> str:
    """The making act of a placing compound (``placing_leads``: 布局建设 → 建设), else ``act``."""
    m = re.fullmatch("(?:" + _w("placing_leads") + ")(" + _w("after_acts") + ")", act)
    return m.group(1) if m else act


def act_before_number(left: str, action: list[str]) -> list[str]:
    """Rule: the making act (``after_acts``, a placing compound too) closing the words right before a number
    whose things are named after it acts on them, past a frame verb read first (围绕产业需求布局建设5条X: 布局建设,
    not 围绕); unchanged when the last act read already ends with it (新培育, 布局建设) or a word of ``act_before_not``
    stands before it (新建设: the readers write 新建 before the thing; 获批建成: the act is another's). A 新+verb
    closing those words is read first (``new_act_before``: 新获批1所X, 新建设5个X → 新建; names53)."""
    left = left.rstrip()
    new_act = new_act_before(left)
    if new_act and not (action and action[-1] == new_act):
        return [*action, new_act]
    m = re.search("(?:" + _w("placing_leads") + ")?(?:" + _w("after_acts") + ")$", left)
    if m is None or (action and action[-1].endswith(m.group())) or re.search(_w("act_before_not"), left[:m.start()]):
        return action
    return [*action, m.group()]


def new_act_before(left: str) -> str | None:
    """The 新+verb (``new_acts``, or a form of ``new_act_forms``: 新建设 → 新建) closing ``left``, the words right
    before a number whose things follow it (新获批1所X, 新建设5个X; names53), or None."""
    forms = _w("new_act_forms")
    m = re.search("(?:" + alternation_of(forms) + "|" + _w("new_acts") + ")$", left)
    return None if m is None else forms.get(m.group(), m.group())


def _builds_and_treats(act: str) -> bool:
    """新建改造, 新建扩建: built new and treated, a count of both (the treating rule's exception)."""
    return bool(re.search(qwords("phrases", "measured_act_not"), act)) and len(act) > 3


def without_act(name: str) -> str | None:
    """The name without the act or flow ``defining_act`` writes into it (新增X数量, 新建X数量 → X数量;
    X引进数量 → X数量; X提请审议数量, X新建数量 → X数量, names61; X新开工数量, names71) or
    the upgrade done on it (X提质升级数量 → X数量; a compound of acts whole, X引进和培育数量 → X数量, names70), or None when it
    holds none: the concept a count of things added or made belongs to is the count of those things (a narrower
    measure, so a broad match); so is a rise's (X增加额 → X, names72)."""
    rise = qwords("name_per_head", "rise")
    if name.endswith(rise) and len(name) > len(rise) + 2:
        return name[:-len(rise)]
    bare = re.sub("^(?:" + _w("flow_before") + "|" + _w("new_acts") + ")", "", name)
    placed = sorted({*_w("law_acts").values(), *_w("renewed_acts").values(), _w("new_start")},
                    key=lambda w: (-len(w), w))
    acts = "|".join([_w("after_acts"), qwords("phrases", "upgrade_acts"), *placed])
    run = "(?:" + acts + ")(?:" + _w("compound_joint") + "?(?:" + acts + "))*"    # 引进和培育 whole (compound_act)
    bare = re.sub(run + "(?=" + _w("heads") + ")", "", bare)
    return bare if bare != name and len(bare) > 2 else None
