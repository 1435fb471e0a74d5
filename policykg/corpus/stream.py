"""The streaming build (``--stream``, or more than STREAM_THRESHOLD reports): each report reasoned and validated
in its own worker, the union written as N-Quads without holding it in memory."""
from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef

from ..emit import ids
from ..vocab import ONTOLOGY_IRI, REPORT_BASE
from .build import check_unique, ontology_cached, process, timed
from .outdir import make_tmp, remove_beside, staged
from .pool import per_path, progress_bar, run_parallel

# Beyond STREAM_THRESHOLD reports (or with `policykg build --stream`) the union no longer goes
# through one rdflib graph: each report is reasoned over and validated on its own, in worker
# processes, and the output is
#   out/reports/<slug>.ttl   the report's own graph (longturtle, as in graph.trig)
#   out/graph.nq             N-Quads: the ontology graph, the shared graph (emit/shared.py: descriptions
#                            of shared nodes, once), then each report (sorted by slug) with its own
#                            quads in <graph/slug> and its inferred quads in <graph/inferred>, lines
#                            sorted within each block; an inferred quad repeated across blocks is the
#                            same quad of one graph, which a store keeps once
#   out/validation.ttl, summary.csv, void.ttl as usual (void: per-report subsets and triple totals;
#                            corpus-wide distinct-subject counts would need the whole union)
# and no graph.ttl / graph.trig. The parent keeps per-report counts, the SHACL results and, for the
# cross-report links, the comparison keys of each report's Targets and Outcomes (assess.keys);
# report graphs live only in workers and on disk.
#
# Locality. Everything a report says is in its own graph except pkg:assessedBy (a target of one
# report → an outcome of another, assess.links). The links are computed in the parent from
# the keys, exactly as assess.assess does on whole graphs, and added to the target's report graph
# before reasoning and writing. So:
#   * asserted quads: identical to the non-streaming build's report graphs and shared graph;
#   * inferred: OWL RL closure of (ontology + the report graph with its links), minus that report's
#     asserted triples, the shared graph and the types of other reports' nodes (_not_asserted_elsewhere).
#     Inferences that need facts from two reports (e.g. a park typed in one report, used in
#     another) are not drawn;
#   * SHACL: each report graph is validated before the links are added, keeping the results on the
#     report's own nodes (IRIs under id/report/<slug>); the shared nodes (parks, projects, places,
#     organisations, indicators) are validated once, in the parent, on the union of what every report
#     says of them (plus the rdf:type of their objects), so e.g. a project given two statement years
#     by two reports is reported as in the union build. A link's target is a node typed pkg:Outcome in
#     its own (validated) report, which is what pkgsh:TargetAssessedBy asks. The parent's set of
#     shared triples grows with the number of distinct shared entities, not with replicas.
# ------------------------------------------------------------------------------------------------
STREAM_THRESHOLD = 50


@dataclass
class StreamReport:
    """What the parent keeps of one report in a streaming build (no graph)."""
    path: str
    slug: str
    counts: dict[str, int]
    truncated: bool = False
    source_kind: str = "text"
    timings: dict[str, float] = field(default_factory=dict)
    inferred: int = 0
    invisible_removed: int = 0


@dataclass
class StreamResult:
    reports: list[StreamReport] = field(default_factory=list)
    results: list = field(default_factory=list)
    asserted_count: int = 0
    inferred_count: int = 0
    timings: dict[str, float] = field(default_factory=dict)


def _stream_phase1(path: str, overrides, engine: str, work: str, out: str):
    """Worker: read → emit, validate the report graph, park the graph on disk, return the summary."""
    import pickle

    from .assess import keys
    from ..emit.shared import split
    from .triples import TripleSet
    from ..validate import validate

    r = process(path, overrides)
    with timed(r.timings, "validate"):
        results = [x for x in validate(r.graph, engine=engine) if _report_scoped(x.focus)]
        shared = _shared_triples(r.graph)
    with timed(r.timings, "write"):
        with open(Path(work) / f"{r.slug}.pkl", "wb") as fh:
            pickle.dump(TripleSet(r.graph), fh, protocol=pickle.HIGHEST_PROTOCOL)
        if r.text is not None:
            (Path(out) / "texts").mkdir(exist_ok=True)
            (Path(out) / "texts" / f"{r.slug}.txt").write_text(r.text, encoding="utf-8")
    summary = StreamReport(path=r.path, slug=r.slug, counts=r.counts, truncated=r.truncated,
                           source_kind=r.source_kind, timings=r.timings, invisible_removed=r.invisible_removed)
    return summary, results, keys(r.graph), shared, TripleSet(split(r.graph)[1])


