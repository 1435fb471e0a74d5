"""Indicator names (issue 13, names58): shapes the hygiene lint (scripts/name_lint.py --dev) flags on two dev
reports or more, fixed where the name is made; see docs/checks/indicator-names58.md. The sentences are dev
sentences (anhui, liaoning, shanxi, guangdong, hainan, ningxia 2026), their neighbours that keep their names too
(shanghai, guangdong, shandong 2026)."""
from __future__ import annotations

import csv
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, part, expected", [
    # anhui 2026 (gold 城市地下管网更新改造里程): the compound is the treatment whole, as 提质改造 in the guideline
    ("更新改造城市地下管网3600公里。", "plan", ("城市地下管网更新改造长度", Decimal("3600"))),
    # liaoning 2026
    ("加大渔船“木改钢”力度，更新改造老旧渔船952艘、减船转产990艘。", "review",
     ("老旧渔船更新改造数量", Decimal("952"))),
    # shanxi 2026
    ("新建改造城市道路4767公里，更新改造地下管网1.8万公里，较“十三五”时期分别增长4.8%、50%。", "review",
     ("地下管网更新改造长度", Decimal("1.8"))),
])
def test_gengxin_gaizao_is_named_whole(sentence, part, expected):
    assert expected in names(sentence, part, 2026)


def test_things_built_new_and_renewed_keep_no_act():
    # shanxi 2026: 新建改造 (built new as well) is no treatment of a stock
    got = names("新建改造城市道路4767公里，更新改造地下管网1.8万公里。", "review", 2026)
    assert ("城市道路里程", Decimal("4767")) in got


@pytest.mark.parametrize("sentence, part, expected", [
    # guangdong 2026 (gold: 药店零售和医疗机构使用环节药品抽检批次): the stage stays, the preposition goes
    ("开展药品监督抽检超1.5万批次，其中在药店零售和医疗机构使用环节抽检超9000批次，在农村地区、城乡接合部零售使用环节"
     "抽检超1500批次。", "plan", ("药店零售和医疗机构使用环节抽检批次", Decimal("9000"))),
    # hainan 2026: a first in the country is no part of what is measured
    ("在全国率先实现行政村千兆光纤、5G网络通达率100%，首条国际海缆建成投用。", "review",
     ("行政村千兆光纤、5G网络通达率", Decimal("100"))),
])
def test_a_leading_zai_phrase_is_no_part_of_the_name(sentence, part, expected):
    got = names(sentence, part, 2026)
    assert expected in got
    assert not any(n.startswith("在") for n, _ in got)


def test_residents_of_a_province_keep_zai():
    # guangdong 2026: 在粤 says who is counted (those in the province)
    got = names("吸纳超100万名高校毕业生在粤就业创业。", "plan", 2026)
    assert any("在粤" in n for n, _ in got)


@pytest.mark.parametrize("sentence, part, expected", [
    # guangdong 2026 (its gold): a multiple of a reference is the ratio to it
    ("特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍。", "plan",
     ("特困人员基本生活保障标准与当地最低生活保障标准之比", Decimal("1.6"))),
    # ningxia 2026: a percentage of a reference is the share of it
    ("高标准农田达到耕地总面积的64%。", "review", ("高标准农田占耕地总面积比重", Decimal("64"))),
])
def test_a_figure_against_a_reference_names_the_ratio(sentence, part, expected):
    assert names(sentence, part, 2026) == [expected]


def test_a_name_that_says_its_ratio_keeps_it():
    # shanghai 2026: 相当于…的比例 is already the ratio (研发投入强度)
    got = names("全社会研发经费支出相当于全市生产总值的比例达到4.6%左右。", "plan", 2026)
    assert got == [("全社会研发投入强度", Decimal("4.6"))]


def test_the_lint_flags_the_fixed_shapes():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from name_lint import hygiene
    assert "lead" in hygiene("在药店零售和医疗机构使用环节抽检批次")
    assert "comparator" in hygiene("特困人员基本生活保障标准不低于当地最低生活保障标准")
    assert "comparator" in hygiene("高标准农田达到耕地总面积")
    assert hygiene("在湘世界500强企业数量") == []
    assert hygiene("规模以上工业增加值") == []
    assert hygiene("第一产业增加值") == []


@pytest.mark.parametrize("sentence, part, name, value", [
    # hunan 2026: the growth's name lost the first value and its verb
    ("总算力突破1.3万PF、增长20倍，智能算力达4800PF。", "review", "总算力", Decimal("20")),
    # guangxi 2026 (收支 is still both: the name is closer, not right)
    ("一般公共预算收支累计分别突破9千亿元、3万亿元。", "review", "一般公共预算收支", Decimal("3")),
    # guangdong 2026 (names74 reads 214对, so 69家 is the second member's alone)
    ("国际友城和外国驻穗总领馆分别增至214对和69家。", "review", "外国驻穗总领馆数量", Decimal("69")),
])
def test_a_first_value_of_a_list_is_no_part_of_the_seconds_name(sentence, part, name, value):
    got = names(sentence, part, 2026)
    assert (name, value) in got
    assert not any(ch.isdigit() for n, _ in got for ch in n)


def test_a_threshold_before_its_noun_stays():
    # fujian 2026: 总投资超10亿元项目 bounds the projects counted (names29)
    got = names("持续加大招商引资力度，新引进落地总投资超10亿元项目50个以上。", "plan", 2026)
    assert any("超10亿元项目" in n for n, _ in got)


@pytest.mark.corpus
def test_the_dev_reports_hold_none_of_the_fixed_shapes():
    """The lint over every target and outcome of the three dev reports the fixes were read on: no name opens with
    a 在 phrase of a stage or region, none holds a comparing word before a reference (X不低于Y, X达到Y)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from lint_indicator_names import _report_rows
    from name_lint import hygiene
    import re
    rows = [r for stem in ("guangdong-2026", "hainan-2026", "ningxia-2026") for r in _report_rows(stem)]
    assert len(rows) > 300
    opened = [r["name"] for r in rows if "lead" in hygiene(r["name"]) and r["name"].startswith("在")
              and re.search("环节|全国率先", r["name"])]
    # the reference closing the name, no measure after it (煤矿达到…标准化二级以上比例 is a share, and right)
    against = [r["name"] for r in rows if re.search("(?:不低于|达到)[^的]{2,}(?<!比例)(?<!比重)(?<!率)(?<!数量)$", r["name"])]
    assert opened == [] and against == []
