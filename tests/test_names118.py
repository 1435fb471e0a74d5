"""Figure names as a careful reader judges them on dev, third sample (names118, issue 13 item 2;
docs/checks/names118.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


def test_li_gai_fei_stands_after_the_rules():
    """liaoning and shanghai 2026's reviews, read by hand: 立改废 (making, amending, repealing) is a law act,
    after the rules as 制定修改废止 is (were 立改废省政府规章数量, 立改废政府规章数量)."""
    sentence = ("自觉接受省人大及其常委会法律监督、工作监督和省政协民主监督，办结人大代表议案建议608件、政协提案684件，"
                "满意率均100%，提请省人大常委会审议地方性法规10件，立改废省政府规章12件，办结行政复议案件3.26万件。")
    assert name_of(sentence, "12") == "省政府规章立改废数量"
    assert name_of(sentence, "10") == "地方性法规提请审议数量"    # the law-act line it joins, unchanged
    sentence = "自觉依法接受监督，配合市人大及其常委会出台地方性法规20件，立改废政府规章44件，办理市人大代表建议1256件、市政协提案967件。"
    assert name_of(sentence, "44") == "政府规章立改废数量"


def test_plan_same_span_is_a_base_not_a_name():
    """jiangxi 2026's review, read by hand: 较“十三五”同期 is the comparison base (was 死亡人数较“十三五”同期; the list's
    last member then takes the first's thing, as the same list of the year does)."""
    sentence = ("发电装机容量突破8000万千瓦，可再生能源装机占比达56.2%，电网迈入特高压时代，生产安全事故起数、死亡人数较"
                "“十三五”同期分别下降62.97%、53.06%，连续19年获全国平安建设（综治工作）考核优秀等次。")
    assert name_of(sentence, "-53.06") == "生产安全事故死亡人数"
    assert name_of(sentence, "-62.97") == "生产安全事故起数"


def test_things_that_pass_a_check_are_named_by_it():
    """hebei 2026's gold 通过国家备案的大模型数量 (aligned by names118: the province's stock of models is not 13); hubei's
    17家企业通过上市和并购融资 read by hand (was 大模型数量, 企业数量: the bare stock)."""
    sentence = "高端装备成长为万亿级产业，新能源汽车产量增长5.1倍，综合算力指数全国第一，13个大模型通过国家备案，高新技术产业增加值占规上工业比重提高到25.5%。"
    assert name_of(sentence, "13") == "通过国家备案的大模型数量"
    sentence = "重构多层次资本市场公开募资培育体系，17家企业通过上市和并购融资，175家企业发行各类债券1193只，全省直接融资7990亿元。"
    assert name_of(sentence, "17") == "通过上市和并购融资的企业数量"
