"""`policykg push`: put each named graph into a store over the SPARQL 1.1 Graph Store HTTP Protocol.

One HTTP PUT per graph (`?graph=<iri>`, N-Triples, UTF-8), so each report's graph is replaced
atomically by the store; then a COUNT per graph through the store's SPARQL endpoint
must equal the local count. COUNT, not a listing: Virtuoso's ResultSetMaxRows silently truncates long
results, a single aggregate row cannot be truncated.

Credentials (push_auth): POLICYKG_USER / POLICYKG_PASSWORD for the endpoint's origin, else ~/.netrc
for the host it names, never the command line or the URL. They are sent only when the server asks
(401), with the scheme it asks for (Digest preferred, e.g. Virtuoso's /sparql-graph-crud-auth; Basic
otherwise), never to another host (redirects are not followed) and never printed (URLs are redacted).

Time: ``timeout`` is the total for the whole push (every PUT and the read-back), enforced by
deadline.run, so a store that trickles its answer a byte at a time is cut off as well.

Retries: connection errors, timeouts and 502/503/504 are retried with exponential backoff
(0.5 s, 1 s, 2 s, …); PUT is idempotent, so repeating one is safe. Other 4xx/5xx end the push at once.
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from . import deadline
from ..errors import UsageError
from ..options import http_url, iri as check_iri, redact, redirect_target, visible
from .push_auth import Auth, credentials, netrc_hint
from .push_lock import one_push
from .push_graphs import ntriples, read_graphs, refuse_own_params, triple_keys
from ..proxy_secrets import hide_userinfo
from .push_proxy import hide_proxy_secrets, proxies as _proxies, proxy_for as _proxy
from .addresses import url_reaches_loopback

CONTENT_TYPE = "application/n-triples; charset=utf-8"
MAX_COUNT_ANSWER = 1 << 20   # bytes: one row holding a number


class PushError(Exception):
    """The store refused or lost data (exit 1); the message names the graph."""


# ---------------------------------------------------------------------------------------- HTTP

def derive_sparql(endpoint: str) -> str | None:
    """The query endpoint of known stores, from their Graph Store endpoint."""
    parts = urlsplit(endpoint)
    path = parts.path.rstrip("/")
    for gsp, query in (("/store", "/query"),                         # oxigraph
                       ("/sparql-graph-crud-auth", "/sparql"),       # Virtuoso
                       ("/sparql-graph-crud", "/sparql"),
                       ("/rdf-graphs/service", ""),                   # GraphDB / RDF4J
                       ("/data", "/query")):                          # Apache Jena Fuseki
        if path.endswith(gsp):
            return urlunsplit(parts._replace(path=path[: -len(gsp)] + query, query=""))
    return None


@dataclass
class PushResult:
    endpoint: str
    sparql: str | None
    graphs: dict = field(default_factory=dict)   # iri → (local count, remote count or None)


def _put(session, url: str, iri: str, body: bytes, auth: Auth, retries: int, timeout, log,
         sleep=time.sleep):
    """One PUT, retried on connection errors and 502/503/504; ``timeout()`` gives the seconds left."""
    import requests

    delay = 0.5
    for attempt in range(retries + 1):
        try:
            r = _answer(session.put(url, params={"graph": iri}, data=body, timeout=timeout(),
                                    headers={"Content-Type": CONTENT_TYPE}, auth=auth.for_request(),
                                    allow_redirects=False, stream=True, proxies=_proxies(url)))
            if r.status_code == 401 and auth.current() is None:
                scheme = auth.auth_for(r)
                if scheme is not None:
                    r = _answer(session.put(url, params={"graph": iri}, data=body, timeout=timeout(),
                                            headers={"Content-Type": CONTENT_TYPE}, auth=scheme,
                                            allow_redirects=False, stream=True, proxies=_proxies(url)))
            if r.status_code in (502, 503, 504) and attempt < retries:
                raise requests.ConnectionError(f"HTTP {r.status_code}")
            return r
        except (requests.ConnectionError, requests.Timeout) as exc:
            if attempt >= retries:
                via = f" through the proxy {hide_userinfo(_proxy(url))}" if _proxy(url) else ""
                raise UsageError(f"cannot reach {redact(url)}{via} while pushing graph <{iri}> (after {retries + 1} "
                                 f"attempt(s)): {hide_proxy_secrets(_short(exc))}") from None
            log(f"  {hide_proxy_secrets(_short(exc))}; retrying in {delay:g} s")
            sleep(delay)
            delay *= 2


def _answer(r):
    """A PUT's answer with at most MAX_COUNT_ANSWER of its body read, then closed: only its status and
    headers count, and a store streaming a body without end filled the memory until --timeout. A body cut
    short (fewer bytes than its Content-Length, a reset) changes nothing: it ended push in an internal error."""
    from urllib3.exceptions import HTTPError as BodyError
    with r:
        try:
            r.raw.read(MAX_COUNT_ANSWER, decode_content=True)
        except (BodyError, OSError):
            pass
    return r


def _status(r) -> str:
    """'HTTP 403 Forbidden': the standard phrase of the code, never the store's own reason phrase (a store
    could put the credentials it was just sent there, and push printed it)."""
    from http import HTTPStatus
    try:
        return f"HTTP {r.status_code} {HTTPStatus(r.status_code).phrase}"
    except ValueError:
        return f"HTTP {r.status_code}"


def _location(r, url: str, auth: Auth) -> str:
    """The Location a store redirected to, never shown with the password it was sent (also as the Basic
    credentials, base64: a store echoing its Authorization header into the target had it printed) or a secret
    of url."""
    import base64
    sent = (auth.creds[1], base64.b64encode(":".join(auth.creds).encode("latin-1")).decode()) if auth.creds else ()
    return redirect_target(r.headers.get("Location", "?"), url, sent)


def _short(exc) -> str:
    text = str(exc)
    if "IncompleteRead" in text:   # urllib3's repr of a body with fewer bytes than its Content-Length
        return "the answer stops part-way"
    for marker in ("Connection refused", "Connection reset", "Connection aborted", "timed out",
                   "Name or service not known", "RemoteDisconnected", "BrokenPipe"):
        if marker.lower() in text.lower():
            return marker.lower()
    return type(exc).__name__ if not text or len(text) > 120 else text


def remote_count(sparql: str, iri: str, auth: Auth, timeout: float = 60) -> int:
    """The store's triple count of graph IRI, by a SPARQL COUNT POSTed to SPARQL (redirects not followed:
    urllib, under SPARQLWrapper, followed them with the Basic Authorization header to any host)."""
    import requests

    def ask(a):
        return requests.post(sparql, data={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"},
                             headers={"Accept": "application/sparql-results+json", "User-Agent": "policykg-push"},
                             auth=a, timeout=max(1, timeout), allow_redirects=False, stream=True,
                             proxies=_proxies(sparql))

    r = ask(auth.for_request())
    if r.status_code == 401 and auth.current() is None and auth.auth_for(r) is not None:
        r = ask(auth.current())
    if 300 <= r.status_code < 400:
        raise PushError(f"read-back of <{iri}>: {redact(sparql)} redirects to {_location(r, sparql, auth)} "
                        f"(HTTP {r.status_code}); not followed: give that URL as --sparql if it is the endpoint")
    if r.status_code == 401:
        raise PushError(f"read-back refused by {redact(sparql)} (HTTP 401); check the credentials{netrc_hint(sparql)}")
    if r.status_code >= 400:
        raise PushError(f"read-back of <{iri}> refused by {redact(sparql)}: {_status(r)}")
    with r:
        body = r.raw.read(MAX_COUNT_ANSWER + 1, decode_content=True)
    if len(body) > MAX_COUNT_ANSWER:
        raise PushError(f"read-back of <{iri}> from {redact(sparql)}: answer is larger than "
                        f"{MAX_COUNT_ANSWER >> 20} MiB, not a count")
    try:
        return _count_of(body)
    except ValueError as exc:
        raise PushError(f"read-back of <{iri}> from {redact(sparql)} failed: not a SPARQL JSON count ({exc})") from None


def _count_of(body: bytes) -> int:
    """The ?n of a SPARQL JSON results answer to a COUNT (0 without rows); ValueError saying what it is
    instead: an answer `{}` was reported by a KeyError's words ('results')."""
    try:
        rows = json.loads(body)["results"]["bindings"]
    except (ValueError, RecursionError):
        raise ValueError("not JSON") from None
    except (KeyError, TypeError):
        raise ValueError("no results") from None
    if rows == []:
        return 0
    if not isinstance(rows, list):
        raise ValueError("no results")
    n = rows[0].get("n") if isinstance(rows[0], dict) else None
    value = n.get("value") if isinstance(n, dict) else None
    if value is None:
        raise ValueError("no ?n in its results")
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{1,18}", value):
        raise ValueError(f"{visible(repr(value))[:60]} is not a count")
    return int(value)


