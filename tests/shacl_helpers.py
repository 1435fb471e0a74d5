"""Helpers for the native SHACL engine tests: namespaces, Turtle prefixes, and both engines' results."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Namespace

from policykg.validate import native as vn
from policykg.validate import shapes_graph
from policykg.validate.reference import results_pyshacl

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "tests" / "shapes").glob("*/*.ttl"))
PKG = Namespace("https://w3id.org/policykg/ontology#")
PKGSH = Namespace("https://w3id.org/policykg/shapes#")
EX = Namespace("https://example.org/")
PREFIXES = """
@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix pkgsh: <https://w3id.org/policykg/shapes#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .
"""


def reference(g: Graph, shapes: Graph | None = None):
    return results_pyshacl(g, shapes if shapes is not None else shapes_graph())


def both_inputs(g: Graph, shapes: Graph | None = None):
    """Native results for the Graph and for its triples as a one-shot iterator (own index)."""
    return vn.validate(g, shapes), vn.validate(iter(list(g)), shapes)

