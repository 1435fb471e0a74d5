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
