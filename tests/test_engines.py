"""The native engine (rule chainer + SHACL interpreter, falling back to the reference) gives the
reference engine's results (owlrl + pyshacl), and builds do not depend on --jobs or input order. No
timings are asserted here (see benchmarks/)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from policykg.validate import report_graph, validate

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"
VALID = sorted((ROOT / "tests" / "shapes" / "valid").glob("*.ttl"))
INVALID = sorted((ROOT / "tests" / "shapes" / "invalid").glob("*.ttl"))
EXPECT = re.compile(r"# expect: <([^>]+)>")
HAILAER = sorted((ROOT / "data" / "corpus" / "hailaer").glob("hailaer-201[23].txt"))

PREFIXES = """
@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .
"""


def _both(g: Graph):
    return validate(g, engine="reference"), validate(g, engine="default")


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_examples_same_results(path):
    ref, fast = _both(Graph().parse(path, format="turtle"))
    assert ref == fast == []


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_examples_same_results(path):
    expected = EXPECT.match(path.read_text(encoding="utf-8").splitlines()[0]).group(1)
    ref, fast = _both(Graph().parse(path, format="turtle"))
    assert set(ref) == set(fast)
    assert {r.shape for r in fast} == {expected}
    # identical results graphs, byte for byte
    from policykg.emit.serialise import turtle
    assert turtle(report_graph(ref)) == turtle(report_graph(fast))


# edge cases of the hand-written pkgsh:EvidenceQuoteLength check, against pyshacl's SPARQL
QUOTE_CASES = {
    "lang-tagged quote, wrong length": 'ex:e a pkg:Evidence ; pkg:start 0 ; pkg:end 5 ; pkg:quote "静海"@zh .',
    "decimal offsets, right length": 'ex:e a pkg:Evidence ; pkg:start 1.0 ; pkg:end 3 ; pkg:quote "静海" .',
    "double offsets, wrong length": 'ex:e a pkg:Evidence ; pkg:start 1e0 ; pkg:end 5 ; pkg:quote "静海" .',
    "two quotes": 'ex:e a pkg:Evidence ; pkg:start 0 ; pkg:end 2 ; pkg:quote "静海" , "静海区" .',
    "typed non-string quote": 'ex:e a pkg:Evidence ; pkg:start 0 ; pkg:end 9 ; pkg:quote "3"^^xsd:integer .',
    "string offsets": 'ex:e a pkg:Evidence ; pkg:start "0" ; pkg:end 9 ; pkg:quote "静海" .',
    "subclass of Evidence": ('ex:Span rdfs:subClassOf pkg:Evidence . '
                             'ex:e a ex:Span ; pkg:start 0 ; pkg:end 9 ; pkg:quote "静海" .'),
    "message with braces and quotes": 'ex:e a pkg:Evidence ; pkg:start 0 ; pkg:end 1 ; pkg:quote "{\\"x\\"}" .',
}


@pytest.mark.parametrize("ttl", QUOTE_CASES.values(), ids=list(QUOTE_CASES))
def test_quote_length_check_matches_pyshacl(ttl):
    ref, fast = _both(Graph().parse(data=PREFIXES + ttl, format="turtle"))
    assert ref == fast


# ---------------------------------------------------------------------------------------- seed
def _cli_build(out: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "policykg.cli", "build", *args, "--out", str(out), "--quiet"],
                          cwd=ROOT, env=env, capture_output=True, text=True)


@pytest.fixture(scope="module")
def seed_builds(tmp_path_factory):
    base = tmp_path_factory.mktemp("engines")
    runs = {}
    for engine in ("reference", "default"):
        out = base / engine
        p = _cli_build(out, str(SEED), "--engine", engine)
        assert p.returncode in (0, 1), p.stderr
        runs[engine] = (out, p.returncode)
    return runs


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig", "validation.ttl", "summary.csv", "void.ttl"])
def test_seed_engines_byte_identical(seed_builds, name):
    (ref, ref_rc), (fast, fast_rc) = seed_builds["reference"], seed_builds["default"]
    assert ref_rc == fast_rc
    assert (ref / name).read_bytes() == (fast / name).read_bytes()


def test_seed_inferred_graph_not_empty(seed_builds):
    trig = (seed_builds["default"][0] / "graph.trig").read_text(encoding="utf-8")
    assert "GRAPH <https://w3id.org/policykg/id/graph/inferred> {" in trig


def test_trig_from_bodies_is_serialise_trig():
    from policykg.emit.serialise import trig_from_bodies
    from policykg.emit.serialise import trig, turtle

    g1 = Graph().parse(VALID[0], format="turtle")
    g2 = Graph().parse(VALID[1], format="turtle")
    graphs = [("https://example.org/g1", g1), ("https://example.org/g2", g2)]
    assert trig_from_bodies([(n, turtle(g)) for n, g in graphs]) == trig(graphs)


# ------------------------------------------------------------------------------- jobs and order
@pytest.fixture(scope="module")
def two_reports():
    if len(HAILAER) < 2:
        pytest.skip("Hailar corpus not under data/corpus/hailaer")
    return [str(p) for p in HAILAER]


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_jobs_and_order_do_not_change_output(tmp_path, two_reports):
    from policykg.corpus.build import build, write_outputs

    write_outputs(build(two_reports, jobs=1), str(tmp_path / "a"))
    write_outputs(build(list(reversed(two_reports)), jobs=2), str(tmp_path / "b"))
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_stream_build_matches_union_build(tmp_path, two_reports):
    """Streaming: same asserted quads as the union build (report graphs with their assessedBy links),
    same SHACL results; deterministic regardless of jobs and order."""
    from rdflib import Dataset

    from policykg.emit import ids
    from policykg.corpus.build import build
    from policykg.corpus.stream import build_stream

    union = build(two_reports, jobs=1)
    s1 = build_stream(two_reports, str(tmp_path / "s1"), jobs=1)
    s2 = build_stream(list(reversed(two_reports)), str(tmp_path / "s2"), jobs=2)
    assert _files(tmp_path / "s1") == _files(tmp_path / "s2")
    assert s1.results == union.results
    assert not (tmp_path / "s1" / "graph.ttl").exists()

    ds = Dataset()
    ds.parse(tmp_path / "s1" / "graph.nq", format="nquads")
    for r in union.reports:
        streamed = set(ds.graph(ids.graph_iri(r.slug)))
        assert streamed == set(r.graph), r.slug
        per_report = Graph().parse(tmp_path / "s1" / "reports" / f"{r.slug}.ttl", format="turtle")
        assert set(per_report) == set(r.graph)
    # report-local reasoning draws a subset of the union's inferences (see policykg/corpus/build.py on locality)
    streamed_inferred = set(ds.graph(ids.INFERRED_GRAPH)) - set(union.asserted)
    assert streamed_inferred <= set(union.inferred)
    lines = (tmp_path / "s1" / "graph.nq").read_text(encoding="utf-8").splitlines()
    assert lines, "empty N-Quads"
