"""Promise vs result across two spellings of one indicator (the name rule of ``assess.links``).

A target the key rule leaves without a result (its indicator and the result's are different nodes
reaching no common concept) is linked to an outcome when all of these hold:

- same jurisdiction, period, kind of figure and unit as written (亩 and 亩, not only the family);
- the outcome is stated in the report of the year right after the period;
- the names are one spelling of one indicator: one is the other's ending (失业人员和困难人员再就业人数 /
  再就业人数), or they are equal once an act word of the flow is taken out (背街巷道改造数量 / 背街巷道数量,
  ``acts`` in data/lexicons/assessment.yaml);
- the words the longer name adds hold no flow word (``flows``: 新增, 新建 …, 全年新增 too): the guideline
  names a flow by its act and a stock by the bare thing, so 新增节水灌溉面积 is not 节水灌溉面积 spelt longer;
- the shorter name is a specific thing, not a bare measure (``measures``: 数量, 人数, 面积 … alone) nor a
  generic indicator (its broad concept's label, or that label's thing with another measure or an act word:
  管网改造长度 under 管网里程), and the two do not reach two different exact concepts;
- no ambiguity: the outcome is the only one of its report that answers the target so, and the target the
  only one of its report the outcome answers (an exactly named one counts). Two candidates: no verdict,
  since which one the report meant cannot be told from the names.
"""
from __future__ import annotations

import unicodedata

from rdflib.namespace import RDFS, SKOS

from .. import resources
from ..vocab import PKG

RULE = "name"   # recorded by queries/cq-10: the indicators differ and reach no common concept


def _lexicon() -> dict:
    return resources.lexicon_data("assessment")


def bare_measure(name: str) -> bool:
    """True for a name that says only what is measured (数量, 人数, 总人数, 面积)."""
    measures = _lexicon()["measures"]
    if name in measures:
        return True
    ending = max((m for m in measures if name.endswith(m)), key=len, default="")
    return len(name) - len(ending) < 2


def _without_acts(name: str) -> str:
    for act in _lexicon()["acts"]:
        name = name.replace(act, "")
    return name


def same_indicator(a: tuple, b: tuple) -> bool:
    """a, b: (name, specific, concept). One spelling of one indicator, by the rule above."""
    (na, sa, ca), (nb, sb, cb) = a, b
    if na == nb:
        return True
    if ca is not None and cb is not None and ca != cb:
        return False
    (short, s_ok), long_ = ((na, sa), nb) if len(na) <= len(nb) else ((nb, sb), na)
    if not s_ok:
        return False
    if long_.endswith(short):
        added = long_[:-len(short)]
        return not any(flow in added for flow in _lexicon()["flows"])
    return _without_acts(na) == _without_acts(nb)


def _thing(name: str) -> tuple[str, bool]:
    """(what a name counts, its measure ending and act words taken off; has it a measure ending):
    管网改造长度 → (管网, True), 管网里程 → (管网, True), 棚户区改造 → (棚户区, False)."""
    ending = max((m for m in _lexicon()["measures"] if name.endswith(m)), key=len, default="")
    return _without_acts(name[:len(name) - len(ending)]), bool(ending)


def specific_label(g, ind, family=None) -> bool:
    """Does the indicator's label name a specific thing: longer than three characters and not the label of
    the generic indicator it is a narrower match of, nor that label's thing with another measure word or an
    act (管网改造长度 under 管网里程: any network's length, not the water main's; verdicts46)? A concept named
    without a measure (棚户区改造) is a thing: its area or households are specific measures of it. family: the
    unit family of the figure read; one the concept does not measure in is another measure of the thing, a
    specific one (高速公路投资 in 亿元 under 高速公路里程, 保障性住房投资 under 保障性住房数量; review46)."""
    label = str(g.value(ind, RDFS.label) or "")
    broad = g.value(ind, SKOS.broadMatch)
    if len(label) <= 3 or broad is None:
        return len(label) > 3
    generic = {str(lab) for lab in g.objects(broad, SKOS.prefLabel)}
    if label in generic:
        return False
    own = g.value(broad, PKG.unitFamily)
    if family is not None and own is not None and str(family) != str(own):
        return True
    thing, _ = _thing(label)
    return (thing, True) not in {_thing(lab) for lab in generic}


def named(g, q, rep):
    """(group, (name, specific, concept)) of a figure: group = jurisdiction, kind, unit as written,
    start and end year; specific = the name may be the shorter of a pair. None without a name or year."""
    ind, ey = g.value(q, PKG.indicator), g.value(q, PKG.endYear)
    if ind is None or ey is None:
        return None
    name = str(g.value(ind, RDFS.label) or "")
    specific = specific_label(g, ind, g.value(q, PKG.unitFamily)) and not bare_measure(name)
    sy = g.value(q, PKG.startYear)
    unit = unicodedata.normalize("NFKC", str(g.value(q, PKG.unitText) or ""))
    group = (g.value(rep, PKG.jurisdiction), str(g.value(q, PKG.figureKind) or ""), unit,
             int(sy) if sy is not None else None, int(ey))
    concept = g.value(ind, SKOS.exactMatch)
    return group, (name, specific, str(concept) if concept is not None else None)


def name_links(per_report, linked: set) -> dict[str, list[tuple]]:
    """per_report as ``assess.links`` takes it, targets as (node, key, named) and outcomes as
    (node, key, year, bound, named); linked: targets the key rule already linked →
    {slug: [(target, outcome)]} by the name rule."""
    by_year: dict[tuple, list] = {}
    for slug, _, found in per_report:
        for o, _k, year, _bound, *rest in found:
            if rest and rest[0]:
                by_year.setdefault((rest[0][0], year), []).append((slug, o, rest[0][1]))
    out: dict[str, list[tuple]] = {}
    for slug, targets, _ in per_report:
        mine = [(t, rest[0]) for t, _k, *rest in targets if rest and rest[0]]
        for t, (group, name) in mine:
            if t in linked:
                continue
            found = [(s, o, n) for s, o, n in by_year.get((group, group[-1] + 1), [])
                     if s != slug and same_indicator(name, n)]
            if len(found) != 1:
                continue
            _, o, n = found[0]
            rivals = [u for u, (grp, nm) in mine if grp == group and same_indicator(nm, n)]
            if rivals == [t]:
                out.setdefault(slug, []).append((t, o))
    return out
