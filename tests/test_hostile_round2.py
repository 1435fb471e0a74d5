"""Hostile use, round 2: entity expansion in RDF/XML, two builds racing for one --out, graphs nested
deeper than a parser's stack.

The CLI runs as a real subprocess; what must survive is compared byte for byte.
"""
from __future__ import annotations

import pytest

from test_hostile import one_line, run_cli

_RDF = ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://x/">'
        '<rdf:Description rdf:about="{about}"><ex:p>{value}</ex:p></rdf:Description></rdf:RDF>\n')


def _laughs(levels: int = 10) -> str:
    decls = ['<!ENTITY l0 "lololololol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, levels)]
    return "<!DOCTYPE rdf:RDF [" + "".join(decls) + "]>" + _RDF.format(about="http://x/a", value=f"&l{levels - 1};")


@pytest.mark.unit
@pytest.mark.parametrize("command", ["export", "validate", "query"])
def test_nested_entities_in_rdfxml_are_refused_at_once(tmp_path, command):
    """Ten entities each naming the one before ran export for minutes (rdflib/expat) or took all memory
    (pyoxigraph); an external entity would pull another file into the graph."""
    bomb, xxe = tmp_path / "bomb.rdf", tmp_path / "xxe.owl"
    bomb.write_text(_laughs())
    xxe.write_text('<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
                   + _RDF.format(about="http://x/a", value="&x;"))
    args = {"export": ["export", "--format", "nt", "--out", tmp_path / "o.nt", "--graph"],
            "validate": ["validate"], "query": ["query", "cq-01", "--graph"]}[command]
    one_line(run_cli(*args, bomb, timeout=60), 2, r"bomb.rdf: entity l\d expands to more than 16,777,216 characters")
    one_line(run_cli(*args, xxe, timeout=60), 2, r"xxe.owl: entity x names an external file or URL")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bomb.rdf", "xxe.owl"]


@pytest.mark.unit
def test_an_owl_file_with_ordinary_entities_still_loads(tmp_path):
    """policykg's own ontology as RDF/XML with namespace entities (one naming another) loads whole."""
    from rdflib import Graph

    from policykg import resources

    onto = Graph().parse(data=resources.ontology().read_text(encoding="utf-8"), format="turtle")
    owl = "http://www.w3.org/2002/07/owl#"
    text = onto.serialize(format="xml").replace(f'"{owl}', '"&owl;').replace(f'"{owl}Thing', '"&thing;')
    dtd = f'<!DOCTYPE rdf:RDF [<!ENTITY owl "{owl}"><!ENTITY thing "&owl;Thing">]>\n'
    (tmp_path / "onto.owl").write_text(text.replace("<rdf:RDF", dtd + "<rdf:RDF", 1))
    assert text.count('"&owl;') > 20
    r = run_cli("export", "--format", "nt", "--out", tmp_path / "o.nt", "--graph", tmp_path / "onto.owl", timeout=120)
    assert r.returncode == 0, r.stderr
    assert len((tmp_path / "o.nt").read_text().splitlines()) == len(onto)
