"""`policykg query`: competency questions (policykg/queries/cq-NN-slug.rq) or any SPARQL file, run on
graph files (pyoxigraph) or a remote endpoint (urllib, query_endpoint). Parameters are bound as RDF terms.

Parameters never go into the query text as raw strings: they become a ``VALUES`` block written from ``term.n3()`` (which escapes quotes, backslashes and
newlines) and inserted as the first element of the query's WHERE group, which SPARQL evaluates like a
pre-bound variable — the same on graph files (pyoxigraph) and on endpoints.

Competency questions give their defaults inside the query (``BIND(COALESCE(?param, default) AS ?x)``,
by using the parameter variable directly in a pattern, or ``FILTER(!BOUND(?param) || …)`` when the
default is "everything" — the form cq-01 uses, which pyoxigraph drops from the plan when unbound), so a bound
parameter overrides the default and an unbound one leaves it in force. The ``#+ param:`` header lines
document each parameter and its default; a bare string given for a parameter whose default is a
``@zh`` literal becomes a ``@zh`` literal.

Safety: only SELECT and ASK run, decided by a SPARQL parser (sparql_form), so an update is never sent
to an endpoint; locally, SERVICE (a network call) is refused unless allowed; a local query runs in a
thread the CLI can abandon, so Ctrl-C, SIGTERM and ``--timeout`` stop it at once (deadline).
"""
from __future__ import annotations

import os

from rdflib import Literal

from . import deadline
from ..errors import InputError, UsageError, require_file
from .query_endpoint import run_endpoint
from .query_files import named_query  # noqa: F401 — the public name
from .query_format import Rows, format_rows, to_csv, to_json, to_table  # noqa: F401 — the public names
from .query_terms import (QueryInfo, bind_values, parse_params, parse_term, query_info,  # noqa: F401
                          values_block)
from .ox_terms import to_ox, to_rdflib  # noqa: F401 — the public names
from .sparql_form import check, names_dataset, not_parsed, rdflib_skipped_service, refuse_named_twice

# file extension → pyoxigraph format name (see _ox_format); other formats go through rdflib
_OX_FORMATS = {".ttl": "TURTLE", ".trig": "TRIG", ".nt": "N_TRIPLES", ".nq": "N_QUADS"}

# ---------------------------------------------------------------------------------------------
# loading graph files into pyoxigraph

def _ox():
    import pyoxigraph
    return pyoxigraph


def load_store(paths):
    """A pyoxigraph Store holding every graph file (named graphs of TriG/N-Quads kept); blank nodes labelled
    by where they first appear (blank_order), so an answer ordered by them is the same every run."""
    from .blank_order import holds_blank_nodes
    store = _load(paths)
    if holds_blank_nodes(store):
        store = None   # not two stores in memory at once
        store = _load(paths, relabel=True)
    if len(paths) > 1:
        _drop_repeated_defaults(store)
    return store


def _load(paths, relabel: bool = False):
    ox = _ox()
    store = ox.Store()
    for file_no, p in enumerate(map(str, paths)):
        require_file(p)
        ext = os.path.splitext(p)[1].lower()
        try:
            if ext in _OX_FORMATS:
                _bulk_load(store, p, getattr(ox.RdfFormat, _OX_FORMATS[ext]), file_no if relabel else None)
            else:
                _load_by_rdflib(store, p, file_no if relabel else None)
        except InputError:
            raise
        except (SyntaxError, ValueError, OSError) as exc:
            from .loading import why_unreadable
            raise InputError(f"{p}: not a readable graph ({why_unreadable(p, exc)[:160]})") from None
        except MemoryError as exc:
            if _BUFFER_FULL not in str(exc):
                raise
            # pyoxigraph's reader holds a term (a line of N-Triples) whole, up to 16 MiB: past that it said
            # this alone, an internal error
            raise InputError(f"{p}: not a readable graph (a term or line longer than 16 MiB, the most "
                             f"pyoxigraph's reader takes at once)") from None
    return store


def _load_by_rdflib(store, path: str, file_no: int | None) -> None:
    """A format pyoxigraph does not read (JSON-LD, RDF/XML, N3), read by rdflib; with file_no, in the order
    rdflib reads it, its blank nodes relabelled (blank_order)."""
    from .loading import graph_format, load_dataset
    if file_no is None:
        ds = load_dataset([path])
        store.bulk_load(ds.serialize(format="nquads").encode("utf-8"), format=_ox().RdfFormat.N_QUADS)
        return
    from .blank_order import read_in_order, relabelled
    store.extend(relabelled(read_in_order(path, graph_format(path)), file_no))


