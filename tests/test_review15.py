"""Regression tests for the second reading of session 15's change: one per bug it found."""
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from policykg.emit.concepts import match
from policykg.options import redact
from quantity_helpers import names

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[1]


def test_yidu_at_one_time_is_no_kilowatt_hour_but_an_arabic_du_is():
    assert names("工业增速一度下降到3%。", "plan") == [("工业增速一度", Decimal("3"))]
    assert names("全年发电量超3000亿度。", "plan") == [("发电量", Decimal("3000"))]


def test_a_ratio_to_one_is_a_figure_only_where_the_clause_names_a_ratio():
    assert names("按照1:1比例给予配套。", "plan") == []
    assert names("城乡居民收入比缩小至2.1∶1左右。", "plan") == [("城乡居民收入比", Decimal("2.1"))]


def test_a_count_of_things_whose_name_opens_with_shi_is_no_plan_item():
    assert names("今年将整合撤并12个事业单位。", "plan") == [("事业单位数量", Decimal("12"))]
    assert names("办好3件事。", "plan") == []


def test_a_secret_after_a_doubled_question_mark_is_hidden():
    assert "secret" not in redact("http://127.0.0.1/a??token=secret")
    assert "secret" not in redact("http://127.0.0.1/a?x?token=secret&b=2")


def test_a_training_count_in_person_times_is_vocational_training_not_population():
    assert match("农民工培训人次")[0].code == "vocational-training"
    assert match("受益群众人数")[0].code == "population"


def test_iaa_figures_refuses_a_misshapen_file_in_one_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {x: 1}\n", encoding="utf-8")
    r = subprocess.run([sys.executable, str(ROOT / "scripts/iaa_figures.py"), str(bad), str(bad)],
                       capture_output=True, text=True)
    assert r.returncode == 2 and r.stdout == "" and r.stderr.count("\n") == 1, r


def test_iaa_figures_refuses_a_fifo_instead_of_waiting_on_it(tmp_path):
    fifo = tmp_path / "a.yaml"
    os.mkfifo(fifo)
    r = subprocess.run([sys.executable, str(ROOT / "scripts/iaa_figures.py"), str(fifo), str(fifo)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "FIFO" in r.stderr and r.stderr.count("\n") == 1, r
