"""How a script of scripts/ reads its options and ends. argparse reads the options, so ``--help``, an
unknown option (``--rule`` for ``--rules``) or a bad value ends before any work with exit 2: scripts that
looked for their flags in sys.argv ran their whole job on any typo, and make_input_fixtures.py
``--help`` rewrote a committed fixture. An unusable input (a missing file, no annotation manifest, a
folder it cannot write) ends in one line on stderr, exit 2, never a traceback (errors.run_module)."""
from __future__ import annotations

import argparse
import os
import sys

from policykg.errors import run_module


def parser(doc: str | None) -> argparse.ArgumentParser:
    """An argument parser described by the first line of the script's docstring; an option is spelt out
    whole (argparse's abbreviations read `--rule` as --rules: a typo chose a run)."""
    return argparse.ArgumentParser(description=(doc or "").strip().split("\n")[0], allow_abbrev=False)


def count(text: str) -> int:
    """An argparse type: a whole number ≥ 0."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is below 0")
    return value


def run(main) -> None:
    """Run main() and exit with what it returns (None: 0)."""
    sys.exit(run_module(main, os.path.basename(sys.argv[0])) or 0)
