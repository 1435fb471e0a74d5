"""scripts/iaa_figures.py: two annotations of one figure meet at its number, whatever their quotes."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import iaa_figures  # noqa: E402

pytestmark = pytest.mark.unit

A = [{"quote": "地区生产总值增长5%左右", "start": 100, "indicator": "地区生产总值", "value": "5",
      "comparator": "≈", "start_year": 2026, "end_year": 2026},
     {"quote": "新增专精特新企业1000家", "start": 200, "indicator": "新增专精特新企业数量", "value": "1000",
      "comparator": "=", "start_year": 2026, "end_year": 2026}]
B = [{"quote": "增长5%左右", "start": 106, "indicator": "地区生产总值增长率", "value": "5",
      "comparator": "≈", "start_year": 2026, "end_year": 2026},
     {"quote": "专精特新企业1000家", "start": 202, "indicator": "新增专精特新企业数量", "value": "1000",
      "comparator": ">=", "start_year": 2026, "end_year": 2030}]


def test_figures_meet_at_their_number_and_names_compare_strictly():
    c = iaa_figures.compare(A, B)
    assert (c["both"], c["indicator"], c["comparator"], c["period"]) == (2, 1, 1, 1)
    assert c["names"] == [("地区生产总值增长5%左右", "地区生产总值", "地区生产总值增长率")]


def test_a_figure_only_one_annotator_found_is_not_compared():
    c = iaa_figures.compare(A, B[:1])
    assert (c["a"], c["b"], c["both"]) == (2, 1, 1)


def test_the_shipped_second_annotations_meet_the_dev_gold():
    for path in sorted(iaa_figures.IAA_DIR.glob("*-quantities.yaml")):
        c = iaa_figures.compare(iaa_figures.load(iaa_figures.DEV / path.name), iaa_figures.load(path))
        assert c["both"] >= 0.9 * min(c["a"], c["b"]), path.name
