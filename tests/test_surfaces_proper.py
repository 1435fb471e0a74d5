"""What counts as a proper name at a park's name's start (``surfaces.proper_head(…, strict=True)``): a first
word jieba tags a name only for want of a class, made of a verb or an adverb and another dictionary word, is
a verb phrase (``verb_compound``); an organisation's suffix with no name before it names a kind; on real dev
report text."""
from __future__ import annotations

import pytest

from policykg.extract.candidates import park_candidates
from policykg.extract.surfaces import proper_head, strong_head, verb_compound

from entity_helpers import tok_sentence

pytestmark = pytest.mark.unit

PILOT = "开展双循环便利地示范区和示范单位创建"                                                    # guangxi-2026
SCIENCE = "积极推进江西高等研究院建设，优化重塑大学科技园"                                         # jiangxi-2026


@pytest.mark.parametrize("word, tag", [("大力发展", "nz"), ("新创建", "nz"), ("双循环", "nr")])
def test_a_verb_phrase_jieba_keeps_whole_is_no_proper_name(word, tag):
    assert verb_compound(word, tag)


@pytest.mark.parametrize("word, tag", [("枢纽港", "nz"), ("紫云山", "nr"), ("长三角", "ns"), ("盛乐", "nr"),
                                       ("石家庄", "nr"), ("国际商贸", "nt")])
def test_names_of_dictionary_words_that_are_no_verbs_stay_proper(word, tag):
    assert not verb_compound(word, tag)                  # 长三角/ns: a place is spared; 盛/乐: single characters


def test_a_park_after_a_verb_phrase_does_not_start_like_a_proper_name():
    assert not proper_head("大力发展为工业园区", {}, strict=True)                       # hailaer-2013
    assert not proper_head("新创建国家现代农业产业园", {}, strict=True)                 # guangxi-2026
    assert not strong_head("新创建国家现代农业产业园", {}, strict=True)
    assert proper_head("大力发展为工业园区", {})                                     # a project's test as it was
    assert proper_head("枢纽港产业园", {}, strict=True)
    assert proper_head("紫云山（包河）文化创意产业园", {}, strict=True)


def test_an_organisation_suffix_needs_a_name_before_it():
    assert proper_head("中医药大学科技园", {}, strict=True)                            # jinghai-2021's park
    assert not proper_head("大学科技园", {}, strict=True)                              # a kind of park
    assert not proper_head("国家大学科技园", {}, strict=True)


@pytest.mark.parametrize("text, place, name", [(PILOT, "广西壮族自治区", "双循环便利地示范区"),
                                               (SCIENCE, "江西省", "大学科技园")])
def test_a_kind_or_a_verb_phrase_is_no_rule_park(text, place, name):
    st, surfaces = tok_sentence(text, place)
    assert name not in [c.name for c in park_candidates(st, surfaces)[0]]
