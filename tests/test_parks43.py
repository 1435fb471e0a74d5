"""parks43: the second blind pass over the provincial zone files: its new rules' forms, the forms it refuses
(ordinary phrases), a new zone found in a dev sentence, no rule defined twice and no key written twice."""
from __future__ import annotations

import pytest
import yaml

from entity_helpers import tok_sentence
from policykg import resources
from policykg.extract.decide import with_gazetteer
from policykg.extract.park_gazetteer import forms_of

pytestmark = pytest.mark.unit

FILES = ("park_gazetteer_provincial_a", "park_gazetteer_provincial_b")
GUANGDONG = "加力推进深汕特别合作区、广清经济特别合作区建设，推动民族地区高质量发展。"


def _gazetteer_parks(text, place):
    st, surfaces = tok_sentence(text, place, [])
    return {c.name for c in with_gazetteer(st, [], surfaces)}


def test_the_new_rules_and_forms_make_what_they_claim():
    """pa_cluster makes 浙江's 产业集聚区 with and without its city; the 省级 forms of pb_edz, pb_hitech_park, pb_ip
    and pa_hipark; X产业园 of a named X产业园区; a renamed zone keeps its old name (河南's 产业集聚区)."""
    zhejiang = forms_of("浙江")
    assert zhejiang["大江东产业集聚区"].official == "杭州大江东产业集聚区" == zhejiang["杭州大江东产业集聚区"].official
    assert zhejiang["余姚省级高新技术产业园区"].official == "余姚高新技术产业园区"
    assert forms_of("湖北")["枝江省级高新区"].official == "枝江高新技术产业园区"
    assert forms_of("湖北")["枝江省级高新区"].unsure
    henan = forms_of("河南")
    assert henan["兰考省级经开区"].official == "兰考经济开发区" and henan["兰考县产业集聚区"].official == "兰考县产业集聚区"
    assert forms_of("广西")["六景省级工业园区"].official == "南宁六景工业园区"
    assert forms_of("安徽")["淮南现代产业园"].official == "淮南现代产业园区"


def test_an_ordinary_phrase_or_a_national_zone_is_not_made():
    """A stem that is an ordinary phrase with its head keeps its city (新兴产业集聚区 is no zone; 金华新兴产业集聚区 is);
    a word-like county is left out (南部经济开发区); 昌吉高新区 stays the national zone."""
    zhejiang = forms_of("浙江")
    assert "新兴产业集聚区" not in zhejiang and "循环经济产业集聚区" not in zhejiang and "金华新兴产业集聚区" in zhejiang
    assert "南部经济开发区" not in forms_of("四川")
    assert forms_of("新疆")["昌吉高新区"].official == "昌吉高新技术产业开发区"
    assert "昌吉工业园区" not in forms_of("新疆")


def test_a_new_zone_is_found_in_a_dev_sentence_that_names_it():
    """guangdong-2026's 广清经济特别合作区 (a gold park) is a gazetteer park of a 广东 report, not of a 广西 one."""
    assert _gazetteer_parks(GUANGDONG, "广东省") == {"广清经济特别合作区"}
    assert _gazetteer_parks(GUANGDONG, "广西壮族自治区") == set()


def _duplicate_keys(node) -> list[str]:
    if isinstance(node, yaml.MappingNode):
        keys = [k.value for k, _ in node.value]
        return sorted({k for k in keys if keys.count(k) > 1}) + [d for _, v in node.value for d in _duplicate_keys(v)]
    if isinstance(node, yaml.SequenceNode):
        return [d for v in node.value for d in _duplicate_keys(v)]
    return []


def test_no_rule_defined_twice_and_no_key_written_twice():
    """Each rule is defined by one file only (pa_ in part a, pb_ in part b), and no province repeats a rule's key
    (YAML would keep the last list silently)."""
    names = ["park_gazetteer", *FILES]
    rules = [set(resources.lexicon_data(n).get("rules") or {}) for n in names]
    assert "pa_cluster" in rules[1] and all(r.startswith("pa_") for r in rules[1])
    assert all(r.startswith("pb_") for r in rules[2])
    assert not (rules[0] & rules[1] or rules[0] & rules[2] or rules[1] & rules[2])
    for n in FILES:
        assert _duplicate_keys(yaml.compose(resources.lexicon(n).read_text(encoding="utf-8"))) == []
