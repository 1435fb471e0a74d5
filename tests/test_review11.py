"""Second reading of this session's merges: edge cases of the changed functions, each on real text
shapes (a name at the very start of a sentence, an empty or all-empty column)."""
from __future__ import annotations

import pytest

from policykg.extract.entities import split_joined
from policykg.extract.grammar import Candidate, TokSentence

from entity_helpers import make_sentences


def _sides(text: str, name: str) -> list[str]:
    [s] = make_sentences(text, "江苏省", [], part_kind="plan")
    a = text.index(name)
    return [p.name for p in split_joined(Candidate("Project", name, a, a + len(name), TokSentence(s)))]


@pytest.mark.unit
def test_a_two_character_side_splits_only_after_a_list_mark():
    """The two-character left side is for list members (after 、); a name opening its sentence has no
    character before it, and the empty string before offset 0 is no list mark."""
    name = "沪宁和宁杭高速公路扩容工程"
    assert _sides("推进京沪、" + name, name) == ["沪宁", "宁杭高速公路扩容工程"]
    assert _sides("，" + name + "开工", name) == [name]
    assert _sides(name + "开工", name) == [name]


@pytest.mark.unit
@pytest.mark.parametrize("which", ["targets", "outcomes"])
def test_the_aspirational_column_reads_as_booleans_in_every_format(tmp_path, which):
    """An outcome carries no pkg:aspirational (contract §4: 力争 makes a target aspirational): the empty
    column came back as object from Parquet but float64 from CSV; an outcome is never aspirational."""
    import pandas as pd
    pytest.importorskip("pyarrow")
    from pathlib import Path

    from policykg.use.table import WRITERS, asserted_store, rows
    ttl = Path(__file__).parent / "shapes" / "valid" / ("review-outcome.ttl" if which == "outcomes" else "report-target.ttl")
    columns, data = rows(asserted_store([str(ttl)]), which)
    assert data and "aspirational" in columns
    read = {"csv": pd.read_csv, "json": pd.read_json, "parquet": pd.read_parquet}
    for fmt, writer in WRITERS.items():
        (tmp_path / f"t.{fmt}").write_bytes(writer(columns, data))
        column = read[fmt](tmp_path / f"t.{fmt}")["aspirational"]
        assert column.dtype == bool, (fmt, column.dtype)
    if which == "outcomes":
        assert not any(r["aspirational"] for r in data)


@pytest.mark.unit
@pytest.mark.parametrize("length", ["1_0", "１０", "+10", "0x0a"])
def test_serve_takes_a_content_length_of_digits_only(length):
    """Python's int() reads 1_0, fullwidth digits and a sign as 10, where HTTP's Content-Length is 1*DIGIT:
    a proxy in front would frame the body otherwise (request smuggling), so the request is refused as
    unframed and the connection closed."""
    import io

    from policykg.use.serve_http import _UNFRAMED, HttpError, _body
    with pytest.raises(HttpError) as err:
        _body({"Content-Length": length}, io.BytesIO(b"ASK {}" * 2))
    assert err.value.status == 400 and err.value.message in _UNFRAMED
    assert _body({"Content-Length": "6"}, io.BytesIO(b"ASK {}ASK {}")) == b"ASK {}"


@pytest.mark.unit
@pytest.mark.parametrize("name,data,skipped", [
    ("g.ttl", b"\xef\xbb\xbf<a> <b> <c> .", True), ("g.TriG", b"\xef\xbb\xbf<a> <b> <c> .", True),
    ("g.nt", b"\xef\xbb\xbf<a> <b> <c> .", False), ("g.ttl", b"<a> <b> <c> .", False), ("g.ttl", b"", False)])
def test_one_reader_skips_a_byte_order_mark_for_query_push_and_serve(tmp_path, name, data, skipped):
    """query, push and serve's oxigraph loader skip Notepad's mark in Turtle and TriG through one helper;
    in any other case the file is read from its first byte."""
    from policykg.use.loading import skip_bom
    (tmp_path / name).write_bytes(data)
    with open(tmp_path / name, "rb") as fh:
        assert skip_bom(fh, str(tmp_path / name)) is skipped
        assert fh.read() == (data[3:] if skipped else data)


