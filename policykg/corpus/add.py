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
import os
from pathlib import Path

from ..errors import UsageError
from ..options import is_report_slug, visible
from ..sheetcells import unguarded
from .package_digest import refuse_another_checkout


def add(paths: list[str], out_dir: str, engine: str = "native", overrides: dict | None = None,
        jobs: int = 1, progress: bool = False):
    """The BuildResult of the reports in out_dir with those of paths added (same slug: replaced)."""
    from .build import process_all, union_build
    from .park_years import park_renames

    out = previous_output(out_dir)
    rows = summary_rows(out, out_dir)
    new = process_all(paths, overrides, jobs, progress)
    replaced = {r.slug for r in new}
    old, old_links = reload_reports(out, out_dir, rows, listed={row["report"] for row in rows})
    _same_reports_by_id(old, new, out_dir)
    _same_text_twice(old, new, out_dir)
    _warn_replaced(rows, new)
    kept = [r for r in old if r.slug not in replaced]
    # the renames the kept reports' graphs were written with (park_years); a replacing report's graph is new
    joined = {slug: m for slug, m in park_renames([(r.slug, r.shared) for r in old]).items() if slug not in replaced}
    result = union_build(kept + new, engine, joined)
    reuse_bodies(out, kept, old_links)
    return result


def _warn_replaced(rows: list[dict], new: list) -> None:
    """A warning per report of out_dir a file of another name but the same place and year replaces: the
    report was dropped from the output without a word. summary.csv keeps a path relative to where that
    build ran, or only the name, so names are compared (a new version of the same file says nothing)."""
    import click

    from .summary import _relative

    old = {row["report"]: row["file"] for row in rows}
    for r in new:
        now = _relative(r.path)
        if r.slug in old and Path(old[r.slug]).name != Path(now).name:
            click.echo(f"warning: {r.slug} (read from {visible(old[r.slug])}) is replaced by {visible(now)}, "
                       f"a report of the same place and year", err=True)


def _same_reports_by_id(old: list, new: list, out_dir: str) -> None:
    """A UsageError when ids and reports disagree, a report built with --report-id being involved: a new
    report of the place and year of one kept under another id (both were kept, every fact doubled), or one
    whose id a report of another place or year holds (it was replaced, the warning calling it the same)."""
    keys = {r.slug: _place_and_year(r) for r in old}
    files = {r.slug: r.file for r in old}
    for r in new:
        key = _place_and_year(r)
        if keys.get(r.slug) not in (None, key):
            raise UsageError(f"{visible(r.path)}: its id {r.slug} is that of the report read from "
                             f"{visible(files[r.slug])} in --out {out_dir}, of another place or year (built under "
                             f"that --report-id), which it would replace; build both again with policykg build")
        other = next((slug for slug, k in keys.items() if k == key and key is not None and slug != r.slug), None)
        if other is not None:
            raise UsageError(f"{visible(r.path)}: has the place and year of {other} in --out {out_dir} (built "
                             f"under that --report-id), so both would be kept and every fact doubled; "
                             f"build both again with policykg build, or add it to another output")


def _same_text_twice(old: list, new: list, out_dir: str) -> None:
    """A UsageError when a new report's text is that of a report out_dir keeps under another id: `add r.txt
    --place 静海区` onto an output holding r.txt as 海拉尔区's kept both, every fact twice under two places."""
    from ..vocab import PKG

    replaced = {r.slug for r in new}
    texts = {_stated(r, PKG.textSha256): r for r in old if r.slug not in replaced}
    texts.pop(None, None)
    for r in new:
        kept = texts.get(_stated(r, PKG.textSha256))
        if kept is not None:
            raise UsageError(f"{visible(r.path)}: holds the text of {kept.slug} (read from {visible(kept.file)}) "
                             f"in --out {out_dir}, which would be kept beside it as {r.slug}: every fact twice; "
                             f"build the output again with policykg build (with the --place or --year you mean)")


def _place_and_year(r) -> tuple | None:
    """(jurisdiction, year) that r's report node states, None when it states either not once."""
    from ..vocab import PKG

    return _stated(r, PKG.jurisdiction, PKG.year)


