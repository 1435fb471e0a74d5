"""`policykg add REPORT ... --out DIR`: add or replace reports in an output `policykg build` wrote.

Only the new reports are read and extracted. The others are reloaded from DIR — their own triples from
their named graphs in graph.trig (without the pkg:assessedBy links, which depend on every report), their
part of the shared graph from shared/<slug>.nt (parts.py), their row of summary.csv and their
texts/<slug>.txt — and everything that depends on the whole set (links, shared graph, union, inferences,
SHACL results, summary, VoID) is computed again by build.union_build, so the files equal those of a full
build of the same reports. The output is written by build.write_outputs (a staged swap).
"""
from __future__ import annotations

import csv
from pathlib import Path

from rdflib import Graph

from .errors import UsageError


def add(paths: list[str], out_dir: str, engine: str = "default", overrides: dict | None = None,
        jobs: int = 1, progress: bool = False):
    """The BuildResult of the reports in out_dir with those of paths added (same slug: replaced)."""
    from .build import process_all, union_build

    out = previous_output(out_dir)
    rows = summary_rows(out, out_dir)
    new = process_all(paths, overrides, jobs, progress)
    replaced = {r.slug for r in new}
    kept = reload_reports(out, out_dir, [row for row in rows if row["report"] not in replaced])
    return union_build(kept + new, engine)


def previous_output(out_dir: str) -> Path:
    """out_dir as a folder a (non-streaming) `policykg build` of this version wrote, else UsageError."""
    from .outdir import MARKER
    from .parts import PARTS_DIR

    out = Path(out_dir)
    if not out.is_dir():
        raise UsageError(f"--out {out_dir}: no such folder; build it first with policykg build")
    if not (out / MARKER).is_file():
        raise UsageError(f"--out {out_dir}: not a policykg build output (no {MARKER} in it); not touching it")
    if not (out / "graph.trig").is_file():
        what = "a streaming build (graph.nq)" if (out / "graph.nq").is_file() else "not a build output"
        raise UsageError(f"--out {out_dir}: {what}, without graph.trig; add works on an output of "
                         f"policykg build without --stream")
    if not (out / PARTS_DIR).is_dir() or not (out / "summary.csv").is_file():
        raise UsageError(f"--out {out_dir}: has no {PARTS_DIR}/ or summary.csv (written by an older policykg?); "
                         f"run policykg build again")
    return out


def summary_rows(out: Path, out_dir: str) -> list[dict]:
    """The rows of out/summary.csv (report, file, counts, truncated)."""
    try:
        with open(out / "summary.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"--out {out_dir}: summary.csv is not readable ({exc})") from None
    if any(not row.get("report") or row.get("file") is None for row in rows):
        raise UsageError(f"--out {out_dir}: summary.csv has no report or file column")
    return rows


def reload_reports(out: Path, out_dir: str, rows: list[dict]) -> list:
    """ReportResults of the reports of rows, from graph.trig, shared/, summary.csv and texts/."""
    from . import ids
    from .parts import TermCache

    terms = TermCache()
    names = {str(ids.graph_iri(row["report"])): row["report"] for row in rows}
    own = _report_graphs(out, out_dir, names, terms)
    return [_reloaded(out, out_dir, row, own[row["report"]], terms) for row in rows]


def _report_graphs(out: Path, out_dir: str, names: dict, terms) -> dict:
    """{slug: TripleSet of the report's named graph without pkg:assessedBy} for the graphs in names."""
    from .namespaces import PKG
    from .parts import read_quads
    from .triples import TripleSet

    own: dict = {slug: TripleSet() for slug in names.values()}
    try:
        for g, s, p, o in read_quads(out / "graph.trig", "trig", terms):
            slug = names.get(g)
            if slug is not None and p != PKG.assessedBy:
                own[slug].add((s, p, o))
    except (OSError, SyntaxError, ValueError) as exc:
        raise UsageError(f"--out {out_dir}: graph.trig is not readable ({' '.join(str(exc).split())})") from None
    empty = sorted(slug for slug, g in own.items() if not g)
    if empty:
        raise UsageError(f"--out {out_dir}: graph.trig holds no graph of {empty[0]}, which summary.csv lists")
    return own


def _reloaded(out: Path, out_dir: str, row: dict, own, terms):
    """One previous report as process_for_union would give it (its graph without links)."""
    from .assess import KEY_PREDICATES, keys
    from .build import ReportResult
    from .parts import PARTS_DIR, read_quads
    from .summary import counts
    from .triples import TripleSet

    slug = row["report"]
    part = out / PARTS_DIR / f"{slug}.nt"
    try:
        shared = TripleSet((s, p, o) for _, s, p, o in read_quads(part, "nt", terms))
    except (OSError, SyntaxError, ValueError) as exc:
        raise UsageError(f"--out {out_dir}: {PARTS_DIR}/{slug}.nt is missing or not readable "
                         f"({' '.join(str(exc).split())}); run policykg build again") from None
    whole = own | shared
    found = Graph()
    for t in whole:
        if t[1] in KEY_PREDICATES:
            found.add(t)
    c = counts(whole)
    c["triples"] = len(own)
    text_file = out / "texts" / f"{slug}.txt"
    text = text_file.read_text(encoding="utf-8") if text_file.is_file() else None
    return ReportResult(path=row["file"], slug=slug, graph=own, counts=c,
                        truncated=row.get("truncated") == "yes", text=text, assess=keys(found),
                        shared=shared, file=row["file"])
