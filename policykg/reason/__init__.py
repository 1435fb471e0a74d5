"""Stage 5 — reason: the OWL RL closure, kept apart from the asserted facts (docs/contract.md).

Two engines, chosen by name through ``policykg.engines``: ``native`` (the default, ``reason.native``:
the OWL RL rules of the constructs the ontology uses, run over plain triples; graphs with any other
construct go to the reference) and ``reference`` (owlrl, ``reason.reference``). Both give the same
inferred graph (``reason.scope``; tests/test_engines.py, tests/test_reason_native.py, benchmarks/).
"""
from __future__ import annotations

from rdflib import Graph

from .. import engines
from .scope import keep

__all__ = ["infer", "keep"]


def infer(data, ontology: Graph, engine: str | None = None) -> Graph:
    """The inferred graph of ``data`` (a Graph or any iterable of triples) by the engine named."""
    return engines.get("reason", engine)(data, ontology)
