"""Indicator names (issue 13, names51): a making act closing the clause of things named after their number is kept
when an act word inside the things only names their kind (整治示范村, 集聚区), as it is for any other things
(docs/checks/indicator-district-names51.md). Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # jinghai 2021: 整治 names the kind of village
    ("实施乡村建设行动，启动25个农村人居环境整治示范村建设，完善未搬迁村水、电、路、气等公共服务和基础设施。",
     ("农村人居环境整治示范村建设数量", Decimal("25"))),
    # sichuan 2026: 集聚 names the kind of zone, the alias in brackets read past
    ("支持15个服务业高质量发展集聚区（培育区）建设。", ("服务业高质量发展集聚区（培育区）建设数量", Decimal("15"))),
])
def test_an_act_word_naming_the_kind_of_things_keeps_the_closing_act(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # shandong 2026: things already being built stay bare (续建)
    ("铁路方面，积极推动莱临、德商、日照至五莲、聊邯长铁路纳规，具备条件后加快推进前期工作；抓好6条续建高铁建设，今年建成雄商、济滨高铁。",
     ("续建高铁数量", Decimal("6"))),
    # guangdong 2026: a count of who does the work (县开展X建设) holds an act of its own: no closing 建设 after the
    # counties (names52 names them by their act, as the guideline does)
    ("推动建设超100条（个）幸福河湖，超5个县（市、区）开展全域幸福河湖建设，整体提升河流湖泊的生态条件。",
     ("开展全域幸福河湖建设县（市、区）数量", Decimal("5"))),
    # xinjiang 2026: the same, with no alias
    ("医疗卫生服务水平稳步提升，建成4个国家级、4个自治区级区域医疗中心，86个县市区开展县域医共体建设。",
     ("开展县域医共体建设县市区数量", Decimal("86"))),
])
def test_things_with_an_act_of_their_own_or_already_built_stay_bare(sentence, expected):
    assert expected in names(sentence)
