"""The placement pass's ties70 rules weighed by their firings (ties71, issue 12). Probe texts read whole.

The by-name rule places no "work" whose name goes on from the park's with a verb that governs works (X启动二期,
X重点推进精密铸造二期: the park is its clause's subject); works named after their park stay placed. The entity
decision's cue reads the rule the pass uses. One work opening a clause with a start of production (Y建成投产) in a
sentence a park opens is that park's."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.evaluation import report_facts

pytestmark = pytest.mark.unit

PROBES = Path(__file__).resolve().parent / "data" / "constructed"


def placed(stem: str) -> set[tuple[str, str]]:
    """(project label, park label) of every locatedIn tie between a project and a park of the probe text."""
    facts = report_facts(PROBES / f"{stem}.txt")
    return {(ln.subject.label, ln.object.label) for ln in facts.links if ln.predicate == "locatedIn"
            and getattr(ln.subject, "kind", "") == "Project" and getattr(ln.object, "kind", "") == "Park"}


@pytest.mark.parametrize("stem, park", [("probe-county-2020", "龙潭镇工业集中区"),
                                        ("probe-countycity-2021", "晋江国际鞋纺城物流园"),
                                        ("probe-district-2013", "铜官港物流园")])
def test_a_park_governing_works_is_no_name_of_a_work_in_it(stem, park):
    ties = placed(stem)
    assert not [(p, k) for p, k in ties if k == park and ("启动" in p or "推进" in p)]


def test_works_named_after_their_park_stay_placed():
    assert ("亚山物流园冷链仓储中心", "亚山物流园") in placed("probe-county-2020")
    assert ("薛家湾煤炭物流园区智能调度中心", "薛家湾煤炭物流园区") in placed("probe-banner-2018")


# probe-city-2011 and probe-district-2013, as written: a park opens the sentence, a list of works opens a later clause
WORKS_LISTS = [("曹妃甸工业区累计完成投资2100亿元，首钢京唐钢铁一期、华润曹妃甸电厂一期建成投产，曹妃甸港区矿石码头二期投入运营。",
                "曹妃甸工业区", "华润曹妃甸电厂一期"),
               ("望城经济开发区完成技工贸总收入520亿元，新引进企业38家，晟通铝材三期、湘丰茶业深加工项目竣工投产，旺旺食品二期完成主体工程。",
                "望城经济开发区", "晟通铝材三期")]


@pytest.mark.parametrize("text, park, project", WORKS_LISTS, ids=["city-2011", "district-2013"])
def test_the_decisions_cue_reads_the_rule_the_pass_uses(text, park, project):
    """The placement pass places such works (ties70); the entity decision's cue now reads the same rule."""
    from policykg.extract.placement_cue import placement_cue
    spans = {("Park", text.index(park), text.index(park) + len(park)),
             ("Project", text.index(project), text.index(project) + len(project))}
    at = text.index(project)
    assert placement_cue(text, "Project", at, at + len(project), spans) == {"Project:placed": 1.0}
    at = text.index(park)
    assert placement_cue(text, "Park", at, at + len(park), spans) == {"Park:hosts": 1.0}


@pytest.mark.parametrize("stem, project, park", [
    ("probe-province-2023", "中国一重大型铸锻件扩能项目", "齐齐哈尔装备制造产业园"),         # the next clause
    ("probe-prefecture-2015", "滇中药业中药饮片生产线", "楚雄经济技术开发区"),              # past a part of the park
    ("probe-district-2022", "科沃斯机器人智能制造基地", "吴中经济技术开发区"),
])
def test_a_work_that_enters_production_is_the_opening_parks(stem, project, park):
    """X…，Y建成投产 / X…，X的Z园新入驻企业N家，Y竣工投产: one work opening its clause with a start of production (a
    work that opens for itself, shanxi's 平台建成运行, stays unplaced: test_placement_rule.py)."""
    assert (project, park) in placed(stem)

