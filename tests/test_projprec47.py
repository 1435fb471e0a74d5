"""A member of a list that 等 and a kind of thing close (…等基础设施工程) names a kind, not works (``kind_lists``;
projprec47). Sentences of the dev reports hailaer-2017, hailaer-2013, xinjiang-2026 and sichuan-2026."""
from __future__ import annotations

import pytest

from policykg.extract.kind_lists import listed_kind

from entity_helpers import labels, run

HAILAR = ("海拉尔区", ["内蒙古自治区", "呼伦贝尔市"])
# hailaer-2017: 变电站 was kept as a project; the list names kinds of infrastructure the Dongshan quarter gets
KINDS = "东山组团建设步伐加快。投资3.5亿元,实施了次干道路、变电站、输配电线路等基础设施工程。"
# hailaer-2013: a stretch cut at the list's inner 等, followed by two more kinds before 等基础设施工程
SUPPLY = "完成50万平方米老旧小区既有建筑节能改造和工人新村、幸福村等条件较差区域的供水、垃圾中转、路灯等基础设施工程。"
# xinjiang-2026 (gold: 乌鲁木齐天山国际机场, 和若铁路 …): a word between 等 and 基础设施 sorts named works
MAJOR = ("乌鲁木齐天山国际机场、“疆电外送”第三通道、“西气东输”第四通道、和若铁路、阿尔塔什水利枢纽工程等重大基础设施投运，"
         "世界最长高速公路隧道天山胜利隧道建成通车。")
# sichuan-2026 (gold: 省低空运行管理服务平台)
NEW = "建设运行国家超级智算成都中心、省低空运行管理服务平台等新型基础设施，推动京东方、惠科等企业发展。"


def _at(sentence: str, name: str) -> bool:
    a = sentence.index(name)
    return listed_kind(sentence, a, a + len(name))


@pytest.mark.unit
@pytest.mark.parametrize("sentence,name,expected", [
    (KINDS, "变电站", True), (KINDS, "次干道路", True), (KINDS, "输配电线路", True),
    (SUPPLY, "幸福村等条件较差区域的供水", True),
    (MAJOR, "和若铁路", False), (MAJOR, "阿尔塔什水利枢纽工程", False), (NEW, "省低空运行管理服务平台", False)])
def test_a_list_closed_by_a_kind_of_infrastructure_names_kinds(sentence, name, expected):
    assert _at(sentence, name) is expected


@pytest.mark.unit
def test_kinds_of_infrastructure_are_no_projects():
    got = labels(run(KINDS, "review", *HAILAR)[0], "Project")
    assert not {"变电站", "次干道路", "输配电线路"} & got


@pytest.mark.unit
def test_named_works_before_a_sorted_closer_stay():
    got = labels(run(MAJOR, "review", "新疆维吾尔自治区")[0], "Project")
    assert {"乌鲁木齐天山国际机场", "和若铁路"} <= got
