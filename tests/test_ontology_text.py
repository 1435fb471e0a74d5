"""The pre-rendered ontology Turtle (corpus/ontology_text): current, used only for the text it was made from."""
from __future__ import annotations

import pytest

from policykg import resources
from policykg.corpus import ontology_text
from policykg.corpus.build import ontology_graph
from policykg.emit.serialise import turtle

pytestmark = pytest.mark.unit


def test_shipped_rendering_is_current():
    """ontology/policykg.written.ttl is what the build rendered before, keyed by the ontology it came from
    (run `python -m policykg.corpus.ontology_text` after editing the ontology or the Turtle writer)."""
    text = resources.ontology().read_text(encoding="utf-8")
    assert resources.ontology(ontology_text.KEY).read_text(encoding="utf-8").strip() == ontology_text.source_key(text)
    assert resources.ontology(ontology_text.WRITTEN).read_bytes().decode("utf-8") == turtle(ontology_graph())
    assert ontology_text.ontology_turtle() == turtle(ontology_graph())


def test_an_edited_ontology_is_rendered_not_read_stale(tmp_path, monkeypatch):
    """Another ontology text has another key: the shipped file is not used for it."""
    text = resources.ontology().read_text(encoding="utf-8")
    edited = text + '\n<https://example.org/x> a <http://www.w3.org/2002/07/owl#Class> .\n'
    assert ontology_text.source_key(edited) != ontology_text.source_key(text)
    onto = tmp_path / "policykg.ttl"
    onto.write_text(edited, encoding="utf-8")
    real = resources.ontology
    monkeypatch.setattr(resources, "ontology", lambda name="policykg.ttl": onto if name == "policykg.ttl" else real(name))
    ontology_text.ontology_turtle.cache_clear()
    try:
        got = ontology_text.ontology_turtle()
    finally:
        ontology_text.ontology_turtle.cache_clear()
    assert "https://example.org/x" in got and got == ontology_text.render(edited)
