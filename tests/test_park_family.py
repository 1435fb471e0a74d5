"""Park heads by grammar (``head_families`` of ``parks.yaml``, ``park_family.py``): a function word
before a place-bound head, on real dev report text."""
from __future__ import annotations

from policykg.extract.decide import features, grammar_candidates, name_counter
from policykg.extract.grammar import TokSentence
from policykg.extract.park_family import family_heads
from policykg.extract.surfaces import place_surfaces

from entity_helpers import make_sentences, run

BIO = "筹建重庆市生物制造研究院，支持重庆国际生物城创新药生态圈发展。"                       # chongqing-2026
CARS = "支持东南汽车城打造全省重要汽车生产基地，支持福州争创国家低空经济发展示范区。"       # fujian-2026
INLAND = "建立港口城市带动内陆城市发展新机制，陆海统筹、向海图强。"                         # liaoning-2026
DEEP = "认真落实国家支持横琴粤澳深度合作区建设的政策举措，稳步推进第二阶段建设。"          # guangdong-2026
PORT = "加快乌鲁木齐国际陆港区、喀什和霍尔果斯经济开发区创新发展，增强塔城重点开发开放试验区产业集聚能力。"  # xinjiang-2026


def _parks(text: str, place: str) -> dict[str, dict]:
    [s] = make_sentences(text, place, [], part_kind="plan")
    st, surfaces = TokSentence(s), place_surfaces(s.context)
    return {c.name: features(c, surfaces, set(), name_counter([s]))
            for c in grammar_candidates(st, (), surfaces) if c.kind == "Park"}


def test_a_function_word_before_a_place_bound_head_makes_a_park_candidate():
    names = _parks(BIO, "重庆市")
    assert "重庆国际生物城" in names        # no suffix or head of the lexicons ends in 生物城
    f = names["重庆国际生物城"]
    assert f["Park:head=*城"] == f["Park:family"] == f["Park:function=生物"] == 1.0
    assert "Park:head=生物城" not in f      # weighed by its family, not by the one combined word
    assert "东南汽车城" in _parks(CARS, "福州市")


def test_a_family_head_must_end_a_word():
    [s] = make_sentences(INLAND, "辽宁省", [], part_kind="plan")
    st = TokSentence(s)
    assert family_heads(st.text, st.ends, set()) == []        # 陆城 of 内陆城市 is no head
    assert not any(n.endswith("陆城") for n in _parks(INLAND, "辽宁省"))


def test_a_head_of_the_lexicons_takes_precedence_over_a_family():
    f = _parks(DEEP, "广东省")["横琴粤澳深度合作区"]
    assert "Park:head=合作区" in f and "Park:family" not in f


def test_the_decision_keeps_a_park_named_by_a_family_head():
    ents, _ = run(PORT, part="plan", place="新疆维吾尔自治区", parents=[])
    parks = {e.label for e in ents if e.kind == "Park"}
    assert "乌鲁木齐国际陆港区" in parks and "塔城重点开发开放试验区" not in parks
