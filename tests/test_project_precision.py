"""Lists that share one works word but are no list of works (issue #12, precision), on dev report text."""
from __future__ import annotations

import pytest

from policykg.extract.decide import grammar_candidates
from policykg.extract.grammar import TokSentence

from entity_helpers import labels, make_sentences, run


def _listed(sentence: str, place: str) -> dict[str, bool]:
    """Listed member → is it marked as no list of works (``shared_kind.not_a_list``)?"""
    [s] = make_sentences(sentence, place, [], part_kind="review")
    return {c.name: c.attrs["no_list"] for c in grammar_candidates(TokSentence(s)) if c.attrs.get("listed")}


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, members", [
    # sichuan-2026: the count counts what the verb before it does, not the regions or actions listed
    ("聚焦大凉山、邛崃—岷山、金沙江中上游、大巴山南麓和嘉陵江流域等重点区域谋划一批生态保护修复工程", "四川省",
     ["邛崃—岷山", "金沙江中上游", "大巴山南麓"]),
    ("突出项目质量，谋划储备、洽谈招引、转化落地、育优做强、纾困解难、投建运营一批项目", "四川省", ["育优做强", "纾困解难"]),
    # hailaer-2018: enterprises whose upgrade is done, not works
    ("龙城彩色包装、蒙西水泥等企业完成升级改造，蒙拓机械等装备制造企业效益不断提高", "海拉尔区", ["蒙西水泥"]),
])
def test_a_list_whose_count_is_a_verbs_object_or_whose_members_are_enterprises_is_no_list_of_works(
        sentence, place, members):
    listed = _listed(sentence, place)
    assert set(members) <= set(listed) and all(listed[m] for m in members)
    ents, _ = run(sentence, "review", place)
    assert not set(members) & labels(ents, "Project")


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, members", [
    ("传统商贸业稳步发展，华汇、地壹街两个地下商城投入使用，全年新增商业营业面积15万平方米", "海拉尔区",   # hailaer-2014
     ["华汇", "地壹街"]),
    ("确保包商银行培训中心、呼伦贝尔大饭店、碧海云天等酒店投入运营", "海拉尔区", ["呼伦贝尔大饭店", "碧海云天"]),  # hailaer-2013
])
def test_a_list_of_works_sharing_its_works_word_stays_a_list(sentence, place, members):
    listed = _listed(sentence, place)
    assert set(members) <= set(listed) and not any(listed[m] for m in members)
