"""Sectors listed before 等…项目/基地 and a city's designated role are no projects (issue #12, projprec27:
extract/sector_lists.py, ``sector_lists`` and ``role_tails`` of projects.yaml); works of the same head that name what
they build stay. Sentences of dev reports."""
from __future__ import annotations

import pytest

from policykg.extract import entities, reach
from policykg.extract.grammar import lexicon_raw
from policykg.extract.sector_lists import listed_sector

from entity_helpers import run

SECTORS = [
    # shanxi-2026: the words between 等 and 项目 name a class of sectors (有色金属)
    ("有序推进煤铝共采项目，建设铝镁、黄金、超高纯铜等有色金属项目，推动铝产业链一体化项目建成投产。", "山西省", "超高纯铜"),
    # guangxi-2026: 等原料生产基地
    ("支持生态功能县试点提质发展绿色经济，建设长寿食品、中药材等原料生产基地，深化生态文旅融合、生态康养结合。",
     "广西壮族自治区", "长寿食品"),
    # hainan-2026: another member is a sector kind (…研发制造)
    ("推动集成电路封装测试、传感器研发制造等项目落地，壮大以半导体为重点的电子信息制造业集群。", "海南省",
     "集成电路封装测试"),
]

ROLES = [
    ("协同打造成渝现代化城市群，加快推进成渝地区区域科技创新中心建设，成功举办第二届“一带一路”科技交流大会。", "四川省",
     "成渝地区区域科技创新中心"),                                                                   # sichuan-2026
]

WORKS = [
    # hainan-2026: members of a 等…项目 list naming what they build (a hospital's head)
    ("省人民医院南院、北京大学口腔医院三亚医院等医疗项目投入使用。", "海南省", "省人民医院南院"),
    # guizhou-2026: 煤电 between 等 and 项目 is no class of sectors: the plants keep their names
    ("加快推动先进煤电机组布局和现役煤电机组改造，建成投产大湾、盘南等煤电项目，优化风光资源配置。", "贵州省", "盘南"),
    # jiangsu-2026: a centre built, of the same head as a role
    ("推动省产业技术研究院深度参与长三角国家技术创新中心建设，培育技术经理人队伍。", "江苏省", "长三角国家技术创新中心"),
]


def _labels(sentence, place):
    return {e.label for e in run(sentence, "plan", place)[0] if e.kind == "Project"}


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, name", SECTORS)
def test_a_listed_sector_is_no_project(sentence, place, name, monkeypatch):
    assert name not in _labels(sentence, place)
    monkeypatch.setattr(entities, "listed_sector", lambda *_: False)     # the filter is what drops it
    assert name in _labels(sentence, place)


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, name", ROLES)
def test_a_city_role_is_no_project(sentence, place, name, monkeypatch):
    assert name not in _labels(sentence, place)
    raw = dict(lexicon_raw())
    raw["role_tails"] = [t for t in raw["role_tails"] if t not in ("副中心", "科技创新中心")]
    monkeypatch.setattr(reach, "lexicon_raw", lambda: raw)              # the new role words are what drop it
    assert name in _labels(sentence, place)


@pytest.mark.unit
@pytest.mark.parametrize("name, says", [
    ("遵义省域副中心", True),            # guizhou-2026 (kept there by the report's word counts, not in one sentence)
    ("成渝地区区域科技创新中心", True),    # sichuan-2026
    ("大湾区国际科技创新中心", True),      # guangdong-2026, a role the earlier 国际科技创新中心 already read
    ("长三角国家技术创新中心", False),     # jiangsu-2026, required: a centre built
    ("中欧班列华中区域集结中心", False),   # hubei-2026, required
    ("锦屏深地科学中心", False),           # sichuan-2026, required
])
def test_role_tails(name, says):
    assert reach.unnamed_amount(name, {}) is says


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, name", WORKS)
def test_works_of_the_same_head_stay(sentence, place, name):
    # 盘南 is the alternative of 盘南煤电项目 (the list's head; projects64)
    names = {n for e in run(sentence, "plan", place)[0] if e.kind == "Project" for n in (e.label, *e.alt_labels)}
    assert name in names


@pytest.mark.unit
@pytest.mark.parametrize("sentence, name, says", [
    ("建设铝镁、黄金、超高纯铜等有色金属项目，推动", "铝镁", True),           # a member before the last
    ("建设铝镁、黄金、超高纯铜等有色金属项目，推动", "超高纯铜", True),
    ("建设铝镁、黄金、超高纯铜等重大项目，推动", "超高纯铜", False),          # no class word, no sector sibling
    ("推动集成电路封装测试、传感器研发制造等项目落地", "集成电路封装测试", True),  # 路 inside a word is no head
    ("推动集成电路封装测试、传感器研发制造等工程落地", "集成电路封装测试", False),  # 工程: not a works word here
    ("建设太平水库、超高纯铜等有色金属项目，推动", "太平水库", False),        # a member with a works head
    ("建设铝镁、黄金、超高纯铜，推动有色金属项目", "超高纯铜", False),        # no 等 closing the list
    ("建设铝镁、黄金、2号超高纯铜等有色金属项目，推动", "2号超高纯铜", False),  # a number names a thing
])
def test_listed_sector(sentence, name, says):
    a = sentence.index(name)
    assert listed_sector(sentence, a, a + len(name), {}) is says
