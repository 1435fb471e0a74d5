"""Stage 6 — validate: SHACL shapes (and the SPARQL checks) over the asserted graph.

Two engines, chosen by name through ``policykg.engines``: ``native`` (the default,
``validate.native``: a SHACL Core interpreter compiled from the shapes graph, with an exact check of
the one SPARQL-based shape, ``pkgsh:EvidenceQuoteLength``; shapes using a feature it does not
implement go to the reference) and ``reference`` (pyshacl, ``validate.reference``). Both return the
same ``Result`` tuples, hence the same results graph (sh:ValidationReport) built by ``report_graph``.
``validate`` takes an rdflib Graph or any iterable of (s, p, o) triples.
"""
from __future__ import annotations

from .. import engines
from .results import SH, Result, generic_message, report_graph
from .shapes import SHAPES, shape_messages, shapes_graph

__all__ = ["SH", "SHAPES", "Result", "generic_message", "report_graph", "shape_messages", "shapes_graph",
           "validate"]


def validate(data, engine: str | None = None) -> list[Result]:
    """SHACL results for ``data`` against the project's shapes, by the engine named."""
    return engines.get("validate", engine)(data)
