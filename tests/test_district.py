"""District reports (issue 12): one test per fixed kind of miss, on sentences of the dev district reports."""
from __future__ import annotations

import pytest

from entity_helpers import labels, run


@pytest.mark.parametrize("sentence, project", [
    # hailaer-2013 (dev): jieba tags the leading 力争 a noun, so the learned boundary kept it
    ("确保华融二期、天润商厦等项目投入运营，力争时代广场、伊士丹购物广场等改扩建项目开工建设。", "时代广场"),
    # hailaer-2018 (dev): the same before a quoted brand
    ("力争“海悦城”时代广场、红星美凯龙综合体年内营业。", "“海悦城”时代广场"),
], ids=["list", "quoted"])
def test_a_name_does_not_start_with_an_effort_adverb(sentence, project):
    found = labels(run(sentence, place="海拉尔区", parents=["呼伦贝尔市"])[0], "Project")
    assert project in found
    assert not any(n.startswith("力争") for n in found)


def test_two_projects_joined_by_a_conjunction_are_two():
    # hailaer-2014 (dev): 及 joins a school's branch and another school in a list of works
    ents, _ = run("积极争取上级资金和吸引社会投资，重点实施自治区冬季项目体育场馆、社区卫生服务中心、"
                  "第三中学分校及标准化中学、幼儿园等公共公益项目。", place="海拉尔区", parents=["呼伦贝尔市"])
    found = labels(ents, "Project")
    assert "第三中学分校" in found
    assert not any("及" in n for n in found)


def test_a_conjunction_character_inside_a_name_does_not_split_it():
    # shandong-2026 (dev): jieba cuts 和 out of the name's first word, leaving one character on its left
    ents, _ = run("建成国和一号核电示范工程、海上风电渤中G一期等重大工程，新型储能规模突破1100万千瓦。",
                  place="山东省", parents=[])
    assert "国和一号核电示范工程" in labels(ents, "Project")
