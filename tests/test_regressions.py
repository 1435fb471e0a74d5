"""One test per bug found and fixed (each names the bug)."""
from __future__ import annotations

from pathlib import Path

from policykg.emit import ids

ROOT = Path(__file__).resolve().parents[1]
from policykg.read import read_report
from policykg.structure import parse

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "provincial-2026"


def test_bug_homophone_provinces_shared_a_report_iri():
    # 陕西省 and 山西省 are both "shanxi" in toneless pinyin; the two 2026 reports overwrote each other.
    assert ids.report_slug("陕西省", 2026) != ids.report_slug("山西省", 2026)
    a = read_report(str(CORPUS / "shaanxi-2026.txt")).metadata
    b = read_report(str(CORPUS / "shanxi-2026.txt")).metadata
    assert ids.report_slug(a.place, a.year) == "shaanxisheng-2026"
    assert ids.report_slug(b.place, b.year) == "shanxisheng-2026"


def test_bug_restarted_list_became_parts():
    # Guangdong's "2026年省十件民生实事" list (一、…十、) inside part 三 was read as parts 四…十.
    outline = parse(read_report(str(CORPUS / "guangdong-2026.txt")))
    parts = [h.label for h in outline.headings if h.level == 1]
    assert parts == ["2025年和“十四五”时期工作回顾", "“十五五”时期的主要目标和重点任务", "2026年工作安排"]


def test_bug_unnumbered_parts_gave_no_review():
    # Gansu numbers no part; everything was read as this year's plan, so no outcome was found.
    outline = parse(read_report(str(CORPUS / "gansu-2026.txt")))
    assert [h.part_kind for h in outline.headings if h.level == 1] == ["review", "outlook", "plan"]


def test_bug_group_members_were_not_linked_to_the_count_target():
    # extract_groups returns its own Entity objects; they were not resolved to the emitted ones,
    # so the park → project → target chain came out empty.
    from policykg.corpus.build import process
    from policykg.use.query import named_query, run_query

    seed = Path(__file__).resolve().parent.parent / "data" / "reports" / "jinghai-2021.txt"
    rows = run_query(named_query("cq-01-park-project-target"), graphs=[process(str(seed)).graph])
    projects = {str(r[rows.vars.index("projectName")]) for r in rows.rows}
    assert {"废旧动力电池回收利用", "科维尔", "红星美凯龙二期", "鲲宝物流", "中天包装"} <= projects


def test_bug_just_past_year_paragraph_took_the_five_year_period():
    # "刚刚过去的2025年，…全省生产总值增长5.6%" was dated 2021–2025 instead of 2025.
    from policykg.extract.quantities import extract_quantities

    doc = read_report(str(CORPUS / "hebei-2026.txt"))
    qs = extract_quantities(doc.text, parse(doc).sentences)
    gdp = [q for q in qs if q.label == "生产总值增长5.6%"]
    assert gdp and all((q.start_year, q.end_year) == (2025, 2025) for q in gdp)


def test_bug_marked_section_without_keyword_raised_in_the_html_reader():
    """Hypothesis found '<![0': the stdlib HTML parser raised AssertionError; now a bogus comment."""
    from policykg.read.html_text import html_to_text

    assert html_to_text("<![0") == "\n"
    assert html_to_text("<p>甲</p><![0 x>乙") == "甲\n乙\n"
    assert html_to_text("<p>甲<![CDATA[x]]>乙</p>") == "甲乙\n"


def test_bug_cut_after_an_exclamation_paragraph_was_not_flagged_truncated():
    """Hypothesis found the seed cut at byte 9029 (…——我们始终把群众安危冷暖挂在心) read as complete."""
    from policykg.read import read_bytes

    raw = (ROOT / "data" / "reports" / "jinghai-2021.txt").read_bytes()
    assert read_bytes(raw[:9029], "cut.txt").truncated
    assert not read_bytes(raw, "full.txt").truncated


def test_bug_malformed_heading_numeral_raised_keyerror():
    """Hypothesis found a body '十三五一、一' after the seed's text: its heading number 十三五一 raised
    KeyError in parse; a malformed numeral now starts no numbered heading."""
    import pytest

    from policykg.numerals import cn_int
    from policykg.model import Document

    seed = read_report(str(ROOT / "data" / "reports" / "jinghai-2021.txt"))
    before = len(parse(seed).headings)
    doc = Document(path="x.txt", text=seed.text + "\n十三五一、一\n", encoding="utf-8", sha256="0" * 64,
                   metadata=seed.metadata)
    assert len(parse(doc).headings) == before
    with pytest.raises(ValueError):
        cn_int("十三五一")
