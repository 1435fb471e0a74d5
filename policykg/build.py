"""`policykg build`: read → structure → extract → emit for every report, then reason and validate,
and write the output folder whole (DESIGN.md §2)."""
from __future__ import annotations

import os
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef

from . import ids
from .namespaces import ONTOLOGY_IRI
from .outdir import make_tmp, staged

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
ONTOLOGY = ROOT / "ontology" / "policykg.ttl"
REPORT_SUFFIXES = (".txt", ".html", ".htm")


def default_inputs() -> list[Path]:
    """Every report under data/ (reports/ and corpus/), in a stable order."""
    found = [p for p in DATA.rglob("*") if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES
             and p.parent.name not in ("lexicons", "gazetteer", "curation")]
    return sorted(found)


def collect_inputs(args) -> list[str]:
    """The report files the command line names: files as given, folders expanded (folder_reports), in
    command-line order, each file once (the first name of a file named twice is kept)."""
    out, seen = [], set()
    for arg in args:
        arg = str(arg)
        for p in folder_reports(arg) if os.path.isdir(arg) else [arg]:
            real = os.path.realpath(p)
            if real not in seen:
                seen.add(real)
                out.append(p)
    return out


def folder_reports(folder: str) -> list[str]:
    """Every .txt/.html/.htm file under folder, recursively, sorted by path. Hidden files and folders
    (name starting with '.') and previous policykg outputs (holding outdir.MARKER) are skipped; symlinked
    folders are not entered; a symlink to a file counts only when its target is a file inside folder (and
    not when that file is collected under its own name). data/ itself gives default_inputs()."""
    from .errors import InputError
    from .outdir import MARKER

    root = os.path.realpath(folder)
    if root == os.path.realpath(DATA):
        return [str(p) for p in default_inputs()]

    def unreadable(exc: OSError):
        raise InputError(f"{exc.filename}: cannot read this folder ({exc.strerror})")

    files, links = [], []
    for here, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not os.path.isfile(os.path.join(here, d, MARKER)))
        for name in names:
            p = os.path.join(here, name)
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in REPORT_SUFFIXES:
                continue
            real = os.path.realpath(p)
            if not os.path.islink(p):
                files.append(p)
            elif real.startswith(root + os.sep) and os.path.isfile(real):
                links.append(p)
    own = {os.path.realpath(p) for p in files}
    found = sorted(files + [p for p in links if os.path.realpath(p) not in own])
    if not found:
        raise InputError(f"{folder}: folder holds no report file (.txt, .html, .htm)")
    return found


@dataclass
class ReportResult:
    path: str
    slug: str
    graph: Graph
    counts: dict[str, int]
    truncated: bool = False
    text: str | None = None          # written beside the graph for HTML inputs
    source_kind: str = "text"
    timings: dict[str, float] = field(default_factory=dict)   # seconds per stage (benchmarks)
    body: str | None = None          # the graph's Turtle, rendered where the graph was built
    assess: tuple = ()               # assess.keys of the graph: (targets, outcomes)
    invisible_removed: int = 0       # invisible characters the reader dropped (texts/<slug>.txt written)
    shared: set | None = None        # descriptions of shared nodes (shared.split), kept out of graph


@dataclass
class BuildResult:
    reports: list[ReportResult] = field(default_factory=list)
    asserted: set | None = None      # the union of the report graphs and the shared graph (a set)
    shared: set | None = None        # the shared graph: descriptions of shared nodes (shared.py)
    inferred: Graph | None = None
    results: list = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)   # seconds per stage, summed over reports


