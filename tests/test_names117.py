"""Figure names as a careful reader judges them on dev, second sample (names117, issue 13 item 2;
docs/checks/names117.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


def test_qidong_defines_the_count_after_the_things():
    """yunnan 2026's review, read by hand: the resettlements started, not done (was 地质灾害避险搬迁户数)."""
    assert name_of("推动德钦县城避险搬迁建设。启动2.3万户地质灾害避险搬迁。", "2.3") == "地质灾害避险搬迁启动户数"


def test_qidong_gives_way_to_the_making_act_closing_the_clause():
    """jinghai-2021's gold 农村人居环境整治示范村建设数量: 启动N个X建设 → X建设数量 (the guideline's names40 line)."""
    sentence = "实施乡村建设行动，启动25个农村人居环境整治示范村建设，完善未搬迁村水、电、路、气等公共服务和基础设施。"
    assert name_of(sentence, "25", "plan", 2021) == "农村人居环境整治示范村建设数量"


def test_grouped_count_keeps_its_making_act_after_the_things():
    """jinghai-2021's gold 工程启动数量 (was 启动工程数量); chongqing's 建成…等340个市级重点项目 likewise."""
    sentence = "开工建设津静市郊铁路首开段，实施团静公路改建工程，启动团大公路新建等4项工程，推进团泊大道大邱庄段贯通。"
    assert name_of(sentence, "4", "plan", 2021) == "工程启动数量"


def test_people_counted_before_the_benefit_they_get():
    """anhui and qinghai 2026's reviews, read by hand (were X享受Y人数, a count of the benefit)."""
    sentence = "居民医保实现省级统筹。149.5万个婴幼儿所在家庭享受育儿补贴，57.6万名儿童享受减免幼儿园学前一年保育教育费。"
    assert name_of(sentence, "149.5") == "享受育儿补贴的婴幼儿所在家庭数量"
    assert name_of(sentence, "57.6") == "享受减免幼儿园学前一年保育教育费的儿童人数"
    sentence = "教育强省建设稳步推进，7.6万名学前大班儿童享受免费教育，义务教育营养改善计划提质扩面。"
    assert name_of(sentence, "7.6") == "享受免费教育的学前大班儿童人数"
