"""`policykg add`: the command line of add.py (registered on the group in cli.py)."""
from __future__ import annotations

import click

from . import engines
from .cli_text import TEXT
from .option_numbers import YEAR, at_least
from .stdout import Verb


@click.command(cls=Verb)
@click.argument("reports", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", required=True, help="A folder `policykg build` wrote (replaced whole).")
@click.option("--engine", type=click.Choice(engines.choices()), default=engines.DEFAULT, show_default=True,
              help="As for build: the same files with either.")
@click.option("--jobs", type=at_least(1), default=None,
              help="Processes for the new reports (default and most: the CPUs available, never more than the "
                   "reports).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: only when stderr is a terminal; never with --quiet).")
@click.option("--place", type=TEXT, help="Override the jurisdiction read from the new reports' text.")
@click.option("--year", type=YEAR, help="Override the new reports' year.")
@click.option("--date", type=TEXT, help="Override the delivery date (YYYY-MM-DD).")
@click.option("--speaker", type=TEXT, help="Override the speaker.")
@click.option("--max-bytes", type=at_least(1), default=None, help="Refuse inputs above this size.")
@click.option("--quiet", is_flag=True, help="Print nothing on success.")
def add(reports, out_dir, engine, jobs, progress, place, year, date, speaker, max_bytes, quiet):
    """Add REPORT files and folders to OUT (a report of the same place and year replaces the one there);
    the files equal those of a full build of the resulting set, and only the new reports are extracted."""
    from .corpus.add import add as run, previous_output
    from .corpus.build import write_outputs
    from .corpus.inputs import check_inputs, collect_inputs
    from .corpus.pool import default_jobs
    from .cli_build import check_timings_env, finish_build, progress_bar
    from .options import override_name, report_date
    from .corpus.outdir import check_out
    from .errors import check_model_env

    report_date(date, year)
    progress = progress_bar(progress, quiet)   # an option mix is refused before any work
    check_model_env()
    override_name(place, "--place")
    override_name(speaker, "--speaker")
    paths = collect_inputs(reports)
    previous_output(out_dir)
    check_out(out_dir, paths, verb="add")
    check_timings_env(paths, out_dir)
    overrides = {k: v for k, v in dict(place=place, year=year, date=date, speaker=speaker,
                                       max_bytes=max_bytes).items() if v is not None}
    check_inputs(reports, paths, overrides)  # every input checked before any work
    result = run(paths, out_dir, engine=engine, overrides=overrides, jobs=jobs or default_jobs(),
                 progress=progress)
    write_outputs(result, out_dir, command="add")
    finish_build(result, out_dir, quiet)
