"""Native SHACL validation (the default engine): a SHACL Core interpreter in pure Python, compiled
from the shapes graph, plus the hand-written check of the one SHACL-SPARQL constraint.

Why: pyrudof (``validate_fast``) spends most of its time moving the data across (N-Triples text,
then a Rust graph, in chunks) and needs ~16-19 s for the 37-report union; this engine works on the
rdflib terms themselves, with dict indexes, and gives exactly pyshacl's results.

Measured once by hand (2 cores shared with other jobs, load ~2; validation only, data already
parsed; best of 3-5 runs, pyrudof on the union and pyshacl once)::

                                         native (Graph)  native (list of triples)  pyrudof   pyshacl
    seed, jinghai-2021 (4,501 triples)       0.014 s          0.017 s              0.29 s    7.0 s
    union of 37 reports (192,008 triples)    0.70 s           1.61 s               18.7 s    (326 s *)

    * pyshacl on the union with 25 random mutations (88 results), where native took 0.8-1.2 s.

The list-of-triples column includes building the index (~0.8 s of the 1.6 s for the union); with a
Graph the Memory store's own s → p → o index is re-keyed instead (~0.3 s). Equality: on the union
native == pyrudof (both empty: it conforms; report graphs byte-identical) and on the seed native ==
pyrudof == pyshacl (empty); on the mutated union native == pyshacl (88 results) while pyrudof
misses one (a year compared with a string: pyshacl and native report it) and fails outright on
blank-node focus nodes. ``tests/test_validate_native.py`` checks native == pyshacl on every test
shape file, the seed graph and 36 seeded mutations of it, for a Graph and for a stream of triples.

How it works
------------
* ``compile_shapes(sg)`` turns the shapes graph into ``_Shape`` objects: a path (``None`` for node
  shapes), a list of (constraint component, check) pairs and the nested ``sh:property`` shapes.
  Supported: targets ``sh:targetClass``; ``sh:path`` an IRI (predicate path); ``sh:class``,
  ``sh:datatype``, ``sh:nodeKind``, ``sh:minCount``, ``sh:maxCount``, ``sh:in``, ``sh:or``,
  ``sh:minInclusive``/``sh:minExclusive``/``sh:maxInclusive``/``sh:maxExclusive``, ``sh:pattern``
  (+ ``sh:flags``), ``sh:languageIn``, ``sh:lessThan``, ``sh:lessThanOrEquals``,
  ``sh:qualifiedValueShape`` with ``sh:qualifiedMinCount``/``sh:qualifiedMaxCount``, ``sh:property``,
  ``sh:deactivated``, ``sh:severity sh:Violation``, the non-validating ``sh:name``/``sh:description``/
  ``sh:order``/``sh:group``/``sh:message``, and the ``sh:sparql`` constraint
  ``pkgsh:EvidenceQuoteLength`` (``validate_fast.quote_length_results``, which the data index serves).
* **Fallback.** Anything else in the ``sh:`` namespace of the shapes graph (``sh:closed``,
  ``sh:hasValue``, ``sh:node``, ``sh:not``, other targets, property paths other than an IRI,
  ``sh:qualifiedValueShapesDisjoint``, other severities, SHACL-AF rules/targets, custom constraint
  components, another or an edited SPARQL constraint, shapes that are also classes, recursive shapes
  ...) raises ``Unsupported`` at compile time, and ``validate_native`` then hands the whole job to
  ``validate_fast.validate_fast`` (pyrudof; for an explicitly passed shapes graph, to pyshacl) —
  nothing is ever skipped silently. A Dataset / ConjunctiveGraph as data also goes to the fallback.
* Data: ``DataIndex`` = subject → predicate → objects, class → instances (``rdf:type``) and class →
  direct subclasses (``rdfs:subClassOf``), built from any iterable of (s, p, o) rdflib terms
  (duplicates removed). A plain ``rdflib.Graph`` whose Memory store holds exactly its triples is read
  from the store's own s → p → o index (iterating a Graph costs several µs a triple, more than
  validating it); any other Graph is iterated. Predicates and classes are keyed by their IRI as a
  plain ``str``: rdflib terms compare in Python, and those comparisons dominated the run time.
* Results are ``validate.Result(focus, shape, path, message)``: one per (focus node, shape,
  component) — what pyshacl's results collapse to — with the shape's ``sh:message``
  (``validate.shape_messages``) or ``validate.generic_message(component)``, so ``report_graph`` is
  byte-identical across engines.

Where pyshacl, not the letter of the spec, decides (mirrored here from pyshacl 0.40's source):
``sh:datatype`` — ill-typed literals fail, a plain literal matches ``xsd:string`` but a
language-tagged one does not, unknown datatypes only need the IRI to match; ``sh:in`` — RDF term
equality (``"1"`` is not ``"1"^^xsd:string``); ranges — a string never compares with a non-string,
other pairs use rdflib's literal order (its ``eq``, then ``>``) and a ``TypeError`` fails;
``sh:lessThan(OrEquals)`` — IRIs and string literals compare as Python strings, a string never
compares with a non-string, other pairs use rdflib's ``<``/``<=``; ``sh:languageIn`` — a tag
matches if it, or its first subtag, is in the list (case-insensitive), ``"*"`` matches any tag;
``sh:pattern`` — ``re.search`` on the lexical form, blank nodes fail. One deliberate difference:
pyshacl *raises* when a ``sh:lessThan(OrEquals)`` value is a blank node; here, as the spec says,
a blank node cannot be compared, so each pair with one is a violation.
"""
from __future__ import annotations

