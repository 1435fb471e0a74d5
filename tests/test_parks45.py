"""parks45: the strict grouped measure reads the refreshed park ablation (docs/checks/park-ablation-parks45.tsv,
every entry parks20's table has no row for, re-ablated on the 29 dev reports), so a held-out family loses the
entries only it supports today, not those only it supported thirty sessions ago."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def _own(stems: list[str]) -> set:
    import loro_fast
    import park_ablation
    support = park_ablation.read_support(list(loro_fast.TABLES))
    return {(f, k[0], i) for f, k, i in park_ablation.only_supported_by(support, stems)}


def test_the_strict_measure_reads_the_refreshed_table_last():
    import loro_fast
    assert Path(loro_fast.TABLES[-1]).name == "park-ablation-parks45.tsv"


def test_a_suffix_two_families_now_support_stays_when_one_is_held_out():
    """综保区: parks14's row gave shanxi-2026 alone (武宿综保区); today hubei-2026's 空港综保区 needs it too."""
    assert ("parks", "suffixes", "综保区") not in _own(["shanxi-2026"])
    assert ("parks", "suffixes", "综保区") in _own(["hubei-2026", "shanxi-2026"])


def test_an_entry_added_after_the_old_tables_is_the_family_own_when_only_it_taught_it():
    """drawn_zones draws 招商 (parks27, for hailaer-2018's 哈克文化特色小镇) had no row: no fold removed it."""
    hailar = ["hailaer-2013", "hailaer-2014", "hailaer-2017", "hailaer-2018"]
    assert ("parks", "drawn_zones", "招商") in _own(hailar)
    assert ("parks", "drawn_zones", "招商") not in _own(["jinghai-2021"])
