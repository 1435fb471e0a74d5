"""speed46: a report's structures are let go as soon as the next stage has what it needs (sentence memos after
extraction, the rdflib Graph after the split, each output document after it is written); same bytes."""
from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"


@pytest.fixture(scope="module")
def seed_result():
    from policykg.corpus.build import process
    return process(str(SEED))


@pytest.mark.unit
def test_no_sentence_memo_outlives_the_extraction(seed_result):
    """Regression: the tags of every sentence (pos_tags, pos_of), its HMM cuts and its candidates stayed in
    memos after extraction, the whole time the report's graph was built; pos_of had no bound at all."""
    from policykg.extract import entities, tagger
    from policykg.extract.grammar import pos_tags
    from policykg.extract.qlexicon import pos_of

    assert seed_result.counts["Target"] + seed_result.counts["Outcome"] > 50     # the seed's figures were read
    assert pos_tags.cache_info().currsize == 0
    assert pos_of.cache_info().currsize == 0
    assert not tagger._VCACHE
    assert not entities._ANALYSIS


@pytest.mark.unit
def test_a_report_graph_is_freed_without_the_cycle_collector():
    """Regression: the report Graph's store held the Graph (as its default context), so with collection
    paused (gc_paused) the Graph and its indexes lived until the build's end."""
    from policykg.corpus.build import gc_paused, process

    with gc_paused():
        r = process(str(SEED))
        graph, store = weakref.ref(r.graph), weakref.ref(r.graph.store)
        assert len(r.graph) > 1000
        r.graph = None
        assert graph() is None and store() is None


@pytest.mark.unit
def test_process_for_union_keeps_triple_sets_and_the_body_only(seed_result):
    from policykg.corpus.build import process_for_union
    from policykg.corpus.triples import TripleSet

    r = process_for_union(str(SEED))
    assert type(r.graph) is TripleSet and type(r.shared) is TripleSet
    assert r.counts["triples"] == len(r.graph)
    assert r.body.startswith("PREFIX ") and "静海" in r.body


@pytest.mark.unit
def test_trig_pieces_drop_prefix_and_leading_blank_lines_and_indent_the_rest():
    from policykg.emit.serialise import trig_from_bodies, trig_parts

    head = next(trig_parts([]))
    body = "PREFIX pkg: <x>\n\n \nex:a ex:b \"静海区\\u2028\" ;\n\n    ex:c ex:d .\n"
    late = "ex:a ex:b ex:c .\nPREFIX ex: <y>\nex:e ex:f ex:g .\n"     # a PREFIX line further down: dropped too
    got = trig_from_bodies([("g1", body), ("g2", ""), ("g3", late)])
    assert got == head + ("\nGRAPH <g1> {\n    ex:a ex:b \"静海区\\u2028\" ;\n\n        ex:c ex:d .\n}\n"
                          "\nGRAPH <g2> {\n}\n"
                          "\nGRAPH <g3> {\n    ex:a ex:b ex:c .\n    ex:e ex:f ex:g .\n}\n")
    assert trig_from_bodies([]) == head


@pytest.mark.unit
def test_a_document_written_in_slices_has_the_bytes_of_one_write(tmp_path, monkeypatch):
    from policykg.corpus import build

    text = SEED.read_text(encoding="utf-8")
    monkeypatch.setattr(build, "_SLICE", 7)     # slices cut between characters of three UTF-8 bytes
    build._write(tmp_path / "a.txt", [text[:1000], text[1000:]])
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    assert (tmp_path / "a.txt").read_bytes() == (tmp_path / "b.txt").read_bytes()


def _dense(n_lines: int) -> str:
    """The seed, then lines of four figures each (hostile45's report made only of figures)."""
    rows = (f"{i}亿元 {i % 97}% {i + 7}.5万吨 {i * 3}个" for i in range(1, n_lines + 1))
    return SEED.read_text(encoding="utf-8") + "\n".join(rows) + "\n"


@pytest.mark.unit
def test_a_report_of_more_numbers_than_the_bound_is_refused_in_one_line(tmp_path):
    import subprocess
    import sys

    from policykg.read import MAX_NUMBERS, read_bytes

    assert read_bytes(_dense(100).encode("utf-8")).metadata.year == 2021    # far below: read
    path = tmp_path / "dense-2021.txt"
    path.write_text(_dense(MAX_NUMBERS // 4 + 1), encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "policykg.cli", "build", str(path), "--out", str(tmp_path / "out")],
                       capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 2 and not (tmp_path / "out").exists()
    assert p.stderr.count("\n") == 1 and f"above the {MAX_NUMBERS} a report is built with" in p.stderr
