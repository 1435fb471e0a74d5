"""review46: faults found in a second reading of verdicts48 and names91 (docs/checks/review46.md)."""
from __future__ import annotations

import pytest
from rdflib import Literal

from quantity_helpers import name_of
from test_verdicts48 import _indicator

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("label,concept,family,specific", [
    ("高速公路投资", "expressway-length", "money", True),       # liaoning-2026: money put into expressways, no length
    ("保障性住房投资", "affordable-housing", "money", True),      # hailaer-2013/2014: money, the concept counts units
    ("管网改造长度", "pipeline-length", "length", False),         # hailaer-2018: 管网里程 spelt otherwise (verdicts48)
    ("保障性住房套数", "affordable-housing", "count", False),     # chongqing-2026: 保障性住房数量 spelt otherwise
])
def test_the_concepts_thing_in_another_unit_family_is_a_specific_measure(label, concept, family, specific):
    """verdicts48 called any name with the broad concept's thing and a measure word generic, so a figure of
    another kind of quantity (an investment under a length) was never compared; only one the concept measures
    in is the concept spelt otherwise."""
    from policykg.corpus.assess_names import specific_label
    g, ind = _indicator(label, concept)
    assert specific_label(g, ind, Literal(family)) is specific


def test_a_bracket_holding_a_list_mark_stays_whole_in_a_share_name():
    """names91's part ran to the first list mark, inside a bracket too: shandong-2026's dev sentence
    (a bracket of two members added) was named …改造（含钢铁比例, an open bracket in the name."""
    text = "完成水泥、焦化行业70%以上产能全流程超低排放改造（含钢铁、电力）。"
    assert name_of(text, "70") == "水泥、焦化行业产能全流程超低排放改造（含钢铁、电力）比例"
