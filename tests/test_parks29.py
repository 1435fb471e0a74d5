"""Zone types and industry words taught by no report (``park_standard.yaml``, parks29) on real dev sentences: a
park whose function word or zone head only its own report family supports is still proposed when that family's
entry is taken out of ``parks.yaml`` (as the grouped measure does), and a standard zone type in a generic or
titled mention stays out."""
from __future__ import annotations

import copy

import pytest

from entity_helpers import labels, proposed_parks, run
from policykg import resources
from policykg.extract import grammar, park_family
from policykg.extract.park_standard import with_standard

pytestmark = pytest.mark.unit

BIO_CITY = "筹建重庆市生物制造研究院，支持重庆国际生物城创新药生态圈发展"                         # chongqing-2026
PORT_ZONE = "拓展国际海运航线网络，加快汕头、湛江临港经济区建设"                                  # guangdong-2026
CHEMICAL_PARKS = "90%的化工园区降至较低风险等级，90%的煤矿达到安全生产标准化二级以上"                # ningxia-2026
CHEMICAL_CLEANUP = "开展化工园区地下水污染等专项整治，加快全域“无废城市”建设"                       # fujian-2026
TITLED_FARM_PARK = "2万亩，新建国家现代农业产业园、产业集群"                                       # sichuan-2026


def _without(raw: dict, functions=(), heads=(), suffixes=()) -> dict:
    out = copy.deepcopy(raw)
    fam = out["head_families"]
    fam["functions"] = [w for w in fam["functions"] if w not in functions]
    fam["heads"] = [w for w in fam["heads"] if w not in heads]
    out["suffixes"] = [s for s in out["suffixes"] if s["suffix"] not in suffixes]
    return out


@pytest.fixture
def held_out(monkeypatch):
    """parks.yaml read without the given entries (a held-out family's own), the standard read as ever."""
    original = resources.lexicon_data

    def use(**removed):
        monkeypatch.setattr(resources, "lexicon_data",
                            lambda n: _without(original(n), **removed) if n == "parks" else original(n))
        for f in (grammar.parks_raw, grammar.lexicon, park_family.family_re):
            f.cache_clear()
    yield use
    monkeypatch.setattr(resources, "lexicon_data", original)
    for f in (grammar.parks_raw, grammar.lexicon, park_family.family_re):
        f.cache_clear()


def test_a_function_word_only_its_family_taught_still_stands_through_the_standard(held_out):
    held_out(functions=("生物",))
    assert "生物" in grammar.parks_raw()["head_families"]["functions"]
    assert park_family.family_re().search("重庆国际生物城").group() == "生物城"
    assert "重庆国际生物城" in proposed_parks(BIO_CITY, "重庆市")


def test_a_zone_head_only_its_family_taught_still_stands_through_the_standard(held_out):
    held_out(functions=("临港",), heads=("经济区",))
    assert any(n.endswith("湛江临港经济区") for n in proposed_parks(PORT_ZONE, "广东省"))
    assert "湛江临港经济区" in labels(run(PORT_ZONE, place="广东省", parents=[])[0], "Park")


def test_a_suffix_read_from_the_standard_comes_before_the_shorter_one_it_ends_with():
    raw = _without(resources.lexicon_data("parks"), suffixes=("物流园区",))
    merged = [s["suffix"] for s in with_standard(raw, resources.lexicon_data("park_standard"))["suffixes"]]
    assert merged.index("物流园区") < merged.index("园区")
    assert with_standard(raw, {}) == raw and raw is not with_standard(raw, {})


@pytest.mark.parametrize("text, place", [(CHEMICAL_PARKS, "宁夏回族自治区"), (CHEMICAL_CLEANUP, "福建省"),
                                         (TITLED_FARM_PARK, "四川省")])
def test_a_standard_zone_type_in_a_generic_or_titled_mention_is_no_park(text, place):
    ents, _ = run(text, place=place, parents=[])
    assert not any(n.endswith(("化工园区", "现代农业产业园")) for n in labels(ents, "Park"))
