"""Hostile use, round 2: entity expansion in RDF/XML, two builds racing for one --out, graphs nested
deeper than a parser's stack.

The CLI runs as a real subprocess; what must survive is compared byte for byte.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, tree, write_ours

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


def test_two_builds_for_one_new_out_at_once_the_second_ends_with_one_line(tmp_path):
    """Both found --out missing, both built, and the later swap replaced the other's output; now a build
    that finds another process writing --out (holding its lock) ends before any work, and a holder that
    was killed never blocks. (Another process holds the lock for as long as the test needs: two builds
    started together race, and under load the first may end before the second looks.)"""
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from policykg.corpus.outlock import claim; "
        f"claim(Path({str(out)!r}), 'out'); print('held', flush=True); time.sleep(120)")],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        r = run_cli("build", SEED, "--out", out)
        assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
        assert f"another policykg command (pid {holder.pid})" in r.stderr and "is writing it now" in r.stderr
        assert not out.exists()
    finally:
        holder.kill()
        holder.wait()
    r = run_cli("build", SEED, "--out", out)  # the killed holder's lock file is stale: it does not block
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no lock file, no temporary folder left
    assert {"graph.ttl", "graph.trig", ".policykg-output"} <= set(tree(out))


_DEEP = 20000


@pytest.mark.unit
@pytest.mark.parametrize("name, data, pattern", [
    ("lists.ttl", "<http://x/a> <http://x/p> " + "( " * _DEEP + ")" * _DEEP + " .\n", "nest deeper than the parser"),
    ("nodes.trig", "<http://x/g> { <http://x/a> <http://x/p> " + "[ <http://x/p> " * _DEEP + "]" * _DEEP + " . }\n",
     "nest deeper than the parser"),
    ("arrays.jsonld", '{"@id": "http://x/a", "http://x/p": ' + "[" * _DEEP + "]" * _DEEP + "}", "nest deeper than"),
    ("latin1.ttl", b'<http://x/a> <http://x/p> "a" .\n<http://x/a> <http://x/p> "caf\xe9" .\n', r"not UTF-8: byte 0xe9 on line 2"),
    ("bom.nt", b'\xef\xbb\xbf<http://x/a> <http://x/p> "a" .\r\n', r"starts with a byte-order mark"),
])
def test_a_graph_the_reader_cannot_follow_is_named_in_words(tmp_path, name, data, pattern):
    """20,000 nested brackets gave 'not a readable turtle graph (RecursionError)', bytes that are not
    UTF-8 '(UnicodeDecodeError)', and a byte-order mark in N-Triples '(ParserError)'."""
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    one_line(run_cli("validate", path, timeout=120), 2, rf"{name}: not a readable \S+ graph \(.*{pattern}")


@pytest.mark.unit
@pytest.mark.parametrize("command", [["export", "--format", "nt", "--graph"], ["validate"], ["table", "targets", "--graph"]])
def test_out_dash_is_refused_rather_than_a_file_named_dash(tmp_path, command):
    """`--out -` (stdout by convention) wrote, or replaced, a file named '-' in the current folder."""
    graph = tmp_path / "g.nt"
    typed = '<http://x/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/policykg/ontology#Target> .\n'
    # table refuses a graph with nothing of policykg's
    graph.write_text('<http://x/a> <http://x/p> "x" .\n' + (typed if command[0] == "table" else ""))
    write_ours(tmp_path, "-", "mine\n")   # an earlier output of policykg's (one it may replace)
    one_line(run_cli(*command, graph, "--out", "-", cwd=tmp_path, timeout=60), 2, r"--out -: .*give a file name")
    assert (tmp_path / "-").read_text() == "mine\n"
    r = run_cli(*command, graph, "--out", "./-", cwd=tmp_path, timeout=60)
    assert r.returncode == 0 and (tmp_path / "-").read_text() != "mine\n", r.stderr


@pytest.mark.unit
def test_a_long_chain_of_blank_nodes_is_refused_by_export_not_run_for_hours(tmp_path):
    """Canonical blank-node labels cost the square of the chain: 2,000 blank nodes in a row took 80 s,
    20,000 hours. A chain within the bound (an ordinary RDF list) still exports, labels stable."""
    def chain(n):
        return "".join(f"_:b{i} <http://x/p> _:b{i + 1} .\n" for i in range(n))
    (tmp_path / "long.nt").write_text(chain(2000))
    (tmp_path / "short.nt").write_text(chain(50))
    one_line(run_cli("export", "--format", "nt", "--graph", tmp_path / "long.nt", "--out", tmp_path / "o.nt",
                     timeout=60), 2, r"long.nt: blank nodes nest 2001 deep \(more than 500\)")
    assert not (tmp_path / "o.nt").exists()
    outs = []
    for name in ("a.nt", "b.nt"):
        r = run_cli("export", "--format", "nt", "--graph", tmp_path / "short.nt", "--out", tmp_path / name, timeout=60)
        assert r.returncode == 0, r.stderr
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1] and outs[0].count(b"\n") == 50


@pytest.mark.unit
def test_a_fifo_or_device_as_graph_or_query_is_named_for_what_it_is(tmp_path):
    """A FIFO given as --graph or as the query file said 'no such file' (or 'no such query file') though
    it was there, and a query file that is not UTF-8 said '(UnicodeDecodeError)'."""
    fifo, query = tmp_path / "g.ttl", tmp_path / "q.rq"
    os.mkfifo(fifo)
    os.mkfifo(query)
    (tmp_path / "g.nt").write_text('<http://x/a> <http://x/p> "x" .\n')
    (tmp_path / "latin1.rq").write_bytes(b'SELECT * WHERE { ?s ?p "caf\xe9" }')
    (tmp_path / "zero.rq").symlink_to("/dev/zero")
    one_line(run_cli("validate", fifo, timeout=30), 2, r"g.ttl: is a FIFO \(named pipe\), not a graph file")
    one_line(run_cli("query", "cq-01", "--graph", fifo, timeout=30), 2, r"g.ttl: is a FIFO")
    one_line(run_cli("query", query, "--graph", tmp_path / "g.nt", timeout=30), 2, r"q.rq: is a FIFO \(named pipe\), not a query file")
    one_line(run_cli("query", tmp_path / "zero.rq", "--graph", tmp_path / "g.nt", timeout=30), 2, r"zero.rq: is a character device")
    one_line(run_cli("query", tmp_path / "latin1.rq", "--graph", tmp_path / "g.nt", timeout=30), 2,
             r"latin1.rq: cannot read query \(not UTF-8\)")


@pytest.mark.unit
def test_slow_clients_are_cut_off_and_connections_past_the_cap_get_503(tmp_path, monkeypatch):
    """A client sending its headers a line a minute held a thread for 120 s each; thousands of them made
    the server drop new connections without an answer. Now the headers must come within HEAD_TIMEOUT and
    connections past MAX_OPEN get a 503 line at once."""
    import socket
    import urllib.request
    from urllib.parse import urlsplit

    from policykg.use import serve_http
    from policykg.use.serve import start

    monkeypatch.setattr(serve_http, "HEAD_TIMEOUT", 2)
    monkeypatch.setattr(serve_http, "MAX_OPEN", 4)
    graph = tmp_path / "g.nt"
    graph.write_text('<http://x/a> <http://x/p> "x" .\n')
    server = start([str(graph)], port=0, timeout=30)
    try:
        port = urlsplit(server.url).port
        slow = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(5)]
        for s in slow:
            s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        answers = [s.recv(200) for s in slow[4:]]
        assert answers[0].startswith(b"HTTP/1.1 503") and b"too many open connections" in answers[0]
        for s in slow[:4]:
            s.settimeout(30)  # a hang guard only: recv raises if the server never closes
        assert all(s.recv(200) == b"" for s in slow[:4])  # closed by the server after HEAD_TIMEOUT, not by us
        with urllib.request.urlopen(server.url + "query?query=ASK%7B%7D", timeout=10) as r:
            assert r.status == 200 and b"true" in r.read()
    finally:
        server.stop()
