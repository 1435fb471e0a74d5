"""Entity extraction on whole reports: span/body checks on all shipped reports (data/reports +
data/corpus), through the real reader and outline. Scores against the annotations: test_evaluation.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.extract.entities import extract_entities, extract_groups
from policykg.read import read_report
from policykg.structure import parse

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = Path(__file__).parent / "annotations" / "dev"
REPORTS = sorted([*(ROOT / "data" / "reports").glob("*.txt"), *(ROOT / "data" / "corpus").glob("*/*.txt")])

_BY_STEM = {p.stem: p for p in REPORTS}


@pytest.fixture(scope="module")
def outlines():
    cache = {}

    def get(path: Path):
        if path not in cache:
            doc = read_report(str(path))
            cache[path] = (doc, parse(doc))
        return cache[path]
    return get


@pytest.mark.parametrize("path", REPORTS, ids=[p.stem for p in REPORTS])
def test_spans_quote_the_text_and_stay_in_the_body(path, outlines):
    doc, outline = outlines(path)
    text = doc.text
    ents, links = extract_entities(text, outline.sentences, curation=True)
    body = outline.body
    for e in ents:
        assert e.spans, e
        for s in e.spans:
            quote = text[s.start:s.end]
            assert quote in {e.label, *e.alt_labels}, (e.kind, e.label, quote)
            assert body.start <= s.start and s.end <= body.end, (e.label, s)
            assert not any(x.start <= s.start < x.end for x in outline.excluded), (e.label, s)
    for g in extract_groups(text, outline.sentences):
        assert text[g.count_span.start:g.count_span.end]
        assert body.start <= g.count_span.start and g.count_span.end <= body.end


def test_glossary_and_clutter_yield_nothing(outlines):
    """Text outside the body (preamble, page clutter, glossary) gives no entity, even when it names parks."""
    doc, outline = outlines(_BY_STEM["jinghai-2021"])
    text = doc.text
    outside = [s for s in outline.sentences if not (outline.body.start <= s.span.start < outline.body.end)]
    assert not outside
    # a glossary appended after the body is not read: the same sentences give the same entities
    from policykg.read import read_bytes
    extra = "\n\n名词解释\n1. 子牙经开区：天津子牙经济技术开发区。\n2. 国际商贸物流园：静海国际商贸物流园区。\n"
    doc2 = read_bytes((text + extra).encode("utf-8"), "jinghai-2021-glossary.txt")
    outline2 = parse(doc2)
    ents2, _ = extract_entities(doc2.text, outline2.sentences)
    for e in ents2:
        for s in e.spans:
            assert s.end <= len(text) and s.end <= outline2.body.end, (e.label, s)
