"""What a SPARQL text is, decided by a real parser (rdflib's), never by looking for keywords.

A keyword search is fooled by IRIs and prefixes (``BASE <http://example.org/SELECT/>`` before a
``DELETE WHERE``, or ``PREFIX select: <urn:x#>`` before an ``INSERT DATA``), so ``query --endpoint``
would send an update. Here a text goes to an endpoint only when rdflib's SPARQL 1.1 grammar parses it
as a query (QueryUnit); a text that parses as an update (UpdateUnit) is refused with one line, and one
rdflib cannot parse is not sent at all. Locally pyoxigraph's Store.query cannot update anything, so
there only ``SERVICE`` (federation: the machine running the query fetches another endpoint) is looked
for: as a keyword outside strings, IRIs and comments (when in doubt, treated as present).
A query file's bytes become its text here too (``query_text``: UTF-8 or UTF-16 by its mark; none empty).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import UsageError

RUNNABLE = ("SELECT", "ASK")


@dataclass
class Form:
    kind: str | None        # SELECT, ASK, CONSTRUCT, DESCRIBE; None when rdflib cannot parse the text
    service: bool           # uses SERVICE
    stop: tuple[int, int] | None = None    # where rdflib's parser stopped (line, column) when it could not


def classify(text: str) -> Form:
    """The form of a query; UsageError for an update."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(text)
    except Exception as exc:  # noqa: BLE001 — pyparsing's ParseException and friends
        try:
            parseUpdate(text)
        except Exception:  # noqa: BLE001
            where = (exc.lineno, exc.col) if isinstance(getattr(exc, "lineno", None), int) else None
            return Form(None, _mentions_service(text), where)
        raise UsageError("this is a SPARQL update (INSERT, DELETE, LOAD, CLEAR, DROP, …): policykg query "
                         "runs only SELECT and ASK queries and never sends an update") from None
    return Form(tree[1].name[: -len("Query")].upper(), _has_service(tree))


def check(text: str, endpoint: bool = False, allow_service: bool = False) -> str | None:
    """The form of a query policykg may run: SELECT or ASK for an endpoint, UsageError for anything
    else. Locally (endpoint=False) only SERVICE is looked for, by the keyword scan, and None returned:
    pyoxigraph's Store.query cannot update, its own parser refuses an update, and the result type tells
    SELECT from ASK — so a local query costs no second parse (rdflib's takes ~30 ms, cq-01 ~1 ms)."""
    problem = shape_problem(text)
    if problem:
        raise UsageError(problem)
    if not endpoint:
        if _mentions_service(text):
            if not allow_service:
                raise UsageError(_SERVICE)
            _only_http_services(text)
        return None
    form = classify(text)
    if form.kind is None:
        raise UsageError("the query does not parse as SPARQL 1.1 (rdflib's parser); policykg sends an "
                         "endpoint only what it has checked to be a query")
    if form.kind is not None and form.kind not in RUNNABLE:
        raise UsageError(f"only SELECT and ASK queries can be run (this one is {form.kind})")
    if form.kind == "SELECT":   # refused before it is sent, as on graph files
        columns_once(select_names(text))
    return form.kind


def not_parsed(ox_error: str, text: str) -> str:
    """pyoxigraph's refusal of a query, with the line where rdflib's parser stopped when pyoxigraph names
    another: its PEG parser names the farthest point it tried, often the end of the file (a missing
    operand on line 40 of 40 was 'error at 41:1'). An update is said to be one (classify)."""
    stop = classify(text).stop
    first = ox_error.strip().splitlines()[0][:200] if ox_error.strip() else "SyntaxError"
    said = re.match(r"error at (\d+):", first)
    if stop is None or (said and int(said[1]) == stop[0]):
        return f"query does not parse: {first}"
    return f"query does not parse: {first} (rdflib's parser stops at line {stop[0]}, column {stop[1]})"


_OX_NAMED_TWICE = "Duplicated variable name in SELECT"     # pyoxigraph's words for it


def named_twice(names) -> str | None:
    """The first of NAMES that an earlier one repeats, or None."""
    return next((n for i, n in enumerate(names) if n in names[:i]), None)


def columns_once(names) -> list:
    """NAMES, the columns of an answer; UsageError when one is named twice (`SELECT ?a ?a`): the default
    engine refused it in pyoxigraph's words, the reference engine and an endpoint showed the column twice."""
    twice = named_twice(names)
    if twice is not None:
        raise UsageError(f"the query's SELECT names ?{twice} twice; name each variable once")
    return names