def push(paths, endpoint: str, sparql: str | None = None, graph_iri: str | None = None, retries: int = 3,
         timeout: float = 300, verify: bool = True, log=print, on_put=None,
         allow_remote: bool = False) -> PushResult:
    """PUT every named graph of PATHS to ENDPOINT, then compare per-graph counts read back via SPARQL,
    all within ``timeout`` seconds in total.

    ON_PUT(iri) is called after each successful PUT (a test hook). Raises PushError when the store
    refuses a graph or a count differs, UsageError when it cannot be reached or the time is up.
    """
    for url, option in ((endpoint, "--endpoint"), (sparql, "--sparql")):
        http_url(url, option)
        refuse_own_params(url, option)   # ?graph=urn:x: a store taking the first replaced urn:x
        if url and not allow_remote and not url_reaches_loopback(url):
            raise UsageError(f"{option} {redact(url)}: not a loopback address (127.0.0.1, ::1, localhost); "
                             f"add --allow-remote to send the graphs (and credentials) to another machine")
    check_iri(graph_iri, "--graph-iri")
    if retries < 0:
        raise UsageError("--retries must be 0 or more")
    if not timeout or timeout <= 0 or timeout != timeout:
        raise UsageError("--timeout must be a number of seconds above 0")
    if sparql and not verify:  # the read-back --sparql names was skipped without a word
        raise UsageError("--sparql names the endpoint of the read-back that --no-verify skips; give one of them")
    sparql = sparql or derive_sparql(endpoint)
    if verify and not sparql:
        raise UsageError(f"cannot derive the SPARQL query endpoint from {redact(endpoint)}; give --sparql URL")

    import requests

    graphs = read_graphs(paths, graph_iri)
    result = PushResult(endpoint, sparql)
    ends = time.monotonic() + timeout

    def left() -> float:
        return max(0.5, ends - time.monotonic())

    def work():
        put_auth = Auth(credentials(endpoint))
        _put_all(graphs, endpoint, put_auth, retries, left, log, on_put, result)
        if verify:
            # the environment's credentials go to --sparql only on the endpoint's own origin,
            # ~/.netrc's only to the host they were written for
            _verify(result, sparql, Auth(credentials(sparql, endpoint)).like(put_auth), left, log)
        return result

    try:
        with one_push(endpoint):   # two at once interleave their PUTs of one graph
            return deadline.run(work, timeout)
    except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema) as exc:
        proxy = _proxy(endpoint)
        if not proxy:
            raise
        raise UsageError(f"cannot push through the proxy the environment names for {redact(endpoint)} "
                         f"({hide_userinfo(proxy)}; http_proxy/https_proxy/all_proxy): "
                         f"{hide_proxy_secrets(_short(exc))}") from None
    except deadline.Cancelled:
        done = len(result.graphs)
        raise deadline.Cancelled(f"push cut off after {timeout:g} s (--timeout is the total for the whole "
                                 f"push); {done} of {len(graphs)} graph(s) pushed") from None


