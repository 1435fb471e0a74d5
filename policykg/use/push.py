"""`policykg push`: put each named graph into a store over the SPARQL 1.1 Graph Store HTTP Protocol.

One HTTP PUT per graph (`?graph=<iri>`, N-Triples, UTF-8), so each report's graph is replaced
atomically by the store; then a COUNT per graph through the store's SPARQL endpoint (SPARQLWrapper)
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

import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from . import deadline
from ..errors import InputError, UsageError, require_file
from ..options import http_url, iri as check_iri, redact
from .push_auth import Auth, credentials
from .serve_oxigraph import is_loopback
from .xmlguard import check_rdfxml

CONTENT_TYPE = "application/n-triples; charset=utf-8"
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("decimal", "integer", "int", "long", "short", "byte", "nonNegativeInteger",
                             "positiveInteger", "negativeInteger", "nonPositiveInteger",
                             "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
FLOATS = {XSD + "double", XSD + "float"}
PARSE_FORMATS = {".ttl": "turtle", ".nt": "n-triples", ".trig": "trig", ".nq": "n-quads",
                 ".rdf": "rdf", ".owl": "rdf", ".n3": "n3"}


class PushError(Exception):
    """The store refused or lost data (exit 1); the message names the graph."""


# ---------------------------------------------------------------------------------------------- input

def read_graphs(paths, graph_iri: str | None = None) -> dict[str, list]:
    """{graph IRI: [pyoxigraph Triple, …]} from the files; default-graph triples go to GRAPH_IRI."""
    import pyoxigraph as ox

    graphs: dict[str, set] = {}
    default: set = set()
    for p in paths:
        require_file(p)
        ext = Path(p).suffix.lower()
        try:
            if ext in (".jsonld", ".json"):  # pyoxigraph's JSON-LD support varies by version: rdflib
                quads = _rdflib_quads(p)
            elif ext in PARSE_FORMATS:
                fmt = _ox_format(ext)
                if ext in (".rdf", ".owl"):
                    check_rdfxml(p)
                with open(p, "rb") as fh:
                    quads = list(ox.parse(fh, format=fmt))
            else:
                raise InputError(f"{p}: unknown graph format (use .ttl, .nt, .trig, .nq, .rdf or .jsonld)")
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001 — parsers raise several types
            raise InputError(f"{p}: not a readable graph ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from None
        for q in quads:
            t = ox.Triple(q.subject, q.predicate, q.object)
            if isinstance(q.graph_name, ox.DefaultGraph):
                default.add(t)
            else:
                graphs.setdefault(q.graph_name.value, set()).add(t)
    if default:
        if not graph_iri:
            raise UsageError(f"{len(default)} triple(s) are in the default graph, which a Graph Store PUT "
                             f"cannot name; give --graph-iri IRI (or push a .trig with named graphs)")
        graphs.setdefault(graph_iri, set()).update(default)
    if not graphs:
        raise InputError(f"{', '.join(map(str, paths))}: no triples to push")
    return {g: sorted(ts, key=str) for g, ts in sorted(graphs.items())}


def _ox_format(ext: str):
    import pyoxigraph as ox
    return {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".trig": ox.RdfFormat.TRIG,
            ".nq": ox.RdfFormat.N_QUADS, ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML,
            ".n3": ox.RdfFormat.N3}[ext]


def _rdflib_quads(path):
    import pyoxigraph as ox
    from rdflib import BNode, Dataset, URIRef

    def conv(t):
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)) if t.datatype else None)

    from .loading import check_jsonld, parse_file

    check_jsonld(path)
    ds = Dataset()
    parse_file(ds, path, "json-ld")
    out = []
    for s, p, o, g in ds.quads():
        name = ox.DefaultGraph() if g is None or str(g).startswith("urn:x-rdflib:default") else ox.NamedNode(str(g))
        out.append(ox.Quad(conv(s), conv(p), conv(o), name))
    return out


def ntriples(triples) -> bytes:
    import pyoxigraph as ox
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


# ------------------------------------------------------------------------------------ term equality

def term_key(term) -> tuple:
    """A term as stores compare it: "38.0"^^decimal = "38", zh-Hans = zh-hans, plain = xsd:string.

    Works for pyoxigraph and rdflib terms (tests compare a store's answer with our file by these keys).
    """
    name = type(term).__name__
    ox = type(term).__module__.startswith("pyoxigraph")
    if name in ("NamedNode", "URIRef"):
        return ("i", term.value if ox else str(term))
    if name in ("BlankNode", "BNode"):
        return ("b", term.value if ox else str(term))
    lexical = term.value if ox else str(term)
    lang = term.language
    if lang:
        return ("l", lexical, "@", lang.lower())
    dt = term.datatype
    dt = (dt.value if ox else str(dt)) if dt is not None else XSD + "string"
    try:
        if dt in NUMERIC:
            return ("l", Decimal(lexical.strip()), "num")  # Decimal("38.0") == Decimal("38"), same hash
        if dt in FLOATS:
            return ("l", float(lexical), "float")
        if dt == XSD + "boolean":
            return ("l", lexical.strip() in ("true", "1"), dt)
    except (InvalidOperation, ValueError):
        pass
    return ("l", lexical, dt)


def triple_keys(triples) -> set:
    return {(term_key(t[0]), term_key(t[1]), term_key(t[2])) for t in triples}


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
            r = session.put(url, params={"graph": iri}, data=body, timeout=timeout(),
                            headers={"Content-Type": CONTENT_TYPE}, auth=auth.for_request(),
                            allow_redirects=False)
            if r.status_code == 401 and auth.current() is None:
                scheme = auth.auth_for(r)
                if scheme is not None:
                    r = session.put(url, params={"graph": iri}, data=body, timeout=timeout(),
                                    headers={"Content-Type": CONTENT_TYPE}, auth=scheme, allow_redirects=False)
            if r.status_code in (502, 503, 504) and attempt < retries:
                raise requests.ConnectionError(f"HTTP {r.status_code}")
            return r
        except (requests.ConnectionError, requests.Timeout) as exc:
            if attempt >= retries:
                raise UsageError(f"cannot reach {redact(url)} while pushing graph <{iri}> "
                                 f"(after {retries + 1} attempt(s)): {_short(exc)}") from None
            log(f"  {redact(_short(exc))}; retrying in {delay:g} s")
            sleep(delay)
            delay *= 2


def _short(exc) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Connection reset", "Connection aborted", "timed out",
                   "Name or service not known", "RemoteDisconnected", "BrokenPipe"):
        if marker.lower() in text.lower():
            return marker.lower()
    return type(exc).__name__ if not text or len(text) > 120 else text


def remote_count(sparql: str, iri: str, auth: Auth, timeout: float = 60) -> int:
    from SPARQLWrapper import BASIC, DIGEST, JSON, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import Unauthorized

    def ask(scheme):
        w = SPARQLWrapper(sparql)
        w.setQuery(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
        w.setReturnFormat(JSON)
        w.setTimeout(max(1, int(timeout)))
        if scheme and auth.creds:
            w.setHTTPAuth(DIGEST if scheme == "digest" else BASIC)
            w.setCredentials(*auth.creds)
        rows = w.queryAndConvert()["results"]["bindings"]
        return int(rows[0]["n"]["value"]) if rows else 0

    try:
        return ask(None)
    except Unauthorized:
        for scheme in ([auth.scheme] if auth.scheme else ["digest", "basic"]):
            try:
                return ask(scheme)
            except Unauthorized:
                continue
        raise PushError(f"read-back refused by {redact(sparql)} (HTTP 401); check the credentials") from None


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
        if url and not allow_remote and not is_loopback(urlsplit(url).hostname or ""):
            raise UsageError(f"{option} {redact(url)}: not a loopback address (127.0.0.1, ::1, localhost); "
                             f"add --allow-remote to send the graphs (and credentials) to another machine")
    check_iri(graph_iri, "--graph-iri")
    if retries < 0:
        raise UsageError("--retries must be 0 or more")
    if not timeout or timeout <= 0 or timeout != timeout:
        raise UsageError("--timeout must be a number of seconds above 0")
    sparql = sparql or derive_sparql(endpoint)
    if verify and not sparql:
        raise UsageError(f"cannot derive the SPARQL query endpoint from {redact(endpoint)}; give --sparql URL")

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
        return deadline.run(work, timeout)
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
                where = redact(r.headers.get("Location", "?"))
                raise PushError(f"store answered graph <{iri}> with HTTP {r.status_code}, a redirect to {where}; "
                                f"give that URL as --endpoint (push does not follow redirects with your data)")
            if r.status_code >= 400:
                hint = " (check POLICYKG_USER / POLICYKG_PASSWORD or ~/.netrc)" if r.status_code in (401, 403) else ""
                raise PushError(f"store refused graph <{iri}>: HTTP {r.status_code} {r.reason}{hint}; "
                                f"{n - 1} of {len(graphs)} graph(s) pushed before it")
            log(f"PUT <{iri}>: {len(triples)} triples, HTTP {r.status_code}")
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
        except Exception as exc:  # noqa: BLE001 — urllib/SPARQLWrapper errors: one line
            raise PushError(f"read-back of <{iri}> from {redact(sparql)} failed: {redact(_short(exc))}") from None
        result.graphs[iri] = (local, remote)
        if remote != local:
            bad.append(f"<{iri}> local {local}, store {remote}")
    if bad:
        raise PushError("read-back mismatch: " + "; ".join(bad))
    log(f"read back {len(result.graphs)} graph(s) from {redact(sparql)}: counts match")
