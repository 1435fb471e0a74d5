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