def _stated(r, *predicates):
    """The one object r's report node states for each of predicates (a tuple), None when it states any not once."""
    from ..emit import ids

    node = ids.report_iri(r.slug)
    found: dict = {p: set() for p in predicates}
    for s, p, o in r.graph:
        if s == node and p in found:
            found[p].add(o)
    return tuple(objects.pop() for objects in found.values()) if all(len(o) == 1 for o in found.values()) else None


def reuse_bodies(out: Path, kept: list, old_links: dict) -> None:
    """A kept report whose cross-report links did not change has the named graph it had: its Turtle body
    is taken from graph.trig rather than rendered again."""
    from ..emit import ids
    from ..vocab import PKG
    from .parts import trig_bodies

    bodies = trig_bodies(out / "graph.trig")
    for r in kept:
        links = {t for t in r.graph if t[1] == PKG.assessedBy}
        if links == old_links[r.slug] and not r.parks_joined:    # nor a park renamed (park_years)
            r.body = bodies.get(str(ids.graph_iri(r.slug)))


def previous_output(out_dir: str) -> Path:
    """out_dir as a folder a (non-streaming) `policykg build` of this version wrote, else UsageError."""
    from ..out_paths import check_out_path
    from .outdir import MARKER
    from .parts import PARTS_DIR

    # a quoted ~, a control character, a file above, past PATH_MAX: refused as build refuses them, before any look
    check_out_path(out_dir)
    _put_back_killed(out_dir)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out_dir}: is a file, not a folder policykg build wrote; not touching it")
    if not out.is_dir():
        raise UsageError(f"--out {out_dir}: no such folder; build it first with policykg build")
    if not os.access(out, os.R_OK | os.X_OK):   # closed to this user: it named OUT/.policykg-output, as build does not
        raise UsageError(f"--out {out_dir}: cannot read it (Permission denied)")
    if not (out / MARKER).is_file():
        raise UsageError(f"--out {out_dir}: not a policykg build output (no {MARKER} in it); not touching it")
    if not (out / "graph.trig").is_file():
        what = "a streaming build (graph.nq)" if (out / "graph.nq").is_file() else "not a build output"
        raise UsageError(f"--out {out_dir}: {what}, without graph.trig; add works on an output of "
                         f"policykg build without --stream")
    if not (out / PARTS_DIR).is_dir() or not (out / "summary.csv").is_file():
        raise UsageError(f"--out {out_dir}: has no {PARTS_DIR}/ or summary.csv (written by an older policykg?); "
                         f"run policykg build again")
    refuse_another_checkout(out / "void.ttl", out_dir)
    return out


def _put_back_killed(out_dir: str) -> None:
    """With nothing at out_dir, put back the previous output a run killed between the swap's two renames
    left beside it, as the next build does (add said 'no such folder; build it first')."""
    import glob
    import os

    from .outdir import claim, remove_stale, side_name

    out = Path(os.path.realpath(out_dir))
    if not os.path.lexists(out) and any(out.parent.glob(glob.escape(f".{side_name(out)}.old-") + "*")):
        claim(out, out_dir)
        remove_stale(out)


def summary_rows(out: Path, out_dir: str) -> list[dict]:
    """The rows of out/summary.csv (report, file, counts, truncated), each cell's text as before sheetcells
    guarded it (a file named =x.txt is written '=x.txt)."""
    try:
        with open(out / "summary.csv", encoding="utf-8", newline="") as fh:
            rows = [{k: unguarded(v) if isinstance(v, str) else v for k, v in row.items()}
                    for row in csv.DictReader(fh)]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"--out {out_dir}: summary.csv is not readable ({exc})") from None
    if any(not row.get("report") or row.get("file") is None for row in rows):
        raise UsageError(f"--out {out_dir}: summary.csv has no report or file column")
    seen: set[str] = set()
    for row in rows:  # a slug names files (shared/<slug>.nt, texts/<slug>.txt) and a graph
        slug = row["report"]
        if not is_report_slug(slug):
            raise UsageError(f"--out {out_dir}: summary.csv lists {slug!r}, which is not a report id; "
                             f"run policykg build again")
        if slug in seen:
            raise UsageError(f"--out {out_dir}: summary.csv lists {slug} twice; run policykg build again")
        seen.add(slug)
    return rows


