"""parks42: provincial-level zones of part b (park_gazetteer_provincial_b.yaml, 河南…新疆): its rules' forms, its
zones found in dev sentences, a deterministic load, and no rule defined twice."""
from __future__ import annotations

import pytest

from entity_helpers import gazetteer_parks
from policykg import resources
from policykg.extract import park_gazetteer
from policykg.extract.park_gazetteer import forms_of, zones

pytestmark = pytest.mark.unit

NAME = "park_gazetteer_provincial_b"
NINGXIA_BASE = "宁东基地等4个单位荣获首届“中国节水奖”。"
NINGXIA_PARKS = "银川苏银产业园、中卫工业园入选首批国家级零碳园区建设名单，石嘴山高新区、吴忠金积工业园入选国家碳达峰试点。"
XINJIANG = "加快乌鲁木齐国际陆港区、喀什和霍尔果斯经济开发区创新发展。"
HAINAN = "文昌国际航天城年营收突破200亿元。"



def test_the_rules_make_the_forms_they_claim():
    """Each pb_ rule makes its official name and its short forms from a stem; a bracketed 县 may be dropped;
    a stem ending in '?' loads unsure; a national zone's form keeps its national zone."""
    assert forms_of("湖北")["潜江经开区"].official == "潜江经济开发区"
    assert forms_of("湖北")["潜江省级经济开发区"].kind == "development zone"
    henan = forms_of("河南")
    assert henan["西平产业集聚区"].official == henan["西平县产业集聚区"].official == "西平县产业集聚区"
    assert henan["西平产业集聚区"].kind == "industrial park"
    assert forms_of("广东")["汕尾省级高新区"].official == "汕尾高新技术产业开发区"
    assert forms_of("宁夏")["中卫工业园"].official == "中卫工业园区"
    assert forms_of("湖北")["江夏经济开发区"].unsure and not forms_of("湖北")["枝江经济开发区"].unsure
    assert forms_of("湖南")["湘阴工业园"].unsure and forms_of("湖南")["汨罗循环经济产业园"].official == "汨罗循环经济产业园区"
    assert forms_of("湖北")["襄阳经开区"].official == "襄阳经济技术开发区"     # the national zone, first loaded


def test_a_zone_is_found_in_a_dev_sentence_that_names_it():
    """ningxia-2026's 宁东基地, 中卫工业园 and 吴忠金积工业园, xinjiang-2026's 霍尔果斯经济开发区 and hainan-2026's
    文昌国际航天城 are gold parks; 宁东基地 was missed before this file (the dev evaluation's one change)."""
    assert gazetteer_parks(NINGXIA_BASE, "宁夏回族自治区") == {"宁东基地"}
    assert {"中卫工业园", "吴忠金积工业园"} <= gazetteer_parks(NINGXIA_PARKS, "宁夏回族自治区")
    assert "霍尔果斯经济开发区" in gazetteer_parks(XINJIANG, "新疆维吾尔自治区")
    assert gazetteer_parks(HAINAN, "海南省") == {"文昌国际航天城"}


def test_a_zone_of_another_province_is_not_found():
    """The forms are scoped to the report's province: 宁东基地 in an 安徽 report is no gazetteer park."""
    assert gazetteer_parks(NINGXIA_BASE, "安徽省") == set() != gazetteer_parks(NINGXIA_BASE, "宁夏回族自治区")


def test_the_file_loads_deterministically():
    """A fresh parse of the file, with every file's rules, gives its zones in the loader's order (no set or hash
    order), as zones() ends with them."""
    data = resources.load_yaml(resources.lexicon(NAME).read_text(encoding="utf-8"))
    main = resources.lexicon_data("park_gazetteer")
    rules = {k: v for n in ["park_gazetteer", *main["more"]] for k, v in
             (resources.lexicon_data(n).get("rules") or {}).items()}
    fresh = tuple(z for prov, entry in data["zones"].items()
                  for z in park_gazetteer._province_zones(prov, entry, rules))
    assert len(fresh) > 600 and zones()[-len(fresh):] == fresh      # the last file the gazetteer reads


def test_no_rule_name_clashes():
    """Part b's rules are its own (pb_*), defined in no other file the gazetteer reads."""
    main = resources.lexicon_data("park_gazetteer")
    mine = set(resources.lexicon_data(NAME)["rules"])
    others = [set(resources.lexicon_data(n).get("rules") or {}) for n in ["park_gazetteer", *main["more"]] if n != NAME]
    assert mine and all(r.startswith("pb_") for r in mine)
    assert not any(mine & o for o in others)