def _report_scoped(node: str) -> bool:
    """Nodes only one report speaks of: the report, its sections, tasks, targets, evidence, …
    (docs/contract.md); blank nodes too. Parks, projects, places, organisations, indicators are shared."""
    return node.startswith(REPORT_BASE) or not node.startswith("http")


def _shared_triples(g: Graph):
    """The triples of the shared (cross-report) nodes of g, with the rdf:type of their objects."""
    from rdflib.namespace import RDF

    from .triples import TripleSet

    out = TripleSet()
    for s in set(g.subjects()):
        if isinstance(s, URIRef) and not _report_scoped(str(s)):
            for t in g.triples((s, None, None)):
                out.add(t)
                if isinstance(t[2], URIRef):
                    out.update(g.triples((t[2], RDF.type, None)))
    return out


def nquads(g, graph_name) -> list[str]:
    """N-Quads lines of g (a Graph or a set of triples) in graph_name, with rdflib's N-Triples
    escaping."""
    from rdflib.plugins.serializers.nt import _nt_row

    suffix = f" <{graph_name}> .\n"
    return [_nt_row(t)[:-3] + suffix for t in g]


def _stream_phase2(slug: str, links: list, engine: str, work: str, out: str, joins=None):
    """Worker: move the parks another year's IRI joins (``joins``: park_years.YearJoins), add the cross-report
    links, reason, write reports/<slug>.ttl and the N-Quads block."""
    import pickle

    from ..vocab import PKG
    from ..reason import infer
    from ..emit.serialise import turtle
    from ..emit.shared import split

    timings: dict[str, float] = {}
    src = Path(work) / f"{slug}.pkl"
    with open(src, "rb") as fh:
        g = pickle.load(fh)  # a TripleSet
    if joins is not None:
        g = joins.graph(slug, g)
    g.update((q, PKG.assessedBy, o) for q, o in links)
    with timed(timings, "reason"):
        inferred = _not_asserted_elsewhere(infer(g, ontology_cached(), engine=engine), slug, work)
    with timed(timings, "write"):
        g = split(g)[0]  # the report's own graph; its shared-node descriptions are in graph/shared
        (Path(out) / "reports" / f"{slug}.ttl").write_text(turtle(g), encoding="utf-8")
        lines = nquads(g, ids.graph_iri(slug)) + nquads(inferred, ids.INFERRED_GRAPH)
        lines.sort()
        with open(Path(work) / f"{slug}.nq", "w", encoding="utf-8") as fh:
            fh.writelines(lines)
    src.unlink()
    return slug, len(g), len(inferred), timings


@lru_cache(maxsize=1)
def _stream_shared(path: str) -> frozenset:
    """The shared graph the parent parked for phase 2 (loaded once per worker process)."""
    import pickle
    with open(path, "rb") as fh:
        return frozenset(pickle.load(fh))


def _not_asserted_elsewhere(inferred, slug: str, work: str) -> set:
    """A report's inferences minus what the shared graph asserts and minus the types of other
    reports' nodes (reached through assessedBy links; their own graphs assert those types and their
    own reasoning draws the superclasses), so that no inferred quad repeats an asserted triple."""
    from rdflib.namespace import RDF

    shared = _stream_shared(str(Path(work) / "shared.pkl"))
    mine = f"{REPORT_BASE}{slug}"
    return {t for t in inferred if t not in shared and not (
        t[1] == RDF.type and _report_scoped(t[0]) and t[0] != URIRef(mine) and not t[0].startswith(mine + "/"))}


def build_stream(paths: list[str], out_dir: str, engine: str = "native", overrides: dict | None = None,
                 jobs: int = 1, progress: bool = False) -> StreamResult:
    """The streaming build (see the comment above STREAM_THRESHOLD); writes out_dir whole, like
    write_outputs (outdir.staged), and returns counts and SHACL results. Report graphs are parked in a
    marked work folder beside out_dir, removed at the end (or by the next build if this one is killed)."""
    with staged(out_dir, paths) as tmp:
        out = Path(os.path.realpath(out_dir))
        work = make_tmp(out, out_dir, "work")
        try:
            (tmp / "reports").mkdir()
            reports, results, second, timings, shared = _stream_phases(paths, tmp, work, engine, overrides,
                                                                       jobs, progress)
            asserted, inferred = _stream_write(tmp, work, reports, results, second, timings, shared)
        finally:
            remove_beside(work, out)   # its proof last (corpus.temporaries)
    return StreamResult(reports=reports, results=results, asserted_count=asserted, inferred_count=inferred,
                        timings=timings)


