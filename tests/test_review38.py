"""review38: a second reading of this session's merges (docs/checks/review38.md). One regression test per fault
found; the sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


def test_a_subject_before_things_named_by_the_standard_they_reached_stays_with_the_things():
    # guangxi 2026: reached_things (names78) put the tie before the things, then own_subjects put the subject
    # 漓江 before the tie, away from its tributaries: 漓江水质达标支流数量
    assert name_of("推动漓江4条支流水质达标，基本实现“消劣返清”。", "4", "plan", 2026) == "水质达标漓江支流数量"