import datetime
import gc
import re

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from .validate import SH, Result, generic_message, shape_messages, shapes_graph

SH_NS = str(SH)
_DEFAULT_SHAPES = shapes_graph  # the project's shapes (tests may monkeypatch ``shapes_graph`` here)


class Unsupported(Exception):
    """The shapes graph uses a SHACL feature this interpreter does not implement."""


# --------------------------------------------------------------------------------------------- data
def _key(t):
    """Dict key of a predicate or class: IRIs as plain ``str`` (C-level equality: rdflib terms compare
    in Python, which dominated the run time), anything else as the term itself (never equal to a str)."""
    return str(t) if isinstance(t, URIRef) else t


_TYPE, _SUBCLASS = str(RDF.type), str(RDFS.subClassOf)


class DataIndex:
    """The data graph as dicts: ``spo[s][_key(p)]`` → objects, ``types[_key(c)]`` → instances of c
    (rdf:type), ``subclasses[_key(c)]`` → direct subclasses of c (rdfs:subClassOf). Objects and
    instances are iterables of distinct rdflib terms.

    Also offers the two Graph methods ``validate_fast.quote_length_results`` uses (``objects``, ``subjects``)."""

    __slots__ = ("spo", "types", "subclasses", "types_of", "_closure")

    def __init__(self, spo, types, subclasses, types_of):
        self.spo = spo
        self.types = types
        self.subclasses = subclasses
        self.types_of = types_of  # _key(node) → its rdf:type objects
        self._closure: dict = {}

    @classmethod
    def from_triples(cls, triples) -> "DataIndex":
        distinct = isinstance(triples, (set, frozenset, Graph))
        spo: dict = {}
        last = d = None
        for s, p, o in triples:
            if s is not last:
                d = spo.get(s)
                if d is None:
                    d = spo[s] = {}
                last = s
            k = str(p) if isinstance(p, URIRef) else p
            objs = d.get(k)
            if objs is None:
                d[k] = [o]
            else:
                objs.append(o)
        for d in () if distinct else spo.values():
            for k, objs in d.items():
                if len(objs) > 1:
                    unique = list(dict.fromkeys(objs))
                    if len(unique) < len(objs):
                        d[k] = unique
        return cls._with_classes(spo)

    @classmethod
    def _with_classes(cls, spo) -> "DataIndex":
        types: dict = {}
        subclasses: dict = {}
        types_of: dict = {}
        for s, d in spo.items():
            ts = d.get(_TYPE)
            if ts:
                types_of[_key(s)] = ts
                for o in ts:
                    types.setdefault(_key(o), []).append(s)
            for o in d.get(_SUBCLASS, ()):
                subclasses.setdefault(_key(o), []).append(s)
        return cls(spo, types, subclasses, types_of)

    @classmethod
    def from_graph(cls, g: Graph) -> "DataIndex":
        store = g.store
        try:
            from rdflib.plugins.stores.memory import Memory

            n = len(g)
            if n == 0:
                return cls({}, {}, {}, {})
            if (type(store) is Memory and len(store) == n and len(store._Memory__contextTriples) <= 2):
                # the store holds this graph's triples and nothing else (its default context counts
                # every non-quoted triple; the only other context is this graph's): re-key its
                # s → p → {o} index, a fraction of the cost of iterating the graph
                spo = {s: {(str(p) if isinstance(p, URIRef) else p): os for p, os in po.items()}
                       for s, po in store._Memory__spo.items()}
                return cls._with_classes(spo)
        except AttributeError:  # another rdflib: no private indexes, iterate
            pass
        return cls.from_triples(g)

    def objects(self, s, p):
        po = self.spo.get(s)
        return iter(po.get(_key(p), ())) if po else iter(())

    def subjects(self, p, o):
        if p == RDF.type:
            return iter(self.types.get(_key(o), ()))
        if p == RDFS.subClassOf:
            return iter(self.subclasses.get(_key(o), ()))
        raise NotImplementedError(f"DataIndex.subjects({p}, …)")

    def classes_under(self, c) -> frozenset:
        """Keys of c and of every class with an rdfs:subClassOf+ path to c (cycles are fine)."""
        c = _key(c)
        found = self._closure.get(c)
        if found is None:
            seen = {c}
            todo = [c]
            while todo:
                for sub in self.subclasses.get(todo.pop(), ()):
                    k = _key(sub)
                    if k not in seen:
                        seen.add(k)
                        todo.append(k)
            found = self._closure[c] = frozenset(seen)
        return found

    def instances(self, classes) -> list:
        """Distinct SHACL instances (rdf:type/rdfs:subClassOf*) of any of ``classes``."""
        out: dict = {}
        for c in classes:
            for sub in self.classes_under(c):
                for s in self.types.get(sub, ()):
                    out[s] = None
        return list(out)

    def is_instance(self, v, c) -> bool:
        if isinstance(v, Literal):
            return False
        ts = self.types_of.get(str(v) if isinstance(v, URIRef) else v)
        if not ts:
            return False
        under = self.classes_under(c)
        for t in ts:
            if (str(t) if isinstance(t, URIRef) else t) in under:
                return True
        return False


