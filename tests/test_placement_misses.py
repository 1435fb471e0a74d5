"""scripts/placement_misses.py: each missed gold project → park tie of a dev report gets the class
that says which stage lost it (an entity end, the tie grammar, the learned decision, or a park
subject the contract does not tie), read on the dev reports' own text and gold ends."""
from __future__ import annotations

import sys

import pytest

from cli_helpers import ROOT
from policykg.evaluation import entity_annotation, manifest
from policykg.read import for_matching, read_report
from policykg.structure import parse

sys.path.insert(0, str(ROOT / "scripts"))
from placement_misses import classify  # noqa: E402
from placement_oracle import gold_entities  # noqa: E402

pytestmark = pytest.mark.unit


def _report(stem: str):
    info = manifest()[stem]
    assert info["split"] == "dev"
    doc = for_matching(read_report(str(info["path"])))
    gold = entity_annotation(stem, info)
    return gold, gold_entities(doc.text, gold), parse(doc).sentences, doc.text


def test_a_missing_end_is_an_entity_miss():
    gold, ents, sentences, text = _report("hailaer-2013")
    pair = ("恒达二手车交易市场", "中俄蒙国际物流园区")
    no_project = [e for e in ents if e.label != pair[0]]
    no_park = [e for e in ents if e.label != pair[1]]
    assert classify(pair, gold, no_project, sentences, text) == "a:project"
    assert classify(pair, gold, no_park, sentences, text) == "a:park"
    assert classify(pair, gold, [], sentences, text) == "a:both"


def test_a_tie_the_rule_makes_is_the_decisions_to_drop():
    gold, ents, sentences, text = _report("hailaer-2013")
    assert classify(("恒达二手车交易市场", "中俄蒙国际物流园区"), gold, ents, sentences, text) == "c:dropped"


def test_a_park_in_a_park_is_apart():
    gold, ents, sentences, text = _report("liaoning-2026")
    assert classify(("陆港枢纽产业园", "营口片区"), gold, ents, sentences, text) == "park-subject"


def test_a_tie_only_an_anaphor_states_is_the_grammars_miss():
    # hailaer-2014 (dev): the park's paragraph names its railway siding as 园区…, which no rule reads
    gold, ents, sentences, text = _report("hailaer-2014")
    assert classify(("园区铁路专用线", "中俄蒙国际物流园区"), gold, ents, sentences, text) == "b:no-rule"
