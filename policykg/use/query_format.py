"""Query results as SPARQL 1.1 JSON, SPARQL 1.1 CSV or a plain-text table."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass

from rdflib import BNode, URIRef
from rdflib.namespace import XSD

from ..options import visible
from ..sheetcells import guarded_row
from ..vocab import ID, PKG
from .ox_terms import xsd_spelt


@dataclass
class Rows:
    vars: list[str]
    rows: list[tuple]
    kind: str = "select"            # "select" or "ask" (ask: one row, one boolean literal)



def lexical(t) -> str:
    """A term's text, a double beyond a float's range as XSD spells it (INF, not rdflib's 'inf')."""
    return str(xsd_spelt(t))


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
                d = {"type": "literal", "value": lexical(t)}
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
        w.writerow(guarded_row(None if t is None else t.n3() if isinstance(t, BNode) else lexical(t) for t in row))
    return buf.getvalue()


def table_cell(t) -> str:
    """A term as a table cell shows it: id:/pkg: for policykg IRIs, one line, a language other than zh named."""
    if t is None:
        return ""
    if isinstance(t, URIRef):
        s = str(t)
        for p, ns in (("id", str(ID)), ("pkg", str(PKG))):
            if s.startswith(ns):
                return f"{p}:{visible(s[len(ns):])}"
        return f"<{visible(s)}>"
    if isinstance(t, BNode):
        return visible(t.n3())
    text = visible(lexical(t).replace("\n", " "))
    if t.language and t.language != "zh":
        return f"{text} @{t.language}"
    return text


def display_width(s: str) -> int:
    """Columns S takes in a terminal (wide characters two, combining marks none)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


def clip_to_width(s: str, limit: int) -> str:
    """S cut to LIMIT columns, … closing it when cut."""
    if display_width(s) <= limit:
        return s
    out, w = [], 0
    for c in s:
        cw = display_width(c)
        if w + cw > limit - 1:
            break
        out.append(c)
        w += cw
    return "".join(out) + "…"


def to_table(rows: Rows, max_width: int = 48) -> str:
    """A plain-text table; Chinese characters counted as two columns, IRIs shortened to id:/pkg:."""
    if rows.kind == "ask":
        return "true\n" if rows.rows[0][0].toPython() else "false\n"
    cells = [[clip_to_width(table_cell(t), max_width) for t in row] for row in rows.rows]
    widths = [display_width(v) for v in rows.vars]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row)]

    def line(values):
        return " | ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(rows.vars), "-+-".join("-" * w for w in widths)]
    out.extend(line(r) for r in cells)
    out.append(f"({len(rows.rows)} row{'s' if len(rows.rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def stable_blank_nodes(rows: Rows) -> Rows:
    """ROWS with each blank node relabelled b0, b1, … in the order it first appears: the stores give a
    blank node of a graph file a random label on every load, so the same query printed other labels each
    run (a label names a node within one answer only, SPARQL 1.1 Results §3.2.1)."""
    labels: dict = {}

    def label(t):
        if not isinstance(t, BNode):
            return t
        return labels.setdefault(t, BNode(f"b{len(labels)}"))
    return Rows(rows.vars, [tuple(label(t) for t in row) for row in rows.rows], rows.kind)


def format_rows(rows: Rows, fmt: str) -> str:
    rows = stable_blank_nodes(rows)
    if fmt == "json":
        return json.dumps(to_json(rows), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return to_csv(rows)
    return to_table(rows)
