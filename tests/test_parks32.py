"""A title or category after a leading verb is no park (parks32, issue #12), on real dev sentences: the suffix
pass's sentence-start rule took 新创建 into 新创建国家现代农业产业园3个 and the title check saw only the name's start;
a gold park of the same head after a leading verb phrase stays."""
from __future__ import annotations

import pytest

from entity_helpers import labels, proposed_parks, run

pytestmark = pytest.mark.unit

CATEGORY_COUNT = "新创建国家现代农业产业园3个、优势特色产业集群1个"                                  # guangxi-2026
NAMED_PARK = "持续推进横沙新洲现代农业产业园建设，夯实域外农场优质农产品供应基地功能，打造农业发展新优势"  # shanghai-2026


def test_a_title_after_a_leading_verb_is_not_proposed_nor_kept():
    assert not any(n.endswith("产业园") for n in proposed_parks(CATEGORY_COUNT, "广西壮族自治区"))
    ents, _ = run(CATEGORY_COUNT, place="广西壮族自治区", parents=[])
    assert not any(n.endswith("产业园") for n in labels(ents, "Park"))


def test_a_named_park_of_the_same_head_stays():
    assert "横沙新洲现代农业产业园" in proposed_parks(NAMED_PARK, "上海市")
    ents, _ = run(NAMED_PARK, place="上海市", parents=[])
    assert "横沙新洲现代农业产业园" in labels(ents, "Park")
