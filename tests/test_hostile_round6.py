"""Hostile use, round 6: a ~/.netrc `default` entry, a quoted tilde in --out, and the further cases
found by trying every verb as a careless or hostile user (a long line of random text: test_long_lines.py).

The CLI runs as a real subprocess where the case is about the command line; what must survive is
compared byte for byte.
"""
from __future__ import annotations

import re

import pytest

from policykg.use.push_auth import credentials
from cli_helpers import SEED, one_line, run_cli, tree
from fake_http import fake_server, reply

GRAPH = "<https://w3id.org/policykg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\"@zh .\n"


@pytest.mark.unit
def test_a_netrc_default_entry_is_sent_to_no_host(tmp_path, monkeypatch):
    """netrc.authenticators falls back to the `default` entry for a host it does not name, so the
    password of that entry went to any --endpoint or --sparql host push talked to."""
    (tmp_path / ".netrc").write_text("machine 127.0.0.1:7878 login bob password local\n"
                                     "default login eve password everywhere\n")
    (tmp_path / ".netrc").chmod(0o600)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("POLICYKG_USER", raising=False)
    monkeypatch.delenv("POLICYKG_PASSWORD", raising=False)
    assert credentials("http://127.0.0.1:7878/store") == ("bob", "local")
    assert credentials("http://localhost:7878/store") is None
    assert credentials("https://store.example.org/store") is None


@pytest.mark.unit
@pytest.mark.parametrize("command", [["build", str(SEED)], ["impact", "--graph", "g.nt"],
                                     ["export", "--format", "nt", "--graph", "g.nt"],
                                     ["table", "targets", "--format", "csv", "--graph", "g.nt"],
                                     ["validate", "g.nt"]])
@pytest.mark.parametrize("out", ["~/x", "~", "~nobody/x"])
def test_a_quoted_tilde_in_out_is_refused_not_made_a_folder_named_tilde(tmp_path, command, out):
    """A quoted '~/x' (or one from a Makefile or a script's variable) reached policykg unexpanded and
    became a folder literally named '~' in the current folder; a later `rm -rf ~` meant for it takes the
    home folder. Refused: the user says $HOME/x, or ./~/x for a folder really named '~'."""
    (tmp_path / "g.nt").write_text(GRAPH)
    before = tree(tmp_path)
    r = run_cli(*command, "--out", out, cwd=tmp_path, timeout=120)
    one_line(r, 2, rf"--out {re.escape(out)}: starts with '~', which no shell expanded")
    assert tree(tmp_path) == before


@pytest.mark.unit
def test_a_quoted_tilde_in_serve_store_is_refused(tmp_path):
    (tmp_path / "g.nt").write_text(GRAPH)
    before = tree(tmp_path)
    r = run_cli("serve", "--graph", "g.nt", "--store", "~/store", "--port", "0", cwd=tmp_path, timeout=60)
    one_line(r, 2, r"--store ~/store: starts with '~', which no shell expanded")
    assert tree(tmp_path) == before


@pytest.mark.unit
def test_a_folder_really_named_tilde_is_reached_through_dot_slash(tmp_path):
    (tmp_path / "g.nt").write_text(GRAPH)
    r = run_cli("export", "--format", "nt", "--graph", "g.nt", "--out", "./~/g.nt", cwd=tmp_path, timeout=120)
    one_line(r, 2, r"--out \./~/g\.nt: folder \S+~ does not exist")


_LIES = {
    "binding-without-value": {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri"}}]}},
    "head-a-list": {"head": [1], "results": {"bindings": []}},
    "results-a-list": {"head": {"vars": ["x"]}, "results": []},
    "vars-not-names": {"head": {"vars": [1]}, "results": {"bindings": []}},
    "binding-a-string": {"head": {"vars": ["x"]}, "results": {"bindings": ["x"]}},
    "value-a-number": {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": 5}}]}},
    "bad-language-tag": {"head": {"vars": ["x"]}, "results": {"bindings": [
        {"x": {"type": "literal", "value": "a", "xml:lang": "en us"}}]}},
    "boolean-a-string": {"head": {}, "boolean": "false"},
}


@pytest.mark.unit
@pytest.mark.parametrize("lie", sorted(_LIES))
def test_an_endpoint_answer_that_is_no_sparql_json_is_one_line(lie):
    """An endpoint whose JSON had the wrong shape ended query in an internal error (KeyError,
    AttributeError, TypeError, ValueError: exit 3), read a binding that is no object as an unbound row,
    and read an ASK answer of "false" (a string) as true."""
    import json

    from policykg.errors import UsageError
    from policykg.use.query_endpoint import run_endpoint

    body = json.dumps(_LIES[lie]).encode()
    query = "ASK { ?x ?p ?o }" if lie.startswith("boolean") else "SELECT ?x WHERE { ?x ?p ?o }"
    with fake_server(lambda h, _: reply(h, body=body)) as (url, _):
        with pytest.raises(UsageError, match=r"did not answer with SPARQL JSON results \(.+\)"):
            run_endpoint(query, url + "/sparql", timeout=20)


@pytest.mark.unit
def test_an_iri_from_an_endpoint_is_shown_escaped_in_the_table(tmp_path):
    """query's table escaped labels but printed IRIs as they came: an endpoint's IRI holding a line
    break or a terminal escape broke the table or reached the terminal raw."""
    import json


    body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [
        {"x": {"type": "uri", "value": "http://a/\x1b]0;owned\x07\nb"}}]}}).encode()
    (tmp_path / "q.rq").write_text("SELECT ?x WHERE { ?x ?p ?o }\n")
    with fake_server(lambda h, _: reply(h, body=body)) as (url, _):
        r = run_cli("query", tmp_path / "q.rq", "--endpoint", url + "/sparql", timeout=60)
    assert r.returncode == 0, r.stderr
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout
    assert r"<http://a/\x1b]0;owned\x07\nb>" in r.stdout


