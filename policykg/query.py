"""`policykg query`: competency questions (queries/cq-NN-slug.rq) or any SPARQL file, run on
graph files (pyoxigraph) or a remote endpoint (SPARQLWrapper). Parameters are bound as RDF terms."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError

QUERIES = Path(__file__).resolve().parent.parent / "queries"


@dataclass
class Rows:
    vars: list[str]
    rows: list[tuple]


def named_query(name: str) -> str:
    """A file path, or the name of a competency question (with or without .rq, or just its number)."""
    p = Path(name)
    if p.is_file():
        return p.read_text(encoding="utf-8")
    stem = name[:-3] if name.endswith(".rq") else name
    matches = sorted(QUERIES.glob(f"{stem}.rq")) or sorted(QUERIES.glob(f"{stem}-*.rq")) \
        or sorted(QUERIES.glob(f"cq-{stem.zfill(2)}-*.rq"))
    if not matches:
        raise UsageError(f"{name}: no such query file or competency question (see queries/)")
    return matches[0].read_text(encoding="utf-8")


def run_query(query: str, graphs=None) -> Rows:
    """Run a SELECT on rdflib graphs (small inputs, tests)."""
    from rdflib import Graph

    g = Graph()
    for src in graphs or []:
        for t in src:
            g.add(t)
    res = g.query(query)
    names = [str(v) for v in res.vars]
    return Rows(names, [tuple(row) for row in res])
