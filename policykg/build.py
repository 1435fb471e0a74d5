"""`policykg build`: read → structure → extract → emit for every report, then reason and validate,
and write the output folder whole (DESIGN.md §2)."""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import ids
from .namespaces import ONTOLOGY_IRI

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
ONTOLOGY = ROOT / "ontology" / "policykg.ttl"
REPORT_SUFFIXES = (".txt", ".html", ".htm")


def default_inputs() -> list[Path]:
    """Every report under data/ (reports/ and corpus/), in a stable order."""
    found = [p for p in DATA.rglob("*") if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES
             and p.parent.name not in ("lexicons", "gazetteer", "curation")]
    return sorted(found)


@dataclass
class ReportResult:
    path: str
    slug: str
    graph: Graph
    counts: dict[str, int]
    truncated: bool = False
    text: str | None = None          # written beside the graph for HTML inputs
    source_kind: str = "text"


@dataclass
class BuildResult:
    reports: list[ReportResult] = field(default_factory=list)
    asserted: Graph | None = None
    inferred: Graph | None = None
    results: list = field(default_factory=list)


def process(path: str, overrides: dict | None = None) -> ReportResult:
    """One report through read, structure, extract and emit."""
    from .emit import emit
    from .extract import extract
    from .read import read_report
    from .structure import parse
    from .summary import counts

    doc = read_report(path, **(overrides or {}))
    outline = parse(doc)
    facts = extract(doc, outline)
    g = emit(doc, outline, facts)
    slug = doc.report_id or ids.report_slug(doc.metadata.place, doc.metadata.year)
    return ReportResult(path=path, slug=slug, graph=g, counts=counts(g), truncated=doc.truncated,
                        text=doc.text if doc.source_kind == "html" else None, source_kind=doc.source_kind)


def ontology_graph() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def build(paths: list[str], engine: str = "default", overrides: dict | None = None, jobs: int = 1,
          progress: bool = False) -> BuildResult:
    from .corpus import link_reports
    from .reason import infer
    from .validate import validate

    reports = _process_all(paths, overrides, jobs, progress)
    seen: dict[str, str] = {}
    for r in reports:
        if r.slug in seen:
            from .errors import InputError
            raise InputError(f"{r.path}: the same report ({r.slug}) as {seen[r.slug]}")
        seen[r.slug] = r.path
    reports.sort(key=lambda r: r.slug)
    link_reports(reports)
    asserted = Graph()
    for r in reports:
        asserted += r.graph
    inferred = infer(asserted, ontology_graph(), engine=engine)
    results = validate(asserted, engine=engine)
    return BuildResult(reports=reports, asserted=asserted, inferred=inferred, results=results)


def _process_all(paths, overrides, jobs, progress) -> list[ReportResult]:
    if jobs <= 1 or len(paths) <= 1:
        return [process(p, overrides) for p in paths]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(process, paths, [overrides] * len(paths)))


def serialise_turtle(g: Graph) -> str:
    from .serialise import turtle
    return turtle(g)


def write_outputs(result: BuildResult, out_dir: str) -> None:
    """Write every file into a fresh folder beside out_dir, then swap it in whole (DESIGN.md §2).

    Whatever stops the build before the swap — an error, SIGINT, SIGTERM — leaves the previous
    out_dir byte for byte as it was and no temporary folder behind; signals are held off while a
    temporary folder exists without a handler ready to remove it, and during the swap itself.
    """
    from .errors import UsageError
    from .serialise import trig, turtle
    from .summary import summary_csv
    from .validate import report_graph
    from .void import void_graph

    out = Path(out_dir).resolve()
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out_dir}: exists and is not a folder; not replacing it")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{out_dir}: cannot create its parent folder ({exc.strerror})") from None
    _remove_stale(out)
    tmp: Path | None = None
    held = _hold_signals()
    try:
        try:
            tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-{os.getpid()}-", dir=out.parent))
        except OSError as exc:
            raise UsageError(f"{out_dir}: cannot write beside it ({exc.strerror})") from None
        _release_signals(held)  # a signal that came meanwhile is raised here, inside the cleanup
        held = None
        os.chmod(tmp, _dir_mode(out))  # mkdtemp makes 0700; out/ gets the usual mode
        (tmp / "graph.ttl").write_text(turtle(result.asserted), encoding="utf-8")
        graphs = [(ids.graph_iri(r.slug), r.graph) for r in result.reports]
        graphs += [(ONTOLOGY_IRI, ontology_graph()), (ids.INFERRED_GRAPH, result.inferred)]
        (tmp / "graph.trig").write_text(trig(graphs), encoding="utf-8")
        (tmp / "validation.ttl").write_text(turtle(report_graph(result.results)), encoding="utf-8")
        (tmp / "summary.csv").write_text(summary_csv(result.reports), encoding="utf-8")
        (tmp / "void.ttl").write_text(turtle(void_graph(result)), encoding="utf-8")
        for r in result.reports:
            if r.text is not None:
                (tmp / "texts").mkdir(exist_ok=True)
                (tmp / "texts" / f"{r.slug}.txt").write_text(r.text, encoding="utf-8")
        _swap(tmp, out)
    except BaseException:
        if held is None:
            held = _hold_signals()  # a second Ctrl-C must not cut the cleanup short
        if tmp is not None and tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if held is not None:
            _release_signals(held)


_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _hold_signals():
    try:
        return signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    except (AttributeError, OSError, ValueError):  # no sigmask on this platform
        return set()


def _release_signals(previous) -> None:
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
    except (AttributeError, OSError, ValueError):
        pass


def _dir_mode(out: Path) -> int:
    if out.is_dir():
        return out.stat().st_mode & 0o7777
    mask = os.umask(0)
    os.umask(mask)
    return 0o777 & ~mask


def _remove_stale(out: Path) -> None:
    """Temporary and old folders left by a build that was killed outright (SIGKILL, power loss)."""
    for p in out.parent.glob(f".{out.name}.tmp-*-*"):
        _remove_if_dead(p, p.name[len(f".{out.name}.tmp-"):].split("-", 1)[0])
    for p in out.parent.glob(f".{out.name}.old-*"):
        _remove_if_dead(p, p.name[len(f".{out.name}.old-"):])


def _remove_if_dead(p: Path, pid: str) -> None:
    if not pid.isdigit() or int(pid) == os.getpid():
        return
    try:
        os.kill(int(pid), 0)
        return  # its build is still running
    except ProcessLookupError:
        shutil.rmtree(p, ignore_errors=True)
    except (PermissionError, OverflowError):
        return


def _swap(tmp: Path, out: Path) -> None:
    """Put tmp in out's place: two renames, with SIGINT/SIGTERM held off until both are done and the
    old folder is gone (an interrupt in between would leave no out/, or a stray old folder)."""
    old = None
    previous = _hold_signals()
    try:
        if out.exists():
            old = out.with_name(f".{out.name}.old-{os.getpid()}")
            if old.exists():
                shutil.rmtree(old)
            os.rename(out, old)
        try:
            os.rename(tmp, out)
        except BaseException:
            if old is not None:
                os.rename(old, out)  # put the previous output back
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        _release_signals(previous)
