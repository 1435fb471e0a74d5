"""review65: a second reading of the session's branches (docs/checks/review65.md).

perf65 left ``cli.build`` at 65 lines, past the project's 60 (``scripts/code_sizes.py`` listed it); names124 added four
figure probe texts and the README's probe paragraph still counted eighteen; parks69's ``park_years_pairs.py --csv``
into a missing folder ran every dev build and then ended in a traceback."""
from __future__ import annotations

import os
import re
import subprocess
import sys

from cli_helpers import ROOT

NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def _number(words: str) -> int:
    """An English number word as the README writes it (eighteen, thirty-two)."""
    tens, _, unit = words.partition("-")
    return TENS[tens] + NUMBERS[unit] if unit else TENS.get(words, NUMBERS.get(words, -1))


def _scripts(*argv, timeout=900):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "scripts")])}
    return subprocess.run([sys.executable, *map(str, argv)], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_no_module_or_function_of_the_package_is_over_the_projects_sizes():
    r = _scripts(ROOT / "scripts" / "code_sizes.py", timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["modules over 300 lines: 0", "functions over 60 lines: 0"]


def test_the_readme_counts_the_probe_texts_there_are():
    constructed = ROOT / "tests" / "data" / "constructed"
    entity = len(list(constructed.glob("probe-*-entities.yaml")))
    figure = len(list(constructed.glob("figs-*-quantities.yaml")))
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    said = {kind: _number(m) for m, kind in re.findall(r"\b([a-z]+(?:-[a-z]+)?) (entity|figure) texts \(", text)}
    total = re.search(r"\*\*Probe texts\*\*[^:]*: ([a-z]+(?:-[a-z]+)?) short reports", text)
    assert said == {"entity": entity, "figure": figure}
    assert _number(total.group(1)) == entity + figure


def test_a_csv_into_a_missing_folder_is_refused_before_any_build(tmp_path):
    r = _scripts(ROOT / "scripts" / "park_years_pairs.py", "--csv", tmp_path / "missing" / "joins.csv")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.splitlines() == [f"park_years_pairs.py: --csv {tmp_path / 'missing' / 'joins.csv'}: "
                                     f"no folder {tmp_path / 'missing'}"]
