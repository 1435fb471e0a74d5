"""Second reading of session 21's merges (review22): regressions found on reading them."""
from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.options import hide_echoed, redact
from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("url, said, shown", [
    # a secret whose edges are no letter or digit: hostile21's word boundary showed it when a letter touched it
    ("http://h/sparql?api_key=!k3y!", "invalid key x!k3y!z", "invalid key x***z"),
    ("http://u:-pw-@h/sparql", "wrong password -pw-here", "wrong password ***here"),
    # one edge a letter, the other not: the letter edge keeps its boundary
    ("http://h/sparql?token=ab-", "token ab- unknown, see cab-", "token *** unknown, see cab-"),
])
def test_a_secret_with_a_punctuation_edge_is_hidden_wherever_that_edge_touches(url, said, shown):
    assert hide_echoed(said, url) == shown


def test_redact_still_hides_secret_named_parameters_read_with_their_escapes():
    assert redact("http://h/q?pass%77ord=x&page=2") == "http://h/q?pass%77ord=***&page=2"


ZIYA = "子牙经开区重点推动废旧动力电池回收利用等5个项目开工建设"     # jinghai 2021 (names42's sentence)


@pytest.mark.parametrize("later, expected", [
    # 其中 and a subject of its own: that zone's count, not the opener's (r, the pronoun tag, let 其中 through whole)
    ("其中静海经开区引进12个项目", ("项目引进数量", Decimal("12"))),
    # a pronoun is a subject of its own: 我市 is the whole city
    ("我市引进12个项目", ("引进项目数量", Decimal("12"))),
])
def test_a_later_clause_with_a_subject_of_its_own_is_not_the_opening_zones(later, expected):
    got = names(f"{ZIYA}，{later}。")
    assert ("子牙经开区项目开工数量", Decimal("5")) in got
    assert expected in got


@pytest.mark.parametrize("sentence, expected", [
    # anhui 2026 (names42): 其中 and the count right after is a part of what the zone did
    ("中国（安徽）自贸试验区累计推出259项制度创新成果，其中56项为全国首创。",
     ("中国（安徽）自贸试验区全国首创制度创新成果数量", Decimal("56"))),
    # 其中 and an act: still the zone's
    (f"{ZIYA}，其中新开工3个项目。", ("子牙经开区新开工项目数量", Decimal("3"))),
])
def test_a_part_of_what_the_zone_did_stays_the_zones(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("heading", ["（一）", "(一)"])
def test_a_heading_number_before_the_zone_is_read_in_either_width(heading):
    assert ("子牙经开区项目开工数量", Decimal("5")) in names(f"{heading}{ZIYA}。")


@pytest.mark.parametrize("sentence, expected, not_expected", [
    # hebei 2026's sentence with a second thing joined before the training: the training is the cadres', not the
    # doctors' (names43 appended any closing 培训 past the cut)
    ("抓好1万名乡村医生线下服务和基层干部培训。", ("乡村医生人数", Decimal("1")), "乡村医生培训人数"),
    # the sentence itself still keeps the training (names43)
    ("抓好1万名乡村医生线下培训。", ("乡村医生培训人数", Decimal("1")), "乡村医生人数"),
])
def test_a_closing_training_is_the_things_only_when_no_other_thing_is_joined_before_it(sentence, expected,
                                                                                       not_expected):
    got = names(sentence)
    assert expected in got
    assert not_expected not in {name for name, _ in got}
