"""rdflib's longturtle of a large graph with a few blank nodes, read from an index instead of rdflib's store.

`export --format ttl` of the 37-report graph.trig holds the ontology's blank nodes, so its 245k triples
went through StableLongTurtle: copied into an rdflib Graph (a third of the time: Memory.add keeps three
indexes and a context per triple), then every subject's triples read back through Memory.triples. The
serializer here is the same class with its three reads of the whole graph (preprocess, orderSubjects,
buildPredicateHash) answered from a dict of subject → predicate → objects; the rdflib Graph it is given
holds only what its list checks read (isValidList, doList: the triples of blank nodes and of the nodes an
rdf:rest points at). Every method that writes is rdflib's, so the bytes are those of emit.serialise.longturtle.
"""
from __future__ import annotations

from collections import Counter

from rdflib import BNode, Literal
from rdflib.namespace import RDF, RDFS
from rdflib.plugins.serializers.longturtle import OBJECT, SUBJECT, VERB


def by_subject(triples) -> dict:
    """subject → predicate → [objects] (rdflib terms)."""
    index: dict = {}
    for s, p, o in triples:
        preds = index.get(s)
        if preds is None:
            preds = index[s] = {}
        objs = preds.get(p)
        if objs is None:
            preds[p] = [o]
        else:
            objs.append(o)
    return index


def list_part(index: dict) -> list:
    """The triples the serializer's list checks read from its store (see the module docstring)."""
    rests = {o for preds in index.values() for o in preds.get(RDF.rest, ())}
    return [(s, p, o) for s, preds in index.items() if type(s) is BNode or s in rests
            for p, objs in preds.items() for o in objs]


def indexed(base: type, index: dict) -> type:
    """BASE (a StableLongTurtle class) reading the whole graph from INDEX (by_subject of its triples)."""
    nested = {s for s, ps in index.items()   # subjects rdflib's statement writes: blank nodes, or one nested
              if type(s) is BNode or any(type(o) is BNode for objs in ps.values() for o in objs)}

    class IndexedLongTurtle(base):
        def preprocess(self) -> None:
            """StableLongTurtle.preprocess and LongTurtleSerializer.preprocessTriple on every triple, made
            once per distinct node (get_pname is memoised: the same names and prefixes, in the same order
            of predicates, which alone can make a prefix)."""
            preds = {p for ps in index.values() for p in ps}
            for p in sorted((p for p in preds if p not in self.keywords), key=str):
                self.get_pname(p, gen_prefix=True)
            refs = Counter(o for ps in index.values() for objs in ps.values() for o in objs)
            for s in index:
                self._subjects[s] = True
                self.get_pname(s, gen_prefix=False)
            for o, n in refs.items():
                self._references[o] += n
                if type(o) is Literal:   # get_pname of a literal or blank node is None, and does nothing
                    if o.datatype:
                        self.get_pname(o.datatype, gen_prefix=False)
                elif type(o) is not BNode:
                    self.get_pname(o, gen_prefix=False)
            self._labels = {}   # MemoLongTurtle's label memo starts here, as after its own preprocess

        def orderSubjects(self):   # noqa: N802 — rdflib's name
            classes = [s for s, ps in index.items() if RDFS.Class in ps.get(RDF.type, ())]
            return _ordered(self, classes)

        def buildPredicateHash(self, subject):   # noqa: N802 — rdflib's name
            return {p: list(objs) for p, objs in index.get(subject, {}).items()}

        def statement(self, subject):
            if subject in nested:
                return super().statement(subject)
            self.subjectDone(subject)
            self.write(plain_block(self, subject))
            return True


    return IndexedLongTurtle


def plain_block(ser, subject) -> str:
    """What LongTurtleSerializer.s_default writes for an IRI subject none of whose
    objects is a blank node: no nesting, so each object is its label, laid out as objectList lays it out."""
    props = ser.buildPredicateHash(subject)
    lines = []
    for p in ser.sortProperties(props):
        objs = [ser.label(o, OBJECT) for o in props[p]]
        lines.append(ser.label(p, VERB) + (" " + objs[0] if len(objs) == 1 else
                                           "\n        " + " ,\n        ".join(objs)))
    return "\n" + ser.label(subject, SUBJECT) + "\n    " + " ;\n    ".join(lines) + " ;\n."


def _ordered(ser, members: list) -> list:
    """RecursiveSerializer.orderSubjects with the members of its one top class (rdfs:Class) given."""
    members.sort()
    for m in members:
        ser._topLevels[m] = True
    seen = set(members)
    recursable = [(isinstance(s, BNode), ser._references[s], s) for s in ser._subjects if s not in seen]
    recursable.sort()
    return members + [s for _, _, s in recursable]
