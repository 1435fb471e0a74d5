"""parks39: the national zone gazetteer (park_gazetteer.yaml, park_gazetteer.py) on sentences of dev reports."""
from __future__ import annotations

import pytest

from entity_helpers import gazetteer_parks, labels, run, tok_sentence
from policykg import resources
from policykg.extract.park_gazetteer import forms_of, in_gazetteer, variants, zones

pytestmark = pytest.mark.unit

LIAONING = "深化自贸试验区提升战略，推动大连片区整合提升，支持沈阳片区扩大保税维修业务，支持营口片区建设陆港枢纽产业园。"
HEILONGJIANG = ("开放平台创新发展，自贸试验区哈尔滨片区保税物流中心获批，绥芬河片区国际危险品道路运输“一证双线”新模式获评国家级"
                "制度创新成果，牡丹江产业协作园区获批建设。")



def test_a_zone_of_the_reports_province_is_a_park_whatever_the_model_says():
    """jinghai-2021 (天津): 子牙经开区 is the short form the etdz rule makes of 天津子牙经济技术开发区; liaoning-2026:
    a kept name ending where a zone ends (推动大连片区) gives way to the zone."""
    assert gazetteer_parks("深化子牙经开区等园区体制机制改革，强化行政管理和社会服务功能，提高园区运营管理效能。",
                            "静海区", ["天津市"]) == {"子牙经开区"}
    assert gazetteer_parks(LIAONING, "辽宁省", kept=["推动大连片区", "陆港枢纽产业园"]) == {
        "大连片区", "沈阳片区", "营口片区", "陆港枢纽产业园"}


def test_a_zone_inside_a_longer_parks_name_stays_a_park():
    """heilongjiang-2026: the FTZ area 自贸试验区哈尔滨片区 and the bonded logistics centre named after it are both
    gold parks; the area was dropped as a mention nested in the centre's name."""
    ents, _ = run(HEILONGJIANG, part="review", place="黑龙江省", parents=[])
    assert {"自贸试验区哈尔滨片区", "自贸试验区哈尔滨片区保税物流中心", "绥芬河片区"} <= labels(ents, "Park")


def test_a_zone_of_another_province_is_not_taken():
    """liaoning-2026's FTZ areas written alone are no zone of a heilongjiang report (黑龙江's are 哈尔滨, 黑河,
    绥芬河): the gazetteer adds nothing there."""
    assert gazetteer_parks(LIAONING, "黑龙江省") == set()
    st, surfaces = tok_sentence(LIAONING, "黑龙江省")
    assert surfaces.province == "黑龙江" and not in_gazetteer("大连片区", surfaces)
    assert in_gazetteer("大连片区", tok_sentence(LIAONING, "辽宁省")[1])


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
