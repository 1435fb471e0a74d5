"""Hostile round 42: what policykg records and prints, and where secrets go (docs/checks/hostile42.md)."""
from __future__ import annotations

import os
import socket

import pytest

from cli_helpers import one_line, run_cli, write_file
from fake_http import fake_server, reply

GRAPH = ('<https://w3id.org/policykg/id/park/jinghaiqu/ziya> <http://www.w3.org/2000/01/rdf-schema#label> '
         '"子牙经济技术开发区"@zh .\n')


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.mark.unit
@pytest.mark.parametrize("userinfo", ["http://puser:pa/ss3cret", "http://puser:pa ss3cret", "puser:se3cret"])
def test_a_proxy_password_is_never_printed(tmp_path, userinfo):
    """Regression: a proxy URL whose password holds '/' or a space (not percent-escaped), or that names no
    scheme, was printed whole by push ('through the proxy http://puser:pa/ss3cret@…'), and requests' words
    repeated part of it ('puser:pa' is not a valid host or port). The endpoint (.invalid) is never contacted."""
    write_file(tmp_path, "g.nt", GRAPH)
    proxy = f"{userinfo}@127.0.0.1:{_closed_port()}"
    r = run_cli("push", "--endpoint", "http://policykg-test.invalid/store", "--allow-remote", "--graph",
                tmp_path / "g.nt", "--graph-iri", "urn:x:g", "--retries", "0", "--timeout", "20",
                env={"http_proxy": proxy, "HTTP_PROXY": proxy, "no_proxy": "", "NO_PROXY": ""}, timeout=60)
    one_line(r, 2, r"proxy.*\*\*\*@127\.0\.0\.1:\d+[;)]? ")
    assert "puser" not in r.stderr and "3cret" not in r.stderr and "'pa" not in r.stderr, r.stderr


@pytest.mark.unit
def test_a_proxy_page_echoing_the_request_shows_no_proxy_credentials():
    """Regression: `query --endpoint` through a proxy with credentials printed the proxy's 407 page, which
    echoed the request: `Proxy-Authorization: Basic cHVzZXI6cHhzM2NyZXQ=` (puser:pxs3cret in base64), and a
    page repeating the password in words showed it too. The endpoint (.invalid) is never contacted."""
    def echo(handler, _):
        words = f"{handler.headers.get('Proxy-Authorization')} refused for puser / pxs3cret"
        reply(handler, 407, words.encode(), "text/plain", [("Proxy-Authenticate", 'Basic realm="p"')])

    with fake_server(echo) as (url, seen):
        proxy = url.replace("http://", "http://puser:pxs3cret@")
        r = run_cli("query", "cq-01", "--endpoint", "http://policykg-test.invalid/sparql", "--timeout", "20",
                    env={"http_proxy": proxy, "HTTP_PROXY": proxy, "no_proxy": "", "NO_PROXY": ""}, timeout=60)
        one_line(r, 2, r"HTTP 407: Basic \*\*\* refused for \*\*\* / \*\*\*\)")
        assert len(seen) == 1   # it went to the proxy


@pytest.mark.unit
def test_the_environment_password_goes_to_no_sparql_endpoint_of_another_scheme(monkeypatch, tmp_path):
    """Regression: POLICYKG_USER / POLICYKG_PASSWORD given for an https --endpoint were also the --sparql's when
    that named the same host and port over plain http, so the read-back sent the password in clear."""
    from policykg.use.push_auth import credentials

    monkeypatch.setenv("POLICYKG_USER", "euser")
    monkeypatch.setenv("POLICYKG_PASSWORD", "env-s3cret")
    monkeypatch.setenv("HOME", str(tmp_path))   # no ~/.netrc
    endpoint = "https://127.0.0.1:8443/store"
    assert credentials(endpoint) == ("euser", "env-s3cret")
    assert credentials("https://127.0.0.1:8443/query", endpoint) == ("euser", "env-s3cret")
    assert credentials("http://127.0.0.1:8443/query", endpoint) is None


@pytest.mark.unit
def test_a_service_iri_with_a_password_is_refused_by_the_reference_engine(tmp_path):
    """Regression: `query --allow-service --engine reference` on SERVICE <http://su:s3cret@127.0.0.1:P/sparql>
    asked the system resolver (files, then DNS: another machine) for the host 'su:s3cret@127.0.0.1': urllib
    took the user name and password for part of the host name. pyoxigraph (the default engine) refuses such
    an IRI only once connected; both refuse it now, before any lookup or connection."""
    write_file(tmp_path, "g.nt", GRAPH)
    write_file(tmp_path, "sitecustomize.py", "import socket, sys\n_g = socket.getaddrinfo\n"
               "def g(host, *a, **k):\n    sys.stderr.write(f'LOOKUP {host}\\n')\n    return _g(host, *a, **k)\n"
               "socket.getaddrinfo = g\n")
    port = _closed_port()
    service = f"http://su:s3cret@127.0.0.1:{port}/sparql"
    write_file(tmp_path, "svc.rq", f"SELECT * WHERE {{ SERVICE <{service}> {{ ?s ?p ?o }} }}\n")
    from cli_helpers import ROOT
    for engine in ("default", "reference"):
        r = run_cli("query", tmp_path / "svc.rq", "--graph", tmp_path / "g.nt", "--allow-service", "--engine", engine,
                    env={"PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}"}, timeout=120)
        one_line(r, 2, r"SERVICE names <http://\*\*\*@127\.0\.0\.1:\d+/sparql>: a user name or password")
        assert "s3cret" not in r.stderr, r.stderr


@pytest.mark.unit
def test_a_redirect_repeating_the_basic_credentials_is_not_shown(tmp_path):
    """Regression: a store that answered the credentialed PUT with a redirect whose target repeated the
    Authorization it was sent (`Location: …?x=ZXVzZXI6…`, euser:env-s3cret in base64) had it printed whole;
    only the password as written was looked for."""
    def store(handler, _):
        sent = handler.headers.get("Authorization")
        if sent is None:
            reply(handler, 401, headers=[("WWW-Authenticate", 'Basic realm="x"')])
        else:
            reply(handler, 307, headers=[("Location", f"http://127.0.0.2:9/next?x={sent.split()[-1]}")])

    write_file(tmp_path, "g.nt", GRAPH)
    with fake_server(store) as (url, seen):
        r = run_cli("push", "--endpoint", f"{url}/store", "--graph", tmp_path / "g.nt", "--graph-iri", "urn:x:g",
                    "--retries", "0", env={"POLICYKG_USER": "euser", "POLICYKG_PASSWORD": "env-s3cret"}, timeout=60)
    one_line(r, 1, r"HTTP 307, a redirect to a URL that repeats a secret it was sent \(not shown\)")
    assert len(seen) == 2 and "ZXVzZXI6" not in r.stderr
