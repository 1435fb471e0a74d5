"""A designation head (先行区, ``designation_heads`` of parks.yaml) is proposed by the rule passes only as its
sentence's topic, where the zone acts (parks31), on real dev sentences: a city's or a province's designation governed
by 支持/建设 is neither proposed nor kept; a gold park of the same head opening its sentence is both."""
from __future__ import annotations

import pytest

from entity_helpers import get, labels, proposed_parks, run

pytestmark = pytest.mark.unit

CITY_DESIGNATION = ("推动粤东粤西粤北地区深度融湾发展，加快汕头、湛江省域副中心城市建设，加力推进深汕特别合作区、"
                    "广清经济特别合作区建设，推动民族地区高质量发展，支持梅州苏区融湾先行区建设")    # guangdong-2026
PROVINCE_DESIGNATION = "高水平共建西部陆海新通道，打造平陆运河经济带，建设江海联动产业发展先行区"       # guangxi-2026
TOPIC_ZONE = ("博鳌乐城国际医疗旅游先行区成为汇聚全球先进药械和医疗技术的新高地，"
              "落地540款特许药械、39家医疗机构")                                                  # hainan-2026


@pytest.mark.parametrize("text, place, name", [
    (CITY_DESIGNATION, "广东省", "梅州苏区融湾先行区"),
    (PROVINCE_DESIGNATION, "广西壮族自治区", "江海联动产业发展先行区")], ids=["city", "province"])
def test_a_governed_designation_is_not_proposed_nor_kept(text, place, name):
    assert name not in proposed_parks(text, place)
    ents, _ = run(text, place=place, parents=[])
    assert not any(n.endswith("先行区") for n in labels(ents, "Park"))


def test_a_zone_of_the_same_head_opening_its_sentence_stays_a_park():
    assert "博鳌乐城国际医疗旅游先行区" in proposed_parks(TOPIC_ZONE, "海南省")
    ents, _ = run(TOPIC_ZONE, place="海南省", parents=[])
    assert get(ents, "Park", "博鳌乐城国际医疗旅游先行区").attrs["parkKind"] == "demonstration zone"
