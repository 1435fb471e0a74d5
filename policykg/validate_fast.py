"""Fast SHACL validation; see validate.py for the split between engines."""
from __future__ import annotations

from rdflib import Graph

from .validate import Result, _results_pyshacl, shapes_graph


def validate_fast(data: Graph) -> list[Result]:
    # placeholder until pyrudof is wired in: same engine as reference
    return _results_pyshacl(data, shapes_graph())
