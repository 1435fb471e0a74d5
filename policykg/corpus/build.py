"""`policykg build`: read → structure → extract → emit for every report, then reason and validate,
and write the output folder whole (docs/contract.md)."""
from __future__ import annotations

import gc
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Graph

from ..emit import ids
from .. import resources
from ..vocab import ONTOLOGY_IRI
from .outdir import staged

from .pool import per_path, progress_bar, run_parallel


@dataclass
class ReportResult:
    path: str
    slug: str
    graph: Graph
    counts: dict[str, int]
    truncated: bool = False
    text: str | None = None          # written beside the graph for HTML, PDF and Word inputs
    source_kind: str = "text"
    timings: dict[str, float] = field(default_factory=dict)   # seconds per stage (benchmarks)
    body: str | None = None          # the graph's Turtle, rendered where the graph was built
    assess: tuple = ()               # assess.keys of the graph: (targets, outcomes)
    invisible_removed: int = 0       # invisible characters the reader dropped (texts/<slug>.txt written)
    shared: set | None = None        # descriptions of shared nodes (shared.split), kept out of graph
    file: str | None = None          # summary.csv's file column when kept from a previous build (add)
    place_guess: str | None = None   # the place read from the body, its header naming none (structure/body_place.py)
    parks_joined: bool = False       # a park of it took another year's IRI in union_build (park_years.py)
    written_shared: set | None = None    # shared as the report wrote it, before those joins (shared/<slug>.nt)


@dataclass
class BuildResult:
    reports: list[ReportResult] = field(default_factory=list)
    asserted: set | None = None      # the union of the report graphs and the shared graph (a set)
    shared: set | None = None        # the shared graph: descriptions of shared nodes (emit/shared.py)
    inferred: Graph | None = None
    results: list = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)   # seconds per stage, summed over reports


def process(path: str, overrides: dict | None = None) -> ReportResult:
    """One report through read, structure, extract and emit."""
    from ..emit import emit
    from ..extract import extract
    from ..read import for_matching, read_report, restore_offsets
    from ..structure import parse
    from .assess import not_compared
    from .summary import counts

    timings: dict[str, float] = {}
    with timed(timings, "read"):
        doc = read_report(path, **(overrides or {}))
    seen = for_matching(doc)          # emit quotes the evidence from doc.text itself
    with timed(timings, "structure"):
        outline = parse(seen)
    with timed(timings, "extract"):
        facts = extract(seen, outline)
        outline, facts = restore_offsets(doc, outline, facts)
    with timed(timings, "emit"):
        g = emit(doc, outline, facts)
        not_compared(g)
    slug = ids.doc_slug(doc)
    # the text offsets refer to, beside the graph, when it is not the file's own text
    own = doc.source_kind != "text" or doc.invisible_removed
    return ReportResult(path=path, slug=slug, graph=g, counts=counts(g), truncated=doc.truncated,
                        text=doc.text if own else None, source_kind=doc.source_kind,
                        timings=timings, invisible_removed=doc.invisible_removed,
                        place_guess=doc.metadata.place if "place_body" in doc.metadata.spans else None)


@contextmanager
def timed(timings: dict, stage: str):
    """Add the wall time of the block to timings[stage] (read by benchmarks/, never asserted)."""
    t = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - t


@contextmanager
def gc_paused():
    """No cyclic garbage collection inside the block. A build allocates millions of tuples, sets and
    terms that live to its end, and every collection walks them all (10–30 % of a report's or the
    union's CPU); the few cycles a block leaves (rdflib Graphs) are collected once it is left."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def ontology_graph() -> Graph:
    """The ontology's Graph, its parse cached by the text's hash (parsed_cache)."""
    from ..parsed_cache import turtle_graph
    return turtle_graph(resources.ontology().read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def ontology_cached() -> Graph:
    return ontology_graph()


def process_for_union(path: str, overrides: dict | None = None) -> ReportResult:
    """process(), then the report's own triples and its shared-node descriptions split apart
    (shared.split), both turned into TripleSets, which travel back to the parent ~10× faster than a
    pickled Graph, and the own part's Turtle rendered here (in the worker) once the Graph is gone."""
    from .assess import keys
    from ..emit.serialise import turtle
    from ..emit.shared import split
    from .triples import TripleSet

    with gc_paused():
        r = process(path, overrides)
        r.assess = keys(r.graph)
        with timed(r.timings, "write"):
            own, shared = split(r.graph)
            r.graph, r.shared = TripleSet(own), TripleSet(shared)   # the Graph and its indexes freed first
            del own, shared
            r.body = turtle(r.graph)
            r.counts["triples"] = len(r.graph)
    return r


def build(paths: list[str], engine: str = "native", overrides: dict | None = None, jobs: int = 1,
          progress: bool = False) -> BuildResult:
    """Every report through process_for_union (in `jobs` processes), then union_build."""
    return union_build(process_all(paths, overrides, jobs, progress), engine)


def union_build(reports: list[ReportResult], engine: str = "native", joined: dict | None = None) -> BuildResult:
    """The cross-report links, the union (a set of triples), its inferred graph and its SHACL results
    of reports as process_for_union gives them (or as `policykg add` reloads them, ``joined`` the park renames
    the reloaded output was written with: park_years.join_park_years)."""
    with gc_paused():
        return _union_build(reports, engine, joined)


