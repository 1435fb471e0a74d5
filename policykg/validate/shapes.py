"""The project's SHACL shapes (``policykg/shapes/policykg.ttl``) and the messages both engines report."""
from __future__ import annotations

from functools import cache

from rdflib import Graph

from ..resources import shapes
from .results import SH

SHAPES = shapes()


@cache
def shapes_graph() -> Graph:
    """The shapes' Graph, its parse cached by the text's hash (parsed_cache)."""
    from ..parsed_cache import turtle_graph
    return turtle_graph(SHAPES.read_text(encoding="utf-8"))


def shape_messages(sg: Graph | None = None) -> dict:
    """{shape: its sh:message} (the first in code-point order if several), for every shape of ``sg``
    (default: the project's shapes) that has one.

    Both engines report this message for Core results, so their results graphs are byte-identical;
    SPARQL-based results keep the constraint's own message, formatted with the result's bindings.
    """
    if sg is None or sg is shapes_graph():
        return _project_messages()
    return _messages_of(sg)


@cache
def _project_messages() -> dict:
    return _messages_of(shapes_graph())


def _messages_of(sg: Graph) -> dict:
    found: dict = {}
    for shape, msg in sg.subject_objects(SH.message):
        if (None, SH.sparql, shape) in sg:
            continue  # the message of a SPARQL constraint node, not of a shape
        if shape not in found or str(msg) < found[shape]:
            found[shape] = str(msg)
    return found
