"""Indicator names (issue 13, names52; docs/checks/indicator-dev-names52.md). Real sentences of dev reports.

A count of county-level divisions followed by what they do is named by the act before them (N个县开展X建设 →
开展X建设县数量, the guideline); a flow word written after the things right before their number defines the count
as one written before them (X新增N个 → 新增X数量, X增加N个 likewise since names114)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.emit.concepts import match
from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # guangdong 2026 (its gold): the counties doing the work
    ("推动建设超100条（个）幸福河湖，超5个县（市、区）开展全域幸福河湖建设，整体提升河流湖泊的生态条件。",
     ("开展全域幸福河湖建设县（市、区）数量", Decimal("5"))),
    # xinjiang 2026
    ("医疗卫生服务水平稳步提升，建成4个国家级、4个自治区级区域医疗中心，86个县市区开展县域医共体建设。",
     ("开展县域医共体建设县市区数量", Decimal("86"))),
    # chongqing 2026: 通过 opens the act (the tagger reads a preposition)
    ("7个区县通过学前教育普及普惠国家督导评估认定，建成6个义务教育优质均衡发展区。",
     ("通过学前教育普及普惠国家督导评估认定区县数量", Decimal("7"))),
    # neimenggu 2026
    ("7个盟市接通高铁、所有盟市互通高速。", ("接通高铁盟市数量", Decimal("7"))),
])
def test_divisions_counted_by_what_they_do_are_named_by_it(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # neimenggu 2026: the words after the divisions open with no act, so no doing-divisions name; the standard met
    # names them (names78's reached_things; was 盟市空气质量)
    ("全区12个盟市空气质量全部达标，国考断面水质优良比例达到历史最好水平。", ("空气质量达标盟市数量", Decimal("12"))),
    # shanghai 2026: 区区 pairs districts, no division word
    ("加快落地新一批22项新城功能性导入事项、10个区区结对合作重点项目，大力推进吴淞区域转型。",
     ("区区结对合作重点项目落地数量", Decimal("10"))),
    # hubei 2026: a title they were selected into names them
    ("潜江、松滋等10个县市获批国家新型城镇化试点。", ("国家新型城镇化试点县市数量", Decimal("10"))),
    # jilin 2026: one village word is no county-level division; the work on the villages stays (its gold)
    ("完成1000个行政村生活污水治理。", ("行政村生活污水治理数量", Decimal("1000"))),
])
def test_other_counts_of_places_keep_their_names(sentence, expected):
    assert expected in names(sentence)


def test_a_count_of_divisions_takes_no_concept_of_what_they_work_on():
    assert match("开展县域医共体建设县市区数量") is None
    assert match("县域医共体数量")[0].code == "medical-centres"


@pytest.mark.parametrize("sentence, expected", [
    # shandong 2026
    ("大科学装置新增2个，国家技术创新中心增至5个。", [("新增大科学装置数量", Decimal("2")), ("国家技术创新中心数量", Decimal("5"))]),
    # shanghai 2026: the stock after it keeps the plain name
    ("全国首创制度创新案例新增9个、累计达到79个。",
     [("新增全国首创制度创新案例数量", Decimal("9")), ("全国首创制度创新案例数量", Decimal("79"))]),
    # shandong 2026: 增加 as 新增 (names114; was 通用机场增加数, names36)
    ("通用机场增加11个、达到25个。", [("新增通用机场数量", Decimal("11")), ("通用机场数量", Decimal("25"))]),
])
def test_a_flow_word_after_the_things_defines_the_count(sentence, expected):
    assert names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # (hebei 2026's 经营主体净增231万户 moved to test_names120: the net flow now defines the count)
    # sichuan 2026: a length added keeps its plain name (a change of a size)
    ("铁路运营里程新增1700公里、突破7000公里。", ("铁路运营里程", Decimal("1700"))),
])
def test_a_net_flow_or_a_size_added_keeps_its_plain_name(sentence, expected):
    assert expected in names(sentence)


def test_a_count_of_things_more_has_the_concept_of_their_count():
    assert match("新增基础教育公办学位数量")[0].code == "school-places"
