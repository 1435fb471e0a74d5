"""Command line: one verb per stage (docs/contract.md). Errors end in one line on stderr, never a traceback."""
from __future__ import annotations

import os
import sys

import click

from . import engines
from .cli_build import check_timings_env, finish_build, print_stream_build, progress_bar
from .cli_main import fail as _fail
from .cli_text import TEXT
from .errors import UsageError
from .option_numbers import PORT, YEAR, Seconds, at_least
from .options import redact, visible
from .stdout import Verbs, echo


@click.group(cls=Verbs, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policykg")
def cli():
    """Chinese government work reports → a validated RDF knowledge graph."""


@cli.command()
@click.argument("reports", nargs=-1, type=click.Path())
@click.option("--out", "out_dir", default="out", show_default=True, help="Output folder (swapped in whole).")
@click.option("--engine", type=click.Choice(engines.choices()), default=engines.DEFAULT, show_default=True,
              help="Reasoning and SHACL engines: native (default) or reference = rdflib + owlrl + pyshacl "
                   "end to end; same output (default = native).")
@click.option("--jobs", type=at_least(1), default=None,
              help="Processes for the reports (default and most: the CPUs available, never more than the "
                   "reports). Output does not depend on it.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: only when stderr is a terminal; never with --quiet).")
@click.option("--stream/--no-stream", default=None,
              help="Per-report Turtle + N-Quads union, reasoning and SHACL per report (default: above 50 "
                   "reports). Writes reports/*.ttl and graph.nq instead of graph.ttl and graph.trig.")
@click.option("--place", type=TEXT, help="Override the jurisdiction read from the text, e.g. 静海区 or 天津市静海区.")
@click.option("--year", type=YEAR, help="Override the report year.")
@click.option("--date", type=TEXT, help="Override the delivery date (YYYY-MM-DD).")
@click.option("--speaker", type=TEXT, help="Override the speaker.")
@click.option("--report-id", type=TEXT, help="Override the report's IRI slug (one report only).")
@click.option("--max-bytes", type=at_least(1), default=None, help="Refuse inputs above this size (default 20 MB).")
@click.option("--quiet", is_flag=True, help="Print nothing on success.")
def build(reports, out_dir, engine, jobs, progress, stream, place, year, date, speaker, report_id, max_bytes,
          quiet):
    """Build REPORT files and folders into OUT (`make run` builds the checkout's data/)."""
    from . import regex_cache
    from .cli_main import runs_as_process, skip_teardown
    from .options import report_id as check_report_id

    overrides = dict(place=place, year=year, date=date, speaker=speaker, report_id=report_id, max_bytes=max_bytes)
    # a caller running build in its own process (a test) keeps its re as it was; installed before the passes'
    # modules are imported: they compile patterns as they load
    with regex_cache.kept(runs_as_process()):
        check_report_id(report_id)
        progress = progress_bar(progress, quiet)   # an option mix is refused before any work
        streamed, result = _build_and_write(reports, out_dir, engine, jobs, progress, stream, overrides)
    if streamed:
        print_stream_build(result, out_dir, quiet)
        return
    skip_teardown()   # every output file is closed: the entry point may end without freeing the graphs
    finish_build(result, out_dir, quiet)


def _build_and_write(reports, out_dir, engine, jobs, progress, stream, overrides: dict) -> tuple[bool, object]:
    """(whether it streamed, the build's result), the checked inputs built and out_dir written."""
    from .corpus.build import build as run, write_outputs
    from .corpus.pool import default_jobs
    from .corpus.stream import STREAM_THRESHOLD, build_stream

    paths, overrides = _checked_inputs(reports, out_dir, overrides)
    jobs = jobs or default_jobs()
    if stream is None:
        stream = len(paths) > STREAM_THRESHOLD
    if stream:
        return True, build_stream(paths, out_dir, engine=engine, overrides=overrides, jobs=jobs, progress=progress)
    result = run(paths, engine=engine, overrides=overrides, jobs=jobs, progress=progress)
    write_outputs(result, out_dir)
    return False, result


def _checked_inputs(reports, out_dir, overrides: dict) -> tuple[list, dict]:
    """build's report paths and the overrides given, every option, input and --out checked before any work
    (a bad file or a folder that must not be replaced costs nothing, writes nothing)."""
    from .corpus.inputs import check_inputs, collect_inputs
    from .corpus.outdir import check_out
    from .errors import check_model_env
    from .options import override_name, report_date

    report_date(overrides["date"], overrides["year"])
    override_name(overrides["place"], "--place")
    override_name(overrides["speaker"], "--speaker")
    check_model_env()
    if not reports:
        _fail("no reports given: name report files or folders (policykg build REPORT|FOLDER ... --out DIR)")
    paths = collect_inputs(reports)
    if overrides["report_id"] and len(paths) > 1:
        _fail("--report-id needs exactly one report")
    check_out(out_dir, paths)
    check_timings_env(paths, out_dir)
    given = {k: v for k, v in overrides.items() if v is not None}
    check_inputs(reports, paths, given)
    return paths, given


@cli.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path())
@click.option("--engine", type=click.Choice(engines.choices()), default=engines.DEFAULT, show_default=True,
              help="SHACL engine: native (default) or reference = pyshacl; same results (default = native).")
