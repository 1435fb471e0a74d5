"""A compiled shape: its path, its checks (one per constraint component) and its property shapes;
and the program, the shapes with their targets."""
from __future__ import annotations

from ..results import Result, generic_message
from .data import DataIndex

EMPTY: dict = {}


class Shape:
    __slots__ = ("node", "name", "path", "path_str", "message", "checks", "empty_checks", "props",
                 "deactivated", "leaf")

    def __init__(self, node, path, message, deactivated):
        self.node = node
        self.name = str(node)
        self.path = path
        self.path_str = str(path) if path is not None else ""
        self.message = message
        self.checks: list = []        # (component IRI, check(idx, focus, values) -> bool ok)
        self.empty_checks: list = []  # those that can fail without value nodes (sh:minCount ...)
        self.props: list[Shape] = []
        self.deactivated = deactivated
        self.leaf = False             # a property shape with checks only: evaluated inline

    def add(self, component, check, fails_on_empty: bool = False):
        self.checks.append((component, check))
        if fails_on_empty:
            self.empty_checks.append((component, check))

    def finish(self):
        self.leaf = bool(self.path_str) and not self.props and not self.deactivated

    def result(self, focus, component) -> Result:
        return Result(str(focus), self.name, self.path_str,
                      self.message if self.message is not None else generic_message(component))

    def evaluate(self, idx: DataIndex, focus, out, po=None) -> bool:
        """Validate ``focus`` against this shape. ``out`` (a set) collects Results; with ``out=None``
        only conformance is wanted (members of sh:or, sh:qualifiedValueShape) and we stop early.
        ``po`` is the focus node's predicate → objects dict, if the caller has it."""
        if self.deactivated:
            return True
        path = self.path_str
        if path:
            if po is None:
                po = idx.spo.get(focus) or EMPTY
            values = po.get(path, ())
            checks = self.checks if values else self.empty_checks
        else:
            values = (focus,)
            checks = self.checks
        ok = True
        for component, check in checks:
            if not check(idx, focus, values):
                if out is None:
                    return False
                ok = False
                out.add(self.result(focus, component))
        if not self.props:
            return ok
        if path:
            for prop in self.props:
                for v in values:
                    if not prop.evaluate(idx, v, out):
                        if out is None:
                            return False
                        ok = False
            return ok
        return self.evaluate_properties(idx, focus, out, po) and ok

    def evaluate_properties(self, idx: DataIndex, focus, out, po) -> bool:
        """The property shapes of a node shape, whose value node is the focus node itself (its triples
        are looked up once); property shapes without nested shapes run inline (the hot loop)."""
        if po is None:
            po = idx.spo.get(focus) or EMPTY
        ok = True
        for prop in self.props:
            if prop.leaf:
                vs = po.get(prop.path_str, ())
                for component, check in (prop.checks if vs else prop.empty_checks):
                    if not check(idx, focus, vs):
                        if out is None:
                            return False
                        ok = False
                        out.add(prop.result(focus, component))
            elif not prop.evaluate(idx, focus, out, po):
                if out is None:
                    return False
                ok = False
        return ok


class Program:
    """The compiled shapes graph: what ``native.run`` executes."""
    __slots__ = ("top", "sparql")

    def __init__(self, top, sparql):
        self.top = top        # [(shape, targets.Targets)]
        self.sparql = sparql  # [(shape node, message template)] for sparql.quote_length_results
