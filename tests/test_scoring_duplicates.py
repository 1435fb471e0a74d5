"""A second node for an annotated item already matched is a false positive (projects63: 世纪天伦 beside 世纪天伦酒店
in hailaer-2014 had scored as two hits)."""
from types import SimpleNamespace

import pytest

from policykg.scoring import score_entities

pytestmark = pytest.mark.unit


def _project(label, *alts):
    return SimpleNamespace(kind="Project", label=label, alt_labels=list(alts))


def test_a_duplicate_node_of_one_gold_item_is_a_false_positive():
    gold = [{"label": "世纪天伦酒店", "alt": ["世纪天伦"]}, {"label": "伊敏河堤防工程"}]
    c = score_entities([_project("世纪天伦酒店"), _project("世纪天伦")], gold, "Project")
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
    assert c.fps == ["世纪天伦 (duplicate)"] and c.fns == ["伊敏河堤防工程"]


def test_two_nodes_of_two_gold_items_sharing_a_name_are_both_hits():
    gold = [{"label": "引汉济渭", "alt": ["引汉济渭工程"]}, {"label": "引汉济渭二期", "alt": ["引汉济渭工程"]}]
    c = score_entities([_project("引汉济渭工程"), _project("引汉济渭二期")], gold, "Project")
    assert (c.tp, c.fp, c.fn) == (2, 0, 0)


# hainan-2026's gold: “三医联动一张网”建成运行 (alt without the quotes) and 加快“三医联动一张网”二期建设, two items
_HAINAN = [{"label": "“三医联动一张网”", "alt": ["三医联动一张网"]}, {"label": "“三医联动一张网”二期"}]


def test_a_node_hitting_two_items_leaves_the_other_node_its_match():
    """tidy63: the matching is maximal. The first node (the work with its phase as an alias, merge_headed_forms)
    hits both items; greedily it took the first and the bare 三医联动一张网 became a duplicate, one item missed."""
    nodes = [_project("“三医联动一张网”", "“三医联动一张网”二期"), _project("三医联动一张网")]
    c = score_entities(nodes, _HAINAN, "Project")
    assert (c.tp, c.fp, c.fn) == (2, 0, 0) and c.fps == [] and c.fns == []


def test_a_node_hitting_two_free_items_takes_the_first():
    """Ties are settled the same every run: alone, the node holds the first item it hits; the other is missed."""
    c = score_entities([_project("“三医联动一张网”", "“三医联动一张网”二期")], _HAINAN, "Project")
    assert (c.tp, c.fp, c.fn) == (1, 0, 1) and c.fns == ["“三医联动一张网”二期"]