# ------------------------------------------------------------------------------------------ shapes
class _Shape:
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
        self.props: list[_Shape] = []
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
                po = idx.spo.get(focus) or _EMPTY
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
        # a node shape: the value node is the focus node itself, whose triples we look up once;
        # property shapes without nested shapes are run inline (the hot loop of a validation)
        if po is None:
            po = idx.spo.get(focus) or _EMPTY
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


_EMPTY: dict = {}


class _Program:
    __slots__ = ("top", "sparql")

    def __init__(self, top, sparql):
        self.top = top        # [(shape, target classes)]
        self.sparql = sparql  # [(shape node, message template)] for validate_fast.quote_length_results


_SUPPORTED_PREDICATES = {SH[x] for x in (
    "targetClass", "property", "path", "class", "datatype", "nodeKind", "minCount", "maxCount", "in",
    "or", "minInclusive", "minExclusive", "maxInclusive", "maxExclusive", "pattern", "flags",
    "languageIn", "lessThan", "lessThanOrEquals", "qualifiedValueShape", "qualifiedMinCount",
    "qualifiedMaxCount", "deactivated", "severity", "name", "description", "order", "group", "message",
    "sparql", "select")}
_SUPPORTED_TYPES = {SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint}
# parameters that make a constraint (everything else on a shape is structure or annotation)
_PARAMETERS = _SUPPORTED_PREDICATES - {SH[x] for x in (
    "targetClass", "path", "deactivated", "severity", "name", "description", "order", "group", "message",
    "select")}


