"""The leave-rule-out audit of the name rules (names83, docs/checks/names-audit-names83.md): a rule turned off by
scripts/name_rule_audit.py gives the name the dev output had without it, and is back once the audit leaves it.
The sentences are dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import audit, audit_rule, without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("rule_id, text, value, on, off", [
    # xinjiang: a function rule (changed_count) turned to identity
    ("changed_count", "研发投入翻一番，高新技术企业增长3.2倍，发展新动能进一步夯实。", "3.2", "高新技术企业数量", "高新技术企业"),
    # guangdong: a pass (own_streak_awards) turned to nothing
    ("own_streak_awards", "质量工作考核连续10次获评国家A级。", "10", "质量工作考核获评国家A级次数", "质量工作考核数量"),
    # qinghai: a lexicon value (phrases.output_acts) taken back
    ("output_acts", "农牧业增产增效，一产增加值增长5.5%，牛羊出栏分别增长5.2%、1.9%。", "5.2", "牛羊出栏量", "牛羊出栏"),
])
def test_a_rule_turned_off_gives_the_name_without_it_and_comes_back(rule_id, text, value, on, off):
    assert name_of(text, value) == on
    assert without_rule(rule_id, lambda: name_of(text, value)) == (off, on)


def test_the_wrapped_rule_records_the_report_it_fires_on():
    fired: set = set()
    audit.CURRENT[0] = "xinjiang-2026"
    with audit.Patch(audit_rule("changed_count"), fired):
        assert name_of("研发投入翻一番，高新技术企业增长3.2倍。", "3.2") == "高新技术企业数量"
    assert fired == {"xinjiang-2026"}
    fired.clear()
    with audit.Patch(audit_rule("changed_count"), fired):
        name_of("地区生产总值增长5.5%。", "5.5")
    assert fired == set()
