"""The data graph as dicts for the native SHACL engine: subject → predicate → objects, class →
instances and class → direct subclasses. Built from any iterable of (s, p, o) rdflib terms
(duplicates removed), or, for a plain ``rdflib.Graph`` whose Memory store holds exactly its triples,
re-keyed from the store's own s → p → o index (iterating a Graph costs several µs a triple, more
than validating it). Predicates and classes are keyed by their IRI as a plain ``str``."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from .common import key

_TYPE, _SUBCLASS = str(RDF.type), str(RDFS.subClassOf)


class DataIndex:
    """The data graph as dicts: ``spo[s][key(p)]`` → objects, ``types[key(c)]`` → instances of c
    (rdf:type), ``subclasses[key(c)]`` → direct subclasses of c (rdfs:subClassOf). Objects and
    instances are iterables of distinct rdflib terms.

    Also offers the two Graph methods ``sparql.quote_length_results`` uses (``objects``, ``subjects``)."""

    __slots__ = ("spo", "types", "subclasses", "types_of", "_closure")

    def __init__(self, spo, types, subclasses, types_of):
        self.spo = spo
        self.types = types
        self.subclasses = subclasses
        self.types_of = types_of  # key(node) → its rdf:type objects
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
        return cls.with_classes(spo)

    @classmethod
    def with_classes(cls, spo) -> "DataIndex":
        types: dict = {}
        subclasses: dict = {}
        types_of: dict = {}
        for s, d in spo.items():
            ts = d.get(_TYPE)
            if ts:
                types_of[key(s)] = ts
                for o in ts:
                    types.setdefault(key(o), []).append(s)
            for o in d.get(_SUBCLASS, ()):
                subclasses.setdefault(key(o), []).append(s)
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
                return cls.with_classes(spo)
        except AttributeError:  # another rdflib: no private indexes, iterate
            pass
        return cls.from_triples(g)

    def objects(self, s, p):
        po = self.spo.get(s)
        return iter(po.get(key(p), ())) if po else iter(())

    def subjects(self, p, o):
        if p == RDF.type:
            return iter(self.types.get(key(o), ()))
        if p == RDFS.subClassOf:
            return iter(self.subclasses.get(key(o), ()))
        raise NotImplementedError(f"DataIndex.subjects({p}, …)")

    def classes_under(self, c) -> frozenset:
        """Keys of c and of every class with an rdfs:subClassOf+ path to c (cycles are fine)."""
        c = key(c)
        found = self._closure.get(c)
        if found is None:
            seen = {c}
            todo = [c]
            while todo:
                for sub in self.subclasses.get(todo.pop(), ()):
                    k = key(sub)
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


    def subjects_with(self, p) -> list:
        """Distinct subjects of any triple with predicate ``p`` (sh:targetSubjectsOf)."""
        k = key(p)
        return [s for s, po in self.spo.items() if k in po]

    def objects_with(self, p) -> list:
        """Distinct objects of the triples with predicate ``p`` (sh:targetObjectsOf)."""
        k = key(p)
        return list(dict.fromkeys(o for po in self.spo.values() for o in po.get(k, ())))
