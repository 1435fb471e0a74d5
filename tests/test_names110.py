"""The doers' name passes read a bracketed list head (县（市、区）) as one word of the things, not two clauses cut at
its 、 (names110, issue 13 item 2; docs/checks/names-rest-names110.md). Dev sentences."""
from __future__ import annotations

import pytest

from policykg.extract import name_doers

pytestmark = pytest.mark.unit

# yunnan 2026 review: the counties that reached a standard (its clause holds 、 inside both brackets)
YUNNAN = "县（市、区）达到国家卫生县城（城市）标准，所有自然村达到农村人居环境一档标准"
# sichuan 2026: the first clause of the things after the number (names107's moving_things read it so already)
SICHUAN = "县（市、区）整县建成美丽乡村。"


def test_a_bracketed_list_head_is_one_word_of_the_clause():
    assert name_doers.first_clause(YUNNAN) == "县（市、区）达到国家卫生县城（城市）标准"
    assert name_doers.first_clause(SICHUAN) == "县（市、区）整县建成美丽乡村"


def test_reached_things_reads_past_the_bracketed_head():
    # was 县（市、区）: the clause was cut at the 、 inside the bracket and matched no standard
    assert name_doers.reached_things("县（市、区）", YUNNAN) == "达到国家卫生县城（城市）标准的县（市、区）"


def test_a_mark_outside_brackets_still_ends_the_clause():
    # control: the 、 between two members outside any bracket ends the clause (no standard in the first)
    assert name_doers.reached_things("县", "县、市达到国家卫生县城标准") == "县"
