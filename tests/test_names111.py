"""One measure, one name across reports (names111, issue 13 items 1–2; the guideline's names111 lines): a length is
里程 only for roads, railways and their routes, 长度 for any other line; 打造 is no part of a name, after 新 or 再 as
alone. Dev sentences; docs/checks/names-golds-names111.md."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

SHANGHAI = "加强林地、湿地管理保护，实施生态复合空间综合整治，新建绿道100公里、绿地500公顷、立体绿化10万平方米。"
GUANGDONG = "方便公众用好十五运会竞赛场馆，因地制宜新建标准塑胶跑道2000公里以上。"
CHONGQING = "实施城市片区更新提升行动，整体提升两江四岸美丽滨江线20公里，新增山城绿道100公里。"
ANHUI = "持续整治提升人居环境，加快补齐农村现代生活条件短板。新改建农村公路1500公里。"
GUIZHOU = "创新举措推动卖酒向卖生活方式转变，新打造省级特色酒庄5个、美酒美食街区5条、五星级白酒体验酒店5家。"
LIAONING = "再打造30个“辽宁优品”，推动更多“辽品出辽”“辽品出海”。"


@pytest.mark.parametrize("text, value, expected", [
    (SHANGHAI, "100", "绿道长度"),                 # shanghai's gold (was 绿道里程, realigned)
    (GUANGDONG, "2000", "标准塑胶跑道长度"),       # guangdong's gold; was 标准塑胶跑道里程
    (CHONGQING, "100", "新增山城绿道长度"),        # chongqing's gold; was 新增山城绿道里程
    (ANHUI, "1500", "农村公路里程"),               # a road keeps 里程 (anhui's gold)
])
def test_only_roads_run_a_mileage(text, value, expected):
    assert name_of(text, value, part="plan") == expected


@pytest.mark.parametrize("text, value, expected", [
    (GUIZHOU, "5", "省级特色酒庄数量"),            # guizhou's gold, realigned; was 新打造省级特色酒庄数量
    (LIAONING, "30", "“辽宁优品”数量"),             # liaoning's gold, realigned; was “辽宁优品”新打造数量
])
def test_dazao_is_no_new_or_renewed_act(text, value, expected):
    assert name_of(text, value, part="plan") == expected


def test_the_length_rule_is_turned_off_by_the_audit():
    assert without_rule("line_length", lambda: name_of(SHANGHAI, "100", part="plan"))[0] == "绿道里程"


@pytest.mark.parametrize("name", ["供热管网新建改造工程长度", "中心城区供水管网二期工程长度"])
def test_a_pipe_length_named_at_length_still_reaches_its_concept(name):
    """review51: with 长度 for pipes the broad pattern's six free characters had to hold 长度 as well, so a pipe
    name of five or six characters between 管网 and the measure word (as 里程 it linked) linked no concept."""
    from policykg.emit.concepts import match
    concept, how = match(name)
    assert (concept.code, how) == ("pipeline-length", "broad")
