"""Park → project ties and one park across years (ties70, issue 12).

A work whose name opens with a park's name is placed in that park (亚山物流园冷链仓储中心, 中马产业园燕窝加工基地), not
when a phase or a build act follows the name (the park's own stage) nor through a list member's place
(鄂尔多斯 of 鄂尔多斯综保区). Cross-year joins chain (白箬铺科技园 → 白箬铺光电科技园 → 白箬铺光电信息科技园, three
constructed years of one district), a later year that makes a join ambiguous undoes it, and a build, an `add`
chain and `--stream` give the same park IRIs. Probe texts and dev reports read whole."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.evaluation import report_facts
from policykg.extract.identity_years import year_identities

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "tests" / "data" / "constructed"
DEV = ROOT / "data" / "corpus" / "provincial-2026"


def placed(path: Path) -> set[tuple[str, str]]:
    """(project label, park label) of every locatedIn tie between a project and a park of the report."""
    facts = report_facts(path)
    return {(ln.subject.label, ln.object.label) for ln in facts.links if ln.predicate == "locatedIn"
            and getattr(ln.subject, "kind", "") == "Project" and getattr(ln.object, "kind", "") == "Park"}


def test_a_work_named_after_its_park_is_placed_in_it():
    assert ("亚山物流园冷链仓储中心", "亚山物流园") in placed(PROBES / "probe-county-2020.txt")
    assert any(p.startswith("中马产业园燕窝") and park.startswith("中马") for p, park in
               placed(PROBES / "probe-province-2020.txt"))


def test_a_parks_own_phase_or_a_list_members_place_places_nothing():
    ties = placed(PROBES / "probe-district-2016.txt")
    assert not any(p.startswith("璧山公路物流园") for p, _ in ties)          # 一期, 二期: the park's own stages
    ties = placed(DEV / "neimenggu-2026.txt")
    assert not any(p.startswith("鄂尔多斯制氢") for p, _ in ties)            # 鄂尔多斯 is 鄂尔多斯综保区's member as written


def test_works_of_a_park_that_opens_the_sentence_are_placed_in_it():
    """X园区……，A、B建成投产: the park opens the sentence, its works are the subjects of a later clause."""
    ties = placed(PROBES / "probe-city-2011.txt")
    assert {("首钢京唐钢铁一期", "曹妃甸工业区"), ("华润曹妃甸电厂一期", "曹妃甸工业区")} <= ties
    ties = placed(PROBES / "probe-district-2013.txt")
    assert {("晟通铝材三期", "望城经济开发区"), ("湘丰茶业深加工项目", "望城经济开发区")} <= ties


CHAIN = [PROBES / f"years-chain-{y}.txt" for y in (2019, 2020, 2021, 2022)]


def parks(path: Path) -> list[tuple[str, str, str]]:
    return [(path.stem, e.attrs["identity"], e.attrs["zh"]) for e in report_facts(path).entities if e.kind == "Park"]


def test_joins_chain_across_three_years():
    joins = year_identities([row for p in CHAIN[:3] for row in parks(p)])
    assert joins == {("years-chain-2019", "白箬铺科技园"): "白箬铺光电信息科技园",
                     ("years-chain-2020", "白箬铺光电科技园"): "白箬铺光电信息科技园"}


def test_a_later_year_that_makes_a_join_ambiguous_undoes_it():
    joins = year_identities([row for p in CHAIN for row in parks(p)])
    # 白箬铺科技园 now shortens 白箬铺光电信息科技园 and 白箬铺生物科技园: it stays apart; the middle name still joins
    assert joins == {("years-chain-2020", "白箬铺光电科技园"): "白箬铺光电信息科技园"}


def _parks_in(text: str) -> set[str]:
    import re
    return set(re.findall(r"park/wangchengqu/[a-z]+", text))


@pytest.mark.corpus
def test_build_add_and_stream_give_the_same_parks(tmp_path):
    from cli_helpers import run_cli
    full, added, streamed = tmp_path / "full", tmp_path / "added", tmp_path / "streamed"
    steps = [("build", *CHAIN[:3], "--out", full), ("build", CHAIN[0], "--out", added)]
    steps += [("add", p, "--out", added) for p in CHAIN[1:3]]
    for args in steps:
        assert run_cli(*args, "--quiet", "--jobs", "1").returncode == 0
    assert (added / "graph.ttl").read_bytes() == (full / "graph.ttl").read_bytes()
    assert _parks_in((full / "graph.ttl").read_text(encoding="utf-8")) == {
        "park/wangchengqu/bairuopuguangdianxinxikejiyuan", "park/wangchengqu/wangchengjingjikaifaqu"}
    # the fourth year undoes the 2019 join: the add chain follows the full build
    for args in (("build", *CHAIN, "--out", full), ("add", CHAIN[3], "--out", added),
                 ("build", *CHAIN, "--out", streamed, "--stream")):
        assert run_cli(*args, "--quiet", "--jobs", "1").returncode == 0
    assert (added / "graph.ttl").read_bytes() == (full / "graph.ttl").read_bytes()
    assert (added / "graph.trig").read_bytes() == (full / "graph.trig").read_bytes()
    union = _parks_in((full / "graph.ttl").read_text(encoding="utf-8"))
    assert "park/wangchengqu/bairuopukejiyuan" in union
    assert _parks_in((streamed / "graph.nq").read_text(encoding="utf-8")) == union