_BUFFER_FULL = "Reached the buffer maximal size"


def _bulk_load(store, path: str, fmt, file_no: int | None = None) -> None:
    """Load one file; a UTF-8 byte-order mark (Notepad) is skipped in Turtle and TriG, as rdflib's readers
    (export, validate) skip it: pyoxigraph read it as part of the first word."""
    from .loading import check_text, graph_format, skip_bom
    check_text(path, graph_format(path))  # binary data or UTF-16 named as export and validate name them
    with open(path, "rb") as fh:
        bom = skip_bom(fh, path)
        if file_no is not None:   # read again, its blank nodes labelled (blank_order)
            from .blank_order import relabelled
            quads = _ox().parse(fh, format=fmt) if bom else _ox().parse(path=path, format=fmt)
            store.extend(relabelled(quads, file_no))
        elif bom:
            store.bulk_load(input=fh, format=fmt)
        else:
            store.bulk_load(path=path, format=fmt)


def _drop_repeated_defaults(store) -> None:
    """Remove default-graph triples a named graph holds too (graph.ttl given with graph.trig): pyoxigraph's
    union default graph is a bag, so they counted twice where rdflib's union (a set) counts them once.
    Queries see the same set of triples; GRAPH patterns see the named graphs as they were."""
    ox = _ox()
    if next(iter(store.named_graphs()), None) is None:
        return
    default = ox.DefaultGraph()
    repeated = [q for q in store.quads_for_pattern(None, None, None, default)
                if any(not isinstance(o.graph_name, ox.DefaultGraph)
                       for o in store.quads_for_pattern(q.subject, q.predicate, q.object, None))]
    for q in repeated:
        store.remove(q)


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

# to_rdflib and to_ox live in ox_terms (a build converts terms without importing the query machinery)


# ---------------------------------------------------------------------------------------------
# running: SELECT/ASK only (sparql_form decides with a parser), interruptible (deadline.run)

def run_store(store, query: str, params: dict | None = None, timeout: float | None = None,
              allow_service: bool = False) -> Rows:
    """Run a SELECT/ASK on a pyoxigraph store (union of all graphs as the default graph), stopping at
    Ctrl-C/SIGTERM or after ``timeout`` seconds (deadline.Cancelled).

    Parameters are bound with a VALUES block written from RDF terms (see bind_values) rather than
    pyoxigraph's ``substitutions``, which only accepts projected variables — and this way graph
    files and endpoints bind parameters identically."""
    text = bind_values(query, params or {})
    check(text, allow_service=allow_service)
    return deadline.run(lambda: _evaluate(store, text), timeout, _CANCELLED)


_CANCELLED = "query cancelled after {s} s (--timeout); narrow it, or give a longer --timeout"


def listed(rows: Rows) -> Rows:
    """ROWS with its rows taken into a list (in the thread that evaluates them)."""
    rows.rows = list(rows.rows)
    return rows


def _evaluate(store, text: str, max_rows: int | None = None) -> Rows:
    """The answer, its rows a list."""
    return listed(_evaluated(store, text, max_rows))


def _evaluated(store, text: str, max_rows: int | None = None) -> Rows:
    """The answer, its rows an iterator evaluated as they are taken. pyoxigraph evaluates as the rows are
    taken, so a SERVICE that fails (or whose endpoint is a variable left unbound) raises there too: a bare
    'invalid format', or 'internal error: RuntimeError'; said as 'query failed'."""
    try:
        head = _answer(store, text, max_rows)
    except (OSError, RuntimeError) as exc:
        failed = _first_line(exc)
    else:
        head.rows = _failing_rows(head.rows)
        return head
    # raised outside the except: the error's frames hold pyoxigraph's results, which only this thread may free
    raise UsageError(f"query failed: {failed}")


def _failing_rows(rows):
    try:
        yield from rows
        return
    except (OSError, RuntimeError) as exc:
        failed = _first_line(exc)
    raise UsageError(f"query failed: {failed}")


def _first_line(exc) -> str:
    """The error's first line; pyoxigraph's 'Error 501 … returned by URL with payload:' without its dangling
    colon (the payload, an HTML page, follows on the next lines)."""
    if not str(exc):
        return type(exc).__name__
    line = str(exc).splitlines()[0]
    return (line[:-len(" with payload:")] if line.endswith(" with payload:") else line)[:200]


