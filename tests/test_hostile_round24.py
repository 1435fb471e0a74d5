"""Hostile use, round 24: a hostile user against the store and server side (push, query --endpoint, serve):
redirects, credentials, escapes in --param values, clients that never read.

The CLI runs as a real subprocess where the case is about the command line; the stores are fake servers on
127.0.0.1 (fake_http).
"""
from __future__ import annotations

import pytest

from cli_helpers import ROOT, one_line, run_cli

PARK_CHAIN = ROOT / "tests" / "fixtures" / "park-chain.ttl"
PASSWORD = "Zq9-secret-77"
KEY = "k3yV4lue99"


def _asks_then_redirects(target: str, read_back: bool):
    """A store that asks for Basic credentials, then answers the authorised request with a redirect to target
    (a PUT when not read_back, else the read-back's POST)."""
    from fake_http import count_json, reply

    def store(handler, body):
        if (handler.command == "PUT") == read_back:
            return reply(handler, 201) if handler.command == "PUT" else count_json(handler, body)
        if not handler.headers.get("Authorization"):
            return reply(handler, 401, headers=[("WWW-Authenticate", 'Basic realm="x"')])
        reply(handler, 302, headers=[("Location", target)])
    return store


@pytest.mark.unit
@pytest.mark.parametrize("read_back", [False, True])
@pytest.mark.parametrize("target", [f"http://127.0.0.1:9/next?then={PASSWORD}&u=bob", f"/q/{PASSWORD}",
                                    f"/login?next=%2Fq%3Fpw%3D{PASSWORD}"])
def test_push_never_prints_a_redirect_target_that_repeats_the_password(target, read_back):
    """A store sent the password (it asked for it) redirected to a URL holding it, and push printed that URL
    in its error ('… a redirect to http://…/next?then=<the password>'): the store's own words are never shown
    with the password, as its reason phrase is not (round 17), nor any other secret."""
    from fake_http import fake_server
    with fake_server(_asks_then_redirects(target, read_back)) as (base, _):
        r = run_cli("push", "--endpoint", base + "/store", "--graph", PARK_CHAIN, "--graph-iri", "urn:g",
                    "--retries", "0", "--timeout", "20", "--quiet",
                    env={"POLICYKG_USER": "bob", "POLICYKG_PASSWORD": PASSWORD}, timeout=60)
    one_line(r, 1, r"redirect.*a URL that repeats a secret it was sent \(not shown\)")
    assert PASSWORD not in r.stderr


@pytest.mark.unit
def test_push_still_names_a_plain_redirect_target():
    from fake_http import fake_server
    with fake_server(_asks_then_redirects("http://127.0.0.1:9/elsewhere/store", False)) as (base, _):
        r = run_cli("push", "--endpoint", base + "/store", "--graph", PARK_CHAIN, "--graph-iri", "urn:g",
                    "--retries", "0", "--timeout", "20", "--quiet",
                    env={"POLICYKG_USER": "bob", "POLICYKG_PASSWORD": PASSWORD}, timeout=60)
    one_line(r, 1, r"a redirect to http://127\.0\.0\.1:9/elsewhere/store; give that URL as --endpoint")


@pytest.mark.unit
@pytest.mark.parametrize("target", [f"/login?next=%2Fsparql%3Fapikey%3D{KEY}", f"/login?k={KEY}",
                                    f"http://127.0.0.1:9/{KEY}/sparql"])
def test_query_never_prints_a_redirect_target_that_repeats_the_urls_key(target):
    """`query --endpoint 'http://…/sparql?apikey=K'` against an endpoint redirecting to `/login?next=…apikey%3DK`
    printed K in 'redirects to …': the key was hidden in the URL given, not in the endpoint's answer."""
    from fake_http import fake_server, reply
    with fake_server(lambda h, _: reply(h, 302, headers=[("Location", target)])) as (base, _):
        r = run_cli("query", "cq-01", "--endpoint", f"{base}/sparql?apikey={KEY}", timeout=60)
    one_line(r, 2, r"apikey=\*\*\*: redirects to a URL that repeats a secret it was sent \(not shown\)")
    assert KEY not in r.stderr