@pytest.mark.unit
def test_an_endpoint_answer_without_end_is_cut_at_the_size_limit(monkeypatch):
    """query --endpoint read the whole answer into memory: an endpoint streaming without end filled the
    memory until the deadline (60 s at loopback speed is tens of GB) instead of ending in one line."""
    from policykg.errors import UsageError
    from policykg.use import query_endpoint

    def endless(handler, _):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/sparql-results+json")
        handler.end_headers()
        handler.wfile.write(b'{"head": {"vars": ["x"]}, "results": {"bindings": [')
        try:
            while True:
                handler.wfile.write(b'{"x": {"type": "literal", "value": "a"}}, ' * 1000)
        except OSError:
            pass

    monkeypatch.setattr(query_endpoint, "MAX_ANSWER", 1 << 20)
    with fake_server(endless) as (url, _):
        with pytest.raises(UsageError, match=r"answer is larger than 1 MiB"):
            query_endpoint.run_endpoint("SELECT ?x WHERE { ?x ?p ?o }", url + "/sparql", timeout=20)


@pytest.mark.unit
def test_the_read_back_does_not_follow_a_redirect_with_the_credentials(tmp_path, monkeypatch):
    """push's count read-back went through SPARQLWrapper, whose urllib followed a redirect and kept the
    Basic Authorization header: a store's query endpoint could send the password to any other host."""
    from policykg.use.push import PushError, push

    (tmp_path / "g.nt").write_text(GRAPH)
    monkeypatch.setenv("POLICYKG_USER", "bob")
    monkeypatch.setenv("POLICYKG_PASSWORD", "hunter2")
    with fake_server(lambda h, _: reply(h, body=b"{}")) as (elsewhere, stolen):
        def store(handler, body):
            if handler.command == "PUT":
                reply(handler, 204)
            elif not handler.headers.get("Authorization"):
                reply(handler, 401, b"", "text/plain", [("WWW-Authenticate", 'Basic realm="store"')])
            else:
                reply(handler, 302, b"", "text/plain", [("Location", elsewhere + "/steal")])

        with fake_server(store) as (url, seen):
            with pytest.raises(PushError, match=r"redirects to http://127\.0\.0\.1:\d+/steal \(HTTP 302\); not followed"):
                push([str(tmp_path / "g.nt")], url + "/store", graph_iri="https://example.org/g", log=lambda m: None)
    assert stolen == []
    assert any(p.startswith("/query") and auth for _, p, _, auth in seen)


@pytest.mark.unit
def test_a_read_back_answer_without_end_is_cut(tmp_path, monkeypatch):
    """The COUNT read-back read the store's whole answer into memory, however long it ran."""
    from policykg.use import push as push_module

    def store(handler, body):
        if handler.command == "PUT":
            return reply(handler, 204)
        handler.send_response(200)
        handler.send_header("Content-Type", "application/sparql-results+json")
        handler.end_headers()
        try:
            while True:
                handler.wfile.write(b" " * 65536)
        except OSError:
            pass

    (tmp_path / "g.nt").write_text(GRAPH)
    monkeypatch.delenv("POLICYKG_USER", raising=False)
    with fake_server(store) as (url, _):
        with pytest.raises(push_module.PushError, match=r"answer is larger than 1 MiB"):
            push_module.push([str(tmp_path / "g.nt")], url + "/store", graph_iri="https://example.org/g",
                             log=lambda m: None, timeout=30)


