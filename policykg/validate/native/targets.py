"""Targets: which focus nodes a shape validates — sh:targetClass, sh:targetNode,
sh:targetSubjectsOf, sh:targetObjectsOf, and implicit class targets (a shape that is also an
rdfs:Class in the shapes graph targets its own instances)."""
from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from ..results import SH

PREDICATES = frozenset({SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf})


class Targets:
    __slots__ = ("classes", "nodes", "subjects_of", "objects_of")

    def __init__(self, classes, nodes, subjects_of, objects_of):
        self.classes = classes
        self.nodes = nodes
        self.subjects_of = subjects_of
        self.objects_of = objects_of

    def __bool__(self) -> bool:
        return bool(self.classes or self.nodes or self.subjects_of or self.objects_of)

    def focus_nodes(self, idx) -> list:
        """The distinct focus nodes in ``idx`` (a ``DataIndex``), in a fixed order."""
        if not (self.nodes or self.subjects_of or self.objects_of):
            return idx.instances(self.classes)  # the common case, already distinct
        found = dict.fromkeys(idx.instances(self.classes))
        found.update(dict.fromkeys(self.nodes))
        for p in self.subjects_of:
            found.update(dict.fromkeys(idx.subjects_with(p)))
        for p in self.objects_of:
            found.update(dict.fromkeys(idx.objects_with(p)))
        return list(found)


def class_types(sg: Graph) -> set:
    """rdfs:Class and its subclasses in the shapes graph: a shape typed so is an implicit class target."""
    return {RDFS.Class} | set(sg.transitive_subjects(RDFS.subClassOf, RDFS.Class))


def targets_of(sg: Graph, node, classes_of_classes: set) -> Targets:
    """The targets ``node`` declares."""
    classes = set(sg.objects(node, SH.targetClass))
    if any(t in classes_of_classes for t in sg.objects(node, RDF.type)):
        classes.add(node)
    return Targets(sorted(classes, key=str), sorted(sg.objects(node, SH.targetNode), key=str),
                   sorted(sg.objects(node, SH.targetSubjectsOf), key=str),
                   sorted(sg.objects(node, SH.targetObjectsOf), key=str))