def process(path: str, overrides: dict | None = None) -> ReportResult:
    """One report through read, structure, extract and emit."""
    from .emit import emit
    from .extract import extract
    from .read import for_matching, read_report
    from .structure import parse
    from .summary import counts

    timings: dict[str, float] = {}
    with _timed(timings, "read"):
        doc = read_report(path, **(overrides or {}))
    seen = for_matching(doc)          # emit quotes the evidence from doc.text itself
    with _timed(timings, "structure"):
        outline = parse(seen)
    with _timed(timings, "extract"):
        facts = extract(seen, outline)
    with _timed(timings, "emit"):
        g = emit(doc, outline, facts)
    slug = doc.report_id or ids.report_slug(doc.metadata.place, doc.metadata.year)
    # the text offsets refer to, beside the graph, when it is not the file's own text
    own = doc.source_kind == "html" or doc.invisible_removed
    return ReportResult(path=path, slug=slug, graph=g, counts=counts(g), truncated=doc.truncated,
                        text=doc.text if own else None, source_kind=doc.source_kind,
                        timings=timings, invisible_removed=doc.invisible_removed)


@contextmanager
def _timed(timings: dict, stage: str):
    """Add the wall time of the block to timings[stage] (read by benchmarks/, never asserted)."""
    t = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - t


def ontology_graph() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def process_for_union(path: str, overrides: dict | None = None) -> ReportResult:
    """process(), then the report's own triples and its shared-node descriptions split apart
    (shared.split), the own part's Turtle rendered here (in the worker), and both turned into
    TripleSets, which travel back to the parent ~10× faster than a pickled Graph."""
    from .assess import keys
    from .serialise import turtle
    from .shared import split
    from .triples import TripleSet

    r = process(path, overrides)
    r.assess = keys(r.graph)
    with _timed(r.timings, "write"):
        own, shared = split(r.graph)
        r.body = turtle(own)
        r.graph, r.shared = TripleSet(own), TripleSet(shared)
        r.counts["triples"] = len(own)
    return r


def build(paths: list[str], engine: str = "native", overrides: dict | None = None, jobs: int = 1,
          progress: bool = False) -> BuildResult:
    """Every report through process_for_union (in `jobs` processes), then the cross-report links,
    the union (a set of triples), its inferred graph and its SHACL results."""
    from .assess import links
    from .namespaces import PKG
    from .reason import infer
    from .shared import shared_union
    from .validate import validate

    reports = _process_all(paths, overrides, jobs, progress)
    _check_unique(reports)
    reports.sort(key=lambda r: r.slug)
    timings: dict[str, float] = {}
    for r in reports:
        for k, v in r.timings.items():
            timings[k] = timings.get(k, 0.0) + v
    with _timed(timings, "link"):
        by_slug = {r.slug: r for r in reports}
        for slug, pairs in links([(r.slug, *r.assess) for r in reports]).items():
            r = by_slug[slug]
            r.graph.update((t, PKG.assessedBy, o) for t, o in pairs)
            r.body = None  # rendered again with its links
            r.counts["triples"] = len(r.graph)
    with _timed(timings, "union"):
        shared = shared_union(r.shared for r in reports)
        asserted = set().union(shared, *(r.graph for r in reports))
    with _timed(timings, "reason"):
        inferred = infer(asserted, _ontology_cached(), engine=engine)
    with _timed(timings, "validate"):
        results = validate(asserted, engine=engine)
    return BuildResult(reports=reports, asserted=asserted, shared=shared, inferred=inferred,
                       results=results, timings=timings)


def _check_unique(reports) -> None:
    seen: dict[str, str] = {}
    for r in sorted(reports, key=lambda r: (r.slug, r.path)):
        if r.slug in seen:
            from .errors import InputError
            raise InputError(f"{r.path}: the same report ({r.slug}) as {seen[r.slug]}")
        seen[r.slug] = r.path


