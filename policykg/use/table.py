"""`policykg table`: tidy tables of figures (docs/contract.md) for pandas, R or a spreadsheet.

One row per Target (``targets``), per Outcome (``outcomes``) or per promise-vs-result verdict
(``assessments``, the rows of ``queries/cq-10-promise-vs-result.rq``). Rows are sorted by report,
then by where the figure stands in the text, so the same graph always gives the same bytes.
Jurisdiction code, level and province stay empty when the graph does not carry them (skos:notation,
pkg:placeLevel, pkg:parentPlace of the report's place).
"""
from __future__ import annotations

import json

from ..errors import UsageError
from ..vocab import PKG as PKG_TERMS
from .preload import not_policykg
from .table_cells import Lang as _Lang, least_reachable, only, typed, value as _value
from .table_writers import WRITERS, to_csv, to_json, to_parquet  # noqa: F401 — the public names

PKG_NS = str(PKG_TERMS)

PREFIXES = f"""PREFIX pkg: <{PKG_NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
PLACE_COLUMNS = ["jurisdiction", "jurisdiction_code", "jurisdiction_level", "province"]
FIGURE_COLUMNS = ["report", *PLACE_COLUMNS, "year", "concept", "concept_match", "indicator", "kind", "value",
                  "upper_value", "unit", "normalised_unit", "base_value", "base_unit", "comparator",
                  "aspirational", "from_value", "start_year", "end_year", "quote", "start", "end", "iri",
                  "direction"]   # added after the others (their order is kept): pkg:direction, "down" or empty
ASSESSMENT_COLUMNS = ["report", *PLACE_COLUMNS, "year", "concept", "concept_match", "indicator", "kind",
                      "comparator", "value", "unit", "start_year", "end_year", "quote", "start", "end",
                      "result_report", "result_value", "result_unit", "result_quote", "result_start", "result_end",
                      "verdict", "rule", "iri", "result_iri",
                      # added after the columns above (their order is kept): the contract's figure columns
                      # a range or a 力争 target's verdict depends on, and the result figure's own
                      "upper_value", "aspirational", "result_indicator", "result_comparator",
                      "result_upper_value", "result_start_year", "result_end_year",
                      "direction"]    # pkg:direction of the target: "down" makes its level a ceiling
KINDS = {"targets": "Target", "outcomes": "Outcome"}
FORMATS = ("csv", "json", "parquet")

# what each figure column reads: the figure's own property, or one of its evidence / indicator
FIGURE_PROPS = {"value": "value", "upper_value": "upperValue", "unit": "unitText", "kind": "figureKind",
                "normalised_unit": "normalisedUnit", "base_value": "baseValue", "base_unit": "baseUnit",
                "comparator": "comparator", "aspirational": "aspirational", "from_value": "fromValue",
                "start_year": "startYear", "end_year": "endYear", "direction": "direction"}
# assessment column ← the variable of queries/cq-10 that holds it (same name when not listed)
CQ10_VARIABLES = {"indicator": "indicatorName", "comparator": "promisedComparator", "value": "promisedValue",
                  "unit": "promisedUnit", "start_year": "startYear", "end_year": "endYear",
                  "quote": "promiseQuote", "start": "promiseStart", "end": "promiseEnd",
                  "result_report": "resultReport", "result_value": "resultValue", "result_unit": "resultUnit",
                  "result_quote": "resultQuote", "result_start": "resultStart", "result_end": "resultEnd",
                  "iri": "target", "result_iri": "outcome"}
PKG = PKG_NS
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

# simple patterns only: one star per query, joined in Python (nested OPTIONALs blow up in the store)
STAR = PREFIXES + "SELECT ?s ?p ?o WHERE { ?s a CLASS ; ?p ?o }"
EVIDENCE = PREFIXES + "SELECT ?s ?p ?o WHERE { ?f a CLASS ; pkg:evidence ?s . ?s ?p ?o }"
# a province's name, and every parentPlace link: walked in Python (table_cells.least_reachable), since
# `pkg:parentPlace+` over a long chain of places gives n² rows (3,000 places: 200 s and 4.5 GB)
PROVINCE_NAMES = PREFIXES + """SELECT ?s ?o WHERE { ?s pkg:placeLevel "province" ; rdfs:label ?o
  FILTER(lang(?o) = "zh") }"""
PARENTS = PREFIXES + "SELECT ?s ?o WHERE { ?s pkg:parentPlace ?o }"


def select_rows(store, query: str) -> list[dict]:
    res = store.query(query, use_default_graph_as_union=True)
    names = [v.value for v in res.variables]
    return [{n: _value(sol[n]) for n in names} for sol in res]


def star(store, cls: str, query: str = STAR) -> dict[str, dict[str, list]]:
    """subject → predicate IRI → values, for every subject of class ``cls`` (a prefixed name)."""
    out: dict[str, dict[str, list]] = {}
    for r in select_rows(store, query.replace("CLASS", cls)):
        out.setdefault(r["s"], {}).setdefault(r["p"], []).append(r["o"])
    return out


def _pairs(store, query: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for r in select_rows(store, query):
        out.setdefault(r["s"], []).append(r["o"])
    return out


def one_value(props: dict, pred: str, lang: str | None = None):
    """The least value of a predicate (a zh label when ``lang``); None when absent."""
    vals = props.get(pred, [])
    if lang:
        vals = [v for v in vals if getattr(v, "lang", None) == lang] or \
            [v for v in vals if not getattr(v, "lang", None)]
    return min(vals, key=str) if vals else None


def places(store) -> dict[str, dict]:
    """place IRI → jurisdiction columns (name, code, level, province)."""
    province = least_reachable(_pairs(store, PARENTS), _pairs(store, PROVINCE_NAMES))
    out = {}
    for iri, props in star(store, "pkg:Place").items():
        name, level = one_value(props, RDFS_LABEL, "zh"), one_value(props, PKG + "placeLevel")
        out[iri] = {"jurisdiction": text_of(name), "jurisdiction_code": text_of(one_value(props, SKOS + "notation")),
                    "jurisdiction_level": level,
                    "province": text_of(province.get(iri) or (name if level == "province" else None))}
    return out


def report_slug(iri: str | None) -> str | None:
    return iri.rstrip("/").rsplit("/", 1)[-1] if iri else None


def text_of(v):
    return None if v is None else str(v)


def figure_rows(store, which: str) -> list[dict]:
    """One row per Target or Outcome, sorted by report, start, end and IRI; an outcome is never aspirational."""
    cls = "pkg:" + KINDS[which]
    figs, evidence = star(store, cls), star(store, cls, EVIDENCE)
    indicators, notation = star(store, "pkg:Indicator"), notations(store)
    reports, where = star(store, "pkg:Report"), places(store)
    rows = []
    for iri, props in figs.items():
        ev = evidence.get(one_value(props, PKG + "evidence"), {})
        ind = indicators.get(only(props, PKG + "indicator", iri, "indicator"), {})
        report = only(ev, PKG + "inReport", iri, "report")
        rep = reports.get(report, {})
        row = {c: only(props, PKG + p, iri, c) for c, p in FIGURE_PROPS.items()}
        if which == "outcomes" and row["aspirational"] is None:
            row["aspirational"] = False     # contract §4: only a target is aspirational; one type in every format
        row.update(iri=iri, report=report_slug(report), year=one_value(rep, PKG + "year"),
                   indicator=text_of(one_value(ind, RDFS_LABEL, "zh")), quote=only(ev, PKG + "quote", iri, "quote"),
                   start=only(ev, PKG + "start", iri, "start"), end=only(ev, PKG + "end", iri, "end"),
                   **concept_of(ind, notation))
        row.update(where.get(one_value(rep, PKG + "jurisdiction"), dict.fromkeys(PLACE_COLUMNS)))
        rows.append(typed(row, FIGURE_COLUMNS))
    return sorted_rows(rows)


def notations(store) -> dict[str, str]:
    return {iri: one_value(p, SKOS + "notation") for iri, p in star(store, "skos:Concept").items()}


def concept_of(ind: dict, notation: dict) -> dict:
    for how in ("exact", "broad"):
        c = one_value(ind, SKOS + how + "Match")
        if c:
            return {"concept": notation.get(c) or report_slug(c), "concept_match": how}
    return {"concept": None, "concept_match": None}


def sorted_rows(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r["report"] or "", r["start"] or 0, r["end"] or 0, r["iri"] or ""))


def rows(store, which: str) -> tuple[list[str], list[dict]]:
    if which == "assessments":
        from .table_assess import assessment_rows
        return ASSESSMENT_COLUMNS, assessment_rows(store)
    return FIGURE_COLUMNS, figure_rows(store, which)


def asserted_store(paths: list[str]):
    """One pyoxigraph store holding, once, every asserted triple of the graph files: the named graphs
    of a TriG/N-Quads merged into the default graph (a shared node described by several reports is
    one set of triples), the ontology and inferred graphs left out."""
    import pyoxigraph as ox

    from .query import load_store
    from .table_store import kept as plain_kept, skipped
    kept, plain = plain_kept(paths), True   # one load, no relabelling, when no kept quad holds a blank node
    if kept is None:
        skip, plain = skipped(), False
        kept = [ox.Quad(q.subject, q.predicate, q.object) for q in load_store(paths).quads_for_pattern(None, None, None)
                if getattr(q.graph_name, "value", None) not in skip]
    store = ox.Store()
    store.extend(kept)
    _need_policykg(store, paths)   # before the labels, which take minutes on thousands of blank nodes
    if not plain and any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in kept):
        from .canon import ChainTooLong, canonical_ox
        try:   # pyoxigraph labels blank nodes at random on each load: rows came in another order every run
            store = ox.Store()
            store.extend(canonical_ox(kept))
        except ChainTooLong:
            store.extend(kept)   # a long RDF list (no figure is one) is no reason to refuse the table
    return store


def _need_policykg(store, graphs: list[str]) -> None:
    """A graph with nothing of policykg's classes (validation.ttl, void.ttl, another tool's RDF) gave an
    empty table and exit 0, as if the reports held no figure."""
    if not store.query(f"ASK {{ ?s a ?c FILTER(STRSTARTS(STR(?c), {json.dumps(PKG)})) }}"):
        raise not_policykg(graphs)


def _check_suffix(out: str, fmt: str) -> None:
    """--format csv --out rows.parquet (or rows.ttl) wrote CSV that pandas, or policykg, then misread."""
    import os

    from .loading import FORMATS as GRAPHS
    ext = os.path.splitext(out)[1].lower()
    named = {".csv": "csv", ".json": "json", ".parquet": "parquet"}.get(ext)
    if named not in (None, fmt) or (named is None and (ext in GRAPHS or ext == ".graphml")):
        raise UsageError(f"--out {out}: a {ext} file is read as {named or 'a graph'}, and --format {fmt} is "
                         f"not that; name it .{fmt}, or give the --format the name says")


def _need_pyarrow(out: str | None) -> None:
    if out is None:
        raise UsageError("--format parquet needs --out FILE")
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise UsageError("--format parquet needs pyarrow (pip install pyarrow); use --format csv or json") from None


def write(which: str, graphs: list[str], fmt: str, out: str | None) -> int:
    """Load the graphs, build the table, write it to ``out`` (stdout for csv/json when None)."""
    if which not in (*KINDS, "assessments"):
        raise UsageError(f"unknown table {which!r} (targets, outcomes or assessments)")
    if fmt == "parquet":
        _need_pyarrow(out)
    if out is not None:
        from ..corpus.safefile import check_target
        check_target(out, inputs=graphs, only_ours=True)  # before the work: a symlink, FIFO, folder or device is refused
        _check_suffix(out, fmt)
    from .preload import check_fits, refuse_foreign
    check_fits(graphs)   # pyoxigraph aborts the process when memory runs out: refused before loading
    refuse_foreign(graphs)   # another tool's 487 MB graph was loaded whole (173 s, 6.6 GB) first
    store = asserted_store(graphs)
    columns, data = rows(store, which)
    blob = WRITERS[fmt](columns, data)
    if out is not None:
        from ..corpus.safefile import write_atomic
        write_atomic(out, blob, only_ours=True)  # a temporary file renamed over a regular file only
    else:
        from ..stdout import write_bytes
        write_bytes(blob)
    return len(data)