@pytest.mark.unit
def test_a_parameter_given_twice_with_two_values_is_refused(tmp_path):
    """--param x=1 --param x=2 ran the query with x=2 without a word: the first value was dropped."""
    (tmp_path / "g.nt").write_text(GRAPH)
    (tmp_path / "q.rq").write_text("SELECT ?s WHERE { ?s ?p ?x }\n")
    r = run_cli("query", "q.rq", "--graph", "g.nt", "--param", "x=1", "--param", "x=2", cwd=tmp_path, timeout=60)
    one_line(r, 2, r"--param x: given twice, as .*1.* and .*2.*; give it once")
    r = run_cli("query", "q.rq", "--graph", "g.nt", "--param", "x=1", "--param", "?x=1", cwd=tmp_path, timeout=60)
    assert r.returncode == 0, r.stderr


@pytest.mark.unit
@pytest.mark.parametrize("variable", ["XDG_CACHE_HOME", "HOME"])
def test_a_relative_cache_or_home_folder_puts_nothing_in_the_current_folder(tmp_path, variable):
    """XDG_CACHE_HOME=cache (or HOME=me) made the tagger's and the pinyin tables' 5 MB cache folder in
    whatever folder the build was run from; the XDG spec calls a relative path invalid."""
    import shutil
    work = tmp_path / "reports"
    work.mkdir()
    shutil.copy(SEED, work / "r.txt")
    env = {"XDG_CACHE_HOME": "cache"} if variable == "XDG_CACHE_HOME" else {"HOME": "me", "XDG_CACHE_HOME": ""}
    env["POLICYKG_CACHE"] = ""
    r = run_cli("build", "r.txt", "--out", tmp_path / "out", "--quiet", cwd=work, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in work.iterdir()) == ["r.txt"]


@pytest.mark.unit
@pytest.mark.parametrize("args", [
    ["push", "--endpoint", "http://127.0.0.1:9/store?access_token=hunter2", "--timeout", "3", "--retries", "0"],
    ["query", "cq-01", "--endpoint", "http://127.0.0.1:9/sparql?x=1&apikey=hunter2"],
], ids=["push", "query"])
def test_a_token_in_the_url_query_is_not_printed(tmp_path, args):
    """Only a URL's user:password@ was redacted: a store or endpoint taking its key in the query string
    (?access_token=…, ?apikey=…) had it printed in every error line."""
    (tmp_path / "g.trig").write_text("<https://example.org/g> { " + GRAPH.strip().rstrip(".") + " . }\n")
    extra = ["--graph", "g.trig"] if args[0] == "push" else []
    r = run_cli(*args, *extra, cwd=tmp_path, timeout=60)
    one_line(r, 2, r"(access_token|apikey)=\*\*\*")
    assert "hunter2" not in r.stdout + r.stderr


@pytest.mark.unit
def test_redact_hides_secret_query_values_and_keeps_the_others():
    from policykg.options import redact
    assert redact("http://h/q?graph=a&access_token=t0k&x=1;sig=s#f") == "http://h/q?graph=a&access_token=***&x=1;sig=***#f"
    assert redact("http://h/q?keyword=k") == "http://h/q?keyword=k"


@pytest.mark.unit
@pytest.mark.parametrize("engine", ["default", "reference"])
def test_a_triple_in_two_graph_files_counts_once(tmp_path, engine):
    """query --graph out/graph.trig --graph out/graph.ttl (the same facts, in a named graph and in the
    default graph) counted every row twice on pyoxigraph, once on rdflib: the engines disagreed."""
    two = "<https://w3id.org/policykg/id/b> <http://www.w3.org/2000/01/rdf-schema#label> \"b\"@zh .\n"
    (tmp_path / "g.trig").write_text("<https://example.org/g> { " + GRAPH + two + "}\n")
    (tmp_path / "g.nt").write_text(GRAPH)
    (tmp_path / "q.rq").write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n")
    (tmp_path / "gq.rq").write_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }\n")
    for q, n in (("q.rq", "2"), ("gq.rq", "2")):
        r = run_cli("query", q, "--graph", "g.trig", "--graph", "g.nt", "--format", "csv", "--engine", engine,
                    cwd=tmp_path, timeout=60)
        assert r.returncode == 0, r.stderr
        assert r.stdout.split() == ["n", n], (q, r.stdout)


@pytest.mark.unit
def test_a_query_file_with_a_byte_order_mark_runs(tmp_path):
    """A query saved by Notepad (UTF-8 with a byte-order mark) was refused as "does not parse"."""
    (tmp_path / "g.nt").write_text(GRAPH)
    (tmp_path / "q.rq").write_bytes(b"\xef\xbb\xbfSELECT ?s WHERE { ?s ?p ?o }\n")
    r = run_cli("query", "q.rq", "--graph", "g.nt", "--format", "csv", cwd=tmp_path, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["s", "https://w3id.org/policykg/id/a"]
