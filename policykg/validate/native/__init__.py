"""The native SHACL engine (the default): a SHACL Core interpreter in pure Python, compiled from the
shapes graph, plus the hand-written check of the one SHACL-SPARQL constraint; pyshacl's results.

It works on the rdflib terms themselves, with dict indexes (``data.DataIndex``). Measured once by
hand (2 cores shared with other jobs; validation only, data already parsed; best of 3-5 runs)::

                                         native (Graph)  native (list of triples)  pyshacl
    seed, jinghai-2021 (4,501 triples)       0.014 s          0.017 s              7.0 s
    union of 37 reports (192,008 triples)    0.70 s           1.61 s               (326 s *)

    * pyshacl on the union with 25 random mutations (88 results), where native took 0.8-1.2 s.

Layout, as in pySHACL: ``compiler`` turns the shapes graph into ``shape.Shape`` objects (a path,
``None`` for node shapes; (constraint component, check) pairs; nested property shapes), the checks
coming from one module per constraint family — ``value_type`` (class, datatype, nodeKind),
``cardinality``, ``value_range``, ``string`` (pattern, languageIn), ``property_pair`` (lessThan,
lessThanOrEquals), ``logical`` (or), ``shape_based`` (qualifiedValueShape), ``other`` (in) and
``sparql`` (pkgsh:EvidenceQuoteLength). Targets: ``sh:targetClass``; paths: an IRI.

**Fallback.** Anything else in the ``sh:`` namespace of the shapes graph (``sh:closed``,
``sh:hasValue``, ``sh:node``, ``sh:not``, other targets, property paths other than an IRI, other
severities, SHACL-AF, custom components, another or an edited SPARQL constraint, shapes that are also
classes, recursive shapes ...) raises ``Unsupported`` at compile time, and ``validate`` hands the job
to the reference engine (pyshacl): nothing is skipped silently. So does a Dataset as data.

Results are ``Result(focus, shape, path, message)``: one per (focus node, shape, component) — what
pyshacl's results collapse to — with the shape's ``sh:message`` or ``generic_message(component)``,
so ``report_graph`` is byte-identical across engines (tests/test_validate_native.py,
tests/test_w3c_shacl.py).
"""
from __future__ import annotations

import gc

from rdflib import Dataset, Graph
from rdflib.graph import ConjunctiveGraph

from .. import reference
from ..results import Result
from ..shapes import shapes_graph
from .common import Unsupported
from .compiler import compile_shapes
from .data import DataIndex
from .shape import Program
from .sparql import quote_length_results

__all__ = ["DataIndex", "Program", "Unsupported", "compile_shapes", "program", "run", "validate"]

_PROGRAMS: dict = {}


def program(sg: Graph | None = None) -> Program:
    """The compiled shapes (cached per shapes graph); raises ``Unsupported``."""
    sg = shapes_graph() if sg is None else sg
    hit = _PROGRAMS.get(id(sg))
    if hit is None or hit[0] is not sg:
        try:
            hit = (sg, compile_shapes(sg))
        except Unsupported as e:
            hit = (sg, e)
        _PROGRAMS[id(sg)] = hit
    if isinstance(hit[1], Unsupported):
        raise hit[1]
    return hit[1]


def run(prog: Program, idx: DataIndex) -> list[Result]:
    """The results of ``prog`` on the indexed data, sorted."""
    out: set[Result] = set()
    for shape, targets in prog.top:
        evaluate = shape.evaluate
        for focus in targets.focus_nodes(idx):
            evaluate(idx, focus, out)
    for _node, template in prog.sparql:
        out.update(quote_length_results(idx, template))
    return sorted(out)


def validate(data, shapes: Graph | None = None) -> list[Result]:
    """SHACL results for ``data`` — an rdflib Graph or any iterable of (s, p, o) rdflib terms — against
    ``shapes`` (default: the project's), exactly as the reference engine gives them; shapes this
    interpreter does not implement go to the reference engine."""
    try:
        if isinstance(data, (ConjunctiveGraph, Dataset)):
            raise Unsupported("a Dataset / ConjunctiveGraph as data")
        prog = program(shapes)
    except Unsupported:
        return reference.validate(data, shapes)
    enabled = gc.isenabled()
    gc.disable()  # millions of short-lived references, no cycles: the collector only costs time
    try:
        idx = DataIndex.from_graph(data) if isinstance(data, Graph) else DataIndex.from_triples(data)
        return run(prog, idx)
    finally:
        if enabled:
            gc.enable()
