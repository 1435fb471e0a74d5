"""`policykg query --engine reference`: rdflib's own SPARQL evaluator over graph files (query.run_files)."""
from __future__ import annotations

from rdflib import BNode, Literal, URIRef

from ..errors import UsageError
from .query_format import Rows
from .sparql_form import MAX_NESTING, classify, columns_once, select_names


def evaluate_rdflib(paths, text: str, max_rows: int | None = None) -> Rows:
    """rdflib's own SPARQL evaluator over the union of the files (--engine reference)."""
    import rdflib.plugins.sparql
    from rdflib.plugins.sparql import prepareQuery

    from . import query
    from .loading import load_dataset

    # FROM / FROM NAMED name graphs of the files' dataset: rdflib fetched their IRIs (any host, file://)
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
    rdflib.plugins.sparql.evaluate.urlopen = _service_open   # its SERVICE calls: no redirect followed
    ds = load_dataset(paths)   # read by rdflib's readers, as export and validate read them
    if any(isinstance(t, BNode) for q in ds.quads() for t in q):   # their labels: blank_order
        from .blank_order import as_dataset
        ds = None   # not two rdflib datasets in memory at once (475 → 303 MB for 100,000 blank nodes)
        ds = as_dataset(query.load_store(paths))
    ds.default_union = True
    try:
        parsed = prepareQuery(text)
        window = _unordered_window(parsed)
        res = ds.query(parsed)
        if res.type == "ASK":
            return Rows(["ask"], [(Literal(bool(res.askAnswer)),)], kind="ask")
        if res.type != "SELECT":  # CONSTRUCT, DESCRIBE: it had no rows and ended in 'internal error'
            raise UsageError("only SELECT and ASK queries can be run (this one gives triples)")
        names = columns_once([str(v) for v in res.vars])
        rows = (tuple(row) for row in res)
        if not select_names(text):   # SELECT *: rdflib's columns come from a set, in another order each run
            order = sorted(range(len(names)), key=names.__getitem__)   # pyoxigraph's: by name
            names, rows = [names[i] for i in order], (tuple(r[i] for i in order) for r in rows)
        rows = _rdflib_rows(query._take(rows, max_rows), text)   # rdflib evaluates as rows are taken
        return Rows(names, rows if window is None else _in_fixed_order(rows, window))
    except UsageError:
        raise
    except Exception as exc:  # noqa: BLE001 — pyparsing and rdflib raise many types
        raise _rdflib_failed(exc, text) from None


def _unordered_window(parsed) -> tuple[int, int | None] | None:
    """None when the query orders its rows (a top-level ORDER BY: its ties broken, ``_ties_broken``) or is no
    SELECT; else the (offset, limit) of its top-level LIMIT/OFFSET, taken off the query. rdflib matches triples
    in the order of its indexes' sets, which PYTHONHASHSEED changes: its rows, and which of them a LIMIT keeps,
    are put in one order before the slice."""
    top = parsed.algebra
    if top.name != "SelectQuery":
        return None
    inner, window = top.p, (0, None)
    if inner.name == "Slice":
        window, inner = (dict.get(inner, "start") or 0, dict.get(inner, "length")), inner.p   # CompValue.get: the key
    node = inner
    while node.name in ("Distinct", "Reduced", "Project"):
        node = node.p
    if node.name == "OrderBy":
        _ties_broken(node, top.PV)
        return None
    top["p"] = inner
    return window


def _ties_broken(order_by, variables) -> None:
    """ORDER BY's conditions followed by each selected variable, ascending: rdflib's sort is stable, so rows its
    conditions rank equal (ORDER BY DESC(?n) of two equal counts) kept their hash-seeded order, and a LIMIT
    kept one or the other (review64)."""
    from rdflib.plugins.sparql.parserutils import CompValue
    order_by["expr"] = [*order_by.expr, *(CompValue("OrderCondition", expr=v, order=None) for v in variables)]


def _in_fixed_order(rows, window: tuple[int, int | None]):
    """The rows sorted by their terms (unbound first, then blank nodes, IRIs, literals), then sliced."""
    start, length = window
    ordered = sorted(rows, key=lambda row: tuple(_term_key(t) for t in row))
    yield from ordered[start:None if length is None else start + length]


def _term_key(t) -> tuple:
    if t is None:
        return (0, "", "", "")
    if isinstance(t, BNode):
        return (1, str(t), "", "")
    if isinstance(t, URIRef):
        return (2, str(t), "", "")
    return (3, str(t), str(t.datatype or ""), t.language or "")


def _rdflib_rows(rows, text: str):
    try:
        yield from rows
    except UsageError:
        raise
    except Exception as exc:  # noqa: BLE001 — rdflib raises many types as it evaluates
        raise _rdflib_failed(exc, text) from None


def _rdflib_failed(exc: Exception, text: str) -> UsageError:
    if isinstance(exc, RecursionError):
        return UsageError("query failed (rdflib): nested too deep for rdflib's evaluator, which recurses in Python; "
                          "run it without --engine reference (pyoxigraph runs queries nested up to "
                          f"{MAX_NESTING} deep)")
    classify(text)   # an update is said to be one
    return UsageError(f"query failed (rdflib): {_first_line(exc)}")


def _service_open(req, *args, **kwargs):
    """urlopen for rdflib's SERVICE calls (--allow-service): a redirect is not followed, as pyoxigraph follows
    none; urllib followed it to wherever it pointed, another host than the query named."""
    from .query_endpoint import no_redirect
    return no_redirect(req.full_url, "name that URL in the SERVICE if it is the endpoint").open(req, *args, **kwargs)


def _first_line(exc) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
