"""How a script of scripts/ reads its options and ends. argparse reads the options, so ``--help``, an
unknown option (``--rule`` for ``--rules``) or a bad value ends before any work with exit 2: scripts that
looked for their flags in sys.argv ran their whole job on any typo, and make_input_fixtures.py
``--help`` rewrote a committed fixture. An unusable input (a missing file, no annotation manifest, a
folder it cannot write) ends in one line on stderr, exit 2, never a traceback (errors.run_module)."""
from __future__ import annotations

import argparse
import csv
import io
import os
import sys
from contextlib import contextmanager

from policykg.errors import run_module


def parser(doc: str | None) -> argparse.ArgumentParser:
    """An argument parser described by the first line of the script's docstring; an option is spelt out
    whole (argparse's abbreviations read `--rule` as --rules: a typo chose a run)."""
    from policykg.option_parsing import once_only
    return once_only(argparse.ArgumentParser(description=(doc or "").strip().split("\n")[0]))


def count(text: str) -> int:
    """An argparse type: a whole number ≥ 0."""
    value = whole(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is below 0")
    return value


def whole(text: str) -> int:
    """An argparse type: a whole number in the digits 0-9 (option_numbers: not `1_0` nor `١٠`)."""
    from policykg.option_numbers import whole_number
    try:
        return whole_number(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def decimal(text: str) -> float:
    """An argparse type: a finite decimal number in the digits 0-9."""
    import math

    from policykg.option_numbers import decimal_number
    try:
        value = decimal_number(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return value


def folder_name(text: str) -> str:
    """An argparse type: a folder to write into, named (``--write "$DIR"`` with DIR unset is no folder: the
    option was taken as not given, so levels_check.py ran its whole check and wrote nothing, and
    ``--crf-dir ''`` fitted into a temporary folder, hostile32)."""
    from policykg.errors import UsageError
    from policykg.out_paths import no_control_characters
    if not text.strip():
        raise argparse.ArgumentTypeError("is empty; give a folder name")
    try:   # `--write $'v\n'` made a folder no listing shows as typed, as --out refuses
        no_control_characters(text, "folder")
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def in_file(text: str) -> str:
    """An argparse type: a file to read, named (``--from "$F"`` with F unset was taken as no --from: every dev
    report was built instead, hostile32)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("is empty; give a file name")
    return text


def kind_shown(ap: argparse.ArgumentParser, shown: str | None, kinds) -> None:
    """Refuse a --show naming no kind of ``kinds`` (a lint printed no name for ``--show dates`` and said nothing)."""
    if shown is not None and shown not in kinds:
        ap.error(f"argument --show: no kind {shown!r} (the kinds: {', '.join(kinds)})")


def out_file(text: str) -> str:
    """An argparse type: a file to write when the script has done its work (see ``output``); a folder,
    link, FIFO, device, a file of a policykg output or a missing folder is refused before any work.
    argparse.FileType("w") emptied the named file while the options were read, so a typo later on the
    command line, an interrupt or a failure lost what the file held."""
    from policykg.errors import UsageError
    try:
        return writable(text)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("file ")) from None


def writable(path: str) -> str:
    """path, when a script may replace it (else a UsageError naming it: one line, exit 2)."""
    from policykg.corpus.safefile import check_target
    check_target(path, "file", only_ours=True)
    return path


@contextmanager
def output(path: str | None, only_ours: bool = True):
    """Where a script prints: standard output when path is None, else a buffer written to path (through a
    temporary file and a rename) only when the block ends without an error; an interrupted or failed run
    leaves the file as it was. A file policykg did not write is replaced only when ``only_ours`` is False
    (the project's own generated files, which a fresh checkout did not write)."""
    if path is None:
        yield sys.stdout
        return
    buffer = io.StringIO()
    yield buffer
    from policykg.corpus.safefile import write_atomic
    write_atomic(path, buffer.getvalue(), option="file", only_ours=only_ours)


def read_table(path: str, columns, delimiter: str = ",", unguard: bool = False) -> list[dict]:
    """The rows of a UTF-8 CSV file (or TSV: ``delimiter``) that has the named columns; else an InputError
    naming the file and what it is (a folder, a FIFO or device, not UTF-8, no CSV, a column missing). name_lint.py, sample_figures.py and
    loro_projects.py ended in a UnicodeDecodeError, csv.Error or KeyError traceback on another file. UNGUARD: a
    ``policykg table`` CSV, whose text cells opening with a formula mark carry one leading apostrophe (sheetcells)."""
    from policykg.errors import InputError, special_file
    if what := special_file(path):   # a FIFO held the script waiting for good, /dev/zero was read without end
        raise InputError(f"{path}: is {what}, not a table")
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter=delimiter)
            rows, header = list(reader), reader.fieldnames or []
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.object[exc.start]:#04x} at {exc.start})") from None
    except csv.Error as exc:
        raise InputError(f"{path}: not a CSV table ({exc})") from None
    missing = [c for c in columns if c not in header]
    if missing:
        raise InputError(f"{path}: no {', '.join(missing)} column")
    if unguard:
        from policykg.sheetcells import unguarded
        rows = [{k: unguarded(v) if isinstance(v, str) else v for k, v in r.items()} for r in rows]
    return rows


def print_kind_counts(flags) -> None:
    """A name lint's summary: of FLAGS, (report, the kinds one name was flagged with) per name, the names read
    and the count of each kind (any: flagged at all), then per report (name_lint.py, lint_indicator_names.py)."""
    from collections import Counter, defaultdict
    per_kind, per_report, n = Counter(), defaultdict(Counter), 0
    for report, ks in flags:
        n += 1
        for counts in (per_kind, per_report[report]):
            counts.update(ks)
            counts["any"] += bool(ks)
    print(f"names {n}: " + ", ".join(f"{k} {c}" for k, c in sorted(per_kind.items())))
    for rep in sorted(per_report):
        print(f"  {rep}: " + ", ".join(f"{k} {c}" for k, c in sorted(per_report[rep].items())))


def write_report(doc: str | None, what: str, write) -> int:
    """main() of a script that prints one report: ``write(out)`` onto --out FILE (written whole, when all
    is found) or standard output."""
    ap = parser(doc)
    ap.add_argument("--out", type=out_file, help=f"write the {what} here, when all are found (default: standard "
                                                 "output)")
    with output(ap.parse_args().out) as out:
        write(out)
    return 0


def run(main) -> None:
    """Run main() and exit with what it returns (None: 0)."""
    sys.exit(run_module(main, os.path.basename(sys.argv[0])) or 0)
