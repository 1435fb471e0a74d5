"""The option types of the benchmark drivers (run.py, questions.py, impact.py), and how they write their
results."""
from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parser(**kwargs) -> argparse.ArgumentParser:
    """An ArgumentParser as the CLI reads options: spelt out whole, and one given twice with two values
    (`--repeats 1 --repeats 5`, `--only seed --only corpus`) an error naming both (the last silently won)."""
    if str(ROOT) not in sys.path:  # run from any folder, as `python benchmarks/run.py`
        sys.path.insert(1, str(ROOT))
    from policykg.option_parsing import once_only
    return once_only(argparse.ArgumentParser(**kwargs))


def run(main) -> None:
    """Run a benchmark's main() as the scripts run theirs (errors.run_module): Ctrl-C ends in one line,
    exit 130 (it was a KeyboardInterrupt traceback from wherever the run was), an unusable file in one
    line, exit 2, and a reader of its output that went away (`| head`) quietly."""
    if str(ROOT) not in sys.path:
        sys.path.insert(1, str(ROOT))
    from policykg.errors import run_module
    sys.exit(run_module(main, os.path.basename(sys.argv[0])) or 0)


def at_least(low: int):
    """An argparse type: a whole number ≥ low (--repeats 0 ran the reference build, then ended in a
    traceback; --jobs 0 or --scale -5 ran builds that could only fail)."""
    def whole(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"{text} is below {low}")
        return value
    return whole


def positive_number(text: str) -> float:
    """An argparse type: a finite number above 0 (hostile_scaling.py --n-scale nan ended in a ValueError
    traceback, inf in an OverflowError, 0 or -1 timed every case at n = 1)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"{text} is not a finite number above 0")
    return value


def graph_file(text: str) -> Path:
    """An argparse type: a graph file that exists and is a regular file (questions.py on a missing graph,
    or a folder, ended in a FileNotFoundError/IsADirectoryError traceback; impact.py failed after its
    first run)."""
    from policykg.errors import InputError, require_file
    try:
        require_file(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return Path(text)


def question_texts(folder: Path) -> dict[str, str]:
    """{name: text} of every cq-*.rq in folder, read as `policykg query FILE` reads one (UsageError or
    InputError naming the file: a FIFO, a device, no UTF-8, too large)."""
    from policykg.use.query import named_query
    return {p.stem: named_query(str(p)) for p in sorted(folder.glob("cq-*.rq"))}


def question_folder(text: str) -> Path:
    """An argparse type: a folder holding cq-*.rq query files that can be read (questions.py --queries a
    file, a missing or empty folder ended in 'max() arg is an empty sequence' after loading the graph; a
    file not in UTF-8 in a UnicodeDecodeError traceback; a FIFO named cq-x.rq blocked it for good)."""
    from policykg.errors import InputError, UsageError
    folder = Path(text)
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"{text}: is not a folder of cq-*.rq query files")
    try:
        if not question_texts(folder):
            raise argparse.ArgumentTypeError(f"{text}: holds no cq-*.rq query file")
    except (InputError, UsageError) as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return folder


def write_whole(path, text: str) -> None:
    """text to path through a temporary file beside it and a rename: a full disk or an interrupt left
    results.json half written, and the next run, unable to read it, started it again from nothing (the
    other machines' measurements lost)."""
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=".bench-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
