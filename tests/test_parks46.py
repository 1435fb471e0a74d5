"""parks46: a park candidate standing in a list closed by 等 and a works word (项目, 工程) is weighed as
``Park:kind_after=works``, apart from a list of other things (``kind_after=other``), on dev sentences."""
from __future__ import annotations

import pytest

from entity_helpers import labels, run, tok_sentence
from policykg.extract.name_grammar import head_end
from policykg.extract.park_context import park_context

pytestmark = pytest.mark.unit

HAINAN = "实施零碳园区、“无废岛”、中欧（保亭）绿色数字创新合作区等新的标志性工程。"      # hainan-2026
HAILAR = "中俄蒙物流园、汽车园、文化创意产业园等项目进展顺利。"      # hailaer-2013
GUIZHOU = ("加快推进瓮福—江山新材料及电子化学品产业园、贵州能源大方燃煤发电等12个百亿元、70个30亿元以上项目建设，"
           "推动一批重大项目落地建设，工业投资增长10%左右。")      # guizhou-2026
JINGHAI = "子牙经开区重点推动废旧动力电池回收利用等5个项目开工建设，筹划再生资源大宗交易平台。"      # jinghai-2021


def kind_after(text: str, name: str, place: str, parents=()) -> set[str]:
    st, surfaces = tok_sentence(text, place, parents)
    a = text.index(name)
    f = park_context(st, a, a + len(name), head_end("Park"), surfaces)
    return {k for k in f if k.startswith("Park:kind_after=")}


def test_a_member_of_a_list_of_works_is_weighed_as_works():
    """The 等 right after the name (hainan) or after a later member (guizhou) closes a list of 工程 / 项目."""
    assert kind_after(HAINAN, "中欧（保亭）绿色数字创新合作区", "海南省") == {"Park:kind_after=works"}
    assert kind_after(GUIZHOU, "瓮福—江山新材料及电子化学品产业园", "贵州省") == {"Park:kind_after=works"}
    assert kind_after(HAILAR, "汽车园", "海拉尔区", ["内蒙古自治区", "呼伦贝尔市"]) == {"Park:kind_after=works"}


def test_a_park_that_opens_its_clause_is_no_member_of_the_list_after_it():
    """jinghai-2021: 子牙经开区 is the subject whose 5 projects follow, not one of them."""
    assert kind_after(JINGHAI, "子牙经开区", "静海区") == set()


def test_a_zone_counted_among_new_landmark_works_is_a_project():
    """hainan-2026's gold: 中欧（保亭）绿色数字创新合作区 is a required project (called a 标志性工程), an optional park."""
    ents, _ = run(HAINAN, place="海南省", parents=[])
    assert "中欧（保亭）绿色数字创新合作区" in labels(ents, "Project")
    assert "中欧（保亭）绿色数字创新合作区" not in labels(ents, "Park")


def test_parks_listed_as_projects_in_a_district_report_stay_parks():
    """hailaer-2013's gold: its 中俄蒙物流园、汽车园、文化创意产业园等项目 are parks."""
    ents, _ = run(HAILAR, part="review", place="海拉尔区", parents=["内蒙古自治区", "呼伦贝尔市"])
    assert {"中俄蒙物流园", "文化创意产业园"} <= labels(ents, "Park")
