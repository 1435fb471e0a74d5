"""parks39: the national zone gazetteer (park_gazetteer.yaml, park_gazetteer.py) on sentences of dev reports."""
from __future__ import annotations

import pytest

from entity_helpers import tok_sentence
from policykg import resources
from policykg.extract.decide import features, name_counter
from policykg.extract.name_grammar import grammar_candidates
from policykg.extract.park_gazetteer import forms_of, in_gazetteer, variants, zones

pytestmark = pytest.mark.unit

LIAONING = "深化自贸试验区提升战略，推动大连片区整合提升，支持沈阳片区扩大保税维修业务，支持营口片区建设陆港枢纽产业园。"


def _gazetteer_parks(text, place, parents=()):
    st, surfaces = tok_sentence(text, place, parents)
    cands = [c for c in grammar_candidates(st, (), surfaces) if c.kind == "Park"]
    counts = name_counter([st.s])
    return {c.name for c in cands if features(c, surfaces, set(), counts).get("Park:in_gazetteer")}


def test_a_zone_of_the_reports_province_is_a_candidate_weighed_as_in_the_gazetteer():
    """jinghai-2021 (天津): 子牙经开区 is the short form the etdz rule makes of 天津子牙经济技术开发区; ningxia-2026:
    石嘴山高新区 the high-tech zone rule's, in a list of zones and pilots."""
    assert _gazetteer_parks("深化子牙经开区等园区体制机制改革，强化行政管理和社会服务功能，提高园区运营管理效能。",
                            "静海区", ["天津市"]) == {"子牙经开区"}
    assert "石嘴山高新区" in _gazetteer_parks(
        "银川苏银产业园、中卫工业园入选首批国家级零碳园区建设名单，石嘴山高新区、吴忠金积工业园入选国家碳达峰试点。", "宁夏回族自治区")


def test_a_free_trade_zone_area_is_taken_in_its_province_only():
    """liaoning-2026's three FTZ areas, written alone (大连片区): the gazetteer's in 辽宁; the same sentence in a
    heilongjiang report names no zone of its own province (黑龙江's areas are 哈尔滨, 黑河, 绥芬河)."""
    assert _gazetteer_parks(LIAONING, "辽宁省") == {"大连片区", "沈阳片区", "营口片区"}
    assert _gazetteer_parks(LIAONING, "黑龙江省") == set()
    st, surfaces = tok_sentence(LIAONING, "黑龙江省")
    assert surfaces.province == "黑龙江" and not in_gazetteer("大连片区", surfaces)


def test_the_file_loads_and_every_form_is_made_by_its_lists_rule():
    """Each zone a rule makes has as forms exactly its rule's templates filled with its stem's variants (the
    official name first); only the `named` entries list forms of their own."""
    data = resources.lexicon_data("park_gazetteer")
    rules = data["rules"]
    assert variants("[天津]子牙") == ["天津子牙", "子牙"] and variants("[广州]南沙[新区]")[0] == "广州南沙新区"
    made = 0
    for prov, entry in data["zones"].items():
        for key, stems in entry.items():
            if key in ("ftz", "named"):
                continue
            rule = rules[key]
            for stem in stems:
                z = next(z for z in zones() if z.province == prov and z.official == rule["official"].format(
                    p="".join(variants(stem.rstrip("?"))[0])))
                expected = {t.format(p=v) for t in (rule["official"], *rule["forms"]) for v in variants(stem.rstrip("?"))}
                assert set(z.forms) == expected and z.unsure == stem.endswith("?")
                made += 1
    assert made > 400
    tianjin = forms_of("天津")
    assert tianjin["子牙经开区"].official == "天津子牙经济技术开发区" and "大连片区" not in tianjin
    assert forms_of("辽宁")["大连片区"].official == "中国（辽宁）自由贸易试验区大连片区"
    beijing = forms_of("北京")       # a generic area (科技创新) is written after its zone, never alone
    assert "北京自贸试验区科技创新片区" in beijing and "科技创新片区" not in beijing
