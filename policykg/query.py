"""`policykg query`: competency questions (queries/cq-NN-slug.rq) or any SPARQL file, run on
graph files (pyoxigraph) or a remote endpoint (SPARQLWrapper). Parameters are bound as RDF terms.

Parameters never go into the query text as raw strings:

they become a ``VALUES`` block written from ``term.n3()`` (which escapes quotes, backslashes and
newlines) and inserted as the first element of the query's WHERE group, which SPARQL evaluates like a
pre-bound variable — the same on graph files (pyoxigraph) and on endpoints (SPARQLWrapper).

Competency questions give their defaults inside the query (``BIND(COALESCE(?param, default) AS ?x)``,
by using the parameter variable directly in a pattern, or ``FILTER(!BOUND(?param) || …)`` when the
default is "everything" — the form cq-01 uses, which pyoxigraph drops from the plan when unbound), so a bound
parameter overrides the default and an unbound one leaves it in force. The ``#+ param:`` header lines
document each parameter and its default; a bare string given for a parameter whose default is a
``@zh`` literal becomes a ``@zh`` literal.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from .errors import InputError, UsageError

QUERIES = Path(__file__).resolve().parent.parent / "queries"

# file extension → pyoxigraph format name (see _ox_format); other formats go through rdflib
_OX_FORMATS = {".ttl": "TURTLE", ".trig": "TRIG", ".nt": "N_TRIPLES", ".nq": "N_QUADS"}


@dataclass
class Rows:
    vars: list[str]
    rows: list[tuple]
    kind: str = "select"            # "select" or "ask" (ask: one row, one boolean literal)


@dataclass
class QueryInfo:
    """The grlc-style header of a query file."""
    summary: str = ""
    description: str = ""
    params: dict = field(default_factory=dict)   # name → default term (or None when "all")


# ---------------------------------------------------------------------------------------------
# finding and reading queries

def query_path(name: str) -> Path:
    """A file path, or the name of a competency question (with or without .rq, or just its number)."""
    p = Path(name)
    if p.is_file():
        return p
    stem = name[:-3] if name.endswith(".rq") else name
    if not re.fullmatch(r"[\w.-]+", stem):
        raise UsageError(f"{name}: no such query file or competency question (see queries/)")
    matches = sorted(QUERIES.glob(f"{stem}.rq")) or sorted(QUERIES.glob(f"{stem}-*.rq"))
    if not matches and stem.isdigit():
        matches = sorted(QUERIES.glob(f"cq-{stem.zfill(2)}-*.rq"))
    if not matches:
        raise UsageError(f"{name}: no such query file or competency question (see queries/)")
    return matches[0]


def named_query(name: str) -> str:
    """Text of a query file or competency question (see query_path)."""
    try:
        return query_path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{name}: cannot read query ({type(exc).__name__})") from None


def competency_questions() -> list[Path]:
    return sorted(QUERIES.glob("cq-*.rq"))


_PARAM = re.compile(r"^\s*([A-Za-z_]\w*)\s*(?:=\s*(.*?))?\s*$")


def query_info(query: str) -> QueryInfo:
    """Parse ``#+ summary:``, ``#+ description:`` (continued on ``#+   `` lines) and ``#+ param:``."""
    info = QueryInfo()
    last = None
    for line in query.splitlines():
        if not line.startswith("#+"):
            if line.strip() and not line.startswith("#"):
                break
            continue
        body = line[2:]
        m = re.match(r"\s*(\w+):\s?(.*)$", body)
        if m and m.group(1) in ("summary", "description", "param", "tags", "method", "endpoint"):
            key, rest = m.group(1), m.group(2).strip()
            if key == "summary":
                info.summary, last = rest, "summary"
            elif key == "description":
                info.description, last = rest, "description"
            elif key == "param":
                # "name = default" (default an RDF term), optionally followed by "  # note"
                rest = re.split(r"\s+#\s", rest, maxsplit=1)[0]
                pm = _PARAM.match(rest)
                if pm:
                    default = pm.group(2)
                    info.params[pm.group(1)] = parse_term(default) if default else None
                last = None
            else:
                last = None
        elif last and body.startswith("  "):
            setattr(info, last, (getattr(info, last) + " " + body.strip()).strip())
    return info


# ---------------------------------------------------------------------------------------------
# parameters as RDF terms

_IRI = re.compile(r'^<([^<>"{}|^`\\\x00-\x20]*)>$')
_LITERAL = re.compile(r'^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(.+))?$', re.S)
_PNAME = re.compile(r"^([A-Za-z][\w-]*)?:([\w-]+)$")
_NUMBER = re.compile(r"^[+-]?(\d+|\d*\.\d+)([eE][+-]?\d+)?$")
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_KNOWN_PREFIXES = None


