"""`python -m policykg.docs DIR` (make docs): the ontology's HTML documentation names every class."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import OWL, RDF

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "policykg" / "ontology" / "policykg.ttl"
PKG = "https://w3id.org/policykg/ontology#"


def classes() -> list[str]:
    g = Graph().parse(ONTOLOGY)
    return sorted(str(c)[len(PKG):] for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(PKG))


def test_docs_name_every_class(tmp_path):
    r = subprocess.run([sys.executable, "-m", "policykg.docs", str(tmp_path / "ontology")],
                       capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert r.returncode == 0, r.stderr
    assert "pyLODE failed" not in r.stderr  # the pinned pyLODE renders it
    page = (tmp_path / "ontology" / "index.html").read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") or "<html" in page[:500].lower()
    names = classes()
    assert {"Park", "Project", "Target", "Goal", "Task"} <= set(names)
    for name in names:
        assert PKG + name in page, name


def test_plain_fallback_names_every_class(tmp_path):
    from policykg.docs import _plain

    dest = tmp_path / "index.html"
    _plain(ONTOLOGY, dest)
    page = dest.read_text(encoding="utf-8")
    for name in classes():
        assert f'id="{name}"' in page and PKG + name in page


def test_usage_error_without_out_dir():
    r = subprocess.run([sys.executable, "-m", "policykg.docs"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and "usage" in r.stderr