def _answer(store, text: str, max_rows: int | None) -> Rows:
    ox = _ox()
    try:
        res = store.query(text, use_default_graph_as_union=not names_dataset(text))
    except SyntaxError as exc:
        refuse_named_twice(exc, text)   # said as the other engines say it
        # not_parsed says an update is one, as to an endpoint (pyoxigraph's own words: 'expected CONSTRUCT')
        raise UsageError(not_parsed(str(exc), text)) from None
    if isinstance(res, ox.QueryBoolean) or isinstance(res, bool):
        return Rows(["ask"], [(Literal(bool(res)),)], kind="ask")
    if not isinstance(res, ox.QuerySolutions):
        raise UsageError("only SELECT and ASK queries can be run (this one gives triples)")
    names = [v.value for v in res.variables]
    return Rows(names, _take((tuple(to_rdflib(sol[v]) for v in names) for sol in res), max_rows))


MAX_ROWS = 1_000_000  # about a gigabyte of terms: a cross product grew until the machine ran out of memory
MAX_CHARS = 1 << 27   # characters of terms in one answer: 200 rows of a 1,000,000-character label held 1.8 GB
FILE_TIMEOUT = 600     # query on graph files, loading included: a runaway query otherwise never ended


def _take(rows, limit: int | None):
    """The rows of an answer, refused (UsageError) past ``limit`` of them, or past MAX_CHARS characters of
    terms (a few wide rows outgrow memory long before the row limit), rather than held without end."""
    taken, chars = 0, 0
    for row in rows:
        if limit and taken >= limit:
            raise UsageError(f"the answer has more than {limit:,} rows (--max-rows); add a LIMIT or narrow "
                             f"the query, or give a larger --max-rows (0 = no limit)")
        chars += sum(len(t) for t in row if t is not None)   # a term is a str: its lexical form or IRI
        if limit and chars > MAX_CHARS:
            raise UsageError(f"the answer holds more than {MAX_CHARS:,} characters in its first {taken + 1:,} "
                             f"rows, too many to hold; add a LIMIT, select shorter values (SUBSTR), or give "
                             f"--max-rows 0 (no limit)")
        taken += 1
        yield row


def run_files(query: str, paths, params: dict | None = None, timeout: float | None = None,
              allow_service: bool = False, engine: str = "default", max_rows: int | None = None,
              question: bool = False, stream: bool = False) -> Rows:
    """Run a SELECT/ASK on graph files: pyoxigraph (default) or rdflib's evaluator (reference). A competency
    ``question`` asks about policykg's classes: graph files none of which holds one (another tool's RDF) are
    refused before loading, as `table` refuses them (500 MB were loaded, a minute, to answer 0 rows); a query
    file of the user's runs on any RDF. With ``stream`` the rows are an iterator evaluated as they are taken
    (deadline.stream), else a list."""
    from .preload import check_fits, refuse_foreign
    text = bind_values(query, params or {})
    check(text, allow_service=allow_service)
    if engine == "reference":   # rdflib's reader: out of memory, a MemoryError (loading.load_dataset)
        rdflib_skipped_service(text)
        if question:
            refuse_foreign(paths)
        from .query_rdflib import evaluate_rdflib
        return _run(lambda: evaluate_rdflib(paths, text, max_rows), timeout, stream)
    check_fits(paths)   # pyoxigraph aborts the process when memory runs out: refused before loading
    if question:
        refuse_foreign(paths)
    return _run(lambda: _evaluated(load_store(paths), text, max_rows), timeout, stream)


def _run(answer, timeout: float | None, stream: bool) -> Rows:
    if stream:
        return deadline.stream(answer, timeout, _CANCELLED)
    return deadline.run(lambda: listed(answer()), timeout, _CANCELLED)


def run_query(query: str, graphs=None, params: dict | None = None) -> Rows:
    """Run a SELECT on rdflib graphs (small inputs, tests) through pyoxigraph, as on graph files."""
    return run_store(store_from_graphs(graphs), query, params)


def run(query: str, graphs=None, endpoint: str | None = None, params=None, timeout: float | None = None,
        allow_service: bool = False, engine: str = "default", max_rows: int | None = None,
        question: bool = False, stream: bool = False) -> Rows:
    """The CLI's entry point: ``params`` as ``["name=value", …]`` or {name: term}; ``timeout`` None is
    the endpoint's default (60 s), 0 no limit; ``stream``: on graph files, the rows as an iterator."""
    bound = parse_params(params or [], query)
    if endpoint:
        return run_endpoint(query, endpoint, bound, timeout=60 if timeout is None else timeout or None)
    return run_files(query, graphs or [], bound, timeout or None, allow_service, engine, max_rows, question, stream)
