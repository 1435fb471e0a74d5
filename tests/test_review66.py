"""review66: regression tests for the second reading of the session's work (docs/checks/review66.md)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

TESTS = Path(__file__).resolve().parent


def test_the_name_rule_audit_is_reached_through_one_helper():
    """The tests of the figure-name rules each put scripts/ on sys.path, imported name_rule_audit and looked a rule
    up by its id (three files wrote a _rule function for it): one helper, audit_helpers, does it for all."""
    own = [p.name for p in sorted(TESTS.glob("test_*.py"))
           if re.search(r"^\s*import name_rule_audit|next\(r for r in audit\.RULES", p.read_text(encoding="utf-8"), re.M)]
    assert own == []


def test_a_rule_turned_off_gives_the_name_without_it_then_the_name_back():
    """Chongqing 2026 (dev), whole sentence: the reach pass turned off names the cities as the stock."""
    from audit_helpers import without_rule
    from quantity_helpers import name_of
    chongqing = ("西部陆海新通道扩面提质，构建起以重庆为物流和运营组织中心的通道网络，辐射全国75个城市、164个铁路站点，"
                 "通达全球127个国家和地区的584个港口，运输货物品类增至1342种，运输箱量和货值均增长3倍以上，"
                 "枢纽通道联运量达到17.3万标箱，成为高质量共建“一带一路”标志性项目。")
    assert without_rule("reach_openers", lambda: name_of(chongqing, "75")) == ("城市数量", "通道网络辐射城市数量")


def test_the_figures_of_a_quote_in_a_whole_report_are_read_through_one_helper():
    """test_levels17/18/19/30 each built a whole report and kept the figures starting inside a quote with their own copy
    of the same lines; quantity_helpers.quantities_in (and report_figure, of which probe_figure is one case) does it."""
    own = [p.name for p in sorted(TESTS.glob("test_*.py"))
           if re.search(r"\.quantities\s+if start <= q\.span\.start", p.read_text(encoding="utf-8"))]
    assert own == []


def test_quantities_in_reads_the_figures_of_a_quote_in_a_whole_dev_report():
    """hailaer-2014 (dev), whole: the figures of one sentence, as the build names them."""
    from policykg.read import read_report
    from quantity_helpers import quantities_in, report_figure
    path = TESTS.parent / "data" / "corpus" / "hailaer" / "hailaer-2014.txt"
    quote = "开通国际国内航线44条"
    found = quantities_in(read_report(str(path)), quote)
    assert [(q.value, q.unit) for q in found] == [(report_figure(path, quote).value, "条")]


def test_a_whole_report_is_built_for_its_entities_through_one_helper():
    """test_parks58/65/68/70, test_parks35 and test_member_heads each read, structured and extracted a whole report
    with their own copy of ``policykg.evaluation.report_facts``; entity_helpers.report_entities (or report_facts) does."""
    own = [p.name for p in sorted(TESTS.glob("test_*.py"))
           if re.search(r"for_matching\(read_report\([^\n]*\n(?:[^\n]*\n){0,2}[^\n]*extract\(doc, parse\(doc\)\)",
                        p.read_text(encoding="utf-8"))]
    assert own == []


@pytest.mark.parametrize("rule_id, stem, quote, off, on", [
    ("built_up_area_noun", "figs-district-2011", "建成区绿化覆盖率达到45.2%", "区绿化覆盖率", "建成区绿化覆盖率"),
    ("rebuilt_after", "figs-county-2019", "改扩建中小学12所", "中小学数量", "中小学改扩建数量"),
    ("opened_after", "figs-district-2024", "打通断头路8条", "断头路数量", "断头路打通数量"),
    ("fitted_before", "figs-district-2025", "加装电梯860部", "电梯数量", "加装电梯数量"),
    ("substance_not_complete", "figs-county-2013", "分别减少3.1%", "化学需氧量", "化学需氧量排放量"),
])
def test_names126s_rules_are_audited(rule_id, stem, quote, off, on):
    """names126's rules were not in name_rule_audit.RULES, so the leave-rule-out audit and names_strict could not turn
    them off; each, turned off, gives its probe figure the name it had before names126 (probe texts read whole)."""
    from audit_helpers import without_rule
    from quantity_helpers import probe_figure
    assert without_rule(rule_id, lambda: probe_figure(stem, quote).indicator) == (off, on)