@click.option("--out", "out_file", help="Write the SHACL results graph here.")
def validate(graphs, engine, out_file):
    """Check GRAPH files (Turtle, TriG, N-Triples, N-Quads, JSON-LD) against the shapes."""
    from .use.loading import load_graph
    from .validate import report_graph, validate as run

    if out_file is not None:  # --out '' (an unset variable) is refused there, not read as no --out
        from .corpus.safefile import check_target
        from .use.export import check_suffix
        check_target(out_file, inputs=graphs, only_ours=True)
        check_suffix(out_file, "ttl", "the SHACL results graph, in Turtle,")
    data = load_graph(graphs, asserted_only=True)
    if not len(data):  # "conforms (0 triples)" read as a pass
        from .errors import InputError
        raise InputError(f"{', '.join(graphs)}: holds no triples; nothing to validate")
    results = run(data, engine=engine)
    if out_file is not None:
        from .corpus.safefile import write_atomic
        from .emit.serialise import turtle
        write_atomic(out_file, turtle(report_graph(results)), only_ours=True)
    if results:
        click.echo(f"{len(results)} violation(s):", err=True)
        for r in results:
            click.echo(visible(f"  {r.shape.rsplit('#', 1)[-1]}: {r.focus} {r.path} {r.message}"), err=True)
        sys.exit(1)
    echo(f"conforms ({len(data)} triples)")


@cli.command()
@click.option("--format", "fmt", required=True,
              type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld", "graphml"]),
              help="Output format (graphml: typed node attributes and object-property edges, for Gephi/igraph/networkx).")
@click.option("--graph", "graphs", multiple=True, required=True, type=click.Path(),
              help="Graph file to include (repeatable); the output is the union of them.")
@click.option("--out", "out_file", required=True, type=click.Path(), help="File to write.")
def export(fmt, graphs, out_file):
    """Write the union of GRAPH files as Turtle, N-Triples, N-Quads, TriG, JSON-LD or GraphML."""
    from .use.export import export as run

    run(list(graphs), fmt, out_file)


@cli.command()
@click.option("--graph", "graphs", multiple=True, required=True, type=click.Path(),
              help="Graph file (.ttl, .trig with the inferred graph, …); repeatable, the union is analysed.")
@click.option("--out", "out_dir", required=True, type=click.Path(), help="Folder for impact.md, CSV, PNG, HTML.")
@click.option("--park", type=TEXT, help="Restrict to one park, by rdfs:label or skos:altLabel (e.g. 子牙经开区).")
def impact(graphs, out_dir, park):
    """Park → project → target → goal network: reach, centrality, what-if removal, by jurisdiction."""
    import warnings
    from .use.impact import run as run_impact

    if park is not None and not park.strip():   # '' would match every park's name as a substring
        from .errors import empty_name
        raise empty_name("--park", "a park's name or alias (or leave --park out for all parks)", UsageError)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RuntimeWarning)
        imp = run_impact(list(graphs), out_dir, park=park)
    for w in caught:
        if issubclass(w.category, RuntimeWarning) and "CJK" in str(w.message):
            click.echo(f"warning: {w.message}", err=True)
    for note in imp.notes:
        click.echo(f"note: {note}", err=True)
    lost = sum(1 for r in imp.removals if r["targets_lost"])
    echo(f"impact: {len(imp.parks)} park(s), {imp.net.number_of_nodes()} nodes, "
         f"{imp.net.number_of_edges()} edges; {lost} removal(s) leave targets unsupported; "
         f"wrote {visible(os.path.join(out_dir, 'impact.md'))}")


@cli.command()
@click.option("--graph", "graphs", multiple=True, type=click.Path(),
              help="Graph file to serve (repeatable; default out/graph.trig). Named graphs of TriG/N-Quads "
                   "are kept; a .ttl goes into the default graph.")
@click.option("--port", type=PORT, default=7878, show_default=True, help="Port to listen on (0 = any free port).")
@click.option("--host", type=TEXT, default="127.0.0.1", show_default=True,
              help="Loopback address to listen on (127.0.0.1, ::1 or localhost); another only with --store "
                   "and --allow-remote.")
@click.option("--allow-remote", is_flag=True,
              help="With --store: allow a non-loopback --host. oxigraph's server has no authentication, TLS or "
                   "rate limit, so anyone who can reach that address can run (expensive) queries.")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="Serve with oxigraph's own server from a persistent store in DIR, reused across runs: "
                   "served as is when no --graph is given, rebuilt from --graph files when they are. "
                   "Default: the graphs are loaded into memory at every start (faster queries).")
