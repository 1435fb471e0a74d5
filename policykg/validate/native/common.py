"""What every part of the native SHACL engine shares: the fallback signal, term keys, shape
parameters read from the shapes graph, and the compile context a constraint family receives."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from ..results import SH

SH_NS = str(SH)


class Unsupported(Exception):
    """The shapes graph uses a SHACL feature this interpreter does not implement."""


def key(t):
    """Dict key of a predicate or class: IRIs as plain ``str`` (C-level equality: rdflib terms compare
    in Python, which dominated the run time), anything else as the term itself (never equal to a str)."""
    return str(t) if isinstance(t, URIRef) else t


def one(sg: Graph, node, p, what: str):
    """The single value of ``p`` on ``node``; Unsupported when there are none or several."""
    vals = list(sg.objects(node, p))
    if len(vals) != 1:
        raise Unsupported(f"{node}: {len(vals)} values of {what}")
    return vals[0]


def int_param(sg: Graph, node, p, what: str) -> int:
    """A non-negative xsd:integer parameter."""
    v = one(sg, node, p, what)
    if not (isinstance(v, Literal) and v.datatype == XSD.integer and isinstance(v.value, int) and v.value >= 0):
        raise Unsupported(f"{node}: {what} is not a non-negative xsd:integer")
    return v.value


def every(ok):
    """A check that every value node passes ``ok``."""
    def check(idx, f, vs):
        return all(ok(v) for v in vs)
    return check


def every_pair(ok, comparands):
    """A check that every value node passes ``ok`` against every comparand of the focus node."""
    def check(idx, f, vs):
        return all(ok(v, c) for c in comparands(idx, f) for v in vs)
    return check


@dataclass
class Context:
    """One shape being compiled, as a constraint family sees it.

    ``add(component, check, fails_on_empty=False)`` registers a check(idx, focus, values) -> bool;
    ``shape(node)`` compiles a shape the constraint refers to (sh:or members, qualified shapes)."""
    sg: Graph
    node: object
    path: object
    params: set
    add: Callable
    shape: Callable

    def need_path(self, what: str) -> None:
        if self.path is None:
            raise Unsupported(f"{self.node}: {what} on a node shape")
