"""Indicator names on text nobody tuned to, round six (names126, issue 13 item 2): four constructed probe reports
(tests/data/constructed/figs-county-2013, figs-city-2020, figs-countycity-2017, figs-district-2023, annotated before the
tool was run on them) beside the earlier rounds' probes and one dev report. The act that finishes or treats the things
counted stands after them (竣工, 竣工投产 also of bare 项目; 改扩建 alone; 打通); 加装 stays before the things as 新增 does;
建成区 is a noun, not the act 建成; 化学需氧量 borrows a list's 排放量; 完成 inside an owner's investment goes; a 其中
part keeps the 新+verb of the figure before it."""
from __future__ import annotations

from pathlib import Path

import pytest

from quantity_helpers import probe_figure, report_figure

pytestmark = pytest.mark.unit

SHANXI = Path(__file__).parent.parent / "data" / "corpus" / "provincial-2026" / "shanxi-2026.txt"
YUNNAN = SHANXI.with_name("yunnan-2026.txt")


def test_finishing_a_bare_project_stands_after_it():
    """Probes city 2020, county 2015, countycity 2017 and district 2023 gave 投产项目数量 or 竣工项目数量; the golds, as
    the guideline's making acts (开工重点项目N个 → 重点项目开工数量), write the act after the projects."""
    assert probe_figure("figs-city-2020", "竣工投产项目146个").indicator == "项目竣工投产数量"
    assert probe_figure("figs-county-2015", "竣工投产项目23个").indicator == "项目竣工投产数量"
    assert probe_figure("figs-countycity-2017", "竣工项目38个").indicator == "项目竣工数量"
    assert probe_figure("figs-district-2023", "竣工项目28个").indicator == "项目竣工数量"
    # a zone owning the count keeps the act it had before (names123's rule)
    assert probe_figure("figs-county-2019", "建成投产项目11个").indicator == "安福工业园项目建成投产数量"
    # the projects so counted still own the investment after them (a group's investment: the guideline)
    assert report_figure(YUNNAN, "开工项目超1万个").indicator == "项目开工数量"  # names127: the act after the projects, as the guideline writes it
    assert report_figure(YUNNAN, "完成投资近1万亿元").indicator == "开工项目投资"


def test_plain_jungong_closing_the_things_is_the_act_counted():
    """Probes county 2016 and district 2023 cut a plain 竣工 after the things as how the work went (重点项目数量); the
    golds, and the dev gold 年投资亿元以上项目竣工数量, count the finishing. 按期竣工 still says how it went."""
    assert probe_figure("figs-county-2016", "等12个重点项目竣工").indicator == "重点项目竣工数量"
    assert probe_figure("figs-district-2023", "等6个项目竣工").indicator == "项目竣工数量"


def test_jianchengqu_is_a_noun():
    """Probes district 2011 and district 2023 read 建成 as an act and named 区绿化覆盖率; 建成区级公园 keeps its act."""
    assert probe_figure("figs-district-2011", "建成区绿化覆盖率达到45.2%").indicator == "建成区绿化覆盖率"
    assert probe_figure("figs-district-2023", "建成区绿化覆盖率达到42.6%").indicator == "建成区绿化覆盖率"
    assert probe_figure("figs-district-2020", "建成区级公园12个").indicator == "区级公园建成数量"


def test_gaikuojian_alone_stands_after_the_things():
    """Probes county 2019 and countycity 2017 and shanxi's dev gold (the guideline's names120 line) count the things
    rebuilt; built new as well (新建、改扩建, 新建和改扩建) they keep the plain name."""
    assert probe_figure("figs-county-2019", "改扩建中小学12所").indicator == "中小学改扩建数量"
    assert probe_figure("figs-countycity-2017", "改扩建中小学5所").indicator == "中小学改扩建数量"
    assert probe_figure("figs-city-2020", "新建、改扩建中小学和幼儿园36所").indicator == "中小学和幼儿园数量"
    assert probe_figure("figs-district-2025", "新建和改扩建学校6所").indicator == "学校数量"
    assert report_figure(SHANXI, "改扩建50个社区养老工程").indicator.endswith("改扩建数量")


def test_jiazhuang_stays_before_the_lifts_and_datong_after_the_roads():
    """Probes district 2023 and district 2025 gave 电梯数量 (the golds 加装电梯数量, as the dev gold 既有住宅加装电梯数量);
    district 2023 and district 2024 gave 打通断头路数量 (the golds 断头路打通数量)."""
    assert probe_figure("figs-district-2023", "加装电梯520部").indicator == "加装电梯数量"
    assert probe_figure("figs-district-2025", "加装电梯860部").indicator == "加装电梯数量"
    assert probe_figure("figs-district-2023", "打通断头路21条").indicator == "断头路打通数量"
    assert probe_figure("figs-district-2024", "打通断头路8条").indicator == "断头路打通数量"


def test_chemical_oxygen_demand_borrows_the_emission_head():
    """Probes county 2013, city 2014 and province 2018 left 化学需氧量 bare in a list closed by 排放量: its 量 is part of
    the substance's name, not a measure."""
    assert probe_figure("figs-county-2013", "分别减少3.1%").indicator == "化学需氧量排放量"
    assert probe_figure("figs-city-2014", "分别下降3.2%").indicator == "化学需氧量排放量"
    assert probe_figure("figs-province-2018", "分别下降2.5%").indicator == "化学需氧量排放量"


def test_wancheng_inside_an_owners_investment_goes():
    """Probes county 2013 and district 2025 kept 完成 between a zone and its investment; 完成 says how far the money went."""
    assert probe_figure("figs-county-2013", "完成基础设施投资12.6亿元").indicator == "射洪经济开发区基础设施投资"
    assert probe_figure("figs-district-2025", "累计完成固定资产投资650亿元").indicator \
        == "综合保税区和双福工业园区固定资产投资"


def test_a_part_keeps_the_new_act_of_the_figure_before():
    """Probes district 2024 and county 2013 gave the part of 新引进/新入驻 things its bare stock; a part is counted as
    the figure before it is (其中X N户 after 净增Y M户 → 净增X, names61), its 新+verb too, also when a zone owns both."""
    assert probe_figure("figs-district-2024", "其中10亿元以上项目8个").indicator == "新引进10亿元以上项目数量"
    assert probe_figure("figs-county-2013", "其中投资亿元以上企业9户").indicator == "射洪经济开发区新入驻投资亿元以上企业数量"
