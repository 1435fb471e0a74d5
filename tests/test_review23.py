"""Second reading of session 22's merges (review23): regressions for what the review fixed."""
from __future__ import annotations

import pytest

from policykg.extract.candidates import _title_verbs, past_title_verb
from policykg.extract.grammar import lexicon

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("name, expected", [
    ("新创建国家现代农业产业园", "国家现代农业产业园"),    # a verb prefix, then a title cue
    ("争取设立综合保税区", "综合保税区"),                # the longest verb first: 争取设立, not 争取
    ("申建", "申建"),                                    # a verb alone governs nothing: kept
    ("国家级高新区", "国家级高新区"),
])
def test_past_title_verb_reads_past_the_verb(name, expected):
    assert past_title_verb(name, lexicon()) == expected


def test_past_title_verb_sorts_its_verbs_once():
    past_title_verb("新创建国家现代农业产业园", lexicon())
    before = _title_verbs.cache_info()
    for name in ("争取设立综合保税区", "获批国家级新区", "国家级高新区"):
        past_title_verb(name, lexicon())
    after = _title_verbs.cache_info()
    assert after.misses == before.misses and after.hits == before.hits + 3
