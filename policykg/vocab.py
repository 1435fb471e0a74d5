"""Every IRI of ours, written once: the ontology as an rdflib DefinedNamespace (a typo in a term name
fails at import), the shapes namespace, the id base and the bases under it."""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ID = Namespace("https://w3id.org/policykg/id/")
ONTOLOGY_IRI = URIRef("https://w3id.org/policykg/ontology")
SHAPES = Namespace("https://w3id.org/policykg/shapes#")
OA = Namespace("http://www.w3.org/ns/oa#")
REPORT_BASE = str(ID) + "report/"            # every report's own nodes live under it
CONCEPT_SCHEME = URIRef(str(ID) + "concept/")
VALIDATION = Namespace(str(ID) + "validation/")


class PKG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/policykg/ontology#")
    _fail = True

    # classes
    Report: URIRef
    Section: URIRef
    Goal: URIRef
    Task: URIRef
    Project: URIRef
    Park: URIRef
    Indicator: URIRef
    Target: URIRef
    Outcome: URIRef
    Organization: URIRef
    Place: URIRef
    Evidence: URIRef
    Quantity: URIRef
    Commitment: URIRef
    # object properties
    evidence: URIRef
    inReport: URIRef
    locatedIn: URIRef
    hosts: URIRef
    hasTarget: URIRef
    hasOutcome: URIRef
    contributesTo: URIRef
    assessedBy: URIRef
    partOf: URIRef
    hasPart: URIRef
    involves: URIRef
    mentions: URIRef
    indicator: URIRef
    jurisdiction: URIRef
    parentPlace: URIRef
    # datatype properties
    start: URIRef
    end: URIRef
    quote: URIRef
    value: URIRef
    fromValue: URIRef
    upperValue: URIRef
    unitText: URIRef
    comparator: URIRef
    aspirational: URIRef
    direction: URIRef
    notCompared: URIRef
    startYear: URIRef
    endYear: URIRef
    year: URIRef
    speaker: URIRef
    meeting: URIRef
    textSha256: URIRef
    ordinal: URIRef
    status: URIRef
    parkKind: URIRef
    placeLevel: URIRef
    partKind: URIRef
    statementYear: URIRef
    figureKind: URIRef
    normalisedUnit: URIRef
    unitFamily: URIRef
    baseValue: URIRef
    baseUnit: URIRef
    sdgIndicator: URIRef
    preferredDirection: URIRef