def _one(sg, node, p, what):
    vals = list(sg.objects(node, p))
    if len(vals) != 1:
        raise Unsupported(f"{node}: {len(vals)} values of {what}")
    return vals[0]


def _int_param(sg, node, p, what):
    v = _one(sg, node, p, what)
    if not (isinstance(v, Literal) and v.datatype == XSD.integer and isinstance(v.value, int) and v.value >= 0):
        raise Unsupported(f"{node}: {what} is not a non-negative xsd:integer")
    return v.value


def _messages(sg) -> dict:
    if sg is _DEFAULT_SHAPES():
        return shape_messages()
    found: dict = {}  # the same rule as validate.shape_messages, for another shapes graph
    for shape, msg in sg.subject_objects(SH.message):
        if (None, SH.sparql, shape) in sg:
            continue
        if shape not in found or str(msg) < found[shape]:
            found[shape] = str(msg)
    return found


def _sparql_known(sg) -> tuple[dict, bool]:
    from . import validate_fast as vf

    if sg is _DEFAULT_SHAPES():
        return vf._sparql_plan()
    known, complete = {}, True  # validate_fast._sparql_plan's test, for another shapes graph
    for shape, constraint in sg.subject_objects(SH.sparql):
        query = sg.value(constraint, SH.select)
        messages = sorted(str(m) for m in sg.objects(constraint, SH.message))
        if (shape == vf.QUOTE_LENGTH and query is not None
                and vf._squash(str(query)) == vf._squash(vf._QUOTE_LENGTH_QUERY)
                and not list(sg.objects(constraint, SH.prefixes)) and len(messages) <= 1):
            known[shape] = messages[0] if messages else ""
        else:
            complete = False
    return known, complete


def compile_shapes(sg: Graph) -> _Program:
    """The shapes graph as a program for ``run``; raises ``Unsupported`` for anything not implemented."""
    for s, p, o in sg:
        if isinstance(p, URIRef) and str(p).startswith(SH_NS) and p not in _SUPPORTED_PREDICATES:
            raise Unsupported(f"{p} (on {s})")
        if p == RDF.type and isinstance(o, URIRef) and str(o).startswith(SH_NS) and o not in _SUPPORTED_TYPES:
            raise Unsupported(f"{s} a {o}")
    class_types = {RDFS.Class} | set(sg.transitive_subjects(RDFS.subClassOf, RDFS.Class))
    node_shapes = set(sg.subjects(RDF.type, SH.NodeShape))
    prop_shapes = set(sg.subjects(RDF.type, SH.PropertyShape))
    candidates = (node_shapes | prop_shapes | set(sg.subjects(SH.targetClass, None))
                  | set(sg.subjects(SH.property, None)) | set(sg.objects(None, SH.property))
                  | set(sg.objects(None, SH.qualifiedValueShape)))
    for lst in sg.objects(None, SH["or"]):
        candidates.update(sg.items(lst))
    for s in candidates:
        if any(t in class_types for t in sg.objects(s, RDF.type)):
            raise Unsupported(f"{s} is a shape and a class (implicit class target)")
        n_paths = len(list(sg.objects(s, SH.path)))
        if (s in node_shapes and n_paths) or (s in prop_shapes and n_paths != 1) or n_paths > 1:
            raise Unsupported(f"{s}: ill-formed shape ({n_paths} sh:path)")

    messages = _messages(sg)
    known_sparql, complete = _sparql_known(sg)
    if not complete:
        raise Unsupported("a sh:sparql constraint other than the known pkgsh:EvidenceQuoteLength query")
    compiled: dict = {}
    in_progress: set = set()

    def shape(node) -> _Shape:
        if node in compiled:
            return compiled[node]
        if node in in_progress:
            raise Unsupported(f"recursive shapes through {node}")
        in_progress.add(node)
        sh_ = _compile_one(sg, node, messages, shape, known_sparql)
        in_progress.discard(node)
        compiled[node] = sh_
        return sh_

    top = []
    for node in sorted(candidates, key=str):
        s = shape(node)
        classes = sorted(sg.objects(node, SH.targetClass), key=str)
        if classes:
            top.append((s, classes))
    from .validate_fast import PKG
    sparql = []
    for node, template in known_sparql.items():
        if node not in compiled or set(sg.objects(node, SH.targetClass)) != {URIRef(PKG + "Evidence")}:
            raise Unsupported(f"{node}: the SPARQL shape must target exactly pkg:Evidence")
        if (None, SH.property, node) in sg or (None, SH.qualifiedValueShape, node) in sg or any(
                node in set(sg.items(lst)) for lst in sg.objects(None, SH["or"])):
            raise Unsupported(f"{node}: a SPARQL shape used inside another shape")
        if not compiled[node].deactivated:
            sparql.append((node, template))
    return _Program(top, sparql)


