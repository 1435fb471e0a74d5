"""SHACL shapes: valid examples conform; each invalid example breaks exactly the rule it names."""
import re
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Namespace, URIRef

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "policykg" / "shapes" / "policykg.ttl"
VALID = sorted((ROOT / "tests" / "shapes" / "valid").glob("*.ttl"))
INVALID = sorted((ROOT / "tests" / "shapes" / "invalid").glob("*.ttl"))
REPORT = ROOT / "data" / "reports" / "jinghai-2021.txt"
SH = Namespace("http://www.w3.org/ns/shacl#")
PKG = Namespace("https://w3id.org/policykg/ontology#")
EXPECT = re.compile(r"# expect: <([^>]+)>")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def validate(path: Path, shapes: Graph):
    data = Graph().parse(path, format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, advanced=True)
    return conforms, {str(s) for s in results.objects(None, SH.sourceShape)}


def test_enough_examples():
    assert len(VALID) >= 2 and len(INVALID) >= 10


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_example_conforms(shapes, path):
    conforms, fired = validate(path, shapes)
    assert conforms, fired


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_example_breaks_exactly_its_rule(shapes, path):
    match = EXPECT.match(path.read_text(encoding="utf-8").splitlines()[0])
    assert match, f"{path.name}: first line must be '# expect: <shape IRI>'"
    expected = match.group(1)
    assert (URIRef(expected), None, None) in shapes, f"unknown shape {expected}"
    conforms, fired = validate(path, shapes)
    assert not conforms
    assert fired == {expected}


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_quotes_match_report_text(path):
    text = REPORT.read_text(encoding="utf-8").replace("\r\n", "\n")
    g = Graph().parse(path, format="turtle")
    spans = list(g.subjects(PKG.quote, None))
    assert spans
    for ev in spans:
        start, end = int(g.value(ev, PKG.start)), int(g.value(ev, PKG.end))
        assert str(g.value(ev, PKG.quote)) == text[start:end], ev
