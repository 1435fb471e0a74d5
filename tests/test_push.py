"""`policykg push` against a real oxigraph server on 127.0.0.1 (started by a fixture on a free loopback port
and stopped after), a store that asks for no credentials, and push's reading of graph files.
Graphs read back from the store are compared with ours by RDF term value (serve_helpers.norm)."""
from __future__ import annotations

import re
import signal
import sys

import pytest
from rdflib.compare import isomorphic

from policykg.use.push import PushError, push, read_graphs, remote_count
from policykg.use.push_auth import Auth as _Auth
from fake_http import fake_server, reply
from serve_helpers import ROOT, Oxigraph, assert_round_trip, construct, local_graphs, norm, run_cli, start_serve


@pytest.fixture
def oxigraph(tmp_path):
    server = Oxigraph(tmp_path / "store").start()
    yield server
    server.stop()


# ------------------------------------------------------------------------------------------ push: oxigraph

def test_push_oxigraph_round_trip_and_idempotent(oxigraph, seed_trig):
    done = run_cli("push", "--endpoint", oxigraph.base + "/store", "--graph", str(seed_trig))
    assert done.returncode == 0, done.stderr
    assert "counts match" in done.stdout
    assert_round_trip(oxigraph.base + "/query", seed_trig)
    before = {iri: remote_count(oxigraph.base + "/query", iri, _Auth(None)) for iri in local_graphs(seed_trig)}
    push([str(seed_trig)], oxigraph.base + "/store", log=lambda m: None)  # second push: replaced, not added
    after = {iri: remote_count(oxigraph.base + "/query", iri, _Auth(None)) for iri in local_graphs(seed_trig)}
    assert before == after and all(after.values())


def test_push_turtle_needs_graph_iri(oxigraph, seed_out):
    ttl = seed_out / "graph.ttl"
    done = run_cli("push", "--endpoint", oxigraph.base + "/store", "--graph", str(ttl))
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "--graph-iri" in done.stderr
    done = run_cli("push", "--endpoint", oxigraph.base + "/store", "--graph", str(ttl),
                   "--graph-iri", "https://example.org/g/asserted")
    assert done.returncode == 0, done.stderr
    assert remote_count(oxigraph.base + "/query", "https://example.org/g/asserted", _Auth(None)) > 0


def test_push_refused_and_mismatch_are_one_line_errors(oxigraph, seed_trig, monkeypatch, capsys):
    # the read-only server refuses the PUT: graph and status named, exit 1
    proc, port, _ = start_serve(oxigraph.location.parent, "--graph", str(seed_trig))
    try:
        done = run_cli("push", "--endpoint", f"http://127.0.0.1:{port}/store", "--graph", str(seed_trig))
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(15)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "HTTP 403" in done.stderr and "graph <" in done.stderr
    # a store that loses triples: the read-back count check fails
    import policykg.use.push as mod
    monkeypatch.setattr(mod, "remote_count", lambda sparql, iri, auth, timeout=60: 1)
    with pytest.raises(PushError, match="mismatch"):
        push([str(seed_trig)], oxigraph.base + "/store", log=lambda m: None)


def test_push_fails_half_way_then_earlier_graph_survives_restart(oxigraph, seed_trig, monkeypatch, capsys):
    import policykg.use.push as mod
    from policykg.cli import main

    graphs = list(read_graphs([str(seed_trig)]))
    real_put, calls = mod._put, []

    def put_then_die(*args, **kwargs):  # the store dies right after the first graph went in
        if calls:
            oxigraph.kill()
        calls.append(args[2])
        return real_put(*args, **{**kwargs, "sleep": lambda s: None})

    monkeypatch.setattr(mod, "_put", put_then_die)
    monkeypatch.setattr(sys, "argv", ["policykg", "push", "--endpoint", oxigraph.base + "/store",
                                      "--graph", str(seed_trig), "--retries", "2"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot reach" in err and graphs[1] in err

    oxigraph.start()  # same --location: what was PUT before the crash is there, in full
    local = local_graphs(seed_trig)[graphs[0]]
    assert remote_count(oxigraph.base + "/query", graphs[0], _Auth(None)) == len(local)
    assert isomorphic(norm(local), norm(construct(oxigraph.base + "/query", graphs[0])))


def test_push_credentials_never_from_url(oxigraph, seed_trig):
    done = run_cli("push", "--endpoint", f"http://dba:secret@127.0.0.1:{oxigraph.port}/store",
                   "--graph", str(seed_trig))
    assert done.returncode == 2 and "secret" not in done.stderr + done.stdout


@pytest.mark.skipif(not (ROOT / "data" / "corpus").is_dir(),
                    reason="data/corpus (the multi-report corpus) is not in this checkout yet")
def test_push_multi_report_round_trip(oxigraph, tmp_path):
    from policykg.corpus.build import build, write_outputs
    reports = sorted(p for p in (ROOT / "data" / "corpus").rglob("*") if p.suffix in (".txt", ".html", ".htm"))
    if len(reports) < 2:
        pytest.skip("data/corpus holds fewer than two reports")
    out = tmp_path / "out"
    write_outputs(build([str(p) for p in reports[:2]], jobs=2), str(out))  # two reports keep it quick
    trig = out / "graph.trig"
    push([str(trig)], oxigraph.base + "/store", log=lambda m: None)
    graphs = local_graphs(trig)
    assert sum(1 for g in graphs if "/id/graph/" in g and not g.endswith("/inferred")) >= 2
    for iri, mine in graphs.items():
        assert isomorphic(norm(mine), norm(construct(oxigraph.base + "/query", iri))), iri


def test_push_sends_netrc_password_only_when_asked(tmp_path, seed_trig, monkeypatch):
    """Regression: with auth=None, requests sent ~/.netrc as Basic to a store that never asked."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("POLICYKG_USER", raising=False)
    with fake_server(lambda handler, body: reply(handler, 204)) as (url, requests):
        (tmp_path / ".netrc").write_text(f"machine {url.split('//')[1]} login bob password s3cret\n")
        (tmp_path / ".netrc").chmod(0o600)
        push([str(seed_trig)], f"{url}/store", verify=False, log=lambda m: None)
    seen = [auth for method, _, _, auth in requests if method == "PUT"]
    assert seen and seen == [None] * len(requests)


@pytest.mark.unit
def test_push_reads_jsonld_as_the_same_graphs_as_trig(tmp_path):
    """A .jsonld (read through rdflib) gives push the very terms its TriG gives: IRIs, a blank node,
    language-tagged, typed and plain literals, named graphs and the default graph."""
    from rdflib import Dataset

    trig = tmp_path / "g.trig"
    trig.write_text('<urn:a> <urn:p> "甲"@zh-Hans , "38.0"^^<http://www.w3.org/2001/XMLSchema#decimal> , '
                    '"plain" , [ <urn:q> <urn:b> ] .\n<urn:g> { <urn:b> <urn:p> <urn:c> . }\n', encoding="utf-8")
    ds = Dataset()
    ds.parse(str(trig), format="trig")
    jsonld = tmp_path / "g.jsonld"
    jsonld.write_text(ds.serialize(format="json-ld"), encoding="utf-8")

    def shape(graphs):     # blank node labels differ between parsers
        return {g: sorted(re.sub(r"_:\w+", "_:b", str(t)) for t in ts) for g, ts in graphs.items()}

    assert shape(read_graphs([str(jsonld)], "urn:d")) == shape(read_graphs([str(trig)], "urn:d"))
    assert sorted(read_graphs([str(jsonld)], "urn:d")) == ["urn:d", "urn:g"]
