"""The name rule of promise vs result (policykg/corpus/assess_names.py) on small inputs: two spellings of
one indicator are linked, a bare measure, a flow word, another unit or a second candidate are not."""
from __future__ import annotations

from policykg.corpus.assess import links
from policykg.corpus.assess_names import bare_measure, same_indicator

HAILAR = "海拉尔区"


def _named(name, unit="亩", kind="level", specific=True, concept=None):
    return ((HAILAR, kind, unit, None, 2013), (name, specific and not bare_measure(name), concept))


def _link(target, *results):
    """The outcome the target (2013) is linked to in a 2014 report stating results; None when none."""
    targets = [("t", ("no key match", 0), target)]
    outcomes = [(f"o{i}", ("other", i), 2014, 0, n) for i, n in enumerate(results)]
    found = links([("r2013", targets, []), ("r2014", [], outcomes)])
    return [o for _, o in found.get("r2013", [])] or None


def test_one_name_ending_the_other_is_one_indicator():
    assert same_indicator(_named("失业人员和困难人员再就业人数")[1], _named("再就业人数")[1])
    assert same_indicator(_named("蔬菜大棚面积")[1], _named("大棚面积")[1])
    assert same_indicator(_named("背街巷道改造数量")[1], _named("背街巷道数量")[1])   # 改造 taken out


def test_a_bare_measure_or_an_added_flow_word_is_not_the_same_indicator():
    assert bare_measure("面积") and bare_measure("总人数") and not bare_measure("大棚面积")
    assert not same_indicator(_named("蔬菜大棚面积")[1], _named("面积")[1])
    assert not same_indicator(_named("节水灌溉面积")[1], _named("新增节水灌溉面积")[1])
    # review20: a flow word inside the added words (全年新增) makes another measure too, not only one opening them
    assert not same_indicator(_named("节水灌溉面积")[1], _named("全年新增节水灌溉面积")[1])
    assert not same_indicator(_named("温室面积")[1], _named("蔬菜大棚面积")[1])
    # two different exact concepts are two measures whatever the names
    assert not same_indicator(_named("农村居民人均可支配收入", concept="a")[1], _named("人均可支配收入", concept="b")[1])


def test_the_only_candidate_of_the_same_unit_is_linked():
    assert _link(_named("蔬菜大棚面积"), _named("大棚面积")) == ["o0"]
    # 温室500亩 is not judged by 温室500栋: another unit as written
    assert _link(_named("温室面积"), _named("温室面积", unit="栋", kind="count")) is None
    assert _link(_named("温室面积"), _named("温室数量", unit="栋", kind="count")) is None


def test_two_candidates_give_no_verdict():
    """Which of two results the report meant cannot be told from the names: none is linked, either way."""
    assert _link(_named("设施蔬菜大棚面积"), _named("蔬菜大棚面积"), _named("大棚面积")) is None
    two_targets = [("t1", ("k", 1), _named("蔬菜大棚面积")), ("t2", ("k", 2), _named("设施蔬菜大棚面积"))]
    found = links([("r2013", two_targets, []), ("r2014", [], [("o", ("other", 0), 2014, 0, _named("大棚面积"))])])
    assert found == {}


def test_only_the_report_of_the_next_year_is_read():
    targets = [("t", ("no key match", 0), _named("蔬菜大棚面积"))]
    later = [("o", ("other", 0), 2015, 0, _named("大棚面积"))]
    assert links([("r2013", targets, []), ("r2015", [], later)]) == {}
