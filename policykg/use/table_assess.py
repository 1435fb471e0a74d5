"""The rows of `policykg table assessments`: one per target of queries/cq-10, with its verdict.

cq-10 gives the verdict, the rule and both quotes; the figure columns the contract lists for every
table row that cq-10 does not return (a range's upper value, 力争's aspirational, a lowered level's
direction) and the result figure's own indicator, comparator, upper value and period are read from the
figures themselves.
"""
from __future__ import annotations

from .table import (ASSESSMENT_COLUMNS, CQ10_VARIABLES, FIGURE_PROPS, PKG, RDFS_LABEL, concept_of, notations, one_value,
                    select_rows, report_slug, sorted_rows, text_of, places, star)
from .table_cells import only, typed

# every predicate of every figure a target is assessed by (the outcomes no target names are not read)
RESULTS = """PREFIX pkg: <%s>
SELECT ?s ?p ?o WHERE { ?t a pkg:Target ; pkg:assessedBy ?s . ?s ?p ?o }""" % PKG
TARGET_PROPS = ("upper_value", "aspirational", "direction")
RESULT_PROPS = {"result_comparator": "comparator", "result_upper_value": "upper_value",
                "result_start_year": "start_year", "result_end_year": "end_year"}


def assessment_rows(store) -> list[dict]:
    """One row per target of queries/cq-10 (verdict and the rule that decided it); concept and
    concept_match as in the targets table (exact, else broad), not only cq-10's exact concept."""
    from .query import named_query
    where, indicators, notation = places(store), star(store, "pkg:Indicator"), notations(store)
    targets, results = star(store, "pkg:Target"), _results(store)
    rows = []
    for r in select_rows(store, named_query("cq-10")):
        row = {k: r.get(CQ10_VARIABLES.get(k, k)) for k in ASSESSMENT_COLUMNS}
        row.update(where.get(r.get("place"), {}), **concept_of(indicators.get(r.get("indicator"), {}), notation))
        target = _figure(targets.get(r.get("target"), {}), FIGURE_PROPS, r.get("target"))  # one value each, else
        row.update({c: target[c] for c in TARGET_PROPS})        # cq-10 gives a row per value and per pair
        got = results.get(r.get("outcome"))
        if got is not None:
            result = _figure(got, FIGURE_PROPS, r.get("outcome"))
            row.update({c: result[p] for c, p in RESULT_PROPS.items()})
            row["result_indicator"] = text_of(one_value(indicators.get(only(got, PKG + "indicator", r.get("outcome"),
                                                                     "indicator"), {}), RDFS_LABEL, "zh"))
        row["report"], row["result_report"] = report_slug(row["report"]), report_slug(row["result_report"])
        rows.append(typed(row, ASSESSMENT_COLUMNS))
    return sorted_rows(rows)


def _results(store) -> dict[str, dict[str, list]]:
    out: dict[str, dict[str, list]] = {}
    for r in select_rows(store, RESULTS):
        out.setdefault(r["s"], {}).setdefault(r["p"], []).append(r["o"])
    return out


def _figure(props: dict, columns: dict, iri) -> dict:
    return {c: only(props, PKG + p, iri, c) for c, p in columns.items()}
