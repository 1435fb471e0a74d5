"""Projects on district reports (issue #12, projdist44): a list member that is an act on a class of things, or two
acts joined, is no project (``activities.activity``). Sentences of the dev reports hailaer-2017 and hailaer-2013."""
from __future__ import annotations

import pytest

from policykg.extract.activities import activity
from policykg.extract.surfaces import place_surfaces

from entity_helpers import labels, run

PLACE, PARENTS = "海拉尔区", ["内蒙古自治区", "呼伦贝尔市"]
# hailaer-2017 (review): the five things a programme did, counted as its 5项工程; no gold project
ACTS = "重点实施了棚户区改造、基础设施完善、景观提升、市容市貌整治和东山组团建设等5项工程。"
# hailaer-2013: two acts of greening joined by 和 (新北出口 is cut: left alone)
JOINED = "实施新北出口、东山组团绿化和城区绿化补植等工程，做好退耕还林、黑土地治理等工作。"
# hailaer-2017 (plan): the gold requires 机场路护坡 (alt 机场路护坡改造), 学府路过街天桥, 海宝公路
NAMED = "完成机场路护坡改造、学府路过街天桥、海宝公路等工程建设。"


def _projects(sentence: str, part: str) -> set[str]:
    return labels(run(sentence, part, PLACE, PARENTS)[0], "Project")


@pytest.mark.unit
def test_acts_on_classes_of_things_are_no_projects():
    got = _projects(ACTS, "review")
    assert not got & {"棚户区改造", "基础设施完善", "景观提升", "市容市貌整治和东山组团建设"}


@pytest.mark.unit
def test_two_acts_joined_are_no_project():
    assert "东山组团绿化和城区绿化补植" not in _projects(JOINED, "plan")


@pytest.mark.unit
def test_a_named_object_keeps_its_works():
    got = _projects(NAMED, "plan")
    assert {"学府路过街天桥", "海宝公路"} <= got and got & {"机场路护坡改造", "机场路护坡"}


@pytest.mark.unit
@pytest.mark.parametrize("name,expected", [("学前教育提升", True), ("棚户区改造", True),
                                           ("金色大厅改造", False), ("黑羊站水厂扩建", False),
                                           ("成吉思汗广场改造提升", False), ("污水处理厂提标改造工程", False)])
def test_activity_reads_the_object(name, expected):
    assert activity(name, place_surfaces(None)) is expected