def refuse_named_twice(exc: SyntaxError, text: str) -> None:
    """UsageError in ``columns_once``'s words when pyoxigraph refused TEXT (``exc``) for a SELECT naming a
    variable twice (it said "expected one of Duplicated variable name in SELECT, ['0'..='9'], [_]")."""
    if _OX_NAMED_TWICE in str(exc):
        columns_once(select_names(text))


def select_names(text: str) -> list[str]:
    """The variables a SELECT projects, in order, as rdflib's parser reads them ([] when it cannot)."""
    from rdflib.plugins.sparql.parser import parseQuery
    try:
        projection = parseQuery(text)[1].get("projection") or []
    except Exception:  # noqa: BLE001 — pyparsing's ParseException and friends
        return []
    if isinstance(projection, str):   # SELECT *: pyparsing gives the name 'projection' back, and each of its
        return []                     # letters was read as a column ('internal error' before any endpoint)
    return [str(p["var"] if "var" in p else p["evar"]) for p in projection]


MAX_BYTES = 256 * 1024
MAX_NESTING = 500


def shape_problem(text: str) -> str | None:
    """Why a query is too large or too deeply nested to hand to a parser, or None. pyoxigraph's parser
    and evaluator recurse on the stack: a query nested some thousands deep, or a chain of some ten
    thousand operators, would overflow it and kill the process (deadline.run gives them a large stack;
    these limits keep every query within it). Real queries are a few KB and nest a few levels."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        return f"the query is {size // 1024} KB; policykg runs queries up to {MAX_BYTES // 1024} KB"
    depth = deepest = 0
    for m in re.finditer(r"[({\[]|[)}\]]", _SKIP.sub(" ", text)):
        depth = depth + 1 if m.group() in "({[" else depth - 1
        deepest = max(deepest, depth)
    if deepest > MAX_NESTING:
        return f"the query nests {deepest} brackets deep; policykg runs queries nested up to {MAX_NESTING} deep"
    return None


_SERVICE = ("the query uses SERVICE, which makes this machine query another endpoint over the network; "
            "add --allow-service to allow that")


def _only_http_services(text: str) -> None:
    """UsageError unless every SERVICE of TEXT names an http(s) IRI: --allow-service is for endpoints, and
    rdflib's evaluator (--engine reference) opened any other IRI with urllib, a local file:// one too (a FIFO
    held the query until --timeout); pyoxigraph's ended in 'internal error' on a variable left unbound."""
    from urllib.parse import urlsplit

    from rdflib import URIRef

    from ..proxy_secrets import hide_userinfo
    tree = _algebra(text)   # prefixed names and BASE resolved as either engine resolves them
    if tree is None:
        raise UsageError("the query uses SERVICE, and rdflib's parser cannot read it to check the endpoint it "
                         "names; policykg runs SERVICE only when it can")
    for term in _services(tree):
        if not (isinstance(term, URIRef) and str(term).lower().startswith(("http://", "https://"))):
            raise UsageError(f"the query's SERVICE names {term.n3()[:200]}: --allow-service lets the query reach "
                             f"SPARQL endpoints, named by an http:// or https:// IRI written in the query, nothing else")
        if "@" in urlsplit(str(term)).netloc:   # urllib asked the DNS resolver for the host 'user:password@127.0.0.1'
            raise UsageError(f"the query's SERVICE names <{hide_userinfo(str(term))}>: a user name or password in a "
                             f"SERVICE IRI is refused (policykg sends no credentials to a SERVICE); remove it")