def _stream_phases(paths, tmp: Path, work: Path, engine, overrides, jobs, progress):
    """Phase 1 (read → validate, park) and phase 2 (links, reason, write blocks) in `jobs` processes."""
    import pickle

    from .assess import links as assess_links
    from .park_years import year_joins
    from ..emit.shared import shared_union
    from .triples import TripleSet
    from ..validate import validate

    bar = progress_bar(2 * len(paths), progress)
    timings: dict[str, float] = {}
    try:
        first = run_parallel(_stream_phase1, [(p, o, engine, str(work), str(tmp))
                                               for p, o in zip(paths, per_path(overrides, len(paths)))],
                              jobs, bar)
        summaries = [f[0] for f in first]
        check_unique(summaries)
        order = sorted(range(len(first)), key=lambda i: summaries[i].slug)
        results = {r for f in first for r in f[1]}
        joins = year_joins([(f[0].slug, f[4]) for f in first])    # one park node across years
        first = [(f[0], f[1], f[2], joins.shared(f[0].slug, f[3]), joins.shared(f[0].slug, f[4])) for f in first]
        # shared nodes (parks, projects, …) are validated once on everything any report says of
        # them, as in the union build; each report's own nodes were validated in its worker
        shared = set().union(*(f[3] for f in first))
        with timed(timings, "validate"):
            results |= {r for r in validate(shared, engine=engine) if not _report_scoped(r.focus)}
            del shared
        shared_graph = TripleSet(shared_union(f[4] for f in first))
        with open(work / "shared.pkl", "wb") as fh:
            pickle.dump(shared_graph, fh, protocol=pickle.HIGHEST_PROTOCOL)
        with timed(timings, "link"):
            links = assess_links([(summaries[i].slug, *first[i][2]) for i in order])
        del first
        # phase 2's args start with a slug, not a path: pool.largest_first sizes none of them and
        # keeps the given (slug) order; fine, blocks are similar
        second = run_parallel(_stream_phase2,
                               [(summaries[i].slug, links.get(summaries[i].slug, []), engine, str(work),
                                 str(tmp), joins.of(summaries[i].slug)) for i in order], jobs, bar)
    finally:
        bar.close()
    return [summaries[i] for i in order], sorted(results), second, timings, shared_graph


def _stream_write(tmp: Path, work: Path, reports, results, second, timings, shared_graph) -> tuple[int, int]:
    """graph.nq from the parked blocks, then validation, summary and VoID; returns the triple totals."""
    from ..emit.serialise import turtle
    from ..emit.shared import SHARED_GRAPH
    from .summary import summary_csv
    from ..validate import report_graph

    asserted, inferred = len(shared_graph), 0
    for rep, (_slug, n_asserted, n_inferred, t2) in zip(reports, second):
        rep.counts = dict(rep.counts, triples=n_asserted)  # with its assessedBy links
        rep.inferred = n_inferred
        asserted += n_asserted
        inferred += n_inferred
        for k, v in [*rep.timings.items(), *t2.items()]:
            timings[k] = timings.get(k, 0.0) + v
    t = time.perf_counter()
    with open(tmp / "graph.nq", "w", encoding="utf-8") as fh:
        fh.writelines(sorted(nquads(_labelled_by_content(ontology_cached()), ONTOLOGY_IRI)))
        fh.writelines(sorted(nquads(shared_graph, SHARED_GRAPH)))
        for rep in reports:
            block = work / f"{rep.slug}.nq"
            with open(block, encoding="utf-8") as src:
                shutil.copyfileobj(src, fh, 1 << 20)
            block.unlink()
    (tmp / "validation.ttl").write_text(turtle(report_graph(results)), encoding="utf-8")
    (tmp / "summary.csv").write_text(summary_csv(reports), encoding="utf-8")
    (tmp / "void.ttl").write_text(turtle(_stream_void(reports, asserted, len(shared_graph))), encoding="utf-8")
    timings["write"] = timings.get("write", 0.0) + time.perf_counter() - t
    return asserted, inferred


def _labelled_by_content(g: Graph):
    """g with its blank nodes labelled from the triples around them (rdflib's canonical form): N-Quads writes
    the labels, and rdflib's own are random, so graph.nq differed from run to run on the same input."""
    from rdflib.compare import to_canonical_graph
    return to_canonical_graph(g)


def _stream_void(reports: list[StreamReport], asserted: int, shared: int) -> Graph:
    """VoID for a streaming build: dataset, licence, per-report subsets, the shared graph, triple totals."""
    from .void import DATASET, VOID, dataset_header

    g = Graph()
    dataset_header(g, asserted, reports, shared)
    g.add((DATASET, VOID.dataDump, URIRef("graph.nq")))
    return g
