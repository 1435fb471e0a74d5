"""A name that keeps the act or flow defining its count (names27) reaches the concept of the things
counted as a broad match, never an exact one (assessments pair exact matches only)."""
import pytest

from policykg.emit.concepts import match
from policykg.extract.name_flows import without_act

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("name, bare", [
    ("新增专精特新企业数量", "专精特新企业数量"),      # anhui 2026: 新增专精特新企业1000家左右
    ("新建5G基站数量", "5G基站数量"),               # guizhou 2026: 新建5G基站1万个
    ("技术经理人培育人数", "技术经理人人数"),        # anhui 2026: 培育技术经理人1000人以上
    ("重点项目开工数量", "重点项目数量"),            # anhui 2026: 开工重点项目2000个以上
])
def test_the_act_is_taken_out_to_find_the_concept(name, bare):
    assert without_act(name) == bare
    assert match(bare) is not None
    assert match(name) == (match(bare)[0], "broad")


def test_a_name_without_an_act_is_matched_as_before():
    assert without_act("地区生产总值") is None
    assert match("地区生产总值")[1] == "exact"
    assert match("城镇新增就业人数")[0].code == "urban-new-jobs"    # 新增 inside a fixed statistic's name
