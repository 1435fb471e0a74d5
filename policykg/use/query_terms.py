"""Query parameters as RDF terms, and the ``#+`` header of query files (see policykg.use.query).

Parameters never go into the query text as raw strings: they become a ``VALUES`` block written from
``term.n3()`` (which escapes quotes, backslashes and newlines), inserted as the first element of the
query's WHERE group.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from ..errors import UsageError
from ..options import spaced, visible


@dataclass
class QueryInfo:
    """The grlc-style header of a query file."""
    summary: str = ""
    description: str = ""
    params: dict = field(default_factory=dict)   # name → default term (or None when "all")



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
                    info.params[pm.group(1)] = _named(lambda: parse_term(default), f"the default of parameter "
                                                      f"{pm.group(1)}") if default else None
                last = None
            else:
                last = None
        elif last and body.startswith("  "):
            setattr(info, last, (getattr(info, last) + " " + body.strip()).strip())
    return info




_IRI = re.compile(r'^<([^<>"{}|^`\\\x00-\x20]*)>$')
_LITERAL = re.compile(r'^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(.+))?$', re.S)
_PNAME = re.compile(r"^([A-Za-z][\w-]*)?:([\w-]+)$")
_NUMBER = re.compile(r"^[+-]?(\d+|\d*\.\d+)([eE][+-]?\d+)?$")
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_KNOWN_PREFIXES = None


def _prefixes() -> dict:
    global _KNOWN_PREFIXES
    if _KNOWN_PREFIXES is None:
        from ..emit.serialise import PREFIXES
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
                    out.append(_character(int(hexpart, 16), s[i:i + 2 + width]))
                    i += 2 + width
                    continue
        out.append(c)
        i += 1
    return "".join(out)


def _character(code: int, escape: str) -> str:
    """The character an escape names; UsageError for none (above U+10FFFF, or half a surrogate pair): chr()
    failed, or the half-pair failed as it was encoded for the query (an internal error, exit 3)."""
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise UsageError(f"the escape {escape} names no Unicode character (U+0000 to U+10FFFF, not U+D800 to "
                         f"U+DFFF, half of a UTF-16 pair)")
    return chr(code)


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
        if not re.fullmatch(r"\w+", name):   # SPARQL VARNAME may start with a digit
            raise UsageError(f"--param {name}=…: a parameter name is a SPARQL variable name (letters, digits, _)")
        if info.params and name not in info.params:
            known = ", ".join(sorted(info.params)) or "none"
            raise UsageError(f"--param {name}: this query has no such parameter (parameters: {known})")
        if query and not re.search(rf"[?$]{name}(?!\w)", query):  # a typo bound nothing, without a word
            raise UsageError(f"--param {name}: the query has no variable ?{name}, so it would bind nothing")
        term = value if isinstance(value, (URIRef, Literal)) else _named(
            lambda: parse_term(str(value), info.params.get(name)), f"--param {name}")
        _absolute_iri(name, term)
        if isinstance(term, Literal) and term.ill_typed:
            raise UsageError(f"--param {name}: {term.n3()} is not a valid value of its datatype")
        _check_engine_number(name, term)
        if name in out and out[name] != term:  # the last one silently won
            raise UsageError(f"--param {name}: given twice, as {visible(out[name].n3())} and "
                             f"{visible(term.n3())}; give it once")
        out[name] = term
    return out


def _named(read, what: str):
    """read(), its UsageError naming WHAT (the parameter whose value it read)."""
    try:
        return read()
    except UsageError as exc:
        raise UsageError(f"{what}: {exc}") from None


def _absolute_iri(name: str, term) -> None:
    """Refuse an IRI (or datatype IRI) without a scheme: a query has no base to resolve it against, so
    `<bad>` failed as 'query does not parse … IRI parsing failed' on the default engine, and matched
    nothing on the reference engine."""
    iri = term if isinstance(term, URIRef) else getattr(term, "datatype", None)
    if iri is not None and not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", iri):
        raise UsageError(f"--param {name}: <{visible(str(iri))[:100]}> is no absolute IRI (one that starts "
                         f"with a scheme, such as https: or urn:)")


def _check_engine_number(name: str, term) -> None:
    """A numeric --param oxigraph can compute with: 10^32 as xsd:integer compared with nothing (0 rows,
    no error) on the default engine."""
    from ..engine_numbers import LIMITS, decimal_fits, integer_fits
    value = term.toPython() if isinstance(term, Literal) and term.datatype in (XSD.integer, XSD.decimal) else None
    if (isinstance(value, int) and not isinstance(value, bool) and not integer_fits(value)) or \
            (isinstance(value, Decimal) and not decimal_fits(value)):
        raise UsageError(f"--param {name}: {visible(str(term))[:60]} is beyond the numbers SPARQL computes with "
                         f"({LIMITS}); a comparison with it would have no value")


def _split_pair(pair: str):
    if "=" not in pair:
        raise UsageError(f"--param {spaced(pair)}: expected name=value")
    name, value = pair.split("=", 1)
    return name.strip().lstrip("?$"), value



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

