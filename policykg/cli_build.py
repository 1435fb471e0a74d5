"""What `policykg build` and `policykg add` print and how they end: counts per class, the concept
coverage, the park → project → target chains, truncation warnings, exit 1 on SHACL violations."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .errors import UsageError, env_text
from .options import visible
from .out_paths import no_control_characters, no_edge_spaces, no_file_above
from .stdout import echo


def progress_bar(progress, quiet: bool) -> bool:
    """Whether to draw the progress bar: --progress, --no-progress, else when stderr is a terminal and not
    --quiet. --quiet --progress drew the bar that --quiet ("print nothing on success") says it does not."""
    if quiet and progress:
        raise UsageError("--quiet and --progress contradict each other (--quiet prints nothing on success, the bar "
                         "is printed); give one of them")
    return sys.stderr.isatty() and not quiet if progress is None else progress


def finish_build(result, out_dir, quiet) -> None:
    """After a (non-streaming) build or add wrote out_dir: timings, counts, park chains, SHACL verdict
    and exit code."""
    timings_env(result.timings)
    from .corpus.summary import counts
    report_build(result.reports, result.results, out_dir, quiet,
                  f"({len(result.asserted)} asserted, {len(result.inferred)} inferred triples)",
                  totals=None if quiet else counts(result.asserted))   # --quiet prints no totals
    if not quiet:
        print_trace(Path(out_dir) / "graph.ttl")
    exit_on_violations(result.results, out_dir, quiet)


def report_build(reports, results, out_dir, quiet, detail: str, totals: dict | None = None) -> None:
    """Distinct nodes per class on stdout (summed over reports when no union graph is at hand);
    truncation warnings and places read from a report's body on stderr (even with --quiet)."""
    from .corpus.summary import CLASSES

    for r in reports:
        if r.truncated:
            click.echo(f"warning: {visible(str(r.path))} looks truncated; built what it could", err=True)
        if getattr(r, "invisible_removed", 0):
            click.echo(f"warning: {visible(str(r.path))}: {r.invisible_removed} invisible character(s) (zero-width "
                       f"spaces, soft hyphens, NUL or control bytes, accents on Chinese characters, …) removed; "
                       f"evidence offsets refer to {visible(str(out_dir))}/texts/{r.slug}.txt", err=True)
        if getattr(r, "place_guess", None):
            click.echo(f"warning: {visible(str(r.path))}: no place in its header; read {r.place_guess} as the one its "
                       f"body names most (give --place if that is wrong)", err=True)
    if quiet:
        return
    totals = totals or {c: sum(r.counts[c] for r in reports) for c in CLASSES}
    echo(f"built {len(reports)} report(s) into {visible(os.path.join(str(out_dir), ''))} {detail}")
    for c in CLASSES:
        echo(f"  {c:<13}{totals[c]:>7}")
    print_coverage(totals if "Target→concept" in totals else
                    {k: sum(r.counts.get(k, 0) for r in reports) for k in ("Target", "Outcome", "Target→concept",
                                                                           "Outcome→concept")})


def print_coverage(totals: dict) -> None:
    """The share of targets and outcomes whose indicator reaches a canonical indicator (concept)."""
    shares = [f"{totals[k + '→concept'] / totals[k]:.1%} of {totals[k]} {k.lower()}s"
              for k in ("Target", "Outcome") if totals.get(k)]
    if shares:
        echo("  canonical indicator reached by " + ", ".join(shares))


def exit_on_violations(results, out_dir, quiet) -> None:
    if results:
        click.echo(f"SHACL: {len(results)} violation(s); see {visible(str(out_dir))}/validation.ttl", err=True)
        for r in results[:10]:
            click.echo(visible(f"  {r.shape.rsplit('#', 1)[-1]}: {r.focus} {r.message}"), err=True)
        sys.exit(1)
    if not quiet:
        echo("SHACL: conforms")


