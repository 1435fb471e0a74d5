"""District reports (issue 12): one test per fixed kind of miss, on sentences of the dev district reports."""
from __future__ import annotations

import pytest

from test_entities import labels, run


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
