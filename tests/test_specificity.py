"""The specificity and verb-class features of the park/project decision, on real report text."""
from __future__ import annotations

from policykg.evaluation import manifest
from policykg.extract.decide import features, grammar_candidates, name_counter
from policykg.extract.grammar import TokSentence
from policykg.extract.specificity import report_words, specificity, verb_after, verb_before, verb_later
from policykg.extract.surfaces import place_surfaces

from entity_helpers import labels, make_sentences, run

NAMED_INTO = "曲靖、祥云经开区纳入国家级零碳园区建设名单"      # yunnan-2026 (dev)


def test_predicate_after_a_name_skips_an_adverb():
    assert verb_after("开工建设") == "build"            # jinghai-2021: 万达广场开工建设
    assert verb_after("正式投产") == "build"
    assert verb_after("建设名单") == "build" and verb_after("名单") is None


def test_a_list_members_shared_predicate_further_on_is_its_later_verb():
    # shandong-2026: 山东时代新能源电池基地、先导激光雷达等项目建成投产 (after the first member)
    after = "、先导激光雷达等项目建成投产"
    assert verb_after(after) is None and verb_later(after) == "build"
    assert verb_later("、先导激光雷达") is None


def test_the_later_verb_is_a_feature_only_when_no_predicate_follows_at_once():
    surfaces = place_surfaces(None)

    def later(text: str, name: str) -> list[str]:
        st = TokSentence(make_sentences(text)[0])
        c = next(c for c in grammar_candidates(st, (), surfaces) if c.name == name)
        return [k for k in features(c, surfaces, set(), name_counter([st])) if k.startswith("Project:later=")]

    assert later("山东时代新能源电池基地、先导激光雷达等项目建成投产。", "山东时代新能源电池基地") == ["Project:later=build"]
    assert later("山东时代新能源电池基地建成投产。", "山东时代新能源电池基地") == []


def test_nearest_verb_before_a_name_decides_its_class():
    assert verb_before("做好空气质量纳入") == "honour"   # jinghai-2021
    assert verb_before("纳入规划并开工建设") == "build"
    assert verb_before("加强") is None


def test_report_words_are_counts_of_dev_reports():
    words = report_words()
    n_dev = sum(1 for i in manifest().values() if i["split"] == "dev")
    assert words and all(2 <= n <= n_dev for n in words.values())
    assert words["建设"] > n_dev // 2           # a word every report uses is widespread
    assert "静海" not in words or words["静海"] < words["建设"]


def _features_of(sentence: str, place: str, parents: list[str]):
    [s] = make_sentences(sentence, place, parents, part_kind="review")
    st = TokSentence(s)
    surfaces = place_surfaces(s.context)
    return {c.name: features(c, surfaces, set(), name_counter([s])) for c in grammar_candidates(st)}


def test_a_label_that_swallowed_a_predicate_is_marked_and_not_kept():
    feats = _features_of(NAMED_INTO, "云南省", [])
    assert "祥云经开区" in feats and not any("纳入" in n for n in feats)   # 纳入 is a title cue (parks.yaml)
    name = "祥云经开区纳入国家级零碳园区"                                     # what the grammar once proposed
    f = specificity("Park", name, name[:-2], ["祥云", "经开区", "纳入", "国家级", "零碳"], place_surfaces(None), "", "建设名单")
    assert f["Park:inner=honour"] == 1.0
    assert all("纳入" not in p for p in labels(run(NAMED_INTO, "review", "云南省", [])[0], "Park"))


def test_a_phase_and_a_widespread_modifier_are_features():
    feats = _features_of("加快万纬二期、丰树物流项目建设", "静海区", ["天津市"])   # jinghai-2021
    assert "Project:pred=build" in feats["丰树物流项目"] and "Project:spread_min=most" in feats["物流项目"]
    feats = _features_of("建成白龙港三期污水处理设施", "上海市", [])          # shanghai-2026 (dev)
    assert any("Project:phase" in f for n, f in feats.items() if "三期" in n)


def test_a_kind_name_that_recurs_across_reports_is_marked():
    words = report_words()
    sentence = "充分发挥社区卫生服务中心发热筛查哨点和村卫生室、个体诊所等“探头”作用"   # jinghai-2021
    feats = _features_of(sentence, "静海区", ["天津市"])
    assert words.get("社区卫生服务中心", 0) >= 3
    assert any(k.startswith("Project:recurs=") for k in feats["社区卫生服务中心"])
    feats = _features_of("加快万纬二期、丰树物流项目建设", "静海区", ["天津市"])
    assert not any("recurs" in k for k in feats["丰树物流项目"])
