"""The same facts however a report is typed (issues #12/#13): a dev report retyped without changing
its meaning (tests/metamorphic_helpers.py) gives the same targets, outcomes, parks, projects and
placements, at the same characters of the text as written. scripts/metamorphic.py runs every dev report."""
from __future__ import annotations

from pathlib import Path

import pytest

from metamorphic_helpers import TRANSFORMS, compare, fact_keys, facts_of, thousands
from policykg.read.retype import matching_text

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"
EXCERPT = ROOT / "tests" / "fixtures" / "snippets" / "anhui-2026-excerpt.txt"   # copied from a dev report
ITEMS = ROOT / "tests" / "fixtures" / "snippets" / "neimenggu-2026-excerpt.txt"  # its 1. 2. appendix items


@pytest.fixture(scope="module")
def seed():
    doc, facts = facts_of(SEED.read_bytes(), str(SEED))
    return doc.text, fact_keys(facts)


def _same_facts(text: str, before: dict, name: str) -> None:
    retyped = TRANSFORMS[name](text)
    doc, facts = facts_of(retyped.data)
    assert doc.text == retyped.text
    after = fact_keys(facts, retyped.back)
    changes = {k: v for k, v in compare(before, after).items() if v[1] or v[2]}
    assert not changes, f"{name}: (kept, lost, gained) {changes}"
    assert sum(len(v) for v in before.values()) > 5


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_retyped_seed_report_gives_the_same_facts(seed, name):
    _same_facts(seed[0], seed[1], name)


@pytest.mark.parametrize("name", ["thousands", "wide_thousands", "percent_words", "wrap_pages", "han_spaces",
                                  "nbsp_indent"])
def test_retyped_excerpt_gives_the_same_facts(name):
    doc, facts = facts_of(EXCERPT.read_bytes())
    _same_facts(doc.text, fact_keys(facts), name)


def test_items_numbered_in_brackets_own_their_targets():
    """Items typed （1） instead of 1. are sub-headings all the same (their targets' owner)."""
    doc, facts = facts_of(ITEMS.read_bytes())
    owners = {getattr(q.owner, "label", "") for q in facts.quantities}
    assert any(o.startswith("通过“以工代赈”") for o in owners)
    _same_facts(doc.text, fact_keys(facts), "item_headings")


def test_excerpt_has_what_the_transforms_change():
    text = EXCERPT.read_text(encoding="utf-8")
    assert thousands(text).text.count(",") >= 1 and "%" in text


def test_quotes_are_the_characters_as_written(seed, tmp_path):
    """A letter-spaced, hard-wrapped copy with page numbers: every evidence quote is its own text's."""
    from rdflib import Namespace

    from policykg.corpus.build import process

    retyped = TRANSFORMS["han_spaces"](seed[0])
    retyped = TRANSFORMS["wrap_pages"](retyped.text)
    path = tmp_path / "retyped.txt"
    path.write_bytes(retyped.data)
    g = process(str(path)).graph
    pkg = Namespace("https://w3id.org/policykg/ontology#")
    quotes = [(int(g.value(ev, pkg.start)), int(g.value(ev, pkg.end)), str(q)) for ev, q in g.subject_objects(pkg.quote)]
    assert len(quotes) > 100
    assert all(retyped.text[a:b] == q for a, b, q in quotes)
    assert any(" " in q for _, _, q in quotes)      # quotes keep the spaces as written


def test_a_memo_of_the_last_sentences_does_not_leak_moved_spans(seed):
    """Two copies whose matching text is the same share the extractors' memo of the last sentence
    list; moving one copy's spans back must not move the other's."""
    spaced = TRANSFORMS["han_spaces"](seed[0])
    _, facts = facts_of(spaced.data)
    assert fact_keys(facts, spaced.back) == seed[1]
    _, again = facts_of(SEED.read_bytes(), str(SEED))
    assert fact_keys(again) == seed[1]


@pytest.mark.parametrize("written, matched", [
    ("全省办结行政复议案件32,910件", "全省办结行政复议案件32910件"),
    ("总投资1，234亿元，增长5%", "总投资1234亿元，增长5%"),
    ("增长百分之五点五", "增长5.5%"),
    ("占比达到百分之十二", "占比达到12%"),
    ("二〇二五年全省", "2025年全省"),
    ("完成 5 亿元", "完成5亿元"),
    ("政 府 工 作 报 告\n打响“万企出海 鲁贸全球”品牌", "政府工作报告\n打响“万企出海 鲁贸全球”品牌"),
    ("增长5％,高于全国(平均)水平;", "增长5%，高于全国（平均）水平；"),
    ("\u3000\u3000各位代表\xa0", "\u3000\u3000各位代表 "),
    ("上一页结束\n— 12 —\n下一页开始", "上一页结束\n下一页开始"),
    ("培育“雏 鹰”企业，产 业集群", "培育“雏鹰”企业，产业集群"),
    ("建设\U0002C1D9 水大桥，㐀 乙村", "建设\U0002C1D9水大桥，㐀乙村"),   # CJK extensions A and E too
    ("政 府 工 作 报 告 \U00020000 年", "政府工作报告\U00020000年"),
    ("2026年政府工作报告\n甲。\n政府工作报告\n乙。\n政府工作报告\n丙。\n政府工作报告\n丁。",
     "2026年政府工作报告\n甲。\n政府工作报告\n乙。\n丙。\n丁。"),
])
def test_matching_text(written, matched):
    text, origin = matching_text(written)
    assert text == matched
    if origin is not None:
        assert len(origin) == len(text) and origin == sorted(origin)
        assert all(text[i] == written[origin[i]] for i, c in enumerate(text) if c in "亿元年报告品牌结束")


def test_matching_text_joins_a_hard_wrapped_text_only():
    paragraph = "加快建设现代化产业体系，推动传统产业转型升级，培育壮大新兴产业和未来产业，" * 12
    wrapped = "\n".join(paragraph[i:i + 30] for i in range(0, len(paragraph), 30))
    text = f"一、工作回顾\n{wrapped}\n二、今年工作\n{wrapped}\n"
    joined, origin = matching_text(text)
    assert joined == f"一、工作回顾\n{paragraph}\n二、今年工作\n{paragraph}\n"
    assert origin is not None
    unwrapped = "\n".join([paragraph[:30 * k] for k in range(1, 25)])     # lines of every length
    assert matching_text(unwrapped)[0] == unwrapped


def test_restore_moves_every_reference_to_a_shared_object():
    """A tuple or list reached twice (the copy keeps the sharing) is moved at every place it stands;
    the second reference kept the matching text's offsets."""
    from policykg.model import Span
    from policykg.read.retype import restore
    shared = (Span(1, 2),)
    both = {"a": shared, "b": [shared, frozenset({Span(0, 1)})]}
    moved, = restore([10, 11, 12], both)
    assert moved["a"] == moved["b"][0] == (Span(11, 12),)
    assert moved["b"][1] == frozenset({Span(10, 11)})


def test_matching_text_of_a_long_justified_copy_inside_one_quote():
    """Spaces between Chinese characters far from any closing quote are all dropped. Each space used to
    look for its quote pair across the whole text (a 2 MB copy took 7 s, ten times the text a hundred
    times as long); the speed is measured outside the tests (closing note of 2026-12-03), the answer here."""
    line = "推进 产业 转型 升级 培育 新兴 产业 打造 先进 制造 业基 地" * 4 + "。\n"
    joined, _ = matching_text("“" + line * 2000 + "”")
    assert " " not in joined and joined.count("推进产业转型升级") == 8000
