"""Park candidates a new report would have (parks50, issue #12), on real dev sentences: a country pair (中日, 中德,
中新: ``grammar.yaml`` country_pair) opens a general park name as a place does, so a bilateral zone is a candidate of
the general grammar whatever its head's function word, and is read ``general=place``; a pair that opens no name of
an area makes none."""
from __future__ import annotations

import pytest

from entity_helpers import tok_sentence
from policykg.extract.park_general import general_parks, general_start

pytestmark = pytest.mark.unit

RESTART = "设立中德大邱庄生态城，重启中日循环低碳经济示范园合作。"                        # jinghai-2021
JINAN = "支持中新济南未来产业城、中新绿色科技研究院建设。"                              # shandong-2026


def _general(text: str, place: str, parents=()) -> dict[str, str]:
    st, surfaces = tok_sentence(text, place, parents)
    return {st.text[a:b]: how for _, a, b, how in general_parks(st, set(), surfaces)}


def test_a_bilateral_zone_no_lexicon_holds_is_a_general_candidate():
    # 中日 is tagged as a time word: before parks50 no general name could open with it
    assert _general(RESTART, "静海区", ["天津市"])["中日循环低碳经济示范园"] == "place"


def test_a_bilateral_park_reads_as_opened_by_a_place():
    st, surfaces = tok_sentence(JINAN, "山东省")
    a = JINAN.index("中新济南")
    assert general_start(st, a, a + len("中新济南未来产业城"), surfaces) == ("城", "place")


def test_a_country_pair_before_no_area_head_makes_no_general_name():
    assert not any(n.startswith("中新绿色") for n in _general(JINAN, "山东省"))