@pytest.mark.unit
def test_the_unannotated_sample_reads_dev_gold_only(monkeypatch):
    """scripts/sample_entities.py --unannotated drew from every annotated report of the manifest, the test
    split's too: it read their gold and printed their projects, which the blind check reserves."""
    import sys
    from pathlib import Path

    from policykg import evaluation
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import sample_entities
    m = evaluation.manifest()
    read = []
    monkeypatch.setattr(evaluation, "entity_annotation", lambda stem, info: read.append(stem) or {})
    stems = sorted(s for s, i in m.items() if i["entities"])
    assert {i["split"] for s, i in m.items() if s in stems} == {"dev", "test"}
    gold = sample_entities.gold_of({f"r-{s}": s for s in stems})
    assert read and all(m[s]["split"] == "dev" for s in read)
    assert set(gold) == {f"r-{s}" for s in read}


@pytest.mark.unit
def test_an_ablation_child_that_fails_ends_there(monkeypatch):
    """scripts/park_ablation.run_with forks a child per ablation: a child whose extraction raised left
    run_with and went on running its caller's code (a second copy of the ablation loop), while the
    parent met an empty pipe (EOFError). The child now exits, and the parent names the failure."""
    import os
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import park_ablation

    def boom(docs, only):
        raise ValueError("a lexicon without a key the extractor needs")
    monkeypatch.setattr(park_ablation, "_verdicts", boom)
    parent = os.getpid()
    try:
        with pytest.raises(RuntimeError, match="ablation child"):
            park_ablation.run_with([], {})
    finally:
        if os.getpid() != parent:
            os._exit(3)     # a child that escaped run_with stops here, not in pytest


@pytest.mark.unit
@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_a_graph_in_utf16_or_utf32_is_named_for_what_it_is(tmp_path, codec):
    """check_text named UTF-16 and little-endian UTF-32 text by their byte-order mark, but took big-endian
    UTF-32 (00 00 FE FF) for binary data."""
    from policykg.errors import InputError
    from policykg.use.loading import check_text
    g = tmp_path / "g.ttl"
    bom = "\ufeff" if codec.endswith("-be") else ""     # the plain codecs write their own mark
    g.write_bytes((bom + "<http://x.test/a> <http://x.test/p> \"甲\" .\n").encode(codec))
    with pytest.raises(InputError, match="UTF-16 or UTF-32 text; save it as UTF-8"):
        check_text(str(g), "turtle")


def _chunks_the_plain_way(text, span):
    """chunk_sentence as it was written before: every test rescans the chunk, or the sentence, so far."""
    import re as _re

    from policykg.extract.chunks import _q, _ranking_clause, _separators, bare_value, cand_from_match
    from policykg.extract.qlexicon import quantity_regex
    rx, pieces, pos = quantity_regex(), [], span.start
    for m in _separators().finditer(text[span.start:span.end]):
        p, before = span.start + m.start(), text[span.start:span.start + m.start()]
        if m.group() == _q("list_mark") and (before.count("（") > before.count("）") or before.count("(") > before.count(")")):
            continue
        pieces.append((pos, p, m.group()))
        pos = p + 1
    pieces.append((pos, span.end, ""))
    out, cur = [], None
    for i, (s, e, sep) in enumerate(pieces):
        cur = s if cur is None else cur
        ranked = sep == _q("list_mark") and _ranking_clause(text, s, e, pieces[i + 1])
        if not ranked and sep in _q("joining") and not any(cand_from_match(m, 0) for m in rx.finditer(text, cur, e)) \
                and not (sep == _q("list_mark") and bare_value(text, span.start, cur, e)):
            continue
        if sep == _q("list_mark") and _re.search(_q("respective_from"), text[cur:e]):
            continue
        out.append((cur, e))
        cur = None
    return [c for c in out if c[1] > c[0]]


@pytest.mark.unit
def test_chunks_are_those_of_the_plain_way_and_a_long_list_costs_linear_time():
    """A sentence listing 20,000 names joined by 、 took 28 s to cut into chunks: each 、 rescanned the chunk
    so far for a quantity and the sentence so far for brackets. Each piece is now scanned once."""
    import random
    import time

    from policykg.extract.chunks import chunk_sentence
    from policykg.model import Span
    rng = random.Random(11)
    words = ["城镇", "农村", "分别", "从", "由", "提高到", "12.5", "3", "万", "亿元", "%", "个百分点", "、", "、", "，",
             "（", "）", "(", ")", "和", "及", "第一", "全国第四", "突破", "公里", "5—6", "左右", "1二", "两个"]
    for _ in range(400):
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 40)))
        for span in (Span(0, len(text)), Span(min(2, len(text)), len(text))):
            assert [(c.start, c.end) for c in chunk_sentence(text, span)] == _chunks_the_plain_way(text, span), text
    text = "城镇、" * 20000 + "。"
    start = time.process_time()
    assert len(chunk_sentence(text, Span(0, len(text)))) == 1
    assert time.process_time() - start < 3      # the plain way: about 28 s