def _union_build(reports: list[ReportResult], engine: str, joined: dict | None = None) -> BuildResult:
    from .assess import links
    from .park_years import join_park_years
    from ..vocab import PKG
    from ..reason import infer
    from ..emit.shared import shared_union
    from ..validate import validate

    check_unique(reports)
    reports.sort(key=lambda r: r.slug)
    timings: dict[str, float] = {}
    for r in reports:
        for k, v in r.timings.items():
            timings[k] = timings.get(k, 0.0) + v
    with timed(timings, "link"):
        join_park_years(reports, joined)    # one park node across years (park_years.py)
        by_slug = {r.slug: r for r in reports}
        for slug, pairs in links([(r.slug, *r.assess) for r in reports]).items():
            r = by_slug[slug]
            r.graph.update((t, PKG.assessedBy, o) for t, o in pairs)
            r.body = None  # rendered again with its links
            r.counts["triples"] = len(r.graph)
    with timed(timings, "union"):
        shared = shared_union(r.shared for r in reports)
        asserted = set().union(shared, *(r.graph for r in reports))
    with timed(timings, "reason"):
        inferred = infer(asserted, ontology_cached(), engine=engine)
    with timed(timings, "validate"):
        results = validate(asserted, engine=engine)
    return BuildResult(reports=reports, asserted=asserted, shared=shared, inferred=inferred,
                       results=results, timings=timings)


def check_unique(reports) -> None:
    seen: dict[str, str] = {}
    for r in sorted(reports, key=lambda r: (r.slug, r.path)):
        if r.slug in seen:
            from ..errors import InputError
            raise InputError(f"{r.path}: the same report ({r.slug}) as {seen[r.slug]}")
        seen[r.slug] = r.path


def process_all(paths, overrides=None, jobs: int = 1, progress: bool = False) -> list[ReportResult]:
    """process_for_union() every path; in `jobs` processes when jobs > 1. The result does not depend on jobs
    or on the order of paths (union_build sorts by slug)."""
    bar = progress_bar(len(paths), progress)
    try:
        return run_parallel(process_for_union, list(zip(paths, per_path(overrides, len(paths)))), jobs, bar)
    finally:
        bar.close()


def write_outputs(result: BuildResult, out_dir: str, command: str = "build") -> None:
    """Write every file into a fresh folder beside out_dir, then swap it in whole (outdir.staged); the
    marker names command (build, or add).

    Each report's Turtle body was rendered by the process that built it (again here only when
    cross-report links were added), so the TriG costs no second pass over the report graphs. One
    document is held at a time: each is rendered, written and dropped (speed46).
    """
    from .parts import write_parts
    from ..emit.serialise import trig_parts
    from ..emit.shared import SHARED_GRAPH
    from .summary import summary_csv

    t0 = time.perf_counter()
    with gc_paused(), staged(out_dir, [r.path for r in result.reports], command=command) as tmp:
        _write(tmp / "graph.ttl", [_render(result, ("union",))])
        names = [(ids.graph_iri(r.slug), ("report", i)) for i, r in enumerate(result.reports)]
        names += [(SHARED_GRAPH, ("shared",)), (ONTOLOGY_IRI, ("ontology",)),
                  (ids.INFERRED_GRAPH, ("inferred",))]
        _write(tmp / "graph.trig", trig_parts((name, _render(result, key)) for name, key in names))
        _write(tmp / "validation.ttl", [_render(result, ("validation",))])
        (tmp / "summary.csv").write_text(summary_csv(result.reports), encoding="utf-8")
        _write(tmp / "void.ttl", [_render(result, ("void",))])
        write_parts(tmp, result.reports)
        for r in result.reports:
            if r.text is not None:
                (tmp / "texts").mkdir(exist_ok=True)
                (tmp / "texts" / f"{r.slug}.txt").write_text(r.text, encoding="utf-8")
    result.timings["write"] = result.timings.get("write", 0.0) + time.perf_counter() - t0


def _write(path, pieces) -> None:
    """PIECES of text written to PATH one after another (as Path.write_text writes their concatenation), in
    slices of a million characters: the encoder's bytes of a whole document are never held at once."""
    with open(path, "w", encoding="utf-8") as f:
        for piece in pieces:
            for at in range(0, len(piece), _SLICE):
                f.write(piece[at:at + _SLICE])


_SLICE = 1 << 20


def _ontology_turtle() -> str:
    from .ontology_text import ontology_turtle
    return ontology_turtle()


def _render(result: BuildResult, task: tuple) -> str:
    """One Turtle document of write_outputs."""
    from ..emit.serialise import turtle

    kind = task[0]
    if kind == "union":
        return turtle(result.asserted)
    if kind == "report":
        r = result.reports[task[1]]
        return r.body if r.body is not None else turtle(r.graph)
    if kind == "shared":
        return turtle(result.shared if result.shared is not None else set())
    if kind == "ontology":
        return _ontology_turtle()
    if kind == "inferred":
        return turtle(result.inferred)
    if kind == "validation":
        from ..validate import report_graph
        return turtle(report_graph(result.results))
    if kind == "void":
        from .void import void_graph
        return turtle(void_graph(result))
    raise ValueError(kind)
