"""Works completed named with the act (names127; docs/checks/names127.md): 竣工 and 竣工投产 stay after the things counted,
as 建成投产 does. The probe texts are read whole (tests/data/constructed, annotated before the tool ran on them); the
dev sentence is yunnan 2026's, whole."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of, probe_figure

pytestmark = pytest.mark.unit

HAILAER_2014 = ("落地签证业务、台湾居民入境签注业务正式办理，全年开通国际国内航线44条，旅客吞吐量达到128.7万人次，口岸核心能力建设"
                "通过国家验收，航空口岸地位进一步提升。")
NEIMENGGU = "开通航线483条、通航城市116个，全区首座4F级盛乐国际机场通过行业验收。"
YUNNAN = ("省委、省政府16次调度推进重大产业项目，开工项目超1万个、完成投资近1万亿元，产业投资占全部投资比重从26.7%提高到52.1%，"
          "产业民间投资占民间投资比重从39.8%提高到65.1%。")


@pytest.mark.parametrize("stem, quote, expected", [
    # 竣工投产 before bare projects (jieba cuts 竣工|投产): was 投产项目数量
    ("figs-county-2015", "竣工投产项目23个", "项目竣工投产数量"),
    # 竣工 closing the clause of the things: was 重点项目数量 (bare 竣工 was read as how the work went)
    ("figs-county-2016", "12个重点项目竣工", "重点项目竣工数量"),
    # a list member whose things are the member before's, its own act 竣工投产 / 竣工: was 投产数量, 保障性住房套数
    ("figs-countycity-2019", "竣工投产40个", "亿元以上产业项目竣工投产数量"),
    ("figs-province-2015", "竣工6万套", "保障性住房竣工套数"),
])
def test_completed_works_keep_the_act_after_the_things(stem, quote, expected):
    assert probe_figure(stem, quote).indicator == expected


def test_bare_projects_keep_their_act_after_them():
    """yunnan 2026: 开工项目超1万个 was 开工项目数量; the guideline's 开工重点项目N个 → 重点项目开工数量 (no gold)."""
    assert name_of(YUNNAN, "1", part="review") == "项目开工数量"


@pytest.mark.parametrize("stem, quote, expected", [
    # controls: 新开工 stays before the things; the money after 开工项目 is not a count and keeps its name
    ("figs-province-2015", "新开工保障性住房5万套", "新开工保障性住房套数"),
    ("figs-countycity-2019", "新开工亿元以上产业项目60个", "新开工亿元以上产业项目数量"),
])
def test_started_works_controls(stem, quote, expected):
    assert probe_figure(stem, quote).indicator == expected


@pytest.mark.parametrize("rule_id, stem, quote, off, on", [
    ("inherited_member_act", "figs-province-2015", "竣工6万套", "保障性住房套数", "保障性住房竣工套数"),
])
def test_the_audit_turns_the_rules_off_and_back(rule_id, stem, quote, off, on):
    assert without_rule(rule_id, lambda: probe_figure(stem, quote).indicator) == (off, on)


def test_the_audit_turns_the_bare_project_act_off_and_back():
    """On the probes names126's act after the things names bare 竣工投产 projects too; yunnan's 开工 is this rule's own."""
    assert without_rule("bare_project_act", lambda: name_of(YUNNAN, "1", part="review")) == ("开工项目数量", "项目开工数量")


@pytest.mark.parametrize("sentence, value, expected", [
    # 开通 before the things is the making act, as N条X相继开通 is: was 国际国内航线数量 (the gold realigned), 航线数量
    (HAILAER_2014, "44", "国际国内航线开通数量"),
    (NEIMENGGU, "483", "航线开通数量"),
    # control: the list member after 开通 does not write it and keeps its name
    (NEIMENGGU, "116", "通航城市数量"),
])
def test_kaitong_is_a_making_act_before_the_things(sentence, value, expected):
    assert name_of(sentence, value, part="review") == expected


def test_kaitong_before_the_things_on_a_probe():
    """The probe province-2015's 开通轨道交通新线4条 (gold 轨道交通新线开通数量) was 轨道交通新线数量."""
    assert probe_figure("figs-province-2015", "开通轨道交通新线4条").indicator == "轨道交通新线开通数量"