@pytest.mark.unit
@pytest.mark.parametrize("value, named", [
    (r'"\U00110000"', r"\\U00110000"), (r'"\UFFFFFFFF"', r"\\UFFFFFFFF"), (r'"\uD800"', r"\\uD800"),
    (r'"a\uDFFFb"@en', r"\\uDFFF"), (r'"\U0000D800"^^<urn:t>', r"\\U0000D800"),
])
def test_a_param_escape_naming_no_character_is_refused_in_one_line(tmp_path, value, named):
    """`--param x='"\\U00110000"'` ended in 'internal error: ValueError: chr() arg not in range', `\\UFFFFFFFF`
    in an OverflowError and `\\uD800` (half a surrogate pair) in a UnicodeEncodeError (exit 3)."""
    q = tmp_path / "q.rq"
    q.write_text("SELECT ?x WHERE { OPTIONAL { ?s ?p ?x } }\n", encoding="utf-8")
    r = run_cli("query", q, "--graph", PARK_CHAIN, "--param", f"x={value}", timeout=60)
    one_line(r, 2, rf"--param x: the escape {named} names no Unicode character")


@pytest.mark.unit
def test_a_param_default_with_such_an_escape_is_refused_in_one_line(tmp_path):
    q = tmp_path / "q.rq"
    q.write_text('#+ param: x = "\\U00110000"\nSELECT ?x WHERE { OPTIONAL { ?s ?p ?x } }\n', encoding="utf-8")
    r = run_cli("query", q, "--graph", PARK_CHAIN, timeout=60)
    one_line(r, 2, r"the default of parameter x: the escape \\U00110000 names no Unicode character")


@pytest.mark.unit
@pytest.mark.parametrize("value", [r'"a\u00e9b"', r'"\U0001F600"'])
def test_a_param_escape_of_a_character_still_binds_it(tmp_path, value):
    q = tmp_path / "q.rq"
    q.write_text("SELECT ?x WHERE { OPTIONAL { ?s ?p ?x } }\n", encoding="utf-8")
    r = run_cli("query", q, "--graph", PARK_CHAIN, "--param", f"x={value}", "--format", "csv", timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1] in ("aéb", "\U0001F600")


