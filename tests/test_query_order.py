"""Competency questions give one row order in every store: ties on names are broken by IRIs.

Several reports name different nodes with one label (a zone three provinces report, two targets
read from one phrase, a project name in two reports). Sorting by the label alone left their order to
the store (pyoxigraph in memory, oxigraph's RocksDB server and Virtuoso each gave another), so the
same question gave differently ordered rows across stores.
"""
from __future__ import annotations

import pytest

from policykg.use import query as Q

pytestmark = pytest.mark.unit

PKG = "https://w3id.org/policykg/ontology#"
N = 24


def _graph(tmp_path, lines: list[str]):
    path = tmp_path / "ties.ttl"
    path.write_text(f"@prefix pkg: <{PKG}> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                    + "\n".join(lines) + "\n", encoding="utf-8")
    return [path]


def _iris(rows: Q.Rows, var: str) -> list[str]:
    i = rows.vars.index(var)
    return [str(r[i]) for r in rows.rows]


def _names(prefix: str) -> list[str]:
    # IRIs whose hash order differs from their text order
    return [f"https://example.org/{prefix}/{(i * 7919) % 1009:04d}" for i in range(N)]


def test_parks_of_one_name_and_rank_come_by_iri(tmp_path):
    parks = _names("park")
    graph = _graph(tmp_path, [f'<{p}> a pkg:Park ; rdfs:label "示范区"@zh .' for p in parks])
    got = _iris(Q.run_files(Q.named_query("cq-09"), graph), "park")
    assert got == sorted(parks)


def test_projects_of_one_name_and_status_come_by_iri(tmp_path):
    projects = _names("project")
    graph = _graph(tmp_path, [f'<{p}> a pkg:Project ; pkg:status "planned" ; rdfs:label "产业园项目"@zh .'
                              for p in projects])
    got = _iris(Q.run_files(Q.named_query("cq-08"), graph), "project")
    assert got == sorted(projects)


def test_targets_of_one_phrase_come_by_iri(tmp_path):
    targets = _names("target")
    graph = _graph(tmp_path, [f'<{t}> a pkg:Target ; pkg:comparator "=" ; rdfs:label "建成2个项目"@zh ; '
                              f'pkg:value 2 ; pkg:unitText "个" .' for t in targets])
    got = _iris(Q.run_files(Q.named_query("cq-03"), graph), "target")
    assert got == sorted(targets)