def _compile_one(sg, node, messages, shape, known_sparql) -> _Shape:
    deactivated = False
    vals = list(sg.objects(node, SH.deactivated))
    if vals:
        if len(vals) > 1 or not isinstance(vals[0], Literal):
            raise Unsupported(f"{node}: sh:deactivated")
        deactivated = bool(vals[0].value)
    if any(v != SH.Violation for v in sg.objects(node, SH.severity)):
        raise Unsupported(f"{node}: a severity other than sh:Violation")
    path = None
    paths = list(sg.objects(node, SH.path))
    if paths:
        if not isinstance(paths[0], URIRef):
            raise Unsupported(f"{node}: a property path other than an IRI")
        path = paths[0]
    s = _Shape(node, path, messages.get(node), deactivated)
    params = {p for p in sg.predicates(node) if p in _PARAMETERS}
    if SH.sparql in params and node not in known_sparql:
        raise Unsupported(f"{node}: sh:sparql")
    if SH.flags in params and SH.pattern not in params:
        raise Unsupported(f"{node}: sh:flags without sh:pattern")
    if params & {SH.qualifiedMinCount, SH.qualifiedMaxCount} and SH.qualifiedValueShape not in params:
        raise Unsupported(f"{node}: qualified count without sh:qualifiedValueShape")
    add = s.add

    if SH["class"] in params:
        classes = list(sg.objects(node, SH["class"]))
        add(SH.ClassConstraintComponent, _class_check(classes))
    if SH.datatype in params:
        add(SH.DatatypeConstraintComponent, _datatype_check(_one(sg, node, SH.datatype, "sh:datatype")))
    if SH.nodeKind in params:
        add(SH.NodeKindConstraintComponent, _node_kind_check(_one(sg, node, SH.nodeKind, "sh:nodeKind")))
    if SH.minCount in params:
        if path is None:
            raise Unsupported(f"{node}: sh:minCount on a node shape")
        n = _int_param(sg, node, SH.minCount, "sh:minCount")
        add(SH.MinCountConstraintComponent, lambda idx, f, vs, n=n: len(vs) >= n, n > 0)
    if SH.maxCount in params:
        if path is None:
            raise Unsupported(f"{node}: sh:maxCount on a node shape")
        n = _int_param(sg, node, SH.maxCount, "sh:maxCount")
        add(SH.MaxCountConstraintComponent, lambda idx, f, vs, n=n: len(vs) <= n)
    if SH["in"] in params:
        members = frozenset(sg.items(_one(sg, node, SH["in"], "sh:in")))
        add(SH.InConstraintComponent, lambda idx, f, vs, m=members: all(v in m for v in vs))
    if SH["or"] in params:
        alternatives = []
        for lst in sg.objects(node, SH["or"]):
            members = [shape(m) for m in sorted(set(sg.items(lst)), key=str)]
            if not members:
                raise Unsupported(f"{node}: empty sh:or list")
            alternatives.append(members)
        add(SH.OrConstraintComponent, _or_check(alternatives))
    for param, component, op in (
            (SH.minInclusive, SH.MinInclusiveConstraintComponent, lambda c: c >= 0),
            (SH.minExclusive, SH.MinExclusiveConstraintComponent, lambda c: c > 0),
            (SH.maxInclusive, SH.MaxInclusiveConstraintComponent, lambda c: c <= 0),
            (SH.maxExclusive, SH.MaxExclusiveConstraintComponent, lambda c: c < 0)):
        if param in params:
            bounds = list(sg.objects(node, param))
            if not all(isinstance(b, Literal) for b in bounds):
                raise Unsupported(f"{node}: {param} not a literal")
            add(component, _range_check(bounds, op))
    if SH.pattern in params:
        add(SH.PatternConstraintComponent, _pattern_check(sg, node))
    if SH.languageIn in params:
        add(SH.LanguageInConstraintComponent, _language_in_check(sg, _one(sg, node, SH.languageIn, "sh:languageIn")))
    for param, component, le in ((SH.lessThan, SH.LessThanConstraintComponent, False),
                                 (SH.lessThanOrEquals, SH.LessThanOrEqualsConstraintComponent, True)):
        if param in params:
            if path is None:
                raise Unsupported(f"{node}: {param} on a node shape")
            others = list(sg.objects(node, param))
            if not all(isinstance(o, URIRef) for o in others):
                raise Unsupported(f"{node}: {param} not an IRI")
            add(component, _pair_check(others, le))
    if SH.qualifiedValueShape in params:
        if path is None:
            raise Unsupported(f"{node}: sh:qualifiedValueShape on a node shape")
        value_shapes = [shape(v) for v in sorted(set(sg.objects(node, SH.qualifiedValueShape)), key=str)]
        lo = hi = None
        if SH.qualifiedMinCount in params:
            lo = _int_param(sg, node, SH.qualifiedMinCount, "sh:qualifiedMinCount")
        if SH.qualifiedMaxCount in params:
            hi = _int_param(sg, node, SH.qualifiedMaxCount, "sh:qualifiedMaxCount")
        if lo is None and hi is None:
            raise Unsupported(f"{node}: sh:qualifiedValueShape without a count")
        if hi is not None:
            add(SH.QualifiedMaxCountConstraintComponent, _qualified_check(value_shapes, None, hi))
        if lo is not None:
            add(SH.QualifiedMinCountConstraintComponent, _qualified_check(value_shapes, lo, None), lo > 0)
    for p in sorted(sg.objects(node, SH.property), key=str):
        ps = shape(p)
        if ps.path is None:
            raise Unsupported(f"{node}: sh:property {p} is not a property shape")
        s.props.append(ps)
    s.finish()
    return s


