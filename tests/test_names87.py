"""A name rule tried with a wider word class for one run (names87, docs/checks/names-reach-names87.md):
scripts/name_widen_probe.py puts a wider value in place of a quantities.yaml key and takes it back. No widening
was kept; these pin what the report's numbers rest on. The sentences are dev sentences."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from policykg.errors import InputError
from quantity_helpers import name_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import name_widen_probe as probe  # noqa: E402

pytestmark = pytest.mark.unit

# names66's act_adverbs with the adverb class (A2 of the report): it defers to progress_tail (全部完成 cut whole)
WIDER = ("^((?:(?!开工).)*)全部(?=开工)|(?<=[\\u4e00-\\u9fff“”])(?<!非)(?<!指标)(?<!未能)(?<!尚未)(?:正式|相继|"
         "(?:陆续|先后|顺利|如期|按期|提前|均|全部|全面)(?!开工|(?:推进|建成|落地|兑现|完成|实施|铺开|完工|竣工)$))"
         "(?!运营)(?=[\\u4e00-\\u9fff]{2}$)")


def test_a_wider_adverb_class_names_the_act_and_is_taken_back():
    # hainan 2026: 全部 between the counted launches and the act closing them
    sentence = "文昌国际航天城卫星超级工厂建成交接，商业航天全年9次发射全部成功。"
    assert name_of(sentence, "9") == "商业航天发射数量"
    with probe.widened([("phrases", "act_adverbs", WIDER)]):
        assert name_of(sentence, "9") == "商业航天发射成功数量"
    assert name_of(sentence, "9") == "商业航天发射数量"


def test_the_wider_class_leaves_a_progress_tail_to_progress_tail():
    # heilongjiang 2026: 全部完成 is progress (indicators.yaml progress_tail), cut whole, not an act of the name
    sentence = "民生支出占一般公共预算支出87%，20件民生实事全部完成，城乡居民人均可支配收入分别增长4.4%、5.8%。"
    with probe.widened([("phrases", "act_adverbs", WIDER)]):
        assert name_of(sentence, "20") == "民生实事数量"


@pytest.mark.parametrize("text, problem", [
    ("phrases.act_adverbs", "write module.key=JSON"),
    ("phrases.act_adverbs=正式", "not JSON"),
])
def test_a_bad_set_is_named(text, problem):
    with pytest.raises(InputError, match=problem):
        probe.parse_set(text)


def test_an_unknown_key_is_refused_and_nothing_is_left_changed():
    from policykg.extract.qlexicon import lexicon
    before = lexicon("quantities")["phrases"]["act_adverbs"]
    with pytest.raises(InputError, match="no such key"):
        with probe.widened([("phrases", "act_adverbs", "x"), ("phrases", "no_such_key", "y")]):
            pass
    assert lexicon("quantities")["phrases"]["act_adverbs"] == before
