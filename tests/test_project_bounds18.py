"""Where a project's name ends (issue #12, branch projbound18): a name whose head is followed, with no
mark between, by more name words closing on another project head runs on (``name_bounds.runs_on``),
and the decision keeps no such cut-short name whatever its score; its predicate, an extent word (全线),
a list word or a function word ends the run. Real dev sentences (shanghai-2026, hainan-2026, jiangsu-2026,
liaoning-2026, shandong-2026)."""
from __future__ import annotations

import pytest

from policykg.extract.candidates import park_candidates
from policykg.extract.project_rules import project_candidates
from policykg.extract.decide import decide, features, grammar_candidates, model, name_counter
from policykg.extract.name_bounds import runs_on
from policykg.extract.name_grammar import head_res

from entity_helpers import tok_sentence

BAILONGGANG = ("完成雨污混接和入河入海排污口整治，建成白龙港三期污水处理设施，实现雨水污水处理“厂站网”一体化运维管理。",
               "上海市")
G98 = ("实施G98环岛高速提档扩容工程和国省干道提质升级工程，加快三亚新机场、美兰机场三期、儋州机场、东方机场等前期工作，"
       "谋划中线铁路项目。", "海南省")
CHANGJIANG = ("适度超前推进电力基础设施建设，实现昌江核电二期三号机组并网发电，加快建设海南—广东第三回500千伏交流线路工程，"
              "保障重点园区用电稳定性。", "海南省")


def _runs_on(text: str, place: str, name: str) -> bool:
    st, _ = tok_sentence(text, place)
    return runs_on(st, text.index(name) + len(name), dict(head_res())["Project"])


@pytest.mark.unit
@pytest.mark.parametrize("text, place, name", [
    (*BAILONGGANG, "白龙港三期"),                  # 污水处理设施 closes the longer name
    (*G98, "G98环岛高速"),                        # 提档扩容工程
    (*CHANGJIANG, "昌江核电二期"),                 # 三号机组
])
def test_a_name_followed_by_more_name_words_and_a_head_runs_on(text, place, name):
    assert _runs_on(text, place, name)


@pytest.mark.unit
@pytest.mark.parametrize("text, place, name", [
    (*BAILONGGANG, "白龙港三期污水处理设施"),        # a mark follows
    ("苏南运河二级航道、宿连三级航道全线通航，镇江谏壁一线船闸扩容改造，交通强省建设全面提速。", "江苏省",
     "宿连三级航道"),                             # 全线 is its extent, 线 no head there
    ("省科技成果转化综合服务平台上线运行。", "辽宁省", "省科技成果转化综合服务平台"),   # 上线: its predicate
    ("推进海上风电渤中G一期等重大工程，新型储能规模突破。", "山东省", "海上风电渤中G一期"),  # 等 ends the run
    (*G98, "G98环岛高速提档扩容工程"),              # 和 ends the run
])
def test_a_predicate_a_list_word_or_a_mark_ends_the_run(text, place, name):
    assert not _runs_on(text, place, name)


def _scores(text: str, place: str) -> tuple[dict[str, float], set[str]]:
    """Every project candidate's score under the packaged model, and the names the decision keeps."""
    st, surfaces = tok_sentence(text, place, part_kind="review")
    parks, _ = park_candidates(st, surfaces)
    projects = project_candidates(st, surfaces)
    rule_spans = {(c.kind, c.a, c.b) for c in (*parks, *projects)}
    counts = name_counter([st.s])
    m = model()
    scores = {c.name: m.probability(features(c, surfaces, rule_spans, counts))
              for c in grammar_candidates(st, (*parks, *projects), surfaces) if c.kind == "Project"}
    _, kept = decide(st, parks, projects, surfaces, counts, m)
    return scores, {c.name for c in kept}


@pytest.mark.unit
@pytest.mark.parametrize("text, place, short, whole", [
    (*BAILONGGANG, "白龙港三期", None),
    (*CHANGJIANG, "昌江核电二期", "昌江核电二期三号机组"),
])
def test_the_decision_keeps_no_name_cut_short_whatever_its_score(text, place, short, whole):
    scores, kept = _scores(text, place)
    assert scores[short] >= model().thresholds["Project"] and short not in kept
    assert whole is None or whole in kept
