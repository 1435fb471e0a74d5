"""Indicator names on text nobody tuned to, round seven (names128, issue 13 item 2): four constructed probe reports
(tests/data/constructed/figs-county-2022, figs-city-2018, figs-province-2012, figs-prefecture-2013, annotated before the
tool was run on them) beside the earlier rounds' probes. An amount cut (压减/减少/削减 X N) is X's change, named X with no
measure word (the guideline's names127 line)."""
from __future__ import annotations

import pytest

from quantity_helpers import probe_figure

pytestmark = pytest.mark.unit


def test_a_cut_amount_is_named_plain():
    """Probes city 2018, prefecture 2013 and county 2013 gave 农村贫困人口人数 and 粘土砖产能数量; the golds, by the
    guideline's 压减/减少 line, name X itself with a negative value."""
    for stem, quote in [("figs-city-2018", "累计减少农村贫困人口22.6万人"),
                        ("figs-prefecture-2013", "减少农村贫困人口14.3万人"),
                        ("figs-prefecture-2013", "减少农村贫困人口12万人")]:
        q = probe_figure(stem, quote)
        assert (q.indicator, str(q.value)) == ("农村贫困人口", "-" + quote.split("人口")[1].rstrip("万人"))
    q = probe_figure("figs-county-2013", "压减粘土砖产能1.5亿块")
    assert (q.indicator, str(q.value)) == ("粘土砖产能", "-1.5")
    # an amount of things removed by a treating act keeps the act after them (淘汰, 关停: not a cut of X)
    assert probe_figure("figs-province-2012", "淘汰黄标车10万辆").indicator == "黄标车淘汰数量"
    assert probe_figure("figs-county-2022", "关停小型砖瓦窑12座").indicator == "小型砖瓦窑关停数量"
