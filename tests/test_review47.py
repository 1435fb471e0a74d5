"""review47: a second reading of hostile45's data shape check (docs/checks/review47.md). One regression test per
fault: a zone added to the park gazetteer was refused, a shapes.json of another shape ended in "internal error",
and the nested-repeat test refused the safe list idioms of the shipped patterns themselves."""
from __future__ import annotations

import copy

import pytest

from policykg import data_shapes, resources
from policykg.errors import DataError

pytestmark = pytest.mark.unit


def _gazetteer() -> dict:
    return copy.deepcopy(resources.lexicon_data("park_gazetteer"))


def test_a_zone_added_for_a_province_with_one_kind_is_accepted():
    """Every shipped province lists its 综合保税区 (cbz), so cbz was recorded as a key policykg reads: a province
    added with its 经开区 alone, or an FTZ without areas (read by .get), was refused as a key missing."""
    data = _gazetteer()
    data["zones"]["兵团"] = {"etdz": ["石河子"]}
    del data["zones"]["北京"]["ftz"]["areas"]
    data_shapes.check_file("lexicons/park_gazetteer.yaml", "park_gazetteer.yaml", data)
    del data["zones"]["北京"]["named"][0]["name"]      # a named zone without its name is still refused
    with pytest.raises(DataError, match=r"zones\.北京\.named\.0\.name: the key is missing"):
        data_shapes.check_file("lexicons/park_gazetteer.yaml", "park_gazetteer.yaml", data)


def test_a_concept_whose_definition_holds_an_unclosed_bracket_is_accepted():
    """A definition is prose (never compiled), but the shipped ones hold brackets, so it was recorded as a pattern and
    a new concept's "Number of new charging piles (cumulative | …" was refused as a bad regular expression."""
    data = copy.deepcopy(resources.yaml_file(resources.concepts()))
    data["concepts"].append({**data["concepts"][0], "code": "charging-piles", "zh": "充电桩数量", "en": "Charging piles",
                             "def": "Number of public charging piles (cumulative | 公共充电桩数量（累计）"})
    data_shapes.check_file("concepts/indicators.yaml", "indicators.yaml", data)
    data["concepts"][-1]["def"] = 7
    with pytest.raises(DataError, match=r"concepts\.\d+\.def: a number \('7'\) where a word is read"):
        data_shapes.check_file("concepts/indicators.yaml", "indicators.yaml", data)


@pytest.mark.parametrize("text", ['{"lexicons/units.yaml": {"t": "map"}}',
                                  '{"lexicons/units.yaml": {"t": "map", "keys": {"classes": "word"}}}',
                                  '{"lexicons/units.yaml": {"t": "map", "keys": [1]}}',
                                  '{"lexicons/units.yaml": {"t": "mapping", "keys": {}}}'])
def test_a_shapes_json_of_another_shape_is_refused_naming_it(text, monkeypatch):
    """JSON whose shapes lack their parts (a map without keys, a shape that is a word) was a KeyError, TypeError
    or AttributeError inside the check: exit 3, "internal error"."""
    data = resources.lexicon_data("units")
    monkeypatch.setattr(data_shapes, "_shapes_text", lambda: '{"format": %d, "files": %s}' % (data_shapes.FORMAT, text))
    data_shapes.shapes.cache_clear()
    try:
        with pytest.raises(DataError, match=r"shapes\.json: not the file scripts/make_data_shapes\.py writes"):
            data_shapes.check_file("lexicons/units.yaml", "units.yaml", data)
    finally:
        data_shapes.shapes.cache_clear()


@pytest.mark.parametrize("pattern", [r"((?:[\u4e00-\u9fff0-9A-Za-z（）]+、)*[\u4e00-\u9fff0-9A-Za-z（）]+)等",
                                     r"(?:\d+年)+", r"等(?:、[^、。]+)*"])
def test_a_list_idiom_whose_repeat_ends_at_a_mark_is_no_nested_repeat(pattern):
    """A repeat of one character class ended by a mark it cannot match (grammar.yaml's list_before) splits a run one
    way only; it was refused as '(a+)+' in any key whose shipped pattern had no such idiom."""
    shape = {"t": "pattern", "fields": [], "empty": False, "nested": False}
    assert data_shapes.problem_of(pattern, shape, ("intro",)) is None
    assert "repeats a repeat" in data_shapes.problem_of("(?:[^。]*[，、])+X", shape, ("intro",))
    assert "repeats a repeat" in data_shapes.problem_of("(a+)+b", shape, ("intro",))


def test_a_built_and_treated_run_joined_to_another_act_leaves_no_joint():
    """guangdong 2026's 传统基础设施新建、更新和数智化改造: names93's cut took 新建、更新 alone and left 传统基础设施和数智化改造,
    a name with a stray 和; the run is cut whole (新建、改造、扩建) or, joined to a word no act list holds, not at all."""
    from policykg.extract.name_acts import built_treated_name, without_built_treated
    text = "传统基础设施新建、更新和数智化改造"
    assert without_built_treated(text) == text
    assert built_treated_name("新建、改造、扩建学校数量", "count") == "学校数量"
    assert built_treated_name("既有住宅加装（更新）电梯数量", "count") == "既有住宅电梯数量"     # sichuan's gold, kept