def default_jobs() -> int:
    """Processes a build uses unless told otherwise: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _progress(total: int, enabled: bool, what: str = "reports"):
    """A tqdm bar on stderr, or a no-op stand-in when disabled."""
    if enabled:
        from tqdm import tqdm
        return tqdm(total=total, unit=" " + what, file=sys.stderr, dynamic_ncols=True, leave=False)

    class _Null:
        def update(self, n=1):
            pass

        def close(self):
            pass

    return _Null()


def _largest_first(paths) -> list[int]:
    """Indices of paths, biggest file first: the long reports start early, so workers finish together."""
    def size(p):
        try:
            return os.path.getsize(p)
        except (OSError, TypeError):  # the streaming build's second phase passes slugs, not paths
            return 0
    return sorted(range(len(paths)), key=lambda i: (-size(paths[i]), i))


def _pool(jobs: int):
    import multiprocessing as mp
    import threading
    from concurrent.futures import ProcessPoolExecutor

    # not fork: a child forked from a process that has started threads can hang on a lock one of
    # those threads held. forkserver forks from a clean single-threaded server; spawn where that is
    # missing.
    from .lifeline import die_with_parent

    methods = mp.get_all_start_methods()
    ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
    # the forkserver and the workers die with us, even on SIGKILL (lifeline); the kernel ties the
    # forkserver to the thread that starts it, so only when that is the main thread
    if "forkserver" in methods and threading.current_thread() is threading.main_thread():
        ctx.set_forkserver_preload(["__main__", "policykg.lifeline_forkserver"])
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=die_with_parent)


def _run_parallel(fn, args: list[tuple], jobs: int, bar) -> list:
    """fn(*a) for every a in args, in processes when jobs > 1; results in the order of args."""
    out: list = [None] * len(args)
    if jobs <= 1 or len(args) <= 1:
        for i, a in enumerate(args):
            out[i] = fn(*a)
            bar.update()
        return out
    from concurrent.futures import FIRST_EXCEPTION, wait

    with _pool(min(jobs, len(args))) as pool:
        futures = {pool.submit(fn, *args[i]): i for i in _largest_first([a[0] for a in args])}
        pending = set(futures)
        while pending:
            done, pending = wait(pending, return_when=FIRST_EXCEPTION)
            for f in done:
                if f.exception() is not None:
                    for p in pending:
                        p.cancel()
                    raise f.exception()
                out[futures[f]] = f.result()
                bar.update()
    return out


def _per_path(overrides, n: int) -> list:
    """overrides: one dict for every report, or a list of dicts, one per path (benchmarks replicate
    reports under distinct IRIs with report_id)."""
    if isinstance(overrides, (list, tuple)):
        if len(overrides) != n:
            raise ValueError("one overrides dict per path")
        return list(overrides)
    return [overrides] * n


def _process_all(paths, overrides, jobs, progress) -> list[ReportResult]:
    """process_for_union() every path; in `jobs` processes when jobs > 1. The result does not depend on jobs
    or on the order of paths (build() sorts by slug)."""
    bar = _progress(len(paths), progress)
    try:
        return _run_parallel(process_for_union, list(zip(paths, _per_path(overrides, len(paths)))), jobs, bar)
    finally:
        bar.close()


def write_outputs(result: BuildResult, out_dir: str) -> None:
    """Write every file into a fresh folder beside out_dir, then swap it in whole (outdir.staged).

    Each report's Turtle body was rendered by the process that built it (again here only when
    cross-report links were added), so the TriG costs no second pass over the report graphs.
    """
    from .serialise import trig_from_bodies
    from .shared import SHARED_GRAPH
    from .summary import summary_csv

    t0 = time.perf_counter()
    with staged(out_dir, [r.path for r in result.reports]) as tmp:
        n = len(result.reports)
        tasks = [("union",), *[("report", i) for i in range(n)], ("shared",), ("ontology",),
                 ("inferred",), ("validation",), ("void",)]
        body = {t: _render(result, t) for t in tasks}
        (tmp / "graph.ttl").write_text(body[("union",)], encoding="utf-8")
        names = [(ids.graph_iri(r.slug), ("report", i)) for i, r in enumerate(result.reports)]
        names += [(SHARED_GRAPH, ("shared",)), (ONTOLOGY_IRI, ("ontology",)),
                  (ids.INFERRED_GRAPH, ("inferred",))]
        (tmp / "graph.trig").write_text(trig_from_bodies([(name, body[key]) for name, key in names]),
                                        encoding="utf-8")
        (tmp / "validation.ttl").write_text(body[("validation",)], encoding="utf-8")
        (tmp / "summary.csv").write_text(summary_csv(result.reports), encoding="utf-8")
        (tmp / "void.ttl").write_text(body[("void",)], encoding="utf-8")
        for r in result.reports:
            if r.text is not None:
                (tmp / "texts").mkdir(exist_ok=True)
                (tmp / "texts" / f"{r.slug}.txt").write_text(r.text, encoding="utf-8")
    result.timings["write"] = result.timings.get("write", 0.0) + time.perf_counter() - t0


@lru_cache(maxsize=1)
def _ontology_turtle() -> str:
    from .serialise import turtle
    return turtle(_ontology_cached())


def _render(result: BuildResult, task: tuple) -> str:
    """One Turtle document of write_outputs."""
    from .serialise import turtle

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
        from .validate import report_graph
        return turtle(report_graph(result.results))
    if kind == "void":
        from .void import void_graph
        return turtle(void_graph(result))
    raise ValueError(kind)


# ------------------------------------------------------------------------------------------------
# Streaming build (corpus scale)
#
# Beyond STREAM_THRESHOLD reports (or with `policykg build --stream`) the union no longer goes
# through one rdflib graph: each report is reasoned over and validated on its own, in worker
# processes, and the output is
#   out/reports/<slug>.ttl   the report's own graph (longturtle, as in graph.trig)
#   out/graph.nq             N-Quads: the ontology graph, the shared graph (shared.py: descriptions
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
    from .shared import split
    from .triples import TripleSet
    from .validate import validate

    r = process(path, overrides)
    with _timed(r.timings, "validate"):
        results = [x for x in validate(r.graph, engine=engine) if _report_scoped(x.focus)]
        shared = _shared_triples(r.graph)
    with _timed(r.timings, "write"):
        with open(Path(work) / f"{r.slug}.pkl", "wb") as fh:
            pickle.dump(TripleSet(r.graph), fh, protocol=pickle.HIGHEST_PROTOCOL)
        if r.text is not None:
            (Path(out) / "texts").mkdir(exist_ok=True)
            (Path(out) / "texts" / f"{r.slug}.txt").write_text(r.text, encoding="utf-8")
    summary = StreamReport(path=r.path, slug=r.slug, counts=r.counts, truncated=r.truncated,
                           source_kind=r.source_kind, timings=r.timings, invisible_removed=r.invisible_removed)
    return summary, results, keys(r.graph), shared, TripleSet(split(r.graph)[1])


_REPORT_SCOPE = "https://w3id.org/policykg/id/report/"


def _report_scoped(node: str) -> bool:
    """Nodes only one report speaks of: the report, its sections, tasks, targets, evidence, …
    (DESIGN.md §2); blank nodes too. Parks, projects, places, organisations, indicators are shared."""
    return node.startswith(_REPORT_SCOPE) or not node.startswith("http")


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


@lru_cache(maxsize=1)
def _ontology_cached() -> Graph:
    return ontology_graph()


def _nquads(g, graph_name) -> list[str]:
    """N-Quads lines of g (a Graph or a set of triples) in graph_name, with rdflib's N-Triples
    escaping."""
    from rdflib.plugins.serializers.nt import _nt_row

    suffix = f" <{graph_name}> .\n"
    return [_nt_row(t)[:-3] + suffix for t in g]


def _stream_phase2(slug: str, links: list, engine: str, work: str, out: str):
    """Worker: add the cross-report links, reason, write reports/<slug>.ttl and the N-Quads block."""
    import pickle

    from .namespaces import PKG
    from .reason import infer
    from .serialise import turtle
    from .shared import split

    timings: dict[str, float] = {}
    src = Path(work) / f"{slug}.pkl"
    with open(src, "rb") as fh:
        g = pickle.load(fh)  # a TripleSet
    g.update((q, PKG.assessedBy, o) for q, o in links)
    with _timed(timings, "reason"):
        inferred = _not_asserted_elsewhere(infer(g, _ontology_cached(), engine=engine), slug, work)
    with _timed(timings, "write"):
        g = split(g)[0]  # the report's own graph; its shared-node descriptions are in graph/shared
        (Path(out) / "reports" / f"{slug}.ttl").write_text(turtle(g), encoding="utf-8")
        lines = _nquads(g, ids.graph_iri(slug)) + _nquads(inferred, ids.INFERRED_GRAPH)
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
    mine = f"{_REPORT_SCOPE}{slug}"
    return {t for t in inferred if t not in shared and not (
        t[1] == RDF.type and _report_scoped(t[0]) and t[0] != URIRef(mine) and not t[0].startswith(mine + "/"))}


def build_stream(paths: list[str], out_dir: str, engine: str = "native", overrides: dict | None = None,
                 jobs: int = 1, progress: bool = False) -> StreamResult:
    """The streaming build (see the comment above STREAM_THRESHOLD); writes out_dir whole, like
    write_outputs (outdir.staged), and returns counts and SHACL results. Report graphs are parked in a
    marked work folder beside out_dir, removed at the end (or by the next build if this one is killed)."""
    with staged(out_dir, paths) as tmp:
        work = make_tmp(Path(out_dir).resolve(), out_dir, "work")
        try:
            (tmp / "reports").mkdir()
            reports, results, second, timings, shared = _stream_phases(paths, tmp, work, engine, overrides,
                                                                       jobs, progress)
            asserted, inferred = _stream_write(tmp, work, reports, results, second, timings, shared)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return StreamResult(reports=reports, results=results, asserted_count=asserted, inferred_count=inferred,
                        timings=timings)


def _stream_phases(paths, tmp: Path, work: Path, engine, overrides, jobs, progress):
    """Phase 1 (read → validate, park) and phase 2 (links, reason, write blocks) in `jobs` processes."""
    import pickle

    from .assess import links as assess_links
    from .shared import shared_union
    from .triples import TripleSet
    from .validate import validate

    bar = _progress(2 * len(paths), progress)
    timings: dict[str, float] = {}
    try:
        first = _run_parallel(_stream_phase1, [(p, o, engine, str(work), str(tmp))
                                               for p, o in zip(paths, _per_path(overrides, len(paths)))],
                              jobs, bar)
        summaries = [f[0] for f in first]
        _check_unique(summaries)
        order = sorted(range(len(first)), key=lambda i: summaries[i].slug)
        results = {r for f in first for r in f[1]}
        # shared nodes (parks, projects, …) are validated once on everything any report says of
        # them, as in the union build; each report's own nodes were validated in its worker
        shared = set().union(*(f[3] for f in first))
        with _timed(timings, "validate"):
            results |= {r for r in validate(shared, engine=engine) if not _report_scoped(r.focus)}
            del shared
        shared_graph = TripleSet(shared_union(f[4] for f in first))
        with open(work / "shared.pkl", "wb") as fh:
            pickle.dump(shared_graph, fh, protocol=pickle.HIGHEST_PROTOCOL)
        with _timed(timings, "link"):
            links = assess_links([(summaries[i].slug, *first[i][2]) for i in order])
        del first
        # phase 2 wants (slug, …) with the biggest report first: _largest_first sizes args[0] as a
        # path, which a slug is not, so it falls back to the given order; fine, blocks are similar
        second = _run_parallel(_stream_phase2,
                               [(summaries[i].slug, links.get(summaries[i].slug, []), engine, str(work),
                                 str(tmp)) for i in order], jobs, bar)
    finally:
        bar.close()
    return [summaries[i] for i in order], sorted(results), second, timings, shared_graph


def _stream_write(tmp: Path, work: Path, reports, results, second, timings, shared_graph) -> tuple[int, int]:
    """graph.nq from the parked blocks, then validation, summary and VoID; returns the triple totals."""
    from .serialise import turtle
    from .shared import SHARED_GRAPH
    from .summary import summary_csv
    from .validate import report_graph

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
        fh.writelines(sorted(_nquads(_ontology_cached(), ONTOLOGY_IRI)))
        fh.writelines(sorted(_nquads(shared_graph, SHARED_GRAPH)))
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


def _stream_void(reports: list[StreamReport], asserted: int, shared: int) -> Graph:
    """VoID for a streaming build: dataset, licence, per-report subsets, the shared graph, triple totals."""
    from .void import DATASET, VOID, dataset_header

    g = Graph()
    dataset_header(g, asserted, reports, shared)
    g.add((DATASET, VOID.dataDump, URIRef("graph.nq")))
    return g