def reload_reports(out: Path, out_dir: str, rows: list[dict], listed: set = frozenset()) -> tuple[list, dict]:
    """ReportResults of the reports of rows, from graph.trig, shared/, summary.csv and texts/, and the
    pkg:assessedBy links each report's graph held ({slug: set}); a report graph in graph.trig that is
    neither in rows nor in listed (the slugs summary.csv lists) is a UsageError."""
    from ..emit import ids
    from .parts import TermCache

    terms = TermCache()
    names = {str(ids.graph_iri(row["report"])): row["report"] for row in rows}
    own, links = _report_graphs(out, out_dir, names, terms, set(listed) | set(names.values()))
    return [_reloaded(out, out_dir, row, own[row["report"]], terms) for row in rows], links


def _report_graphs(out: Path, out_dir: str, names: dict, terms, listed: set) -> tuple[dict, dict]:
    """{slug: TripleSet of the report's named graph without pkg:assessedBy}, {slug: its assessedBy
    triples} for the graphs in names."""
    from ..emit import ids
    from ..vocab import PKG
    from .parts import read_quads
    from .triples import TripleSet

    own: dict = {slug: TripleSet() for slug in names.values()}
    links: dict = {slug: set() for slug in names.values()}
    others: set = set()
    try:
        for g, s, p, o in read_quads(out / "graph.trig", "trig", terms, graphs=names, others=others):
            (links if p == PKG.assessedBy else own)[names[g]].add((s, p, o))
    except (OSError, SyntaxError, ValueError) as exc:
        raise UsageError(f"--out {out_dir}: graph.trig is not readable ({' '.join(str(exc).split())})") from None
    base = str(ids.graph_iri(""))
    unlisted = sorted(g for g in others if g and g.startswith(base) and is_report_slug(g[len(base):])
                      and g[len(base):] not in listed)
    if unlisted:  # a report summary.csv lost would be dropped from the output without a word
        raise UsageError(f"--out {out_dir}: graph.trig holds the report {unlisted[0][len(base):]}, which "
                         f"summary.csv does not list; run policykg build again")
    empty = sorted(slug for slug, g in own.items() if not g)
    if empty:
        raise UsageError(f"--out {out_dir}: graph.trig holds no graph of {empty[0]}, which summary.csv lists")
    return own, links


def _reloaded(out: Path, out_dir: str, row: dict, own, terms):
    """One previous report as process_for_union would give it (its graph without links); its counts
    are its row of summary.csv."""
    from .assess import KEY_PREDICATES, keys
    from .build import ReportResult
    from .parts import PARTS_DIR, TripleIndex, read_quads
    from .summary import CLASSES
    from .triples import TripleSet

    slug = row["report"]
    part = out / PARTS_DIR / f"{slug}.nt"
    try:
        shared = TripleSet((s, p, o) for _, s, p, o in read_quads(part, "nt", terms))
        counts = {c: int(row[c]) for c in CLASSES}
    except (OSError, SyntaxError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"--out {out_dir}: {PARTS_DIR}/{slug}.nt or its summary.csv row is missing or not "
                         f"readable ({' '.join(str(exc).split())}); run policykg build again") from None
    counts["triples"] = len(own)
    index = TripleIndex(t for part in (own, shared) for t in part if t[1] in KEY_PREDICATES)
    return ReportResult(path=row["file"], slug=slug, graph=own, counts=counts,
                        truncated=row.get("truncated") == "yes", text=_reloaded_text(out, out_dir, slug),
                        assess=keys(index), shared=shared, file=row["file"])


def _reloaded_text(out: Path, out_dir: str, slug: str) -> str | None:
    """texts/<slug>.txt, the text the report's evidence offsets count in; None when the build wrote none.
    One the marker lists that is gone, or that is not UTF-8, is a UsageError: the new output would lack
    it (no longer that of a full build), or the read ended in an internal error."""
    from .marker import MARKER, listed_files

    rel = f"texts/{slug}.txt"
    if not (out / rel).is_file():
        if rel in listed_files(out / MARKER):
            raise UsageError(f"--out {out_dir}: {rel}, the text its evidence offsets count in, is missing; "
                             f"run policykg build again")
        return None
    try:
        return (out / rel).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"--out {out_dir}: {rel} is not readable (not UTF-8 at byte {exc.start}); "
                         f"run policykg build again") from None
