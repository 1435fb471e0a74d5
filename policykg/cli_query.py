"""`policykg query`: the command line of use/query.py (registered on the group in cli.py)."""
from __future__ import annotations

import click

from .cli_text import TEXT
from .errors import UsageError
from .option_numbers import Seconds, at_least
from .stdout import Verb, echo, write_bytes


class QueryCommand(Verb):
    """`policykg query`, whose --help ends with the shipped competency questions and their summaries."""

    def format_epilog(self, ctx, formatter):
        from .use.query_files import question_summaries
        with formatter.section("Competency questions (by short name, number or full file name)"):
            formatter.write_dl(question_summaries())


@click.command(cls=QueryCommand)
@click.argument("query")
@click.option("--graph", "graphs", multiple=True, type=click.Path(),
              help="Graph file (.ttl, .trig, .nt, .nq, .jsonld); repeatable. "
                   "Default: out/graph.trig if it exists, else out/graph.ttl.")
@click.option("--endpoint", type=TEXT, help="SPARQL endpoint URL to query instead of graph files.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="json = SPARQL 1.1 Query Results JSON; csv = SPARQL 1.1 CSV.")
@click.option("--param", "params", type=TEXT, multiple=True, metavar="NAME=VALUE",
              help='Bind a query variable to an RDF term: "…"@zh, "…"^^xsd:integer, <iri>, a number, '
                   "or a bare string; repeatable.")
@click.option("--timeout", type=Seconds(), default=None,
              help="Stop the query after SECONDS (exit 2; 0 = no limit). Default: 600 s on graph files "
                   "(loading them included), 60 s for an endpoint (a total deadline). Ctrl-C stops a query at once.")
@click.option("--max-rows", type=at_least(0), default=None,
              help="On graph files: refuse an answer of more than N rows (exit 2) instead of holding it all in "
                   "memory (default 1,000,000; 0 = no limit).")
@click.option("--engine", type=click.Choice(["default", "reference"]), default="default", show_default=True,
              help="On graph files: default = pyoxigraph; reference = rdflib's SPARQL evaluator (slow).")
@click.option("--allow-service", is_flag=True,
              help="Allow SERVICE (federated query) on graph files: this machine then queries the "
                   "endpoints the query names. Refused by default.")
def query(query, graphs, endpoint, fmt, params, timeout, engine, allow_service, max_rows):
    """Run QUERY — a competency question (cq-01, cq-01-park-project-target, 1) or a .rq file.

    Only SELECT and ASK run (decided by a SPARQL parser): an update is never sent anywhere."""
    from .options import graphs_or_default, http_url
    from pathlib import Path

    from .use.query import FILE_TIMEOUT, MAX_ROWS, named_query, run
    from .use.query_stream import write_rows

    http_url(endpoint, "--endpoint")

    if graphs and endpoint:
        raise UsageError("give either --graph files or --endpoint, not both")
    if endpoint:
        _graph_files_only(engine, max_rows, allow_service)
    text = named_query(query)
    if not endpoint:
        graphs = graphs_or_default(graphs)
    if timeout is None and not endpoint:   # a cross product or a path over everything ran for hours
        timeout = FILE_TIMEOUT
    rows = run(text, graphs=list(graphs), endpoint=endpoint, params=list(params), timeout=timeout,
               allow_service=allow_service, engine=engine, max_rows=MAX_ROWS if max_rows is None else max_rows or None,
               question=not Path(query).is_file(),   # not a file here: named_query found a competency question
               stream=True)   # written as the rows come: a reader that goes away (| head) stops the query
    if fmt == "table":
        write_rows(rows, fmt, lambda text: echo(text, nl=False))
    else:  # data: UTF-8 whatever the terminal's encoding
        write_rows(rows, fmt, lambda text: write_bytes(text.encode("utf-8")))


def _graph_files_only(engine: str, max_rows, allow_service: bool) -> None:
    """Refuse the options that act on graph files only: with --endpoint the store runs the query, and each
    was dropped without a word (no row bound, no rdflib, SERVICE the store's to run)."""
    given = [name for name, on in (("--engine reference", engine == "reference"),
                                   ("--max-rows", max_rows is not None), ("--allow-service", allow_service)) if on]
    if given:
        raise UsageError(f"{' and '.join(given)}: on graph files only; with --endpoint the store runs the "
                         f"query, so leave {'it' if len(given) == 1 else 'them'} out")
