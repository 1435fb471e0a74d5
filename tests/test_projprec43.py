"""A kept project joined to a bare head or to a second sized thing is split (issue #12, projprec43;
``entities.split_joined``). Sentences of the dev reports hailaer-2014 and hailaer-2013."""
from __future__ import annotations

import pytest

from policykg.extract.entities import split_joined
from policykg.extract.grammar import Candidate

from entity_helpers import labels, run, tok_sentence

PLACE = "海拉尔区"
# hailaer-2014 requires 中俄商贸街; 及酒店 is the bare kind of a second, unnamed works
HOTEL = "建材城、中俄商贸街及酒店等配套项目按期开工。"
# hailaer-2013: two housing works, each an amount of a kind (5万平方米公安小区 optional, 回迁房 a kind)
SIZED = "开工建设10万平方米职工住宅小区、5万平方米公安小区和2万平方米回迁房等开发项目。"
# hunan-2026 (required whole): the right side is a product, neither a head nor a size
PRODUCT = "推进郴州新能源动力和储能、娄底高性能软磁和钛材料等“十大产业项目”建设。"


def _split(sentence: str, name: str, place: str = PLACE) -> list[str]:
    st, _ = tok_sentence(sentence, place, ["内蒙古自治区", "呼伦贝尔市"], year=2014, part_kind="plan")
    a = st.text.index(name)
    return [c.name for c in split_joined(Candidate("Project", name, a, a + len(name), st, {}))]


@pytest.mark.unit
def test_a_bare_head_after_the_join_is_dropped():
    assert _split(HOTEL, "中俄商贸街及酒店") == ["中俄商贸街"]


@pytest.mark.unit
def test_a_sized_right_side_is_a_second_thing():
    assert _split(SIZED, "5万平方米公安小区和2万平方米回迁房") == ["5万平方米公安小区", "2万平方米回迁房"]


@pytest.mark.unit
@pytest.mark.parametrize("name", ["郴州新能源动力和储能", "娄底高性能软磁和钛材料"])
def test_a_product_after_the_join_stays_joined(name):
    assert _split(PRODUCT, name, "湖南省") == [name]


@pytest.mark.unit
def test_the_street_is_kept_in_its_sentence():
    got = labels(run(HOTEL, "plan", PLACE, ["内蒙古自治区", "呼伦贝尔市"])[0], "Project")
    assert "中俄商贸街" in got and "中俄商贸街及酒店" not in got
