"""The ontology: quality checks, the docs/contract.md vocabulary contract, and OWL RL behaviour."""
from pathlib import Path

import owlrl
import pytest
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "policykg" / "ontology" / "policykg.ttl"
CHECKS = sorted((ROOT / "policykg" / "queries" / "checks").glob("*.rq"))
PKG = Namespace("https://w3id.org/policykg/ontology#")
ID = Namespace("https://w3id.org/policykg/id/")

# The contract of docs/contract.md: these names are fixed.
DESIGN_CLASSES = [
    "Report", "Section", "Goal", "Task", "Project", "Park", "Indicator", "Target", "Outcome",
    "Organization", "Place", "Evidence",
]
DESIGN_OBJECT_PROPERTIES = [
    "evidence", "inReport", "indicator", "locatedIn", "hosts", "hasTarget", "contributesTo",
    "assessedBy", "partOf", "hasPart", "involves", "mentions", "jurisdiction",
]
DESIGN_DATATYPE_PROPERTIES = [
    "start", "end", "quote", "value", "unitText", "comparator", "aspirational", "startYear",
    "endYear", "fromValue", "year", "speaker", "textSha256",
]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def test_checks_exist():
    names = {p.name for p in CHECKS}
    assert {
        "missing-label-zh-violation.rq", "missing-label-en-violation.rq",
        "missing-definition-violation.rq", "missing-domain-range-violation.rq",
        "multiple-domains-violation.rq", "missing-ontology-header-violation.rq",
    } <= names


@pytest.mark.parametrize("check", CHECKS, ids=[p.stem for p in CHECKS])
def test_check_returns_no_rows(ontology, check):
    text = check.read_text(encoding="utf-8")
    assert text.startswith("# problem:") and "\n# fix:" in text
    rows = list(ontology.query(text))
    assert rows == [], f"{check.name}: {rows}"


@pytest.mark.parametrize("check", CHECKS, ids=[p.stem for p in CHECKS])
def test_check_fires_on_empty_graph_or_broken_term(ontology, check):
    """Each check can fail: break the ontology in the way the check is about."""
    broken = Graph()
    for t in ontology:
        broken.add(t)
    broken.remove((PKG.year, RDFS.label, None))
    broken.remove((PKG.year, URIRef("http://www.w3.org/2004/02/skos/core#definition"), None))
    broken.remove((PKG.year, RDFS.range, None))
    broken.add((PKG.speaker, RDFS.domain, PKG.Place))
    broken.remove((None, OWL.versionIRI, None))
    assert list(broken.query(check.read_text(encoding="utf-8"))), check.name


@pytest.mark.parametrize("name", DESIGN_CLASSES)
def test_design_class_declared(ontology, name):
    assert (PKG[name], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", DESIGN_OBJECT_PROPERTIES)
def test_design_object_property_declared(ontology, name):
    assert (PKG[name], RDF.type, OWL.ObjectProperty) in ontology


@pytest.mark.parametrize("name", DESIGN_DATATYPE_PROPERTIES)
def test_design_datatype_property_declared(ontology, name):
    assert (PKG[name], RDF.type, OWL.DatatypeProperty) in ontology


def test_no_property_has_several_domains_or_ranges(ontology):
    for axiom in (RDFS.domain, RDFS.range):
        for p in set(ontology.subjects(axiom, None)):
            assert len(set(ontology.objects(p, axiom))) == 1, (p, axiom)


def test_header(ontology):
    onto = URIRef("https://w3id.org/policykg/ontology")
    assert (onto, OWL.versionIRI, URIRef("https://w3id.org/policykg/ontology/0.1.0")) in ontology
    assert (onto, URIRef("http://purl.org/dc/terms/license"),
            URIRef("https://creativecommons.org/licenses/by/4.0/")) in ontology


def test_section_and_task_not_disjoint(ontology):
    """A work-area heading is typed both pkg:Section and pkg:Task."""
    g = Graph()
    for t in ontology:
        g.add(t)
    area = ID["report/jinghaiqu-2021/section/3.1"]
    g.add((area, RDF.type, PKG.Section))
    g.add((area, RDF.type, PKG.Task))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert (area, RDF.type, OWL.Nothing) not in g
    assert not list(g.subjects(RDF.type, OWL.Nothing))


def test_owl_rl_inverse_and_transitivity(ontology):
    g = Graph()
    for t in ontology:
        g.add(t)
    park, project = ID["park/ziya-jingkaiqu"], ID["project/feijiu-dongli-dianchi-huishou-liyong"]
    report = ID["report/jinghaiqu-2021"]
    area, task = ID["report/jinghaiqu-2021/section/3.1"], ID["report/jinghaiqu-2021/task/3.1.3"]
    g.add((project, PKG.locatedIn, park))
    g.add((task, PKG.partOf, area))
    g.add((area, PKG.partOf, report))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert (park, PKG.hosts, project) in g
    assert (task, PKG.partOf, report) in g
    assert (report, PKG.hasPart, task) in g
    # Union domains/ranges never force a single class: the project is not inferred to be a Park.
    assert (project, RDF.type, PKG.Park) not in g


VALID_EXAMPLES = sorted((ROOT / "tests" / "shapes" / "valid").glob("*.ttl"))
ERROR = URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")  # where owlrl reports clashes


@pytest.mark.parametrize("path", VALID_EXAMPLES, ids=[p.stem for p in VALID_EXAMPLES])
def test_valid_examples_consistent_under_owl_rl(ontology, path):
    g = Graph()
    for t in ontology:
        g.add(t)
    g.parse(path, format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert [str(m) for m in g.objects(None, ERROR)] == []


def test_owl_rl_reports_disjointness_clash(ontology):
    g = Graph()
    for t in ontology:
        g.add(t)
    x = ID["report/jinghaiqu-2021/target/gdp-2021"]
    g.add((x, RDF.type, PKG.Target))
    g.add((x, RDF.type, PKG.Outcome))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert list(g.objects(None, ERROR))
