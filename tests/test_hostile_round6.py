"""Hostile use, round 6: a ~/.netrc `default` entry, a quoted tilde in --out, a long line of random
text, and the further cases found by trying every verb as a careless or hostile user.

The CLI runs as a real subprocess where the case is about the command line; what must survive is
compared byte for byte.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from policykg.use.push_auth import credentials
from test_hostile import SEED, one_line, run_cli, tree

GRAPH = "<https://w3id.org/policykg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\"@zh .\n"


@pytest.mark.unit
def test_a_netrc_default_entry_is_sent_to_no_host(tmp_path, monkeypatch):
    """netrc.authenticators falls back to the `default` entry for a host it does not name, so the
    password of that entry went to any --endpoint or --sparql host push talked to."""
    (tmp_path / ".netrc").write_text("machine 127.0.0.1 login bob password local\n"
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


def _random_han(n: int, seed: int, extra: str = "") -> str:
    import random
    rng = random.Random(seed)
    pool = [chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(400)] + list(extra)
    return "".join(rng.choice(pool) for _ in range(n))


@pytest.mark.unit
def test_list_patterns_find_what_re_finds_in_time_linear_in_the_line():
    """The list patterns (A、B等N个项目, …等重大项目, …等企业) were tried from every start of a line, each
    scanning the line to its end: a 10,000-character line of ideographs cost ~0.8 s per pattern."""
    import time

    from policykg.extract.grammar import LIST_PROJECTS
    from policykg.extract.groups import _GROUP
    from policykg.extract.named import _org_list_res
    patterns = (_GROUP, LIST_PROJECTS, _org_list_res()[0])
    texts = [_random_han(80, seed, "、、、等等1二个项目工程企业平台，“”.·") for seed in range(300)]
    texts += ["甲、乙等3个项目，丙丁、戊等重大项目建设", "、甲等2个工程", "甲、、乙等5个项目", "等等等4个项目"]
    for p in patterns:
        for t in texts:
            assert [(m.span(), m.groups()) for m in p.finditer(t)] == [(m.span(), m.groups()) for m in p.re.finditer(t)], t
    line = _random_han(20000, 6).replace("等", "甲") + "、乙等3个项目"
    start = time.process_time()
    found = [list(p.finditer(line)) for p in patterns]
    assert time.process_time() - start < 0.5       # re.finditer: about 3 s a pattern
    assert found[0][0].group(1).endswith("、乙") and found[0][0].end() == len(line)


@pytest.mark.unit
def test_both_ways_of_a_viterbi_step_give_the_same_path(monkeypatch):
    """A run of characters the HMM has no states for kept all 256 states, and every pair of them was
    tried (~6 s for a 10,000-character line); walking the transitions that exist must give the path
    that trying every pair gives, ties included."""
    from policykg.extract import tagger
    line = _random_han(600, 7) + "建设项目" + _random_han(300, 8)
    H = tagger._data().hmm()
    routes = []
    for step in (tagger._step_by_states, tagger._step_by_transitions):
        monkeypatch.setattr(tagger, "_step_by_states", step)
        monkeypatch.setattr(tagger, "_step_by_transitions", step)
        routes.append(tagger._viterbi_run(line, H))
    assert routes[0] == routes[1]
    assert len(set(routes[0])) > 1


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
    from test_hostile_net import fake_server, reply

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

    from test_hostile_net import fake_server, reply

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
    from test_hostile_net import fake_server

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
    from test_hostile_net import fake_server, reply

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
    from test_hostile_net import fake_server, reply

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
