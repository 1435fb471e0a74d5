"""The native SHACL engine on core components our shapes do not use (same results as pyshacl), and the
shapes it does not implement handed to the reference engine instead of skipped."""
from __future__ import annotations

import pytest
from rdflib import Graph

from policykg.validate import shapes_graph
from policykg.validate import native as vn
from policykg.validate import reference as vr

from shacl_helpers import FILES, PKGSH, PREFIXES, ROOT, both_inputs, reference


# ------------------------------------------------------------ components our shapes do not use (yet)
EXTRA_SHAPES = PREFIXES + """
ex:A a sh:NodeShape ; sh:targetClass ex:C ;
    sh:property ex:Kind , ex:Range , ex:Off , ex:Flags , ex:TwoClasses , ex:Q .
ex:Kind a sh:PropertyShape ; sh:path ex:k ; sh:nodeKind sh:BlankNodeOrIRI .
ex:Range a sh:PropertyShape ; sh:path ex:n ; sh:minExclusive 0 ; sh:maxInclusive 10.5 ; sh:maxExclusive 20 .
ex:Off a sh:PropertyShape ; sh:path ex:n ; sh:deactivated true ; sh:minCount 5 .
ex:Flags a sh:PropertyShape ; sh:path ex:s ; sh:pattern "^ab" ; sh:flags "i" ; sh:severity sh:Violation .
ex:TwoClasses a sh:PropertyShape ; sh:path ex:r ; sh:class ex:D , ex:E .
ex:Q a sh:PropertyShape ; sh:path ex:r ; sh:qualifiedValueShape [ sh:class ex:D ] ; sh:qualifiedMaxCount 1 .
ex:B a sh:NodeShape ; sh:targetClass ex:D ; sh:nodeKind sh:IRI ;
    sh:or ( [ sh:property [ sh:path ex:n ; sh:minCount 1 ] ] [ sh:class ex:E ] ) .
"""
EXTRA_DATA = PREFIXES + """
ex:c1 a ex:C ; ex:k ex:x , [] ; ex:n 5 , 0 , 15 , "3" ; ex:s "ABc" , "xab" ; ex:r ex:d1 , ex:d2 , ex:d3 .
ex:c2 a ex:C ; ex:k "lit" ; ex:n 10.5 , 2e1 ; ex:s "abX"@en , ex:abc ; ex:r ex:d1 .
_:c3 a ex:C ; ex:s [] ; ex:r "x" .
ex:d1 a ex:D , ex:E . ex:d2 a ex:D ; ex:n 1 . ex:d3 a ex:D .
ex:Sub rdfs:subClassOf ex:D . _:d4 a ex:Sub .
"""


def test_other_core_components_same_as_pyshacl():
    shapes = Graph().parse(data=EXTRA_SHAPES, format="turtle")
    g = Graph().parse(data=EXTRA_DATA, format="turtle")
    ref = reference(g, shapes)
    assert len({r.shape for r in ref}) >= 5
    assert both_inputs(g, shapes) == (ref, ref)


# -------------------------------------------------------------------------------------- fallback
UNSUPPORTED = {
    "closed": "pkgsh:ReportShape sh:closed true .",
    "recursive node": "pkgsh:ReportShape sh:node pkgsh:ReportShape .",
    "inverse path": "ex:P a sh:PropertyShape ; sh:path [ sh:inversePath pkg:evidence ] ; sh:minCount 1 . "
                    "pkgsh:ReportShape sh:property ex:P .",
    "warning": "pkgsh:ReportTitle sh:severity sh:Warning .",
    "disjoint": "pkgsh:LabelZh sh:qualifiedValueShapesDisjoint true .",
    "another SPARQL": 'pkgsh:ReportShape sh:sparql [ sh:select "SELECT $this WHERE { }" ] .',
    "SPARQL shape nested": "pkgsh:ReportShape sh:node pkgsh:EvidenceQuoteLength .",
}


def _shapes_plus(ttl: str) -> Graph:
    g = Graph()
    for t in shapes_graph():
        g.add(t)
    g.parse(data=PREFIXES + ttl, format="turtle")
    return g


@pytest.mark.parametrize("ttl", UNSUPPORTED.values(), ids=list(UNSUPPORTED))
def test_unsupported_shapes_detected_at_compile_time(ttl):
    with pytest.raises(vn.Unsupported):
        vn.compile_shapes(_shapes_plus(ttl))


def test_unsupported_shapes_fall_back_to_reference(monkeypatch):
    patched = _shapes_plus(UNSUPPORTED["closed"])
    calls = []
    monkeypatch.setattr(vr, "validate", lambda data, shapes: calls.append((data, shapes)) or ["fallback"])
    g = Graph().parse(FILES[0], format="turtle")
    assert vn.validate(g, patched) == ["fallback"]
    assert vn.validate(list(g), patched) == ["fallback"]
    assert len(calls) == 2 and all(shapes is patched for _data, shapes in calls)


def test_explicit_unsupported_shapes_fall_back_to_pyshacl():
    shapes = _shapes_plus("pkgsh:ReportYear sh:hasValue 1999 ; sh:severity sh:Warning .")
    g = Graph().parse(ROOT / "tests" / "shapes" / "valid" / "report-target.ttl", format="turtle")
    ref = reference(g, shapes)
    assert {r.shape for r in ref} == {str(PKGSH.ReportYear)}
    assert vn.validate(g, shapes) == ref