# ------------------------------------------------------------------------------------------ checks
def _class_check(classes):
    def check(idx, f, vs):
        for v in vs:
            for c in classes:
                if not idx.is_instance(v, c):
                    return False
        return True
    return check


_XSD_STRING, _RDF_LANGSTRING, _RDFS_LITERAL, _RDFS_DATATYPE = XSD.string, RDF.langString, RDFS.Literal, RDFS.Datatype
_ACTUAL = {  # pyshacl's DatatypeConstraintComponent._assert_actual_datatype
    XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
    XSD.decimal: __import__("decimal").Decimal, XSD.boolean: bool, XSD.date: datetime.date,
    XSD.time: datetime.time, XSD.dateTime: datetime.datetime}


def _datatype_check(rule):
    # pyshacl's DatatypeConstraintComponent.evaluate; IRIs compared as str (a Literal's datatype is
    # always a URIRef, so this is rdflib's term equality, minus its Python-level __eq__)
    actual = _ACTUAL.get(rule)
    rule_s = str(rule)
    any_literal = rule == _RDFS_LITERAL
    any_typed = rule == _RDFS_DATATYPE
    plain_ok = rule == _XSD_STRING
    lang_ok = rule == _RDF_LANGSTRING

    def matches(v) -> bool:
        if not isinstance(v, Literal):
            return False
        dt = v.datatype
        if dt is not None and str.__eq__(dt, rule_s):
            if getattr(v, "ill_typed", None) is True:
                return False
        elif any_literal:
            return True
        elif any_typed and dt:
            return True
        elif not ((plain_ok and dt is None and v.language is None) or (lang_ok and v.language)):
            return False
        return actual is None or isinstance(v.value, actual)

    return _every(matches)


