"""parsed_cache: the lexicon YAML and the ontology's and shapes' Turtle read from the user cache give what
parsing them gives, an edited text is parsed again, and a damaged or foreign cache file is never used."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from rdflib import BNode, Graph

from policykg import resources
from policykg.parsed_cache import cached, turtle_graph

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture
def cache(monkeypatch, tmp_path):
    """A fresh cache folder, and no other (HOME's elsewhere, the private temp folder not looked in)."""
    monkeypatch.setattr("policykg.cachefiles.private_temp_dir", lambda: None)
    monkeypatch.setenv("POLICYKG_CACHE", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    return tmp_path


def _files(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("policykg-"))


@pytest.mark.unit
def test_a_lexicon_from_the_cache_is_what_yaml_parses(cache):
    import yaml

    text = resources.lexicon("grammar").read_text(encoding="utf-8")
    fresh = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    first = resources.load_yaml(text)            # parsed, then written
    assert len(_files(cache)) == 1
    second = resources.load_yaml(text)           # read back
    assert first == fresh and second == fresh
    assert list(second) == list(fresh)           # the keys' order too


@pytest.mark.unit
def test_an_edited_text_is_parsed_again(cache):
    assert resources.load_yaml("a: 1\n") == {"a": 1}
    assert resources.load_yaml("a: 2\n") == {"a": 2}
    assert len(_files(cache)) == 2


@pytest.mark.unit
def test_a_damaged_file_is_not_used_and_is_replaced(cache):
    calls = []

    def parse(text):
        calls.append(text)
        return {"n": len(text)}

    assert cached("test", "v1", "abc", parse) == {"n": 3}
    (name,) = _files(cache)
    blob = (cache / name).read_bytes()
    (cache / name).write_bytes(blob[:-1] + bytes([blob[-1] ^ 1]))     # one bit of the payload
    assert cached("test", "v1", "abc", parse) == {"n": 3}
    assert len(calls) == 2                                             # parsed again
    assert (cache / name).read_bytes() == blob                         # and written whole again
    assert cached("test", "v1", "abc", parse) == {"n": 3} and len(calls) == 2


@pytest.mark.unit
def test_another_parser_version_does_not_read_the_file(cache):
    assert cached("test", "v1", "abc", lambda t: "one") == "one"
    assert cached("test", "v2", "abc", lambda t: "two") == "two"
    assert cached("test", "v1", "abc", lambda t: "parsed") == "one"


@pytest.mark.unit
def test_a_value_marshal_cannot_hold_is_parsed_every_time(cache):
    assert resources.load_yaml("d: 2024-01-02\n")["d"].year == 2024    # a datetime.date
    assert _files(cache) == []


def _same_graph(a: Graph, b: Graph) -> bool:
    """Same triples, blank nodes compared by the parser's counter (their prefix is random per parse); the
    same objects in the same order for every (subject, predicate) and (predicate) lookup; same prefixes."""
    def strip(t):
        return t[33:] if isinstance(t, BNode) else t

    def rows(g, pattern):
        return [tuple(map(strip, t)) for t in g.triples(pattern)]

    if sorted(map(repr, rows(a, (None, None, None)))) != sorted(map(repr, rows(b, (None, None, None)))):
        return False
    if any(rows(a, (None, p, None)) != rows(b, (None, p, None)) for p in set(a.predicates())):
        return False
    subjects_a, subjects_b = (sorted(set(g.subjects()), key=strip) for g in (a, b))
    if any(rows(a, (s, None, None)) != rows(b, (t, None, None)) for s, t in zip(subjects_a, subjects_b)):
        return False
    return list(a.namespaces()) == list(b.namespaces())


@pytest.mark.unit
@pytest.mark.parametrize("source", [resources.ontology(), resources.shapes()], ids=["ontology", "shapes"])
def test_the_turtle_graphs_are_what_rdflib_parses(cache, source):
    text = source.read_text(encoding="utf-8")
    fresh = Graph().parse(data=text, format="turtle")
    missed = turtle_graph(text)
    hit = turtle_graph(text)
    assert len(fresh) > 500 and _same_graph(fresh, missed) and _same_graph(fresh, hit)
    assert type(hit) is Graph
    blanks = {t for t in hit.all_nodes() if isinstance(t, BNode)}
    assert blanks and not blanks & set(turtle_graph(text).all_nodes())   # fresh blank nodes each time


def test_a_build_neither_imports_yaml_nor_parses_turtle_once_cached(cache, tmp_path):
    """What the cache is for: after one build, the next imports neither PyYAML nor rdflib's Turtle parser."""
    code = ("import sys; sys.argv = ['policykg', 'build', sys.argv[1], '--out', sys.argv[2], '--quiet'];\n"
            "from policykg.cli import main\n"       # called, not run as the entry point: the process goes on
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('yaml', 'rdflib.plugins.parsers.notation3') if m in sys.modules))")
    (tmp_path / "tmp").mkdir()
    env = dict(os.environ, PYTHONPATH=ROOT, TMPDIR=str(tmp_path / "tmp"))   # a fresh private temp folder too
    seed = os.path.join(ROOT, "data", "reports", "jinghai-2021.txt")
    runs = [subprocess.run([sys.executable, "-c", code, seed, str(tmp_path / f"out{i}")], env=env,
                           capture_output=True, text=True, check=True).stdout.split("\n")[-2] for i in range(2)]
    assert runs[0] == "['rdflib.plugins.parsers.notation3', 'yaml']"
    assert runs[1] == "[]"


@pytest.mark.unit
def test_a_file_past_the_size_cap_is_neither_read_nor_written(cache, monkeypatch):
    """A huge file under a cache name was copied whole into memory before any check (2 GB: 4 GB resident)."""
    import policykg.parsed_cache as pc

    big = "x" * 5000
    assert cached("test", "v1", "abc", lambda t: big) == big
    (name,) = _files(cache)
    monkeypatch.setattr(pc, "_MAX_FILE", 4096)
    assert cached("test", "v1", "abc", lambda t: "parsed") == "parsed"     # the valid but too big file not read
    (cache / name).unlink()
    assert cached("test", "v1", "abc", lambda t: big) == big and _files(cache) == []   # nor written
