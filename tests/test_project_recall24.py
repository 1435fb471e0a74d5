"""Project names the decision's grammar proposed with a wrong boundary or not at all (issue #12, branch
projrec24, docs/checks/projects-recall-projrec24.md): works heads missing from heads.yaml (工厂, 装置, 楼,
总站), and a start the name never has (the complement 好, the predicate 上线运行) or a category in
apposition it never holds (重点工程). Real dev sentences."""
from __future__ import annotations

import pytest

from policykg.extract.candidates import park_candidates, project_candidates
from policykg.extract.decide import grammar_candidates
from policykg.extract.reach import describes

from entity_helpers import tok_sentence


def _projects(text: str, place: str) -> set[str]:
    st, surfaces = tok_sentence(text, place)
    parks, _ = park_candidates(st, surfaces)
    rules = (*parks, *project_candidates(st, surfaces))
    return {c.name for c in grammar_candidates(st, rules, surfaces) if c.kind == "Project"}


@pytest.mark.unit
@pytest.mark.parametrize("text, place, name", [
    ("锦屏深地科学中心、电磁驱动聚变大科学装置获批建设", "四川省", "电磁驱动聚变大科学装置"),        # sichuan-2026
    ("巴斯夫核心装置、埃克森美孚一期建成投产", "广东省", "巴斯夫核心装置"),                         # guangdong-2026
    ("文昌国际航天城卫星超级工厂建成交接", "海南省", "文昌国际航天城卫星超级工厂"),                 # hainan-2026
    ("推动华锦阿美精细化工、亿纬锂能沈阳工厂等项目建成投产", "辽宁省", "亿纬锂能沈阳工厂"),         # liaoning-2026
    ("北大第一医院宁夏妇儿医院综合楼、宁夏盲人按摩医院等建成投用", "宁夏回族自治区",
     "北大第一医院宁夏妇儿医院综合楼"),                                                            # ningxia-2026
])
def test_a_works_head_of_heads_yaml_proposes_the_whole_name(text, place, name):
    assert name in _projects(text, place)


@pytest.mark.unit
@pytest.mark.parametrize("text, place, wrong, right", [
    ("建好用好长征国家文化公园（福建段），开展革命文物保护", "福建省",
     "好长征国家文化公园（福建段）", "长征国家文化公园（福建段）"),                                 # fujian-2026
    ("用好红色资源，建设好长征国家文化公园（广东段）", "广东省",
     "好长征国家文化公园（广东段）", "长征国家文化公园（广东段）"),                                 # guangdong-2026
    ("提升贸易中心能级，上线运行企业走出去综合服务平台", "上海市",
     "上线运行企业走出去综合服务平台", "企业走出去综合服务平台"),                                   # shanghai-2026
    ("建立产业技术研究转化新型模式，上线运行“四川省科创通”平台", "四川省",
     "上线运行“四川省科创通”平台", "“四川省科创通”平台"),                                           # sichuan-2026
])
def test_a_name_never_starts_with_a_complement_or_a_predicate(text, place, wrong, right):
    found = _projects(text, place)
    assert wrong not in found and right in found


@pytest.mark.unit
@pytest.mark.parametrize("name, whole", [
    ("国家重点工程包银高铁", "包银高铁"),                                                          # ningxia-2026
    ("西部陆海新通道西线主通道重点工程隆泸叙铁路", "隆泸叙铁路"),                                   # sichuan-2026
])
def test_a_category_in_apposition_is_no_part_of_the_name(name, whole):
    assert describes(name) and not describes(whole)
