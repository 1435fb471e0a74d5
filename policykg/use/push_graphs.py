"""The graphs `policykg push` sends: named graphs read from files, N-Triples bodies, and terms
compared as stores compare them (for the read-back counts)."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..errors import InputError, UsageError, require_file
from .xmlguard import check_rdfxml

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("decimal", "integer", "int", "long", "short", "byte", "nonNegativeInteger",
                             "positiveInteger", "negativeInteger", "nonPositiveInteger",
                             "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
FLOATS = {XSD + "double", XSD + "float"}
PARSE_FORMATS = {".ttl": "turtle", ".nt": "n-triples", ".trig": "trig", ".nq": "n-quads",
                 ".rdf": "rdf", ".owl": "rdf", ".n3": "n3"}


def read_graphs(paths, graph_iri: str | None = None) -> dict[str, list]:
    """{graph IRI: [pyoxigraph Triple, …]} from the files; default-graph triples go to GRAPH_IRI."""
    import pyoxigraph as ox

    from .loading import check_text, skip_bom, why_unreadable
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
                else:
                    check_text(p, PARSE_FORMATS[ext])
                with open(p, "rb") as fh:
                    skip_bom(fh, p)
                    quads = list(ox.parse(fh, format=fmt))
            else:
                raise InputError(f"{p}: unknown graph format (use .ttl, .nt, .trig, .nq, .rdf or .jsonld)")
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001 — parsers raise several types
            raise InputError(f"{p}: not a readable graph ({why_unreadable(p, exc)[:200]})") from None
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
    from rdflib import Dataset

    from .loading import check_jsonld, parse_file
    from .ox_terms import to_ox as conv

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


OWN_PARAMS = {"--endpoint": ("graph", "default"), "--sparql": ("query", "update")}


def refuse_own_params(url: str | None, option: str) -> None:
    """UsageError when URL's query already holds a parameter push adds itself (`--endpoint …/store?graph=urn:x`):
    each PUT went to `?graph=urn:x&graph=<the report's>`, and a store that takes the first replaced urn:x, a graph
    push never meant to touch (`?default`: the default graph); a `--sparql …?query=` made the read-back two queries."""
    from urllib.parse import parse_qsl, urlsplit

    from ..options import redact
    if not url:
        return
    names = {k for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)}
    clash = [n for n in OWN_PARAMS[option] if n in names]
    if clash:
        why = ("already names a graph ({}), while push names each graph it replaces itself (?graph=…)"
               if option == "--endpoint" else "already holds a {} parameter, while push sends its own count query")
        raise UsageError(f"{option} {redact(url)}: {why.format(clash[0])}; give the URL without it")
