"""A bare measure opening the clause after one whose subject did something is that subject's, also when it is a
deal's amount (成交额) or a share read before its 比重 is added (产能占全球): names103, issue 13 item 2
(docs/checks/names-bare-names103.md). The sentences are dev sentences."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from policykg.extract.name_owner import is_bare
from quantity_helpers import name_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import name_rule_audit as audit  # noqa: E402
import names_strict  # noqa: E402

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, value, expected", [
    # jilin-2026: the plant the company built holds the share of world capacity
    ("白城梅花建成世界最大的赖氨酸生产基地，产能占全球30%。", "30", "白城梅花产能占全球比重"),
    # guangdong-2026: the fair's deals
    ("高交会促成1023项供需对接和投融资项目签约，成交额超1700亿元。", "1700", "高交会成交额"),
])
def test_the_subject_of_the_clause_before_owns_a_bare_deal_or_share(text, value, expected):
    assert name_of(text, value) == expected


@pytest.mark.parametrize("text, value, expected", [
    # hainan-2026: the share opens the sentence, no clause before: the province's own
    ("税收占一般公共预算收入比重超75%，一般公共预算支出增长31.3%。", "75", "税收占比"),
    # sichuan-2026: a deal amount with its thing written stays as it is
    ("投入12亿元实施企业找技术、成果找市场“双向揭榜挂帅”，技术合同成交额突破3000亿元、增长15.1%。", "3000",
     "技术合同成交额"),
])
def test_owned_or_sentence_opening_measures_are_left(text, value, expected):
    assert name_of(text, value) == expected


@pytest.mark.parametrize("name, expected", [
    ("成交额", True), ("产能占全球", True), ("产能占全球比重", True), ("占全国", True),
    ("技术合同成交额", False), ("白城梅花产能占全球", False),
])
def test_measure_words_of_deals_and_shares(name, expected):
    assert is_bare(name) is expected


@pytest.mark.parametrize("rule_id, text, value, off", [
    ("bare_deal_amount", "高交会促成1023项供需对接和投融资项目签约，成交额超1700亿元。", "1700", "成交额"),
    ("bare_share_before_ratio", "白城梅花建成世界最大的赖氨酸生产基地，产能占全球30%。", "30", "产能占全球比重"),
])
def test_each_measure_word_is_audited_as_the_one_family_it_fires_on(rule_id, text, value, off):
    """Each added word fires on one family: registered so the held-out measure turns it off there."""
    rule = next(r for r in audit.RULES if r[0] == rule_id)
    assert rule in {r for rs in names_strict.family_only().values() for r in rs}
    with audit.Patch(rule):
        assert name_of(text, value) == off
    assert name_of(text, value) != off