def check_timings_env(inputs=(), out_dir=None) -> None:
    """Before the work: POLICYKG_TIMINGS must not name a folder, an input report or a file in --out (the
    timings would replace the report, or a file of the output swapped in)."""
    path = env_text("POLICYKG_TIMINGS")
    if not path:
        return
    if not path.strip():   # it was refused as 'empty' only after the work, the output written
        raise UsageError("POLICYKG_TIMINGS holds only spaces; name a file for the stage timings, or unset it")
    if path == "-":  # the usual name of stdout, as for --out: it made a file named '-' here
        raise UsageError("POLICYKG_TIMINGS=-: timings go to a file, not to stdout; name a file (./- for one named '-')")
    no_control_characters(path, "POLICYKG_TIMINGS")  # found only after the work otherwise
    no_edge_spaces(path, "POLICYKG_TIMINGS")
    no_file_above(path, "POLICYKG_TIMINGS")           # so are `notes.txt/t.json` and `missing/../t.json`
    if os.path.isdir(path):
        raise UsageError(f"POLICYKG_TIMINGS={path}: is a folder; name a file for the stage timings")
    from .corpus.outlock import is_beside
    from .corpus.written import key
    folder = os.path.dirname(key(path))   # where the file goes: `link/..` is the link's target's parent
    if not (os.path.isdir(folder) and os.access(folder, os.W_OK)):
        raise UsageError(f"POLICYKG_TIMINGS={path}: its folder is missing or not writable")
    for src in inputs:
        if os.path.exists(path) and os.path.samefile(src, path):
            raise UsageError(f"POLICYKG_TIMINGS={path}: is the input {src}; name another file for the stage timings")
    if out_dir is not None:
        real, out = os.path.realpath(path), os.path.realpath(out_dir)
        if os.path.commonpath([real, out]) == out:
            raise UsageError(f"POLICYKG_TIMINGS={path}: is inside --out {out_dir}, which is replaced whole; "
                             f"name a file elsewhere for the stage timings")
        if is_beside(Path(real), Path(out)):   # written after the run, the lock still there: 'policykg did not write it'
            raise UsageError(f"POLICYKG_TIMINGS={path}: is a name the run itself uses beside --out {out_dir} (its "
                             f"lock or temporary folders); name another file for the stage timings")
    _check_timings_file(path)


def _check_timings_file(path: str) -> None:
    """The timings replace only a regular file (or a new name) that is no file of a policykg output: a
    link was written through (a dangling one made its target, anywhere), and a graph of another output
    folder was replaced by the JSON. A FIFO, device or socket is refused too: opening a FIFO no process
    reads blocked the command for good, after its output was written."""
    from .corpus.marker import output_holding
    from .errors import special_file
    if os.path.islink(path):
        raise UsageError(f"POLICYKG_TIMINGS={path}: is a symbolic link; name a regular file for the stage "
                         f"timings (the link is not followed)")
    what = special_file(path)
    if what:
        raise UsageError(f"POLICYKG_TIMINGS={path}: is {what}; name a regular file (or a new name) for the "
                         f"stage timings")
    owner = output_holding(path)
    if owner is not None:
        raise UsageError(f"POLICYKG_TIMINGS={path}: is {owner[1]} of the policykg output in {owner[0]}; name "
                         f"a file elsewhere for the stage timings")
    if os.path.isfile(path) and not os.stat(path).st_mode & 0o200:  # found only after the work otherwise
        raise UsageError(f"POLICYKG_TIMINGS={path}: is write-protected; name another file for the stage timings")
    from .corpus.written import is_ledger, not_ours
    if is_ledger(path):   # refused at the write otherwise, after the work, with the output written
        raise UsageError(f"POLICYKG_TIMINGS={path}: is policykg's record of the files it writes; name another file "
                         f"for the stage timings")
    if os.path.isfile(path) and os.path.getsize(path) and (why := not_ours(path)):  # the user's own file
        raise UsageError(f"POLICYKG_TIMINGS={path}: {why}; name another file for the stage timings, or remove it "
                         f"first")


def timings_env(timings) -> None:
    """POLICYKG_TIMINGS=FILE: stage timings as JSON (read by benchmarks/run.py)."""
    path = env_text("POLICYKG_TIMINGS")
    if path:
        import json

        from .corpus.safefile import write_atomic
        text = json.dumps(timings, indent=1, sort_keys=True)
        try:  # never half a file: benchmarks/run.py reads it; a FIFO made since the check is refused there
            write_atomic(path, text, "POLICYKG_TIMINGS", record=False, only_ours=True)
        except OSError as exc:
            raise UsageError(f"POLICYKG_TIMINGS={path}: cannot write the stage timings ({exc.strerror}); "
                             f"the output itself was written") from None
        except UsageError as exc:
            raise UsageError(f"{exc}; the output itself was written") from None


def print_stream_build(result, out_dir, quiet) -> None:
    timings_env(result.timings)
    report_build(result.reports, result.results, out_dir, quiet,
                  f"(streamed: reports/*.ttl, graph.nq; {result.asserted_count} asserted, "
                  f"{result.inferred_count} inferred triples)")
    exit_on_violations(result.results, out_dir, quiet)


def print_trace(graph_file, limit: int = 40) -> None:
    """The park → project → target chains (queries/cq-01) in the written union, the first ``limit``."""
    from .use.query import named_query, run_files
    rows = run_files(named_query("cq-01-park-project-target"), [str(graph_file)])
    echo(f"park → project → target ({len(rows.rows)} chains; queries/cq-01-park-project-target.rq):")
    if len(rows.rows) > limit:
        echo(f"  … first {limit} shown")
    for row in rows.rows[:limit]:
        echo("  " + " → ".join(str(v) for k, v in zip(rows.vars, row) if k.endswith("Name")) +
                   f" ({row[rows.vars.index('value')]} {row[rows.vars.index('unit')]})")
