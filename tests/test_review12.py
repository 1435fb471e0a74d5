"""Second reading of the session's merges (review12): edge cases the changed functions met badly."""
from __future__ import annotations

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("owner", ["5G基站", "风电（光伏）", "“沙戈荒”风电"])
def test_a_stage_after_a_figure_named_with_other_characters_does_not_crash(owner):
    """own_power_stages read the thing of the figure before a bare stage by a pattern of Han characters
    only: a name holding a digit, a Latin letter or a bracket ended the whole build in a TypeError."""
    got = names(f"安排{owner}装机规模3000万千瓦、并网2000万千瓦。")
    assert any(v == 2000 for _, v in got)