def _algebra(text: str):
    """rdflib's algebra tree of the query TEXT, or None when rdflib cannot parse it."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        return translateQuery(parseQuery(text)).algebra
    except Exception:  # noqa: BLE001 — pyparsing and rdflib raise many types
        return None


def _services(node, key: str = "term") -> list:
    """KEY (the endpoint term, or the clause's text: service_string) of every SERVICE in an rdflib algebra tree."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        own = [node.get(key)] if node.name == "ServiceGraphPattern" else []
        return own + [t for v in node.values() for t in _services(v, key)]
    if isinstance(node, (list, tuple)):
        return [t for v in node for t in _services(v, key)]
    return []


# how rdflib's evaluator finds a SERVICE's endpoint in the clause's text (rdflib.plugins.sparql.evaluate)
_RDFLIB_SERVICE = re.compile(r"^service <(.*)>[ \n]*{(.*)}[ \n]*$", re.I | re.S)


def rdflib_skipped_service(text: str) -> None:
    """UsageError when rdflib's evaluator would skip a SERVICE of TEXT or send it elsewhere: it reads the endpoint
    from the clause's text, `SERVICE <iri> {`, so a prefixed name, SILENT or a tab before the brace answered no
    rows, exit 0, and `SERVICE <e>{GRAPH<g>{…}}` was sent to 'e>{GRAPH<g' without its GRAPH."""
    tree = _algebra(text) if _mentions_service(text) else None
    if tree is None:   # no SERVICE, or rdflib's evaluator then names what it cannot parse
        return
    for clause, term in zip(_services(tree, "service_string"), _services(tree)):
        said = _RDFLIB_SERVICE.match(clause or "")
        if not said:
            raise UsageError(f"--engine reference (rdflib) runs a SERVICE only when written SERVICE <http://…> "
                             f"{{ … }}, and skips {' '.join(clause.split())[:80]!r} (no rows, no error); run the "
                             f"query without --engine reference")
        if said.group(1) != str(term):   # its '<(.*)>' runs to the last '> {': GRAPH <g> { inside, a relative IRI
            raise UsageError(f"--engine reference (rdflib) would send {' '.join(clause.split())[:80]!r} to "
                             f"{said.group(1)[:80]!r}, not to {term.n3()[:80]} as written; run the query without "
                             f"--engine reference")


def _has_service(node) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        return node.name == "ServiceGraphPattern" or any(_has_service(v) for v in node.values())
    if isinstance(node, (list, tuple)) or hasattr(node, "asList"):
        return any(_has_service(v) for v in node)
    return False


_SKIP = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                   r'|<[^<>"{}|^`\\\s]*>|#[^\n]*')


def _mentions_service(text: str) -> bool:
    """SERVICE as a keyword: not inside a string, IRI or comment, not a variable or prefixed name; looked
    for also after the \\u/\\U escapes are undone, as SPARQL (§19.2) does before parsing (rdflib's
    evaluator runs a SERVICE spelt with them)."""
    return _keyword(text, r"(?<![\w:?$])SERVICE(?![\w:.-])")


def names_dataset(text: str) -> bool:
    """FROM or FROM NAMED as a keyword (as SERVICE is looked for): the query sets its own dataset, which
    pyoxigraph ignores when asked for the union of all graphs (`FROM <urn:none>` counted every triple,
    where --engine reference and SPARQL count none). Not the end of a prefixed name (ex:date-FROM, ex:a.FROM,
    ex:a\\~FROM): no FROM follows '.', '-' or an escape, and the union was dropped, so a TriG file's named graphs
    answered nothing."""
    return _keyword(text, r"(?<![\w:?$.-])(?<!\\.)FROM(?![\w:.-])")


def _keyword(text: str, pattern: str) -> bool:
    """Does ``pattern`` match outside strings, IRIs and comments, before or after the \\u/\\U escapes are undone?"""
    return any(re.search(pattern, _SKIP.sub(" ", t), re.I) is not None for t in (text, _unescape(text)))


def _unescape(text: str) -> str:
    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})",
                  lambda m: _char(int(m.group(1) or m.group(2), 16)), text)


def _char(code: int) -> str:
    return chr(code) if code <= 0x10FFFF else " "


UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}


def query_text(raw: bytes) -> str:
    """A query file's text: UTF-8, or UTF-16 behind its byte-order mark (Notepad's "Unicode"), the mark
    dropped. A NUL is refused as UTF-16 without its mark, UTF-32 or binary data: UTF-8 reads NULs, and
    the query then failed to parse at a place the file does not show ("error at 1:10")."""
    if raw[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        raise ValueError("UTF-32 text; save it as UTF-8")
    encoding = UTF16_BOMS.get(raw[:2])
    try:
        text = raw[2:].decode(encoding) if encoding else raw.decode("utf-8-sig")  # -sig: Notepad's UTF-8 mark
    except UnicodeDecodeError:
        if not encoding:
            raise
        raise ValueError("marked as UTF-16 but not UTF-16 text") from None
    if "\x00" in text:
        raise ValueError("a NUL byte: UTF-16 text without its byte-order mark, or binary data; save it as UTF-8")
    if all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        # an empty file (a redirect that failed, `> q.rq`) was 'query does not parse: error at 1:1: expected [_]'
        raise ValueError("it holds no query: the file is empty or only comments")
    return text
