"""Figure names read wrong in names70's sample (issue 13; docs/checks/indicator-names70.md): two making acts
joined by 和 before the things (引进和培育N家X) kept only the last act. The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, part, expected", [
    # guizhou 2026 (target; gold 华为云生态企业累计引进和培育数量): was 华为云生态企业培育数量; 累计 since names86
    ("深入实施“东数西算”工程，优化调整“算力券”政策，制定算电协同长效措施，全省算力规模突破190Eflops。"
     "累计引进和培育150家以上华为云生态企业。", "150", "plan", "华为云生态企业累计引进和培育数量"),
    # ningxia 2026 (outcome): was 科技成果落地数量
    ("科技创新能力不断增强，引进和落地科技成果600余项，技术合同成交额增长30%以上。",
     "600", "review", "科技成果引进和落地数量"),
])
def test_two_acts_joined_by_he_are_the_act_whole(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected


@pytest.mark.parametrize("sentence, value, part, expected", [
    # jiangxi 2026 (control, test_names56): the side-by-side compound as before
    ("大力发展科技型服务业，建成国家级江西省知识产权保护中心，培育认定省级工业设计中心20个以上，"
     "加快推进国家级省级质检中心和计量中心建设。", "20", "plan", "省级工业设计中心培育认定数量"),
    # jilin 2026 (control): 新建和改善提升 opens with a 新+verb and closes with a treating compound: not joined
    ("新建和改善提升绿水长廊1000公里，建设幸福河湖10条（段）。", "1000", "plan", "改善提升绿水长廊长度"),  # 长度: names111
])
def test_other_compounds_unchanged(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected


@pytest.mark.parametrize("name, code", [
    # guizhou 2026: the joined acts are taken out whole, so the count keeps the concept the one-act name had
    ("华为云生态企业引进和培育数量", "enterprises"),
    # jilin 2026 (引进培育100家首店, test_names56): a side-by-side compound likewise, as 省级首店引进数量
    ("首店引进培育数量", "facilities"),
])
def test_a_compound_act_is_taken_out_whole_to_find_the_concept(name, code):
    from policykg.emit.concepts import match
    found = match(name)
    assert found is not None and (found[0].code, found[1]) == (code, "broad")
