"""Parks on text nobody tuned to (parks62, issue 12; probe reports of tests/data/constructed, written and annotated
before the tool was run on them): a suffix written short has its full form too (科技园 → 科技园区: the short one cut
…农业科技园|区); a zone suffix followed by its phase or a build verb still names the zone (X物流园一期开园), a port's
works do not (马村港三期, hainan-2026); no park opens with an application verb (申报国家现代农业产业园); a park's phase
is part of its mention, so the work listed after it is its neighbour, not its guest."""
from __future__ import annotations

import pytest

from entity_helpers import labels, run
from policykg.extract.grammar import parks_raw
from policykg.extract.park_forms import park_suffixes

pytestmark = pytest.mark.unit

AGRI = "恩平农业科技园区新建智能温室8万平方米，新会陈皮产业园入驻加工企业27家。"           # probe-city-2013
AGRI_LIST = "佳木斯国家农业科技园区、五常大米现代农业产业园、建三江国家农业科技园区带动农户增收。"  # probe-province-2023


def test_a_short_suffix_has_its_full_form():
    suffixes = {s["suffix"]: s["kind"] for s in park_suffixes(parks_raw())}
    assert suffixes.get("科技园区") == suffixes["科技园"]


def test_a_science_park_keeps_its_last_character():
    ents, _ = run(AGRI, part="review", place="江门市", parents=["广东省"])
    assert "恩平农业科技园区" in labels(ents, "Park")
    ents, _ = run(AGRI_LIST, part="review", place="黑龙江省", parents=[])
    parks = labels(ents, "Park")
    assert {"佳木斯国家农业科技园区", "建三江国家农业科技园区"} <= parks
    assert not any(p.endswith("科技园") for p in parks)


PHASE = "牡丹江临空物流园一期开园运营。"                                   # probe-province-2023
PORT = "“双环”旅游公路［6］、G9812高速延长线等建成，双向8车道洋浦疏港高速公路通车，马村港三期、高排港一期等开工。"  # hainan-2026


def test_a_zone_before_its_phase_is_still_a_park():
    ents, _ = run(PHASE, part="review", place="黑龙江省", parents=[])
    assert "牡丹江临空物流园" in labels(ents, "Park")


def test_a_port_before_its_phase_is_no_park():
    ents, _ = run(PORT, part="review", place="海南省", parents=[])
    assert not labels(ents, "Park") & {"马村港", "高排港"}


TITLE = "以东平镇现代农业产业园为龙头，申报国家现代农业产业园，新建高标准农田3万亩。"     # probe-county-2020


def test_no_park_opens_with_an_application_verb():
    ents, _ = run(TITLE, part="plan", place="博白县", parents=["广西壮族自治区", "玉林市"])
    assert not any(p.startswith("申报") for p in labels(ents, "Park"))


LISTED = "醴陵经开区：推进华联瓷业智能化生产线、电瓷电器产业园二期、醴陵陶瓷物流中心建设。"  # probe-city-2017


def test_a_park_phase_in_a_list_hosts_no_neighbour():
    ents, links = run(LISTED, part="plan", place="株洲市", parents=["湖南省"])
    hosts = {(ln.subject.label, ln.object.label) for ln in links if ln.predicate == "locatedIn"}
    assert "电瓷电器产业园" in labels(ents, "Park")
    assert ("醴陵陶瓷物流中心", "电瓷电器产业园") not in hosts
