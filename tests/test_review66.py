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
