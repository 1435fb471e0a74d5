"""The reference validation engine: pyshacl, its report read back as ``Result`` tuples."""
from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import RDF

from .results import SH, SPARQL_COMPONENT, Result, generic_message
from .shapes import shape_messages, shapes_graph


def as_graph(data) -> Graph:
    """``data`` itself when it is a Graph, else a Graph of its triples."""
    if isinstance(data, Graph):
        return data
    g = Graph()
    for t in data:
        g.add(t)
    return g


def results_pyshacl(data: Graph, shapes: Graph) -> list[Result]:
    """pyshacl's results for ``data`` against ``shapes``; Core results carry the shape's sh:message
    (``shapes.shape_messages``) or the generic one, SPARQL results pyshacl's formatted message."""
    import pyshacl

    _conforms, report, _text = pyshacl.validate(data, shacl_graph=shapes, advanced=True, inference="none",
                                                allow_warnings=True)
    messages = shape_messages(shapes)
    out = []
    # the report's own results; the sh:detail results pyshacl nests in some (sh:node) are not counted
    results = (r for rep in report.subjects(RDF.type, SH.ValidationReport) for r in report.objects(rep, SH.result))
    for r in results:
        shape = report.value(r, SH.sourceShape)
        component = str(report.value(r, SH.sourceConstraintComponent) or "")
        msg = messages.get(shape)
        if msg is None:
            given = sorted(str(m) for m in report.objects(r, SH.resultMessage))
            msg = given[0] if given and component == SPARQL_COMPONENT else generic_message(component)
        out.append(Result(str(report.value(r, SH.focusNode)), str(shape),
                          str(report.value(r, SH.resultPath) or ""), msg))
    return sorted(set(out))


def validate(data, shapes: Graph | None = None) -> list[Result]:
    """SHACL results (the ``reference`` engine) for a Graph or any iterable of triples."""
    return results_pyshacl(as_graph(data), shapes_graph() if shapes is None else shapes)
