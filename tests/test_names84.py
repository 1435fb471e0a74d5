"""names84's general name rules (docs/checks/names-strict-names84.md), each on real dev sentences of two families or
more, and the strict held-out names measure (scripts/names_strict.py)."""
from __future__ import annotations

import pytest

from audit_helpers import audit, names_strict
from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, value, name", [
    # guangdong: the verb of a relative clause before the thing stays
    ("全省参加职业伤害保障的新业态劳动者超640万人。", "640", "参加职业伤害保障的新业态劳动者人数"),
    # qinghai
    ("达到服务能力标准的乡镇卫生院、社区卫生服务中心占比提高到90%以上。", "90", "达到服务能力标准的乡镇卫生院、社区卫生服务中心占比"),
    # guangdong: a verb opening the name governs the clause; 新增 stays the figure's act
    ("新增取得职业资格或技能等级证书的劳动者超30万人次。", "30", "新增取得职业资格或技能等级证书的劳动者人次"),
])
def test_a_relative_clause_keeps_its_verb(text, value, name):
    assert name_of(text, value) == name


@pytest.mark.parametrize("text, value, name", [
    # shandong
    ("开展自贸试验区重点产业系统集成改革，形成30项以上创新成果。", "30", "自贸试验区重点产业系统集成改革创新成果数量"),
    # hainan
    ("深化职务科技成果权属改革，形成10个以上典型案例，提升科技成果转化效能。", "10", "职务科技成果权属改革典型案例数量"),
    # xinjiang: the clause before gives a figure of its own, no reform: the results stay as written
    ("出台69项支持政策，形成72项省级制度创新成果，新设立企业2万余家。", "72", "省级制度创新成果数量"),
])
def test_results_after_a_reform_are_the_reforms(text, value, name):
    assert name_of(text, value) == name


@pytest.mark.parametrize("text, value, name", [
    # hunan: the zone named in an earlier clause
    ("盘活低效资产，实施新一轮园区土地利用专项清理行动，优先保障优质企业用地需求，亩均税收增长10%左右。", "10", "园区亩均税收"),
    # yunnan: the zone opening the sentence
    ("园区新增规模以上工业企业600户左右，主导产业集中度提升至55%以上。", "55", "园区主导产业集中度"),
    # no zone in the sentence: the measure stays bare
    ("优化土地资源配置，亩均税收增长10%左右。", "10", "亩均税收"),
])
def test_a_zone_measure_is_the_zone_s_its_sentence_names(text, value, name):
    assert name_of(text, value) == name


def test_family_only_rules_are_those_written_from_one_family():
    groups = names_strict.family_only()
    assert [r[0] for r in groups["hailaer"]] == ["per_head_rise", "per_head_members", "own_headline_topics",
                                                 "own_list_scopes", "measure_only", "total_lengths"]
    assert "own_treated_parts" not in {r[0] for rs in groups.values() for r in rs}   # hailaer and guangdong
    assert all(len({audit.family(s) for s in r[2].split()}) == 1 for rs in groups.values() for r in rs)
    home = names_strict.family_only(home=True)
    assert "own_treated_parts" in {r[0] for r in home["hailaer"]} and "own_treated_parts" in {r[0] for r in home["guangdong"]}
    assert "own_zone_measures" in {r[0] for r in home["hunan"]} and "own_zone_measures" not in {r[0] for r in home["guangxi"]}
