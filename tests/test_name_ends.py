"""Names that run on past their head: a bracket or quote the name opened, a bracketed place (issue #12)."""
from __future__ import annotations

import pytest

from policykg.extract.project_rules import project_candidates
from policykg.extract.decide import grammar_candidates
from policykg.extract.grammar import TokSentence
from policykg.extract.name_ends import name_end
from policykg.extract.surfaces import place_surfaces

from entity_helpers import make_sentences


def _sentence(text: str, place: str) -> TokSentence:
    [s] = make_sentences(text, place, [], part_kind="plan")
    return TokSentence(s)


def _end(text: str, head: str) -> str:
    a0 = text.index(head)
    return text[:name_end(text, a0, a0 + len(head))]


@pytest.mark.unit
def test_a_bracketed_place_after_the_head_belongs_to_the_name():
    assert _end("高质量建设国家碳计量中心（福建），深入探索", "中心").endswith("中心（福建）")   # fujian-2026
    assert _end("筹建国家碳计量中心（辽宁）。", "中心").endswith("中心（辽宁）")              # liaoning-2026
    assert _end("建设大运河国家文化公园（安徽段）", "段").endswith("公园（安徽段）")
    # a bracket that holds no place is not the name's: a period, a note
    assert _end("实施数据中心（2025—2027年）", "中心").endswith("中心")
    assert _end("国家海洋综合试验场（深海）投入运营", "试验场").endswith("试验场")


@pytest.mark.unit
def test_a_quote_opened_before_the_head_closes_after_it():
    assert _end("推进武陵山区“山水工程”建设", "工程").endswith("“山水工程”")              # guizhou-2026
    assert _end("实施六盘山“山水工程”", "工程").endswith("“山水工程”")                    # ningxia-2026
    assert _end("“山水工程”建设", "工程") == "“山水工程”"
    assert _end("实施山水工程”", "工程").endswith("山水工程")          # a closing quote it did not open


@pytest.mark.unit
def test_the_candidates_take_the_whole_name():
    st = _sentence("高质量建设国家碳计量中心（福建），深入探索海洋、林业等碳汇发展机制。", "福建省")
    assert "国家碳计量中心（福建）" in {c.name for c in grammar_candidates(st) if c.kind == "Project"}
    st = _sentence("加快建设长征国家文化公园（福建段）。", "福建省")
    surfaces = place_surfaces(st.s.context)
    assert "长征国家文化公园（福建段）" in {c.name for c in project_candidates(st, surfaces)}
    st = _sentence("推进武陵山区“山水工程”建设。", "贵州省")
    names = {c.name for c in grammar_candidates(st) if c.kind == "Project"}
    assert "武陵山区“山水工程”" in names
    assert not any(n.endswith("”") and "“" not in n for n in names)     # no candidate closes a quote it did not open


@pytest.mark.unit
def test_a_province_stretch_of_works_is_a_segment_bracketed_or_not():
    from policykg.extract.project_rules import segment_of_works
    assert segment_of_works("长江国家文化公园贵州段")                 # guizhou-2026
    assert segment_of_works("陕电入皖特高压工程安徽段")               # anhui-2026
    assert segment_of_works("长征国家文化公园（福建段）")
    assert not segment_of_works("嘉陵江重庆段")                      # a stretch of a river
    names = {c.name for c in grammar_candidates(_sentence(
        "持续推进长征国家文化公园贵州重点建设区、长江国家文化公园贵州段建设。", "贵州省")) if c.kind == "Project"}
    assert "长江国家文化公园贵州段" in names
