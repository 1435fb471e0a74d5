"""Figure names of provincial outcomes whose act or measure was lost (issue 13, names66;
docs/checks/indicator-names66.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, expected", [
    # guangxi 2026: 建成运营 was cut as a progress phrase, so the count read as the stock of such projects
    ("推动西部陆海新通道建设提质增效，北海铁山港20万吨级散货泊位等7个港航项目建成运营，北部湾港新增外贸泊位20个。",
     "7", "港航项目建成运营数量"),
    # hubei 2026: the same shape (5条高铁建成运营)
    ("有效投资持续发力，累计新开工亿元以上项目超过3万个，沿江高铁武宜段、呼南高铁襄荆段等5条高铁建成运营。",
     "5", "高铁建成运营数量"),
])
def test_built_and_running_stays_after_the_things(sentence, value, expected):
    assert name_of(sentence, value) == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # shanxi 2026: 全部 cut the things before their act (“两重”项目数量)
    ("“两新”政策持续扩围提质，196个“两重”项目全部开工。", "196", "“两重”项目开工数量"),
    # guizhou 2026
    ("5个国家区域医疗中心二期项目全部开工，新建县域医疗次中心50个。", "5", "国家区域医疗中心二期项目开工数量"),
    # sichuan 2026 (control): things that hold 开工 already do not repeat it
    ("稳定投资促增长，纳入国家102项重大工程的285个计划新开工项目全部开工。", "285", "计划新开工项目数量"),
    # jinghai 2021 (control): 全部 before another verb still ends the things (N个村全部实现X)
    ("120个困难村全部实现“三美四全五均等”。", "120", "困难村数量"),
])
def test_all_started_keeps_the_start(sentence, value, expected):
    assert name_of(sentence, value) == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # hainan 2026: 正式 stayed between the things and their act
    ("封关准备重点任务和软硬件建设全面完成，10个“二线口岸”正式启用。", "10", "“二线口岸”启用数量"),
    # yunnan 2026: 相继 likewise
    ("新昆楚大、临清等40条高速公路相继开通，高速公路、农村公路通车里程均居全国第2位。", "40", "高速公路开通数量"),
    # hailaer-2014 (control): 正式运营 is still cut whole, as progress_tail has it
    ("中俄蒙国际汽车产业园累计完成投资1.5亿元，新建成的4个4S店正式运营。", "4", "中俄蒙国际汽车产业园4S店数量"),
])
def test_an_adverb_before_the_closing_act_is_no_part_of_the_name(sentence, value, expected):
    assert name_of(sentence, value) == expected


@pytest.mark.parametrize("sentence, value, kind, expected", [
    # sichuan 2026: the target's dev gold is 生猪出栏量 (the name read 生猪出栏数量)
    ("推动畜牧业健康发展，完善保险政策，稳定市场价格，确保生猪出栏6000万头以上。", "6000", "plan", "生猪出栏量"),
    # sichuan 2026's outcome
    ("粮食产量达到732.5亿斤、创历史新高，生猪出栏6248万头。", "6248", "review", "生猪出栏量"),
    # qinghai 2026: a growth of 出栏 was left with no measure
    ("农牧业增产增效，一产增加值增长5.5%，牛羊出栏分别增长5.2%、1.9%。", "1.9", "review", "牛羊出栏量"),
])
def test_livestock_sent_to_market_is_measured_as_its_amount(sentence, value, kind, expected):
    assert name_of(sentence, value, kind) == expected
