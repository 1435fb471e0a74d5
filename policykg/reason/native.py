"""OWL RL closure by a small forward chainer over the constructs the ontology uses (the default engine).

The inferred graph (docs/contract.md) keeps only IRI-subject triples with a ``pkg:`` predicate or an
``rdf:type pkg:*`` object. Of the OWL 2 RL rules, the ones that can produce such triples from an
ontology built of classes, sub-classes, sub-properties, domains, ranges (named classes or
``owl:unionOf`` expressions), inverses and transitive properties are:

* cax-sco (with scm-sco, scm-uni): ``x a C`` and ``C ⊑* D`` → ``x a D``;
* prp-dom / prp-rng (with scm-dom1/2, scm-rng1/2): ``x p y`` → ``x a C`` for the domains of ``p``
  and of its super-properties, ``y a C`` likewise for ranges (IRI and blank ``y`` only);
* prp-spo1 (with scm-spo): ``x p y`` and ``p ⊑* q`` → ``x q y``;
* prp-inv1/2: ``x p y`` and ``p owl:inverseOf q`` (either way round) → ``y q x``;
* prp-trp: ``x p y``, ``y p z`` and ``p`` transitive → ``x p z``.

They run to a fixpoint over the ontology and the data together (schema triples in the data count,
as they do for owlrl). Any other OWL RL construct that could add such triples —
equivalence, sameAs, functional/symmetric/inverse-functional properties, restrictions, property
chains, keys, intersections, enumerations — makes ``closure`` return None, and ``infer`` hands the
graphs to the reference engine (owlrl) instead: nothing is silently left out. Equality with owlrl is
tested on the seed, on the shape examples and on small cases (tests/test_reason_native.py), and
measured on the whole corpus by benchmarks/.

Measured on this machine: the seed report (4.5k triples) in ~0.03 s; the 37-report union (191k
triples) in ~1.5 s.
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS

from . import reference
from .scope import keep

_TYPE = RDF.type
_IS_TYPE = frozenset({_TYPE})
_NIL = RDF.nil
# Constructs with OWL RL rules this chainer does not implement (as predicates or as rdf:type objects).
_SCHEMA: dict = {p: "unsupported" for p in (
    OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs, OWL.intersectionOf, OWL.someValuesFrom,
    OWL.allValuesFrom, OWL.hasValue, OWL.onProperty, OWL.onClass, OWL.maxCardinality,
    OWL.maxQualifiedCardinality, OWL.cardinality, OWL.minCardinality, OWL.propertyChainAxiom,
    OWL.hasKey, OWL.complementOf, OWL.oneOf, OWL.hasSelf, OWL.sourceIndividual)}
_SCHEMA.update({RDF.type: "type", RDFS.subClassOf: "sub_class", RDFS.subPropertyOf: "sub_prop",
                RDFS.domain: "domain", RDFS.range: "range", OWL.inverseOf: "inverse", RDF.first: "first",
                RDF.rest: "rest", OWL.unionOf: "union"})
_TYPES: dict = {t: "unsupported" for t in (
    OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL.SymmetricProperty, OWL.Restriction)}
_TYPES[OWL.TransitiveProperty] = "transitive"


class Unsupported(Exception):
    """The graphs use an OWL RL construct this chainer does not implement."""


def _star(edges: dict) -> dict:
    """Reflexive-transitive closure of a relation given as {node: set of direct successors}."""
    out: dict = {}
    for start in edges:
        seen = {start}
        todo = [start]
        while todo:
            for nxt in edges.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        out[start] = frozenset(seen)
    return out


def _list(first: dict, rest: dict, head) -> list:
    items = []
    seen = set()
    while head != _NIL and head not in seen:
        seen.add(head)
        if head not in first:
            break
        items.append(first[head])
        head = rest.get(head, _NIL)
    return items


class _Schema:
    """The T-box read from every triple (ontology and data), with its closures."""

    def __init__(self, triples: list):
        sub_class, sub_prop, dom, rng, inverse, self.transitive = _read_tbox(triples)
        self.sup_class = _star(sub_class)
        self.sup_prop = _star(sub_prop)
        self.inverse = inverse
        props = set(self.sup_prop) | set(dom) | set(rng) | set(inverse) | self.transitive
        self.dom = self._closed(props, dom)
        self.rng = self._closed(props, rng)
        # properties whose triples can fire a rule beyond rdf:type
        self.active = frozenset(p for p in props
                                if len(self.sup_prop.get(p, ())) > 1 or p in self.dom or p in self.rng
                                or p in inverse or p in self.transitive)

    def _closed(self, props: set, stated: dict) -> dict:
        """property → every class its stated domain (or range) implies, through its super-properties and
        the super-classes of each stated class; properties with none left out."""
        out: dict = {}
        for p in props:
            classes = set()
            for q in self.sup_prop.get(p, (p,)):
                for c in stated.get(q, ()):
                    classes |= self.sup_class.get(c, {c})
            if classes:
                out[p] = frozenset(classes)
        return out


def _read_tbox(triples: list) -> tuple[dict, dict, dict, dict, dict, set]:
    """(sub-classes, sub-properties, domains, ranges, inverses, transitive properties) as the triples state
    them, each member of a union a sub-class of it (scm-uni); Unsupported for a construct the rules lack."""
    sub_class: dict = {}
    sub_prop: dict = {}
    dom: dict = {}
    rng: dict = {}
    inverse: dict = {}
    transitive: set = set()
    first, rest, unions = {}, {}, []
    for s, p, o in triples:
        kind = _SCHEMA.get(p)
        if kind is None:
            continue
        if kind == "unsupported" or (kind == "type" and o in _TYPES):
            if kind == "unsupported" or _TYPES[o] == "unsupported":
                raise Unsupported(f"{p} {o}")
            transitive.add(s)
        elif kind == "sub_class":
            sub_class.setdefault(s, set()).add(o)
        elif kind == "sub_prop":
            sub_prop.setdefault(s, set()).add(o)
        elif kind == "domain":
            dom.setdefault(s, set()).add(o)
        elif kind == "range":
            rng.setdefault(s, set()).add(o)
        elif kind == "inverse":
            inverse.setdefault(s, set()).add(o)
            inverse.setdefault(o, set()).add(s)
        elif kind == "first":
            first[s] = o
        elif kind == "rest":
            rest[s] = o
        elif kind == "union":
            unions.append((s, o))
    for union, head in unions:  # scm-uni: every member is a subclass of the union
        for member in _list(first, rest, head):
            sub_class.setdefault(member, set()).add(union)
    return sub_class, sub_prop, dom, rng, inverse, transitive


def closure(data: Iterable, ontology: Iterable) -> set | None:
    """Every triple the rules derive from ontology ∪ data (asserted ones included), or None when
    the graphs use a construct the rules do not cover."""
    triples = list(ontology)
    triples.extend(data)
    try:
        schema = _Schema(triples)
    except Unsupported:
        return None
    known: set = set(triples)
    types: dict = {}           # x -> set of classes
    out_edges: dict = {}       # transitive p -> x -> set of y
    in_edges: dict = {}        # transitive p -> y -> set of x
    todo = list(known)
    sup_class, sup_prop, inverse = schema.sup_class, schema.sup_prop, schema.inverse
    dom, rng, transitive, active = schema.dom, schema.rng, schema.transitive, schema.active
    new = []

    def add(t):
        if t not in known:
            known.add(t)
            new.append(t)

    while todo:
        for t in todo:
            s, p, o = t
            if p is _TYPE or p in _IS_TYPE:
                have = types.setdefault(s, set())
                have.add(o)
                for c in sup_class.get(o, ()):
                    if c not in have:
                        add((s, _TYPE, c))
                continue
            if p not in active:
                continue
            for q in sup_prop.get(p, ()):
                if q != p:
                    add((s, q, o))
            for c in dom.get(p, ()):
                add((s, _TYPE, c))
            if not isinstance(o, Literal):
                for c in rng.get(p, ()):
                    add((o, _TYPE, c))
                if not isinstance(s, Literal):
                    for q in inverse.get(p, ()):
                        add((o, q, s))
            if p in transitive and not isinstance(o, Literal):
                outs = out_edges.setdefault(p, {})
                ins = in_edges.setdefault(p, {})
                outs.setdefault(s, set()).add(o)
                ins.setdefault(o, set()).add(s)
                for z in list(outs.get(o, ())):
                    add((s, p, z))
                for w in list(ins.get(s, ())):
                    add((w, p, o))
        todo, new = new, []
    return known


def infer_native(data, ontology) -> set | None:
    """The inferred triples (docs/contract.md) as a set, or None when ``closure`` cannot decide."""
    asserted = data if isinstance(data, (set, frozenset)) else set(data)
    full = closure(asserted, ontology)
    if full is None:
        return None
    return {t for t in full if keep(*t) and t not in asserted}


def infer(data, ontology: Graph) -> Graph:
    """The inferred graph (the ``native`` engine): the chainer's, or owlrl's for graphs using a
    construct the chainer does not implement."""
    found = infer_native(data, ontology)
    if found is None:
        return reference.infer(data, ontology)
    inferred = Graph()
    for t in found:
        inferred.add(t)
    return inferred