def _every(ok):
    """A check that every value node passes ``ok``."""
    def check(idx, f, vs):
        return all(ok(v) for v in vs)
    return check


def _node_kind_check(kind):
    iri = {SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI}
    bnode = {SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI}
    lit = {SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral}
    if kind not in iri | bnode | lit:
        raise Unsupported(f"sh:nodeKind {kind}")

    def check(idx, f, vs):
        for v in vs:
            ok = kind in (bnode if isinstance(v, BNode) else lit if isinstance(v, Literal) else iri)
            if not ok:
                return False
        return True
    return check


def _or_check(alternatives):
    def check(idx, f, vs):
        for members in alternatives:
            for v in vs:
                if not any(m.evaluate(idx, v, None) for m in members):
                    return False
        return True
    return check


_FORCE_COMPARE_VALUE = (datetime.datetime, datetime.time)


_XSD_INTEGER_S = str(XSD.integer)


def _plain_int(lit):
    """The int of a well-typed xsd:integer literal, else None."""
    dt = lit.datatype
    if dt is not None and str.__eq__(dt, _XSD_INTEGER_S) and not lit.ill_typed:
        x = lit.value
        if type(x) is int:
            return x
    return None


def _compare_literal(l1, l2) -> int:
    # pyshacl.rdfutil.compare.compare_literal; two well-typed xsd:integers (the common case) compare
    # as ints, which is what rdflib's eq / > do for them
    a = _plain_int(l1)
    if a is not None:
        b = _plain_int(l2)
        if b is not None:
            return (a > b) - (a < b)
    if l1.eq(l2):
        return 0
    if l1.value.__class__ in _FORCE_COMPARE_VALUE:
        if l1.value == l2.value:
            return 0
        elif l1.value > l2.value:
            return 1
    elif l1 > l2:
        return 1
    return -1


def _every_pair(ok, comparands):
    """A check that every value node passes ``ok`` against every comparand of the focus node."""
    def check(idx, f, vs):
        return all(ok(v, c) for c in comparands(idx, f) for v in vs)
    return check


def _range_check(bounds, op):
    def ok(v, b) -> bool:
        if not isinstance(v, Literal):
            return False  # IRIs and blank nodes never pass a range
        if isinstance(b.value, str) != isinstance(v.value, str):
            return False
        try:
            return op(_compare_literal(v, b))
        except (TypeError, NotImplementedError):
            return False

    return _every_pair(ok, lambda idx, f: bounds)


def _pattern_check(sg, node):
    patterns = list(sg.objects(node, SH.pattern))
    if not all(isinstance(p, Literal) for p in patterns):
        raise Unsupported(f"{node}: sh:pattern not a literal")
    flags = list(sg.objects(node, SH.flags))
    if len(flags) > 1:
        raise Unsupported(f"{node}: several sh:flags")
    re_flags = 0
    if flags:
        given = str(flags[0].value if isinstance(flags[0], Literal) else flags[0]).lower()
        if "i" in given:
            re_flags |= re.I
        if "m" in given:
            re_flags |= re.M
    matchers = [re.compile(str(p.value) if p.value is not None and len(p.value) > 1 else str(p), re_flags)
                for p in patterns]

    def text(v) -> str:
        if isinstance(v, Literal) and v.value is not None and v.datatype in (None, _RDF_LANGSTRING, _XSD_STRING):
            return str(v.value)
        return str(v)

    def check(idx, f, vs):
        for v in vs:
            if isinstance(v, BNode):
                return False
            t = text(v)
            for m in matchers:
                if not m.search(t):
                    return False
        return True
    return check