@click.option("--timeout", type=Seconds(), default=60, show_default=True,
              help="Cancel a SPARQL query after SECONDS (0 = none): HTTP 503, the query stopped. With --store, "
                   "oxigraph's --timeout-s, which does not cut a large answer already streaming.")
@click.option("--union-default-graph/--no-union-default-graph", default=True, show_default=True,
              help="Queries without GRAPH/FROM see the union of all graphs (so the competency questions "
                   "run as written); --no-union-default-graph: they see only the default graph.")
def serve(graphs, port, host, allow_remote, store_dir, timeout, union_default_graph):
    """Serve graphs read-only on 127.0.0.1: / query page, /query SPARQL, updates refused."""
    from .use.serve import serve as run
    if allow_remote and store_dir is None:   # it permits oxigraph's server only: alone it changed nothing, silently
        raise UsageError("--allow-remote works with --store DIR only (policykg's own server answers on loopback "
                         "alone); add --store DIR, or leave --allow-remote out")

    def say(msg):
        echo(visible(msg))

    sys.exit(run(graphs, host=host, port=port, store=store_dir, timeout=timeout or None,
                 allow_remote=allow_remote, union_default_graph=union_default_graph, echo=say))


@cli.command()
@click.option("--endpoint", type=TEXT, required=True,
              help="SPARQL 1.1 Graph Store endpoint, e.g. http://127.0.0.1:7878/store (oxigraph), "
                   "http://127.0.0.1:8890/sparql-graph-crud-auth (Virtuoso).")
@click.option("--sparql", type=TEXT, help="SPARQL query endpoint for the read-back check (derived for oxigraph, "
                               "Virtuoso, Fuseki and GraphDB URLs).")
@click.option("--graph", "graphs", multiple=True, type=click.Path(),
              help="Graph file to push (repeatable; default out/graph.trig).")
@click.option("--graph-iri", type=TEXT, help="Graph to put default-graph triples (e.g. of a .ttl) into.")
@click.option("--retries", type=at_least(0), default=3, show_default=True,
              help="Retries per graph on connection errors and 502/503/504, with exponential backoff.")
@click.option("--timeout", type=Seconds(positive=True), default=300, show_default=True,
              help="Total seconds for the whole push (every PUT and the read-back); cut off after that.")
@click.option("--no-verify", is_flag=True, help="Skip the read-back count check.")
@click.option("--allow-remote", is_flag=True,
              help="Allow an --endpoint or --sparql that is not a loopback address (the graphs and the "
                   "credentials then go to that machine; prefer https).")
@click.option("--quiet", is_flag=True, help="Print nothing on success.")
def push(endpoint, sparql, graphs, graph_iri, retries, timeout, no_verify, allow_remote, quiet):
    """PUT each named graph to a store (replacing it), then check per-graph counts via SPARQL.

    Credentials come from POLICYKG_USER / POLICYKG_PASSWORD or ~/.netrc, never from the command line;
    they are sent only when the store asks (Digest or Basic).
    """
    from .use.push import PushError, push as run

    log = (lambda msg: None) if quiet else (lambda msg: echo(redact(msg)))
    try:
        run(list(graphs) or ["out/graph.trig"], endpoint, sparql=sparql, graph_iri=graph_iri,
            retries=retries, timeout=timeout, verify=not no_verify, log=log, allow_remote=allow_remote)
    except PushError as exc:
        _fail(str(exc), 1)


@cli.command()
@click.argument("which", type=click.Choice(["targets", "outcomes", "assessments"]))
@click.option("--graph", "graphs", multiple=True, type=click.Path(),
              help="Graph file (.ttl, .trig, .nt, .nq, .jsonld); repeatable. "
                   "Default: out/graph.trig if it exists, else out/graph.ttl.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "parquet"]), default="csv", show_default=True)
@click.option("--out", "out_file", type=click.Path(), help="Write here (default: stdout; parquet needs it).")
def table(which, graphs, fmt, out_file):
    """One row per target, outcome or promise-vs-result verdict, for pandas or R."""
    from .options import graphs_or_default
    from .use.table import write

    graphs = graphs_or_default(graphs)
    n = write(which, list(graphs), fmt, out_file)
    if out_file is not None:
        click.echo(f"{n} {which} rows → {visible(out_file)}", err=True)


def _register() -> None:
    """The verbs that have their own module."""
    from .cli_add import add
    from .cli_query import query
    cli.add_command(add)
    cli.add_command(query)


_register()


def main() -> None:
    """Entry point: every failure ends in exactly one line on stderr, never a traceback (cli_main.run)."""
    from .cli_main import run
    run(cli)


if __name__ == "__main__":
    from .cli_main import run_as_process
    run_as_process(main)