def _prefixes() -> dict:
    global _KNOWN_PREFIXES
    if _KNOWN_PREFIXES is None:
        from .serialise import PREFIXES
        _KNOWN_PREFIXES = dict(PREFIXES)
    return _KNOWN_PREFIXES


def _unescape(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n in _ESCAPES:
                out.append(_ESCAPES[n])
                i += 2
                continue
            if n in "uU":
                width = 4 if n == "u" else 8
                hexpart = s[i + 2:i + 2 + width]
                if re.fullmatch(r"[0-9A-Fa-f]{%d}" % width, hexpart):
                    out.append(chr(int(hexpart, 16)))
                    i += 2 + width
                    continue
        out.append(c)
        i += 1
    return "".join(out)


def _datatype(text: str):
    m = _IRI.match(text)
    if m:
        return URIRef(m.group(1))
    m = _PNAME.match(text)
    if m and (m.group(1) or "") in _prefixes():
        return URIRef(_prefixes()[m.group(1) or ""] + m.group(2))
    return None


def parse_term(text: str, like=None):
    """An RDF term from a command-line value: ``"…"@zh``, ``"…"^^xsd:int`` / ``"…"^^<iri>``, ``<iri>``,
    a number, true/false, or a bare string (a plain literal; a ``@lang`` literal when ``like`` — the
    parameter's default — is a literal with that language). Never fails: what is not recognised as a
    term is a plain string."""
    if text is None:
        return None
    m = _IRI.match(text)
    if m:
        return URIRef(m.group(1))
    m = _LITERAL.match(text)
    if m:
        value = _unescape(m.group(1))
        if m.group(2):
            return Literal(value, lang=m.group(2).lower())
        if m.group(3):
            dt = _datatype(m.group(3))
            if dt is not None:
                return Literal(value) if dt == XSD.string else Literal(value, datatype=dt)
        else:
            return Literal(value)
    if _NUMBER.match(text):
        if re.search(r"[eE]", text):
            return Literal(text, datatype=XSD.double)
        if "." in text:
            try:
                return Literal(str(Decimal(text)), datatype=XSD.decimal)
            except InvalidOperation:
                pass
        else:
            return Literal(text, datatype=XSD.integer)
    if text in ("true", "false"):
        return Literal(text, datatype=XSD.boolean)
    if isinstance(like, Literal) and like.language:
        return Literal(text, lang=like.language)
    return Literal(text)


def parse_params(pairs, query: str | None = None) -> dict:
    """``["name=value", …]`` (or a dict name → value/term) → {name: rdflib term}."""
    info = query_info(query) if query else QueryInfo()
    items = pairs.items() if isinstance(pairs, dict) else [_split_pair(p) for p in pairs or []]
    out = {}
    for name, value in items:
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise UsageError(f"--param {name}=…: a parameter name is a SPARQL variable name (letters, digits, _)")
        if info.params and name not in info.params:
            known = ", ".join(sorted(info.params)) or "none"
            raise UsageError(f"--param {name}: this query has no such parameter (parameters: {known})")
        term = value if isinstance(value, (URIRef, Literal)) else parse_term(str(value), info.params.get(name))
        out[name] = term
    return out


def _split_pair(pair: str):
    if "=" not in pair:
        raise UsageError(f"--param {pair}: expected name=value")
    name, value = pair.split("=", 1)
    return name.strip().lstrip("?$"), value


# ---------------------------------------------------------------------------------------------
# loading graph files into pyoxigraph

def _ox():
    import pyoxigraph
    return pyoxigraph


def load_store(paths):
    """A pyoxigraph Store holding every graph file (named graphs of TriG/N-Quads kept)."""
    ox = _ox()
    store = ox.Store()
    for p in paths:
        p = str(p)
        if not os.path.isfile(p):
            raise InputError(f"{p}: no such file")
        ext = os.path.splitext(p)[1].lower()
        try:
            if ext in _OX_FORMATS:
                store.bulk_load(path=p, format=getattr(ox.RdfFormat, _OX_FORMATS[ext]))
            else:
                from .loading import load_dataset
                ds = load_dataset([p])
                store.bulk_load(ds.serialize(format="nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        except InputError:
            raise
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(f"{p}: not a readable graph ({type(exc).__name__}: {str(exc)[:120]})") from None
    return store


def store_from_graphs(graphs):
    ox = _ox()
    store = ox.Store()
    for g in graphs or []:
        data = g.serialize(format="nt")
        if isinstance(data, str):
            data = data.encode("utf-8")
        if data.strip():
            store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    return store


# ---------------------------------------------------------------------------------------------
# term conversion

def to_rdflib(term):
    """pyoxigraph term → rdflib term (xsd:string literals become plain literals)."""
    if term is None:
        return None
    ox = _ox()
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise UsageError(f"unsupported term in results: {term!r}")


def to_ox(term):
    """rdflib term → pyoxigraph term."""
    ox = _ox()
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise UsageError(f"cannot bind {term!r}")


def _from_json(b: dict):
    """A SPARQL 1.1 JSON results binding → rdflib term."""
    t = b.get("type")
    if t == "uri":
        return URIRef(b["value"])
    if t == "bnode":
        return BNode(b["value"])
    if t in ("literal", "typed-literal"):
        if b.get("xml:lang"):
            return Literal(b["value"], lang=b["xml:lang"])
        dt = b.get("datatype")
        if dt and dt != str(XSD.string):
            return Literal(b["value"], datatype=URIRef(dt))
        return Literal(b["value"])
    raise UsageError(f"unsupported binding in endpoint results: {b!r}")


# ---------------------------------------------------------------------------------------------
# running

def _query_form(query: str) -> str:
    body = _strip_comments(query)
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b",
                  body, re.I)
    return m.group(1).upper() if m else ""


def _check_form(query: str) -> str:
    form = _query_form(query)
    if form not in ("SELECT", "ASK"):
        raise UsageError(f"only SELECT and ASK queries can be run (this one is {form or 'not a query'})")
    return form


def run_store(store, query: str, params: dict | None = None) -> Rows:
    """Run a SELECT/ASK on a pyoxigraph store (union of all graphs as the default graph).

    Parameters are bound with a VALUES block written from RDF terms (see bind_values) rather than
    pyoxigraph's ``substitutions``, which only accepts projected variables — and this way graph
    files and endpoints bind parameters identically."""
    ox = _ox()
    _check_form(query)
    text = bind_values(query, params or {})
    try:
        res = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise UsageError(f"query does not parse: {str(exc).splitlines()[0][:200]}") from None
    if isinstance(res, ox.QueryBoolean) or isinstance(res, bool):
        return Rows(["ask"], [(Literal(bool(res)),)], kind="ask")
    names = [v.value for v in res.variables]
    rows = [tuple(to_rdflib(sol[v]) for v in names) for sol in res]
    return Rows(names, rows)


def run_files(query: str, paths, params: dict | None = None) -> Rows:
    return run_store(load_store(paths), query, params)


def run_query(query: str, graphs=None, params: dict | None = None) -> Rows:
    """Run a SELECT on rdflib graphs (small inputs, tests) — through pyoxigraph, so the semantics
    (and parameter binding) are the same as on graph files."""
    return run_store(store_from_graphs(graphs), query, params)


# --- endpoint ------------------------------------------------------------------------------

def _strip_comments(query: str) -> str:
    """The query with comments blanked (same length), strings and IRIs left alone."""
    out = list(query)
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c in "\"'":
            q3 = query[i:i + 3]
            if q3 in ('"""', "'''"):
                j = query.find(q3, i + 3)
                i = n if j < 0 else j + 3
                continue
            j = i + 1
            while j < n and query[j] != c and query[j] != "\n":
                j += 2 if query[j] == "\\" else 1
            i = j + 1
            continue
        if c == "<":
            m = re.match(r"<[^<>\"{}|^`\\\s]*>", query[i:])
            if m:
                i += m.end()
                continue
        if c == "#":
            j = query.find("\n", i)
            j = n if j < 0 else j
            for k in range(i, j):
                out[k] = " "
            i = j
            continue
        i += 1
    return "".join(out)


def values_block(params: dict) -> str:
    """``VALUES (?a ?b) { (term term) }`` from rdflib terms, each written with ``.n3()``."""
    names = sorted(params)
    terms = []
    for k in names:
        t = params[k]
        if not isinstance(t, (URIRef, Literal)):
            raise UsageError(f"parameter {k}: not an RDF term")
        iri = t if isinstance(t, URIRef) else t.datatype
        if iri is not None and not _IRI.match(f"<{iri}>"):
            raise UsageError(f"parameter {k}: not a valid IRI")
        terms.append(t.n3())
    return "VALUES (" + " ".join("?" + k for k in names) + ") { (" + " ".join(terms) + ") }"


def bind_values(query: str, params: dict) -> str:
    """Insert a VALUES block for ``params`` as the first element of the WHERE group (so BIND/COALESCE
    defaults after it see the bound values), written only from RDF terms."""
    if not params:
        return query
    scan = _strip_comments(query)
    # blank out strings and IRIs too, so that a brace inside them is never taken for the group
    scan = re.sub(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>',
                  lambda m: " " * len(m.group(0)), scan)
    m = re.search(r"\bWHERE\s*\{", scan, re.I)
    if not m:
        m = re.search(r"\b(?:SELECT|ASK|DESCRIBE)\b[^{]*\{", scan, re.I)
    if not m:
        raise UsageError("cannot bind parameters: no WHERE group found in the query")
    at = m.end()
    return query[:at] + "\n  " + values_block(params) + "\n" + query[at:]


def run_endpoint(query: str, url: str, params: dict | None = None, timeout: int = 60) -> Rows:
    """Run a SELECT/ASK on a SPARQL endpoint (JSON results) → Rows of rdflib terms."""
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    form = _check_form(query)
    text = bind_values(query, params or {})
    sw = SPARQLWrapper(url)
    sw.setQuery(text)
    sw.setMethod(POST)
    sw.setReturnFormat(JSON)
    sw.setTimeout(timeout)
    try:
        data = sw.query().convert()
    except Exception as exc:  # noqa: BLE001 — urllib and SPARQLWrapper raise many types
        msg = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        raise UsageError(f"{url}: query failed ({type(exc).__name__}: {msg})") from None
    if not isinstance(data, dict):
        raise UsageError(f"{url}: did not answer with SPARQL JSON results")
    if form == "ASK" or "boolean" in data:
        return Rows(["ask"], [(Literal(bool(data.get("boolean"))),)], kind="ask")
    names = list(data.get("head", {}).get("vars", []))
    rows = []
    for b in data.get("results", {}).get("bindings", []):
        rows.append(tuple(_from_json(b[v]) if v in b else None for v in names))
    return Rows(names, rows)


def run(query: str, graphs=None, endpoint: str | None = None, params=None) -> Rows:
    """The CLI's entry point: ``params`` as ``["name=value", …]`` or {name: term}."""
    bound = parse_params(params or [], query)
    if endpoint:
        return run_endpoint(query, endpoint, bound)
    return run_files(query, graphs or [], bound)


# ---------------------------------------------------------------------------------------------
# output

def to_json(rows: Rows) -> dict:
    """SPARQL 1.1 Query Results JSON."""
    if rows.kind == "ask":
        return {"head": {}, "boolean": bool(rows.rows[0][0].toPython())}
    bindings = []
    for row in rows.rows:
        b = {}
        for name, t in zip(rows.vars, row):
            if t is None:
                continue
            if isinstance(t, URIRef):
                b[name] = {"type": "uri", "value": str(t)}
            elif isinstance(t, BNode):
                b[name] = {"type": "bnode", "value": str(t)}
            else:
                d = {"type": "literal", "value": str(t)}
                if t.language:
                    d["xml:lang"] = t.language
                elif t.datatype is not None and t.datatype != XSD.string:
                    d["datatype"] = str(t.datatype)
                b[name] = d
        bindings.append(b)
    return {"head": {"vars": list(rows.vars)}, "results": {"bindings": bindings}}


def to_csv(rows: Rows) -> str:
    """SPARQL 1.1 Query Results CSV (values as plain strings; blank nodes as _:label)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(rows.vars)
    for row in rows.rows:
        w.writerow(["" if t is None else (t.n3() if isinstance(t, BNode) else str(t)) for t in row])
    return buf.getvalue()


def _short(t) -> str:
    if t is None:
        return ""
    if isinstance(t, URIRef):
        s = str(t)
        for p, ns in (("id", "https://w3id.org/policykg/id/"), ("pkg", "https://w3id.org/policykg/ontology#")):
            if s.startswith(ns):
                return f"{p}:{s[len(ns):]}"
        return f"<{s}>"
    if isinstance(t, BNode):
        return t.n3()
    text = str(t).replace("\n", " ")
    if t.language and t.language != "zh":
        return f"{text} @{t.language}"
    return text


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


def _clip(s: str, limit: int) -> str:
    if _width(s) <= limit:
        return s
    out, w = [], 0
    for c in s:
        cw = _width(c)
        if w + cw > limit - 1:
            break
        out.append(c)
        w += cw
    return "".join(out) + "…"


def to_table(rows: Rows, max_width: int = 48) -> str:
    """A plain-text table; Chinese characters counted as two columns, IRIs shortened to id:/pkg:."""
    if rows.kind == "ask":
        return "true\n" if rows.rows[0][0].toPython() else "false\n"
    cells = [[_clip(_short(t), max_width) for t in row] for row in rows.rows]
    widths = [_width(v) for v in rows.vars]
    for row in cells:
        widths = [max(w, _width(c)) for w, c in zip(widths, row)]

    def line(values):
        return " | ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(rows.vars), "-+-".join("-" * w for w in widths)]
    out.extend(line(r) for r in cells)
    out.append(f"({len(rows.rows)} row{'s' if len(rows.rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_rows(rows: Rows, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(to_json(rows), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return to_csv(rows)
    return to_table(rows)
