"""One SPARQL query answered from an in-memory pyoxigraph store: evaluation and content negotiation.

``answer(store, request)`` runs in a query worker of `policykg serve` (serve_workers) and returns
``(status, media type, body)`` with the whole body serialised before anything is sent, so a query that
fails or is stopped never becomes an HTTP 200 with a cut body. The media type comes from the request's
``Accept`` header (q-values honoured; none, or ``*/*``: JSON results, Turtle for triples): SPARQL
results as JSON, XML, CSV or TSV for SELECT and ASK; Turtle, N-Triples or RDF/XML for CONSTRUCT and
DESCRIBE. Nothing acceptable gives 406 naming what is offered.
"""
from __future__ import annotations

import io
import re

import pyoxigraph as ox

from ..errors import UsageError
from .sparql_form import names_dataset, not_parsed, refuse_named_twice

_RESULTS = [("application/sparql-results+json", "JSON"), ("application/sparql-results+xml", "XML"),
            ("text/csv", "CSV"), ("text/tab-separated-values", "TSV"),
            ("application/json", "JSON"), ("application/xml", "XML"), ("text/xml", "XML")]
_GRAPHS = [("text/turtle", "TURTLE"), ("application/n-triples", "N_TRIPLES"),
           ("application/rdf+xml", "RDF_XML"), ("text/plain", "N_TRIPLES"),
           ("application/xml", "RDF_XML"), ("text/xml", "RDF_XML")]
_CHARSET = {"text/csv", "text/tab-separated-values", "text/turtle", "text/plain", "application/n-triples"}
TEXT = "text/plain; charset=utf-8"
MAX_ANSWER = 1 << 30  # bytes of one answer, held whole before it is sent: a cross product grew ~70 MB a second


class TooLarge(Exception):
    """The answer grew past MAX_ANSWER bytes while it was serialised."""


class _Capped(io.BytesIO):
    """The answer's bytes, refused past MAX_ANSWER (pyoxigraph writes into it piece by piece)."""

    def write(self, data) -> int:
        if self.tell() + len(data) > MAX_ANSWER:
            raise TooLarge
        return super().write(data)


def accepted(header: str | None) -> list[tuple[str, float]]:
    """The media ranges of an Accept header, best first (by q, then specificity, then order)."""
    ranges = []
    for i, part in enumerate((header or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            name, _, value = f.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(value)))
                except ValueError:
                    q = 0.0
        if media.count("/") == 1 and q > 0:
            ranges.append((media, q, -media.count("*"), i))
    ranges.sort(key=lambda r: (-r[1], -r[2], r[3]))
    return [(m, q) for m, q, _, _ in ranges]


def negotiate(header: str | None, offers: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(media type, format name) of the first offer the header accepts best; None when none fits."""
    for media, _ in accepted(header):
        kind, _, sub = media.partition("/")
        for offered, fmt in offers:
            if media == offered or (sub == "*" and (kind == "*" or offered.startswith(kind + "/"))):
                return offered, fmt
    return None


def answer(store, request: dict) -> tuple[int, str, bytes]:
    """(HTTP status, Content-Type, body) for REQUEST: ``query``, ``accept``, ``union`` (the union of all
    graphs as the default graph), ``default`` and ``named`` (graph IRIs of the protocol's
    default-graph-uri and named-graph-uri, which replace the union when given)."""
    kwargs = _dataset(request)
    try:
        result = store.query(request["query"], **kwargs)
        if isinstance(result, ox.QueryTriples):
            offers, module, name = _GRAPHS, ox.RdfFormat, "CONSTRUCT and DESCRIBE"
        else:
            offers, module, name = _RESULTS, ox.QueryResultsFormat, "SELECT and ASK"
        chosen = negotiate(request.get("accept"), offers)
        if chosen is None:
            return 406, TEXT, (f"none of the media types asked for (Accept: {request.get('accept')}) is "
                               f"offered for {name}: {', '.join(m for m, _ in offers)}\n").encode()
        body = _serialize(result, module, chosen)
        unfit = _not_xml(chosen, body)
        if unfit:   # XML 1.0 cannot carry it: another format the client takes
            chosen = negotiate(request.get("accept"), [o for o in offers if "XML" not in o[1]])
            if chosen is None:
                return 406, TEXT, (f"the answer holds {unfit}, which XML 1.0 cannot carry; ask for "
                                   f"{', '.join(m for m, f in offers if 'XML' not in f)}\n").encode()
            # SPARQL results are read back from the XML written (pyoxigraph's reader takes it whole); RDF/XML's
            # reader drops those characters, so CONSTRUCT runs again (keeping every RDF/XML answer doubled its cost)
            again = _Kept(body) if module is ox.QueryResultsFormat else store.query(request["query"], **kwargs)
            body = _serialize(again, module, chosen)
    except TooLarge:
        return 500, TEXT, (f"the answer is above {MAX_ANSWER >> 20} MiB, the most policykg serve sends; add a "
                           f"LIMIT or narrow the query\n").encode()
    except SyntaxError as exc:
        return 400, TEXT, f"{_parse_error(exc, request['query'])}\n".encode()
    except (OSError, ValueError, RuntimeError) as exc:
        return 500, TEXT, f"query failed: {_line(exc)}\n".encode()
    media = chosen[0] + ("; charset=utf-8" if chosen[0] in _CHARSET else "")
    return 200, media, body or b""


class _Kept:
    """SPARQL results already written as XML, read back to be written in another format: the fallback from XML
    ran the query a second time (as long again, hostile32). Read back, the bytes are those the query gives."""

    def __init__(self, data: bytes):
        self.data = data

    def serialize(self, out, format) -> None:
        ox.parse_query_results(self.data, format=ox.QueryResultsFormat.XML).serialize(out, format=format)


def _serialize(result, module, chosen: tuple[str, str]) -> bytes:
    out = _Capped()
    result.serialize(out, format=getattr(module, chosen[1]))
    return out.getvalue()


# characters XML 1.0 has no place for (§2.2), as UTF-8: C0 controls but tab and line ends, U+FFFE, U+FFFF
_NOT_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")


def _not_xml(chosen: tuple[str, str], body: bytes) -> str | None:
    """'U+0001' when an XML answer holds a character XML 1.0 cannot carry (pyoxigraph writes it raw, and no
    XML parser reads the answer), else None."""
    found = _NOT_XML.search(body) if "XML" in chosen[1] else None
    return f"U+{ord(found.group().decode('utf-8')):04X}" if found else None


def _dataset(request: dict) -> dict:
    default, named = request.get("default") or [], request.get("named") or []
    kwargs: dict = {}
    if default or named:   # named-graph-uri alone: those graphs and an empty default graph (SPARQL 1.1 Protocol)
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default]
    elif not names_dataset(request["query"]):   # the query's FROM sets the dataset; the union overrode it
        kwargs["use_default_graph_as_union"] = bool(request.get("union", True))
    if named:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named]
    return kwargs


def _parse_error(exc: SyntaxError, query: str) -> str:
    """What is wrong with a query pyoxigraph refused; a SELECT naming a variable twice said as `query` says it."""
    try:
        refuse_named_twice(exc, query)
    except UsageError as named:
        return str(named)
    try:
        return not_parsed(_line(exc), query)   # rdflib's line when pyoxigraph names the end of the query
    except UsageError:   # an update (refused with 403 before it is parsed here): said as before
        return f"query does not parse: {_line(exc)}"


def _line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:300]
