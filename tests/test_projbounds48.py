"""A join word before the left's annex (及配套…, 及服务中心) splits no name (projbounds48; ``name_edges.annexed``,
``entities.split_joined``). Sentences of the dev reports hainan-2026, qinghai-2026 and hailaer-2014."""
from __future__ import annotations

import pytest

from policykg.extract.entities import split_joined
from policykg.extract.grammar import Candidate
from policykg.extract.name_edges import annex_joined

from entity_helpers import labels, run, tok_sentence

# hainan-2026, its 十四五 review (gold 西门子能源燃机总装基地及服务中心, alt …项目): kept as 西门子能源燃机总装基地 + 服务中心项目
SIEMENS = "3家海上风场并网发电，西门子能源燃机总装基地及服务中心项目开工。"
# qinghai-2026 (gold 香日德水库及配套灌溉工程): 配套灌溉工程 was kept alone as well
IRRIGATION = "高效建设柴达木盆地水资源配置一期等引调水工程，推动三滩引水生态综合治理一期、香日德水库及配套灌溉工程立项审批，加快引黄济宁、引通济柴工程前期。"
# left alone: hailaer-2014 (gold 第三中学分校; 标准化中学 a second, generic school), hainan-2026 (a berth and a channel)
SCHOOLS = "积极争取上级资金和吸引社会投资，重点实施自治区冬季项目体育场馆、社区卫生服务中心、第三中学分校及标准化中学、幼儿园等公共公益项目。"
# left alone: hainan-2026 (gold 商业航天发射场): 及配套产业 is the industry around it, no annex
LAUNCH = "加快商业航天发射场及配套产业重大项目建设，推动3号、4号工位建成并具备发射能力。"
PORT = "综合枢纽新海港、美兰机场二期、洋浦港20万吨级泊位和深水航道投用，凤凰机场三期开工。"


def _cand(sentence: str, name: str, place: str, parents=()) -> Candidate:
    st, _ = tok_sentence(sentence, place, list(parents), year=2026, part_kind="plan")
    a = st.text.index(name)
    return Candidate("Project", name, a, a + len(name), st, {})


def _split(sentence: str, name: str, place: str, parents=()) -> list[str]:
    return [c.name for c in split_joined(_cand(sentence, name, place, parents))]


@pytest.mark.unit
@pytest.mark.parametrize("sentence,name,place", [
    (SIEMENS, "西门子能源燃机总装基地及服务中心项目", "海南省"),
    (IRRIGATION, "香日德水库及配套灌溉工程", "青海省")])
def test_a_join_before_the_left_annex_stays_one_name(sentence, name, place):
    assert _split(sentence, name, place) == [name]


@pytest.mark.unit
@pytest.mark.parametrize("sentence,name,place,parents,parts", [
    (SCHOOLS, "第三中学分校及标准化中学", "海拉尔区", ["内蒙古自治区", "呼伦贝尔市"], ["第三中学分校", "标准化中学"]),
    (PORT, "洋浦港20万吨级泊位和深水航道", "海南省", [], ["洋浦港20万吨级泊位", "深水航道"])])
def test_a_join_before_a_second_thing_still_splits(sentence, name, place, parents, parts):
    assert _split(sentence, name, place, parents) == parts


@pytest.mark.unit
def test_the_annexed_works_are_kept_whole_not_halved():
    got = labels(run(SIEMENS, "review", "海南省", [])[0], "Project")
    assert not {"西门子能源燃机总装基地", "服务中心项目"} & got
    assert got & {"西门子能源燃机总装基地及服务中心项目", "西门子能源燃机总装基地及服务中心"}


@pytest.mark.unit
@pytest.mark.parametrize("sentence,left,place,parents,whole", [
    # the strict grouped fold's decision keeps hainan's left half alone: it takes the annex back
    (SIEMENS, "西门子能源燃机总装基地", "海南省", [], "西门子能源燃机总装基地及服务中心项目"),
    (IRRIGATION, "香日德水库", "青海省", [], "香日德水库及配套灌溉工程"),
    (SCHOOLS, "第三中学分校", "海拉尔区", ["内蒙古自治区", "呼伦贝尔市"], "第三中学分校"),
    (PORT, "洋浦港20万吨级泊位", "海南省", [], "洋浦港20万吨级泊位"),
    (LAUNCH, "商业航天发射场", "海南省", [], "商业航天发射场")])
def test_a_name_kept_without_its_annex_takes_it_back(sentence, left, place, parents, whole):
    assert annex_joined(_cand(sentence, left, place, parents)).name == whole
