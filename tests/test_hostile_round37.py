"""Hostile round 37: `build` and the make targets against a hostile user (docs/checks/hostile37.md)."""
from __future__ import annotations

import os
import shutil

import pytest

from cli_helpers import SEED, one_line, run_cli, seed_copy


@pytest.mark.unit
def test_two_files_of_one_report_are_refused_before_any_report_is_extracted(tmp_path):
    """Regression: a folder of 2,000 copies of one report was extracted whole (about 45 minutes on two
    cores) before the build refused it as "the same report"; the check ran on the extracted results."""
    from policykg.corpus.inputs import check_inputs, collect_inputs
    from policykg.errors import InputError

    folder = tmp_path / "copies"
    for name in ("a.txt", "b.txt", "c.txt"):
        seed_copy(folder, name)
    paths = collect_inputs([str(folder)])
    with pytest.raises(InputError, match=r"copies/b\.txt: the same report \(jinghaiqu-2021\) as \S+copies/a\.txt"):
        check_inputs([str(folder)], paths, {})
    check_inputs([str(folder)], paths[:1], {})   # one of them alone is a report like any other


@pytest.mark.unit
def test_a_report_reached_again_through_a_hard_link_is_built_once(tmp_path):
    """Regression: a file named twice is built once, but a hard link to it (a `cp -al` backup beside the
    reports, a bind mount) was a second file, so the build was refused as holding "the same report" twice."""
    from policykg.corpus.inputs import collect_inputs

    folder = tmp_path / "reports"
    first = seed_copy(folder, "a.txt")
    os.link(first, folder / "b.txt")
    assert collect_inputs([str(folder)]) == [str(first)]
    assert collect_inputs([str(folder / "b.txt"), str(folder)]) == [str(folder / "b.txt")]
    other = str(shutil.copy(SEED, tmp_path / "copy.txt"))   # the same text in another file is still another file
    assert collect_inputs([str(first), other]) == [str(first), other]