def _put_all(graphs: dict, endpoint: str, auth: Auth, retries: int, left, log, on_put, result) -> None:
    import requests

    with requests.Session() as session:
        session.headers["User-Agent"] = "policykg-push"
        for n, (iri, triples) in enumerate(graphs.items(), 1):
            body = ntriples(triples)
            local = len(triple_keys(triples))
            r = _put(session, endpoint, iri, body, auth, retries, left, log)
            if 300 <= r.status_code < 400:
                where = _location(r, endpoint, auth)
                raise PushError(f"store answered graph <{iri}> with HTTP {r.status_code}, a redirect to {where}; "
                                f"give that URL as --endpoint (push does not follow redirects with your data)")
            if r.status_code >= 400:
                hint = (f" (check POLICYKG_USER / POLICYKG_PASSWORD or ~/.netrc{netrc_hint(endpoint)})"
                        if r.status_code in (401, 403) else "")
                raise PushError(f"store refused graph <{iri}>: {_status(r)}{hint}; "
                                f"{n - 1} of {len(graphs)} graph(s) pushed before it")
            log(f"PUT <{visible(iri)}>: {len(triples)} triples, HTTP {r.status_code}")
            result.graphs[iri] = (local, None)
            if on_put:
                on_put(iri)


def _verify(result: PushResult, sparql: str, auth: Auth, left, log) -> None:
    bad = []
    for iri, (local, _) in result.graphs.items():
        try:
            remote = remote_count(sparql, iri, auth, timeout=left())
        except PushError:
            raise
        except Exception as exc:  # noqa: BLE001 — requests and JSON errors: one line
            raise PushError(f"read-back of <{iri}> from {redact(sparql)} failed: {redact(_short(exc))}") from None
        result.graphs[iri] = (local, remote)
        if remote != local:
            bad.append(f"<{iri}> local {local}, store {remote}")
    if bad:
        raise PushError("read-back mismatch: " + "; ".join(bad))
    log(f"read back {len(result.graphs)} graph(s) from {visible(redact(sparql))}: counts match")
