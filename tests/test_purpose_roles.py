"""A programme named by its purpose, a role a city is designated to play and a power capacity opening a
kind are no projects (issue #12: ``reach.purpose_programme``, ``role_tails`` and ``measured_classes`` of
projects.yaml, filters after the decision), on dev text."""
from __future__ import annotations

import pytest

from policykg.extract.reach import measured_kind, purpose_programme, unnamed_amount
from policykg.extract.surfaces import place_surfaces

from entity_helpers import make_sentences, run


def _surfaces(place: str):
    return place_surfaces(make_sentences(place, place, [])[0].context)


@pytest.mark.unit
def test_a_purpose_of_a_class_of_facilities_is_a_programme():
    surfaces = _surfaces("江苏省")
    assert purpose_programme("城市基础设施生命线安全工程", surfaces)            # jiangsu, jiangxi
    # a place, a firm, a rare word or a work object names the works
    for name in ("长春市饮用水安全保供工程", "汝箕沟火区安全和生态治理项目", "南京长江大桥安全工程", "安全工程"):
        assert not purpose_programme(name, surfaces), name


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, name", [
    ("实施完整社区建设、城市基础设施生命线安全工程、停车便利化工程", "江苏省", "城市基础设施生命线安全工程"),  # jiangsu
    ("高水平建设中西部国际交往中心", "重庆市", "中西部国际交往中心"),                                      # chongqing
    ("面向南亚东南亚辐射中心建设取得新突破", "云南省", "南亚东南亚辐射中心"),                              # yunnan
    ("持续推进虹桥国际开放枢纽建设", "上海市", "虹桥国际开放枢纽"),                                        # shanghai
    ("在电网关键节点、新能源富集地区布局建设700万千瓦新型储能项目", "内蒙古自治区", "700万千瓦新型储能项目"),  # neimenggu
])
def test_purposes_roles_and_power_amounts_leave_the_sentence(sentence, place, name):
    assert unnamed_amount(name, _surfaces(place))
    assert name not in {e.label for e in run(sentence, "plan", place)[0]}


@pytest.mark.unit
def test_a_designated_role_is_not_a_named_centre():
    surfaces = _surfaces("上海市")
    for name in ("国际航运中心", "国际经济中心", "成渝综合性科学中心", "西部人才中心",             # shanghai, chongqing
                 "省级区域医疗中心", "自治区专科区域医疗中心"):                                     # hunan, neimenggu
        assert unnamed_amount(name, surfaces), name
    for name in ("上海国际再保险登记交易中心", "锦屏深地科学中心", "世界闽南文化交流中心", "东方枢纽上海东站",
                 "中南大学国家医学中心"):
        assert not unnamed_amount(name, surfaces), name


@pytest.mark.unit
def test_a_power_capacity_opening_a_name_measures_a_kind():
    surfaces = _surfaces("内蒙古自治区")
    assert measured_kind("35万千瓦热电联产", surfaces)                                      # hailaer-2013
    # a voltage is no amount of the kind; a place after the capacity names the line
    assert not measured_kind("330千伏果洛玉树第二回线路工程", _surfaces("青海省"))
    assert not measured_kind("海南电网500千伏主网架工程", surfaces)


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, parts, joined", [
    ("启动长四辽通、敦牡和四梅集扩能等铁路项目", "吉林省", {"敦牡", "四梅集扩能"}, "敦牡和四梅集扩能"),      # jilin
    ("推进环北部湾广东水资源配置一期、二期和黄茅峡水库、长潭水库扩建等工程建设", "广东省", {"黄茅峡水库"},
     "二期和黄茅峡水库"),                                                                                  # guangdong
])
def test_a_list_member_joined_by_a_conjunction_is_two_works(sentence, place, parts, joined):
    labels = {e.label for e in run(sentence, "plan", place)[0]}
    assert parts <= labels and joined not in labels and "二期" not in labels, labels
