"""What a SPARQL text is, decided by a real parser (rdflib's), never by looking for keywords.

A keyword search is fooled by IRIs and prefixes (``BASE <http://example.org/SELECT/>`` before a
``DELETE WHERE``, or ``PREFIX select: <urn:x#>`` before an ``INSERT DATA``), so ``query --endpoint``
would send an update. Here a text is a query only when rdflib's SPARQL 1.1 grammar parses it as one
(QueryUnit); a text that parses as an update (UpdateUnit) is refused with one line. A query that
rdflib cannot parse at all runs locally (pyoxigraph's parser decides; its Store.query never updates)
but is never sent to an endpoint. ``SERVICE`` (federation: the machine running the query fetches
another endpoint) is found in the parse tree, or, for a text rdflib cannot parse, by its keyword
outside strings, IRIs and comments (when in doubt, treated as present).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import UsageError

RUNNABLE = ("SELECT", "ASK")


@dataclass
class Form:
    kind: str | None        # SELECT, ASK, CONSTRUCT, DESCRIBE; None when rdflib cannot parse the text
    service: bool           # uses SERVICE


def classify(text: str) -> Form:
    """The form of a query; UsageError for an update."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(text)
    except Exception:  # noqa: BLE001 — pyparsing's ParseException and friends
        try:
            parseUpdate(text)
        except Exception:  # noqa: BLE001
            return Form(None, _mentions_service(text))
        raise UsageError("this is a SPARQL update (INSERT, DELETE, LOAD, CLEAR, DROP, …): policykg query "
                         "runs only SELECT and ASK queries and never sends an update") from None
    return Form(tree[1].name[: -len("Query")].upper(), _has_service(tree))


def check(text: str, endpoint: bool = False, allow_service: bool = False) -> str | None:
    """The form of a query policykg may run (SELECT/ASK, or None = left to pyoxigraph's parser
    locally); UsageError for anything else."""
    form = classify(text)
    if form.kind is None and endpoint:
        raise UsageError("the query does not parse as SPARQL 1.1 (rdflib's parser); policykg sends an "
                         "endpoint only what it has checked to be a query")
    if form.kind is not None and form.kind not in RUNNABLE:
        raise UsageError(f"only SELECT and ASK queries can be run (this one is {form.kind})")
    if form.service and not endpoint and not allow_service:
        raise UsageError("the query uses SERVICE, which makes this machine query another endpoint over "
                         "the network; add --allow-service to allow that")
    return form.kind


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
    return re.search(r"(?<![\w:])SERVICE\b", _SKIP.sub(" ", text), re.I) is not None
