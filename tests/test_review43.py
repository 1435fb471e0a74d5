"""review43: a second reading of names89, hostile44 and docs44 (docs/checks/review43.md). One regression test
per finding."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from quantity_helpers import name_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import readme_moved_check  # noqa: E402
import sample_entities  # noqa: E402
from policykg.errors import InputError  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

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


def test_sample_entities_takes_no_text_of_two_files_of_one_name(tmp_path, monkeypatch):
    """Regression: summary.csv names a report by its file's own name (hostile44); sample_entities took the first
    file of that name under --texts (or one in the current folder), so with beijing/report.txt and
    tianjin/report.txt every report got the first one's text, its quotes and sentences cut from another report."""
    for place, src in (("a", "data/reports/jinghai-2021.txt"), ("b", "data/corpus/hailaer/hailaer-2013.txt")):
        (tmp_path / place).mkdir()
        shutil.copy(ROOT / src, tmp_path / place / "report.txt")
    monkeypatch.chdir(tmp_path / "a")
    with pytest.raises(InputError, match=r"report\.txt: 2 files of that name under"):
        sample_entities.find_text(tmp_path, "report.txt")
    assert sample_entities.find_text(tmp_path / "b", "report.txt") == tmp_path / "b" / "report.txt"