@pytest.mark.external
def test_clients_that_never_read_their_answers_do_not_block_other_queries():
    """Two clients that sent a query with a 20 MB answer and never read it held both query slots (one per
    core) while their answers waited to be sent: every other query waited 60 s, then got '503 busy', for as
    long as they kept sending. A slot bounds the computing; an answer computed waits without one."""
    import os
    import socket
    import subprocess
    import time
    import urllib.parse
    import urllib.request

    from serve_helpers import POLICYKG, stop, wait_http
    from policykg.use.serve import free_port

    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    proc = subprocess.Popen([*POLICYKG, "serve", "--graph", str(PARK_CHAIN), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    idle = []
    try:
        wait_http(f"http://127.0.0.1:{port}/", 60, proc)
        big = urllib.parse.quote("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        for _ in range(2):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(f"GET /query?query={big} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            idle.append(s)
        time.sleep(3)
        start = time.monotonic()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=50) as r:
            assert r.status == 200 and b"true" in r.read()
        assert time.monotonic() - start < 10
    finally:
        for s in idle:
            s.close()
        stop(proc)


@pytest.mark.unit
@pytest.mark.parametrize("answer, missing", [(b"{}", '"head"'), (b'{"results": {"bindings": []}}', '"head"'),
                                             (b'{"head": {"vars": ["x"]}}', '"results"')])
def test_an_endpoint_answering_json_without_results_is_no_empty_answer(answer, missing):
    """An endpoint answering a SELECT with `{}` (another JSON API, an error object) was read as '(0 rows)',
    exit 0: SPARQL JSON results have a "head" and a "results" member (push's read-back refused `{}`)."""
    from fake_http import fake_server, reply
    with fake_server(lambda h, _: reply(h, body=answer)) as (base, _):
        r = run_cli("query", "cq-01", "--endpoint", base + "/sparql", timeout=60)
    one_line(r, 2, rf"did not answer with SPARQL JSON results \(it has no {missing}\)$")


@pytest.mark.unit
@pytest.mark.parametrize("host", ["127.0.0.2", "localhost.", "[::ffff:127.0.0.1]", "127.1", "[0:0:0:0:0:0:0:1]"])
def test_query_reaches_any_loopback_spelling_without_the_proxy(host):
    """With http_proxy set, `query --endpoint http://127.0.0.2:…/sparql?apikey=K` went to the proxy (the
    query and the key to another machine, which would reach its own loopback): no_proxy's 127.0.0.0/8 is read
    by requests, not by urllib, and ::1 or localhost match only as spelt. Decided per URL: an endpoint whose
    host connects to this machine is reached directly."""
    from fake_http import fake_server, reply
    empty = b'{"head": {"vars": []}, "results": {"bindings": []}}'
    with fake_server(lambda h, _: reply(h, body=empty)) as (proxy, seen):
        r = run_cli("query", "cq-01", "--endpoint", f"http://{host}:9/sparql?apikey={KEY}",
                    env={"http_proxy": proxy, "HTTP_PROXY": proxy}, timeout=60)
    assert seen == []
    one_line(r, 2, "cannot reach the endpoint")


@pytest.mark.unit
@pytest.mark.parametrize("host", ["[0:0:0:0:0:0:0:1]", "[::1]", "127.0.0.2"])
def test_push_reaches_any_loopback_spelling_without_the_proxy(host):
    """`push --endpoint http://[0:0:0:0:0:0:0:1]:…/store` (a loopback address, so no --allow-remote asked) sent
    the graphs through http_proxy: requests matched no_proxy's ::1 only as spelt."""
    from fake_http import fake_server, reply
    with fake_server(lambda h, _: reply(h, 201)) as (proxy, seen):
        r = run_cli("push", "--endpoint", f"http://{host}:9/store", "--graph", PARK_CHAIN, "--graph-iri", "urn:g",
                    "--retries", "0", "--timeout", "20", "--quiet",
                    env={"http_proxy": proxy, "HTTP_PROXY": proxy, "POLICYKG_USER": "bob",
                         "POLICYKG_PASSWORD": PASSWORD}, timeout=60)
    assert seen == []
    one_line(r, 2, r"cannot reach http://\S+/store while pushing graph <urn:g> .*: connection refused$")


@pytest.mark.unit
@pytest.mark.parametrize("kind, named", [("fifo", r"a FIFO \(named pipe\)"), ("zero", "a character device"),
                                         ("folder", "a folder")])
def test_push_names_a_netrc_that_is_no_file(tmp_path, kind, named):
    """A ~/.netrc that is a FIFO held push waiting until --timeout (300 s), then said 'push cut off after 300
    s', blaming the store; one linked to /dev/zero spun a core reading NULs for as long. A folder was passed
    over in silence. Each is exit 2 at once naming ~/.netrc, before anything is sent."""
    import os
    import time

    from fake_http import fake_server, reply
    home = tmp_path / "home"
    home.mkdir()
    netrc = home / ".netrc"
    if kind == "fifo":
        os.mkfifo(netrc)
    elif kind == "zero":
        netrc.symlink_to("/dev/zero")
    else:
        netrc.mkdir()
    with fake_server(lambda h, _: reply(h, 401, headers=[("WWW-Authenticate", 'Basic realm="x"')])) as (base, seen):
        start = time.monotonic()
        r = run_cli("push", "--endpoint", base + "/store", "--graph", PARK_CHAIN, "--graph-iri", "urn:g",
                    "--retries", "0", "--timeout", "30", env={"HOME": str(home)}, timeout=60)
    assert time.monotonic() - start < 20
    one_line(r, 2, rf"~/.netrc \({netrc}\) is {named}, not a file; push reads credentials from a regular file$")
    assert seen == []


@pytest.mark.unit
def test_an_endpoint_answer_broken_off_mid_chunk_is_named_as_such():
    """A chunked answer broken off mid-way printed http.client's repr: 'query failed (IncompleteRead:
    IncompleteRead(30 bytes read))' (push's read-back says it in words since round 21)."""
    from fake_http import fake_server, then_close

    broken = then_close(b'1e\r\n{"head": {"vars": ["x"]}, "res\r\nzz\r\n',
                        [("Content-Type", "application/sparql-results+json"), ("Transfer-Encoding", "chunked")])
    with fake_server(broken) as (base, _):
        r = run_cli("query", "cq-01", "--endpoint", base + "/sparql", timeout=60)
    one_line(r, 2, r"/sparql: the answer stops part-way \(30 bytes read, then the connection broke off\)$")