def _language_in_check(sg, lst):
    wanted = set()
    for item in sg.items(lst):
        if not isinstance(item, Literal) or not isinstance(item.value, str):
            raise Unsupported("sh:languageIn member not a string literal")
        wanted.add(str(item.value).lower())
    wildcard = "*" in wanted

    def ok(v) -> bool:
        if not isinstance(v, Literal):
            return False
        lang = v.language
        if not lang:
            return False
        if wildcard:
            return True
        lang = str(lang).lower()
        return lang in wanted or lang.split("-")[0] in wanted

    return _every(ok)


def _pair_check(others, or_equal: bool):
    def side(x):
        if isinstance(x, URIRef):
            return str(x), True
        if isinstance(x, Literal) and isinstance(x.value, str):
            return x.value, True
        return x, False

    def ok(v, c) -> bool:
        if isinstance(v, BNode) or isinstance(c, BNode):
            return False  # cannot be compared (pyshacl raises here; see the module docstring)
        if isinstance(v, Literal) and isinstance(c, Literal):
            x = _plain_int(v)
            if x is not None:
                y = _plain_int(c)
                if y is not None:  # rdflib's numeric fast path, without its overhead
                    return x <= y if or_equal else x < y
        a, a_str = side(v)
        b, b_str = side(c)
        if a_str != b_str:
            return False
        try:
            return bool(a <= b) if or_equal else bool(a < b)
        except TypeError:
            return False

    keys = [str(p) for p in others]
    return _every_pair(ok, lambda idx, f: [c for p in keys for c in (idx.spo.get(f) or {}).get(p, ())])


def _qualified_check(value_shapes, lo, hi):
    def check(idx, f, vs):
        if not vs and (lo is None or lo < 1):
            return True
        for q in value_shapes:
            n = sum(1 for v in vs if q.evaluate(idx, v, None))
            if (hi is not None and n > hi) or (lo is not None and n < lo):
                return False
        return True
    return check


# --------------------------------------------------------------------------------------------- run
_PROGRAMS: dict = {}


def program(sg: Graph | None = None) -> _Program:
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


def run(prog: _Program, idx: DataIndex) -> list[Result]:
    out: set[Result] = set()
    for shape, classes in prog.top:
        evaluate = shape.evaluate
        for focus in idx.instances(classes):
            evaluate(idx, focus, out)
    if prog.sparql:
        from .validate_fast import quote_length_results
        for _node, template in prog.sparql:
            out.update(quote_length_results(idx, template))
    return sorted(out)


def validate_native(data, shapes: Graph | None = None) -> list[Result]:
    """SHACL results for ``data`` — an rdflib Graph or any iterable of (s, p, o) rdflib terms — against
    ``shapes`` (default: ``shapes/policykg.ttl``), exactly as ``validate.results_pyshacl`` gives them.

    Falls back, for shapes this interpreter does not implement (see the module docstring), to
    ``validate_fast.validate_fast`` (default shapes) or to pyshacl (shapes passed explicitly)."""
    from rdflib import ConjunctiveGraph

    try:
        if isinstance(data, ConjunctiveGraph):
            raise Unsupported("a Dataset / ConjunctiveGraph as data")
        prog = program(shapes)
    except Unsupported:
        return _fallback(data, shapes)
    enabled = gc.isenabled()
    gc.disable()  # millions of short-lived references, no cycles: the collector only costs time
    try:
        idx = DataIndex.from_graph(data) if isinstance(data, Graph) else DataIndex.from_triples(data)
        return run(prog, idx)
    finally:
        if enabled:
            gc.enable()


def _fallback(data, shapes: Graph | None) -> list[Result]:
    if not isinstance(data, Graph):
        g = Graph()
        for t in data:
            g.add(t)
        data = g
    if shapes is None or shapes is shapes_graph():
        from .validate_fast import validate_fast
        return validate_fast(data)
    from .validate import results_pyshacl
    return results_pyshacl(data, shapes)
