"""review43: a second reading of names89, hostile44 and docs44 (docs/checks/review43.md). One regression test
per finding."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quantity_helpers import name_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import readme_moved_check  # noqa: E402

pytestmark = pytest.mark.unit


def test_a_paragraph_dash_is_no_part_of_the_topic():
    """Regression: names89's topic took the dash opening a ——X paragraph (anhui, guizhou, hubei write them) into
    the figure's name: ——农牧业产业化规模以上企业数量. The sentence is hailaer-2017's."""
    sentence = "——农牧业产业化进程加快,规模以上企业达到20家、专业合作组织达到261家,顺利通过自治区级农牧业标准化示范项目验收。"
    assert name_of(sentence, "20") == "农牧业产业化规模以上企业数量"


def test_a_readme_row_changed_after_the_cut_is_not_lost_by_it():
    """Regression: hostile44 replaced a README row of What happens when after docs44's cut, and the moved-text
    check reported it lost (exit 1) on a tree where nothing was lost by the move."""
    row = ("| a CSV cell (a report's file name, a quote, an indicator) opens with `=`, `+`, `-` or `@` | written as it "
           "is: `table` and `summary.csv` keep the data exact |")
    gone = "The seed report builds in 0.69 s."
    v = readme_moved_check.verdicts([row, gone], now="| a CSV cell … | written with one leading `'` |", pages=[""],
                                    after_cut=f"intro {row} more")
    assert v["changed later"] == [row] and v["lost"] == [gone]
